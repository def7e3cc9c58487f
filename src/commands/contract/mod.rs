//! `iae contract add|renew|end`: contracts and the rules of their kind, as warnings
//! unless a derogation is recorded.

pub mod add;
pub mod end;
pub mod renew;

use crate::case::CaseFile;
use crate::case::document::{contract_table, insert_table};
use crate::case::model::Contract;
use crate::case::validate::MAX_WEEKLY_HOURS;
use crate::commands::Ctx;
use crate::commands::contract::add::ContractAddArgs;
use crate::commands::contract::end::ContractEndArgs;
use crate::commands::contract::renew::ContractRenewArgs;
use crate::rules::contracts::contract_problems;
use crate::store::Store;
use anyhow::{Result, bail};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ContractCmd {
    /// Record a contract
    Add(ContractAddArgs),
    /// Renew the last contract until a new end (a new contract from the day after)
    Renew(ContractRenewArgs),
    /// End the current contract early (the agreed end is kept as planned_end)
    End(ContractEndArgs),
}

pub fn run(ctx: &Ctx, cmd: ContractCmd) -> Result<()> {
    match cmd {
        ContractCmd::Add(a) => add::run(ctx, a),
        ContractCmd::Renew(a) => renew::run(ctx, a),
        ContractCmd::End(a) => end::run(ctx, a),
    }
}

fn check_hours(hours: f64) -> Result<()> {
    if !(hours > 0.0 && hours <= MAX_WEEKLY_HOURS) {
        bail!(
            "--weekly-hours {hours}: more than 0 and at most {MAX_WEEKLY_HOURS} (the legal maximum)"
        );
    }
    Ok(())
}

/// Insert `contract` in date order, and return the rules it breaks.
fn insert(
    store: &Store,
    doc: &mut toml_edit::DocumentMut,
    case: &CaseFile,
    contract: &Contract,
) -> Result<Vec<String>> {
    if let Some(exit) = &case.exit
        && contract.start > exit.date
    {
        bail!(
            "{} left on {}: no contract can start after the exit",
            case.id,
            exit.date
        );
    }
    let index = case
        .contracts
        .iter()
        .filter(|c| c.start <= contract.start)
        .count();
    let mut after = case.clone();
    after.contracts.insert(index, contract.clone());
    let problems = if contract.derogation.is_some() {
        Vec::new()
    } else {
        contract_problems(
            &after,
            index,
            contract,
            &store.structure.kind,
            &store.reference,
        )
    };
    insert_table(
        doc.as_table_mut(),
        "contracts",
        index,
        contract_table(contract),
    )?;
    Ok(problems)
}

fn warn(problems: &[String]) {
    for p in problems {
        eprintln!("warning: W004 {p}");
    }
    if !problems.is_empty() {
        eprintln!(
            "hint: if the administration granted an exception, record it with --derogation \"why\""
        );
    }
}
