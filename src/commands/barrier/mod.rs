//! `iae barrier add|action|resolve|reopen|list`: a barrier from the day it is noticed to
//! the day it is lifted (or abandoned).

pub mod action;
pub mod action_remove;
pub mod add;
pub mod list;
pub mod reopen;
pub mod resolve;

use crate::case::model::{Barrier, CaseFile};
use crate::commands::Ctx;
use crate::commands::barrier::action::BarrierActionArgs;
use crate::commands::barrier::action_remove::BarrierActionRemoveArgs;
use crate::commands::barrier::add::BarrierAddArgs;
use crate::commands::barrier::list::BarrierListArgs;
use crate::commands::barrier::resolve::BarrierResolveArgs;
use crate::error::hinted;
use anyhow::Result;
use clap::{Args, Subcommand};
use toml_edit::{DocumentMut, Item, Table};

#[derive(Debug, Subcommand)]
pub enum BarrierCmd {
    /// Note a barrier; prints its number in the file
    Add(BarrierAddArgs),
    /// Record an action taken on barrier N
    Action(BarrierActionArgs),
    /// Take out an action recorded on barrier N by mistake, chosen by its date
    ActionRemove(BarrierActionRemoveArgs),
    /// Close barrier N: resolved (lifted) or abandoned
    Resolve(BarrierResolveArgs),
    /// Open a closed barrier again
    Reopen(BarrierRef),
    /// Barriers of one salarié, or of everyone
    List(BarrierListArgs),
}

#[derive(Debug, Args)]
pub struct BarrierRef {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// The barrier's number in the file
    pub number: u32,
}

pub fn run(ctx: &Ctx, cmd: BarrierCmd) -> Result<()> {
    match cmd {
        BarrierCmd::Add(a) => add::run(ctx, a),
        BarrierCmd::Action(a) => action::run(ctx, a),
        BarrierCmd::ActionRemove(a) => action_remove::run(ctx, a),
        BarrierCmd::Resolve(a) => resolve::run(ctx, a),
        BarrierCmd::Reopen(a) => reopen::run(ctx, a),
        BarrierCmd::List(a) => list::run(ctx, a),
    }
}

/// The barrier numbered `number`: its index in the file and its data. Two barriers with
/// that number: refused, since either could be meant (`iae check` says how to renumber).
fn find(case: &CaseFile, number: u32) -> Result<(usize, &Barrier)> {
    if case.barriers.iter().filter(|b| b.number == number).count() > 1 {
        return Err(crate::error::UserError::new(crate::t!(
            "barrier-number-twice",
            id = case.id.as_str(),
            number = number
        ))
        .hint(crate::t!(
            "barrier-renumber-hint",
            id = case.id.as_str(),
            free = next_free_number(case)
        ))
        .into());
    }
    case.barriers
        .iter()
        .enumerate()
        .find(|(_, b)| b.number == number)
        .ok_or_else(|| {
            let numbers: Vec<String> = case.barriers.iter().map(|b| b.number.to_string()).collect();
            hinted(
                crate::t!(
                    "cmd-barrier-unknown",
                    id = case.id.as_str(),
                    number = number
                ),
                if numbers.is_empty() {
                    crate::t!("cmd-barrier-none-yet")
                } else {
                    crate::t!(
                        "cmd-barrier-numbers",
                        numbers = numbers.join(", "),
                        id = case.id.as_str()
                    )
                },
            )
        })
}

fn barrier_table_mut(doc: &mut DocumentMut, index: usize) -> Result<&mut Table> {
    doc.get_mut("barriers")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|a| a.get_mut(index))
        .ok_or_else(|| anyhow::anyhow!(crate::t!("cmd-barrier-not-tables")))
}

/// Nothing happens to a barrier before it was noted: `date`, given with `flag`, is refused.
fn not_before_noted(barrier: &Barrier, flag: &str, date: chrono::NaiveDate) -> Result<()> {
    if date < barrier.noted_on {
        anyhow::bail!(crate::t!(
            "cmd-barrier-date-before-noted",
            flag = flag,
            date = crate::i18n::day(date),
            noted = crate::i18n::day(barrier.noted_on)
        ));
    }
    Ok(())
}

/// The number a new or renumbered barrier takes: one more than the highest.
pub fn next_free_number(case: &CaseFile) -> u32 {
    case.barriers.iter().map(|b| b.number).max().unwrap_or(0) + 1
}
