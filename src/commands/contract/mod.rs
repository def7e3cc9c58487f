//! `iae contract add|renew|end`: contracts and the rules of their kind, as warnings
//! unless a derogation is recorded.

pub mod add;
pub mod end;
pub mod renew;

use crate::case::CaseFile;
use crate::case::document::{contract_table, insert_in_date_order, replace_value};
use crate::case::finding::Code;
use crate::case::model::Contract;
use crate::case::validate::MAX_WEEKLY_HOURS;
use crate::commands::Ctx;
use crate::commands::contract::add::ContractAddArgs;
use crate::commands::contract::end::ContractEndArgs;
use crate::commands::contract::renew::ContractRenewArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use crate::rules::contracts::{contract_problems, overlap_problem};
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
    /// Take one contract out of the file, chosen by its start
    Remove(RemoveArgs),
    /// Change fields of one contract, chosen by its start: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

pub fn run(ctx: &Ctx, cmd: ContractCmd) -> Result<()> {
    match cmd {
        ContractCmd::Add(a) => add::run(ctx, a),
        ContractCmd::Renew(a) => renew::run(ctx, a),
        ContractCmd::End(a) => end::run(ctx, a),
        ContractCmd::Remove(a) => records::remove(ctx, Kind::Contract, a),
        ContractCmd::Amend(a) => records::amend(ctx, Kind::Contract, a),
    }
}

fn check_hours(hours: f64) -> Result<()> {
    if !(hours > 0.0 && hours <= MAX_WEEKLY_HOURS) {
        bail!(crate::t!(
            "cmd-weekly-hours-range",
            hours = hours.to_string(),
            max = MAX_WEEKLY_HOURS.to_string()
        ));
    }
    Ok(())
}

/// What `insert` did.
#[derive(Debug)]
struct Inserted {
    /// The rules the contract breaks (none but an overlap when it has a derogation).
    problems: Vec<String>,
    /// A contract of the same kind and start was there: the derogation was added to it
    /// instead of a second contract.
    amended: bool,
}

/// Insert `contract` in date order, and return the rules it breaks. A derogation given
/// for a contract already recorded (the same kind from the same day, typically after the
/// W004 warning) amends that contract rather than adding an overlapping second one.
fn insert(
    store: &Store,
    doc: &mut toml_edit::DocumentMut,
    case: &CaseFile,
    contract: &Contract,
) -> Result<Inserted> {
    if contract.derogation.is_some()
        && let Some(index) = case
            .contracts
            .iter()
            .position(|c| c.kind == contract.kind && c.start == contract.start)
    {
        let table = doc
            .get_mut("contracts")
            .and_then(toml_edit::Item::as_array_of_tables_mut)
            .and_then(|a| a.get_mut(index))
            .ok_or_else(|| anyhow::anyhow!(crate::t!("cmd-contracts-not-tables-any")))?;
        for (key, item) in contract_table(contract).iter() {
            match (table.get_mut(key), item.as_value()) {
                (Some(slot), Some(v)) => replace_value(slot, v.clone()),
                _ => {
                    table.insert(key, item.clone());
                }
            }
        }
        let mut after = case.clone();
        after.contracts[index] = contract.clone();
        return Ok(Inserted {
            problems: overlap_problem(&after, index, contract)
                .into_iter()
                .collect(),
            amended: true,
        });
    }
    if let Some(exit) = &case.exit
        && contract.start > exit.date
    {
        bail!(crate::t!(
            "cmd-contract-after-exit",
            id = case.id.as_str(),
            gender = case.person.sex.as_str(),
            date = crate::i18n::day(exit.date)
        ));
    }
    let index = insert_in_date_order(
        doc.as_table_mut(),
        "contracts",
        "start",
        contract_table(contract),
    )?;
    let mut after = case.clone();
    after.contracts.insert(index, contract.clone());
    let problems = if contract.derogation.is_some() {
        overlap_problem(&after, index, contract)
            .into_iter()
            .collect()
    } else {
        contract_problems(
            &after,
            index,
            contract,
            &store.structure.kind,
            &store.reference,
        )
    };
    Ok(Inserted {
        problems,
        amended: false,
    })
}

fn warn(problems: &[String]) {
    for p in problems {
        eprintln!("{} {} {p}", crate::t!("warning-prefix"), Code::ContractRule);
    }
    if !problems.is_empty() {
        eprintln!(
            "{} {}",
            crate::t!("hint-prefix"),
            crate::t!("cmd-derogation-hint")
        );
    }
}
