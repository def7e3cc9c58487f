//! `iae pass suspend`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::{insert_in_date_order, suspension_table};
use crate::case::model::Suspension;
use crate::commands::{Ctx, known_code, resolve_who};
use crate::rules::pass::{current_end, suspension_problems};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct PassSuspendArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    #[arg(long, value_parser = parse_cli)]
    pub from: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub to: NaiveDate,
    /// contract_suspended, contract_broken, finished_contract, approval_between_cta_members, contrat_passerelle
    #[arg(long)]
    pub reason: String,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

pub fn run(ctx: &Ctx, a: PassSuspendArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.suspension_reasons,
        &a.reason,
        "--reason",
        "suspension-reason",
    )?;
    let reason = store
        .reference
        .suspension_reasons
        .get(&a.reason)
        .cloned()
        .expect("checked above");
    offered(&store.reference.suspension_reasons, &reason)?;
    let suspension = Suspension {
        from: a.from,
        to: a.to,
        reason: a.reason.clone(),
        derogation: a.derogation.clone(),
    };
    let kind = store.structure.kind.clone();
    let (end, _) = store.update(&id, |doc, case| {
        let pass = the_pass(&case.pass, id.as_str())?;
        let problems = suspension_problems(pass, &suspension, &reason, &kind, ctx.today);
        gate(&problems, &a.derogation, "suspension")?;
        insert_in_date_order(
            pass_section_mut(doc)?,
            "suspensions",
            "from",
            suspension_table(&suspension),
        )?;
        let mut after = pass.clone();
        after.suspensions.push(suspension.clone());
        Ok(current_end(&after))
    })?;
    if let Some(condition) = reason.note(ctx.lang) {
        eprintln!("{}", crate::t!("cmd-note", text = condition));
    }
    eprintln!(
        "{}",
        crate::t!(
            "cmd-pass-suspended",
            id = id.as_str(),
            from = crate::i18n::day(a.from),
            to = crate::i18n::day(a.to),
            end = crate::i18n::day(end)
        )
    );
    Ok(())
}
