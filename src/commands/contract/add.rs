//! `iae contract add`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::model::Contract;
use crate::commands::support::future;
use crate::commands::{Ctx, known_code, resolve_who};
use crate::rules::future::Dated;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ContractAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// cddi, cddu, mission, cdi_inclusion or passerelle
    #[arg(long)]
    pub kind: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    /// Last day (none for a CDI inclusion)
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
    #[arg(long)]
    pub weekly_hours: f64,
    #[arg(long)]
    pub position: String,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

pub fn run(ctx: &Ctx, a: ContractAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.contract_kinds,
        &a.kind,
        "--kind",
        "contract-kind",
    )?;
    check_hours(a.weekly_hours)?;
    check_end(&a)?;
    let contract = Contract {
        kind: a.kind.clone(),
        start: a.start,
        end: a.end,
        weekly_hours: a.weekly_hours,
        planned_end: None,
        position: Some(a.position.trim().to_string()).filter(|p| !p.is_empty()),
        derogation: a.derogation,
    };
    let ((done, who), _) = store.update(&id, |doc, case| {
        let done = insert(&store, doc, case, &contract)?;
        end_suspension_at_hiring(doc, case, contract.start);
        Ok((done, case.display_name()))
    })?;
    if done.amended {
        eprintln!(
            "{}",
            crate::t!(
                "contract-derogation-amended",
                kind = store
                    .reference
                    .contract_kinds
                    .label(&contract.kind, ctx.lang),
                start = crate::i18n::day(contract.start),
                who = format!("{who} ({id})"),
                why = contract.derogation.as_deref().unwrap_or_default()
            )
        );
    } else {
        eprintln!(
            "{}",
            crate::t!(
                "cmd-contract-recorded",
                kind = store
                    .reference
                    .contract_kinds
                    .label(&contract.kind, ctx.lang),
                id = id.as_str(),
                start = crate::i18n::day(contract.start)
            )
        );
    }
    warn(&done.problems);
    future::warn(ctx.today, Dated::ContractStart, contract.start);
    Ok(())
}

/// A contract has an end, but a CDI inclusion; the end is not before the start.
fn check_end(a: &ContractAddArgs) -> Result<()> {
    if a.end.is_none() && a.kind != "cdi_inclusion" {
        bail!(crate::t!("cmd-contract-needs-end", kind = a.kind.as_str()));
    }
    if let Some(end) = a.end
        && end < a.start
    {
        bail!(crate::t!(
            "cmd-end-before-start",
            end = crate::i18n::day(end),
            start = crate::i18n::day(a.start)
        ));
    }
    Ok(())
}

/// A new hiring during a suspension of the PASS ends it the day before.
fn end_suspension_at_hiring(doc: &mut toml_edit::DocumentMut, case: &CaseFile, hired: NaiveDate) {
    let Some((i, from, was, to)) = case.pass.as_ref().and_then(|pass| {
        crate::rules::pass::suspension_ended_by_hiring(pass, hired)
            .map(|(i, to)| (i, pass.suspensions[i].from, pass.suspensions[i].to, to))
    }) else {
        return;
    };
    let table = doc
        .get_mut("pass")
        .and_then(|p| p.get_mut("suspensions"))
        .and_then(toml_edit::Item::as_array_of_tables_mut)
        .and_then(|a| a.get_mut(i));
    if let Some(table) = table {
        crate::case::document::replace_value(
            &mut table["to"],
            crate::case::document::date_value(to),
        );
        eprintln!(
            "{}",
            crate::t!(
                "suspension-ended-at-hiring",
                from = crate::i18n::day(from),
                to = crate::i18n::day(was),
                end = crate::i18n::day(to)
            )
        );
    }
}
