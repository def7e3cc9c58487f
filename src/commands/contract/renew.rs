//! `iae contract renew`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::model::Contract;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::Days;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ContractRenewArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// Last day of the renewal
    #[arg(long, value_parser = parse_cli)]
    pub end: NaiveDate,
    /// Weekly hours of the renewal (default: as before)
    #[arg(long)]
    pub weekly_hours: Option<f64>,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

pub fn run(ctx: &Ctx, a: ContractRenewArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    if let Some(h) = a.weekly_hours {
        check_hours(h)?;
    }
    let (problems, _) = store.update(&id, |doc, case| {
        let Some(last) = case.current_contract() else {
            bail!(crate::t!("cmd-no-contract-to-renew", id = id.as_str()));
        };
        let Some(last_end) = last.end else {
            bail!(crate::t!(
                "cmd-contract-no-end",
                kind = store.reference.contract_kinds.label(&last.kind, ctx.lang),
                start = crate::i18n::day(last.start)
            ));
        };
        let start = last_end + Days::new(1);
        if a.end < start {
            bail!(crate::t!(
                "cmd-renew-not-after",
                end = crate::i18n::day(a.end),
                current = crate::i18n::day(last_end)
            ));
        }
        let renewal = Contract {
            kind: last.kind.clone(),
            start,
            end: Some(a.end),
            weekly_hours: a.weekly_hours.unwrap_or(last.weekly_hours),
            planned_end: None,
            position: last.position.clone(),
            derogation: a.derogation.clone(),
        };
        Ok(insert(&store, doc, case, &renewal)?.problems)
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-contract-renewed",
            id = id.as_str(),
            end = crate::i18n::day(a.end)
        )
    );
    warn(&problems);
    Ok(())
}
