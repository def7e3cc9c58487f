//! `iae contract add|renew|end`: contracts and the rules of their kind, as warnings
//! unless a derogation is recorded.

use super::{Ctx, known_code, parse_id};
use crate::case::CaseFile;
use crate::case::document::{contract_table, insert_table};
use crate::case::model::Contract;
use crate::case::validate::MAX_WEEKLY_HOURS;
use crate::cli::{ContractAddArgs, ContractCmd, ContractEndArgs, ContractRenewArgs};
use crate::rules::contracts::contract_problems;
use crate::store::Store;
use anyhow::{Result, bail};
use chrono::Days;
use toml_edit::Item;

pub fn run(ctx: &Ctx, cmd: ContractCmd) -> Result<()> {
    match cmd {
        ContractCmd::Add(a) => add(ctx, a),
        ContractCmd::Renew(a) => renew(ctx, a),
        ContractCmd::End(a) => end(ctx, a),
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

fn add(ctx: &Ctx, a: ContractAddArgs) -> Result<()> {
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

fn renew(ctx: &Ctx, a: ContractRenewArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
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
        insert(&store, doc, case, &renewal)
    })?;
    eprintln!("Renewed the contract of {id} until {}.", a.end);
    warn(&problems);
    Ok(())
}

fn end(ctx: &Ctx, a: ContractEndArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    store.update(&id, |doc, case| {
        let found = case
            .contracts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.start <= a.on && c.end.is_none_or(|e| e >= a.on))
            .max_by_key(|(_, c)| c.start);
        let Some((index, contract)) = found else {
            bail!("{id} has no contract running on {}", a.on);
        };
        let table = doc
            .get_mut("contracts")
            .and_then(Item::as_array_of_tables_mut)
            .and_then(|t| t.get_mut(index))
            .ok_or_else(|| anyhow::anyhow!("the contracts are not written as [[contracts]] tables; fix them with `iae edit {id}`"))?;
        super::exit::end_contract(table, contract, a.on);
        Ok(())
    })?;
    eprintln!("The contract of {id} now ends on {}.", a.on);
    Ok(())
}
