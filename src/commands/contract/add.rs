//! `iae contract add`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::model::Contract;
use crate::commands::{Ctx, known_code, parse_id};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ContractAddArgs {
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
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.contract_kinds,
        &a.kind,
        "--kind",
        "contract kind",
    )?;
    check_hours(a.weekly_hours)?;
    if a.end.is_none() && a.kind != "cdi_inclusion" {
        bail!("--kind {} needs --end DATE (its last day)", a.kind);
    }
    if let Some(end) = a.end
        && end < a.start
    {
        bail!("--end {end} is before --start {}", a.start);
    }
    let contract = Contract {
        kind: a.kind.clone(),
        start: a.start,
        end: a.end,
        weekly_hours: a.weekly_hours,
        planned_end: None,
        position: Some(a.position.trim().to_string()).filter(|p| !p.is_empty()),
        derogation: a.derogation,
    };
    let (problems, _) = store.update(&id, |doc, case| insert(&store, doc, case, &contract))?;
    eprintln!(
        "Recorded a {} contract for {id} from {}.",
        contract.kind, contract.start
    );
    warn(&problems);
    Ok(())
}
