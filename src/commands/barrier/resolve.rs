//! `iae barrier resolve`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::{date_value, replace_value};
use crate::case::vocab::Outcome;
use crate::commands::barrier::BarrierRef;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::{Item, value};

#[derive(Debug, Args)]
pub struct BarrierResolveArgs {
    #[command(flatten)]
    pub barrier: BarrierRef,
    /// The day it ended
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
    #[arg(long, value_enum, default_value_t = Outcome::Resolved)]
    pub outcome: Outcome,
    /// How it ended, in words
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, a: BarrierResolveArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.barrier.id)?;
    let number = a.barrier.number;
    let outcome = a.outcome.code();
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if !barrier.is_open() {
            bail!(crate::t!(
                "cmd-barrier-already",
                number = number,
                status = barrier.status.as_str()
            ));
        }
        not_before_noted(barrier, "--on", a.on)?;
        let table = barrier_table_mut(doc, index)?;
        replace_value(&mut table["status"], outcome.into());
        table.insert("resolved_on", Item::Value(date_value(a.on)));
        if let Some(note) = &a.note {
            table.insert("resolution_note", value(note.as_str()));
        }
        Ok(())
    })?;
    let message = if a.outcome == Outcome::Resolved {
        "cmd-barrier-lifted"
    } else {
        "cmd-barrier-abandoned"
    };
    eprintln!(
        "{}",
        crate::t!(
            message,
            number = number,
            id = id.as_str(),
            date = crate::i18n::day(a.on)
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::BarrierEnded,
        a.on,
    );
    Ok(())
}
