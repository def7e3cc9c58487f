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
            bail!("{id} has no contract to renew: `iae contract add` first");
        };
        let Some(last_end) = last.end else {
            bail!(
                "the {} contract from {} has no end: nothing to renew",
                last.kind,
                last.start
            );
        };
        let start = last_end + Days::new(1);
        if a.end < start {
            bail!("--end {} is not after the current end {last_end}", a.end);
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
    eprintln!("Renewed the contract of {id} until {}.", a.end);
    warn(&problems);
    Ok(())
}
