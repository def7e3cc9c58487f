//! `iae barrier add|action|resolve|reopen|list`: a barrier from the day it is noticed to
//! the day it is lifted (or abandoned).

use super::{Ctx, known_code, parse_id};
use crate::case::document::{action_table, barrier_table, date_value, insert_table, replace_value};
use crate::case::model::{Barrier, BarrierAction, CaseFile};
use crate::cli::{
    BarrierActionArgs, BarrierAddArgs, BarrierCmd, BarrierListArgs, BarrierRef, BarrierResolveArgs,
    Outcome, code_of,
};
use crate::error::hinted;
use crate::output::{self, Format};
use crate::report::barriers::barrier_rows;
use anyhow::{Result, bail};
use serde_json::json;
use toml_edit::{DocumentMut, Item, Table, value};

pub fn run(ctx: &Ctx, cmd: BarrierCmd) -> Result<()> {
    match cmd {
        BarrierCmd::Add(a) => add(ctx, a),
        BarrierCmd::Action(a) => action(ctx, a),
        BarrierCmd::Resolve(a) => resolve(ctx, a),
        BarrierCmd::Reopen(a) => reopen(ctx, a),
        BarrierCmd::List(a) => list(ctx, a),
    }
}

fn add(ctx: &Ctx, a: BarrierAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.barrier_categories,
        &a.category,
        "--category",
        "barrier category",
    )?;
    if a.detail.trim().is_empty() {
        bail!("--detail is empty: say what the barrier is");
    }
    let noted_on = a.noted_on.unwrap_or(ctx.today);
    let (number, _) = store.update(&id, |doc, case| {
        if let Some(exit) = &case.exit
            && noted_on > exit.date
        {
            bail!(
                "{id} left on {}: no barrier can be noted after the exit",
                exit.date
            );
        }
        let number = case.barriers.iter().map(|b| b.number).max().unwrap_or(0) + 1;
        let barrier = Barrier {
            number,
            category: a.category.clone(),
            noted_on,
            detail: a.detail.trim().to_string(),
            status: "identified".into(),
            resolved_on: None,
            resolution_note: None,
            actions: Vec::new(),
        };
        let index = case
            .barriers
            .iter()
            .filter(|b| b.noted_on <= noted_on)
            .count();
        insert_table(
            doc.as_table_mut(),
            "barriers",
            index,
            barrier_table(&barrier),
        )?;
        Ok(number)
    })?;
    match ctx.format {
        Format::Json | Format::Yaml => {
            output::print_value(&json!({"id": id.as_str(), "number": number}), ctx.format)
        }
        _ => {
            eprintln!("Barrier n°{number} noted for {id} ({}).", a.category);
            output::out(&format!("{number}\n"))
        }
    }
}

/// The barrier numbered `number`: its index in the file and its data.
fn find(case: &CaseFile, number: u32) -> Result<(usize, &Barrier)> {
    case.barriers
        .iter()
        .enumerate()
        .find(|(_, b)| b.number == number)
        .ok_or_else(|| {
            let numbers: Vec<String> = case.barriers.iter().map(|b| b.number.to_string()).collect();
            hinted(
                format!("{} has no barrier n°{number}", case.id),
                if numbers.is_empty() {
                    "this file has no barrier yet: `iae barrier add`".to_string()
                } else {
                    format!(
                        "its barriers are n° {}; `iae barrier list {}`",
                        numbers.join(", "),
                        case.id
                    )
                },
            )
        })
}

fn barrier_table_mut(doc: &mut DocumentMut, index: usize) -> Result<&mut Table> {
    doc.get_mut("barriers")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|a| a.get_mut(index))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "the barriers are not written as [[barriers]] tables; fix them with `iae edit`"
            )
        })
}

fn action(ctx: &Ctx, a: BarrierActionArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.barrier.id)?;
    if a.text.trim().is_empty() {
        bail!("--text is empty: say what was done");
    }
    let act = BarrierAction {
        date: a.date,
        text: a.text.trim().to_string(),
        partner: a.partner,
        support: a.support.map(|s| code_of(&s)),
    };
    let number = a.barrier.number;
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if !barrier.is_open() {
            return Err(hinted(
                format!(
                    "barrier n°{number} is {} since {}; nothing was written",
                    barrier.status,
                    barrier
                        .resolved_on
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                ),
                format!("`iae barrier reopen {id} {number}` first if it is back"),
            ));
        }
        if act.date < barrier.noted_on {
            bail!(
                "--date {} is before the barrier was noted on {}; nothing was written",
                act.date,
                barrier.noted_on
            );
        }
        let position = barrier
            .actions
            .iter()
            .filter(|x| x.date <= act.date)
            .count();
        let was_identified = barrier.status == "identified";
        let table = barrier_table_mut(doc, index)?;
        insert_table(table, "actions", position, action_table(&act))?;
        if was_identified {
            replace_value(&mut table["status"], "in_progress".into());
        }
        Ok(())
    })?;
    eprintln!("Recorded an action on barrier n°{number} of {id}.");
    Ok(())
}

fn resolve(ctx: &Ctx, a: BarrierResolveArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.barrier.id)?;
    let number = a.barrier.number;
    let outcome = code_of(&a.outcome);
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if !barrier.is_open() {
            bail!(
                "barrier n°{number} is already {}; nothing was written",
                barrier.status
            );
        }
        if a.on < barrier.noted_on {
            bail!(
                "--on {} is before the barrier was noted on {}; nothing was written",
                a.on,
                barrier.noted_on
            );
        }
        let table = barrier_table_mut(doc, index)?;
        replace_value(&mut table["status"], outcome.as_str().into());
        table.insert("resolved_on", Item::Value(date_value(a.on)));
        if let Some(note) = &a.note {
            table.insert("resolution_note", value(note.as_str()));
        }
        Ok(())
    })?;
    eprintln!(
        "Barrier n°{number} of {id} {} on {}.",
        if a.outcome == Outcome::Resolved {
            "lifted"
        } else {
            "abandoned"
        },
        a.on
    );
    Ok(())
}

fn reopen(ctx: &Ctx, a: BarrierRef) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    let number = a.number;
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if barrier.is_open() {
            bail!("barrier n°{number} is still open ({})", barrier.status);
        }
        let status = if barrier.actions.is_empty() {
            "identified"
        } else {
            "in_progress"
        };
        let table = barrier_table_mut(doc, index)?;
        replace_value(&mut table["status"], status.into());
        table.remove("resolved_on");
        table.remove("resolution_note");
        Ok(())
    })?;
    eprintln!("Barrier n°{number} of {id} is open again.");
    Ok(())
}

fn list(ctx: &Ctx, a: BarrierListArgs) -> Result<()> {
    let store = ctx.open()?;
    let rows = match &a.id {
        Some(text) => {
            let id = parse_id(text)?;
            let (_, case) = store.read(&id)?;
            barrier_rows(
                [(id.as_str(), &case)],
                a.open,
                &store.reference,
                ctx.lang,
                ctx.today,
            )
        }
        None => {
            let set = store.load_all()?;
            set.report_skipped();
            barrier_rows(
                set.cases.iter().map(|l| (l.file_id.as_str(), &l.case)),
                a.open,
                &store.reference,
                ctx.lang,
                ctx.today,
            )
        }
    };
    output::print_rows(&rows, ctx.format)
}
