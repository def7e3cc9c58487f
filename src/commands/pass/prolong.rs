//! `iae pass prolong`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::{insert_in_date_order, prolongation_table};
use crate::case::model::Prolongation;
use crate::commands::{Ctx, known_code, resolve_who};
use crate::rules::pass::prolongation_problems;
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct PassProlongArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// senior_cdi, complete_training, rqth, senior, particular_difficulties
    #[arg(long)]
    pub reason: String,
    /// The new end, inclusive
    #[arg(long, value_parser = parse_cli)]
    pub to: NaiveDate,
    /// Who decided (name, prescriber)
    #[arg(long)]
    pub decided_by: Option<String>,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

pub fn run(ctx: &Ctx, a: PassProlongArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.prolongation_reasons,
        &a.reason,
        "--reason",
        "prolongation-reason",
    )?;
    let reason = store
        .reference
        .prolongation_reasons
        .get(&a.reason)
        .cloned()
        .expect("checked above");
    offered(&store.reference.prolongation_reasons, &reason)?;
    let prolongation = Prolongation {
        reason: a.reason.clone(),
        to: a.to,
        decided_by: a.decided_by.clone(),
        derogation: a.derogation.clone(),
    };
    let kind = store.structure.kind.clone();
    store.update(&id, |doc, case| {
        let pass = the_pass(&case.pass, id.as_str())?;
        let training_end = case.trainings.iter().filter_map(|t| t.end).max();
        let problems = prolongation_problems(pass, a.to, &reason, &kind, ctx.today, training_end);
        gate(&problems, &a.derogation, "prolongation")?;
        insert_in_date_order(
            pass_section_mut(doc)?,
            "prolongations",
            "to",
            prolongation_table(&prolongation),
        )
    })?;
    let decider = match reason.decided_by.as_deref() {
        Some("prescriber") => "prescriber",
        _ => "siae",
    };
    eprintln!(
        "{}",
        crate::t!(
            "cmd-pass-prolonged",
            id = id.as_str(),
            to = crate::i18n::day(a.to),
            reason = reason.label(ctx.lang),
            decider = decider.to_string()
        )
    );
    Ok(())
}
