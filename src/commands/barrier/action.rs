//! `iae barrier action`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::{action_table, insert_in_date_order, replace_value};
use crate::case::model::BarrierAction;
use crate::case::vocab::BarrierStatus;
use crate::case::vocab::Support;
use crate::commands::barrier::BarrierRef;
use crate::commands::{Ctx, resolve_who};
use crate::error::hinted;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct BarrierActionArgs {
    #[command(flatten)]
    pub barrier: BarrierRef,
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// What was done
    #[arg(long)]
    pub text: String,
    /// Partner involved
    #[arg(long)]
    pub partner: Option<String>,
    /// Who supports it
    #[arg(long, value_enum)]
    pub support: Option<Support>,
}

pub fn run(ctx: &Ctx, a: BarrierActionArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.barrier.id)?;
    if a.text.trim().is_empty() {
        bail!(crate::t!("cmd-barrier-text-empty"));
    }
    let act = BarrierAction {
        date: a.date,
        text: a.text.trim().to_string(),
        partner: a.partner,
        support: a.support.map(|s| s.code().to_string()),
    };
    let number = a.barrier.number;
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if !barrier.is_open() {
            return Err(hinted(
                crate::t!(
                    "cmd-barrier-closed",
                    number = number,
                    status = barrier.status.as_str(),
                    since = barrier
                        .resolved_on
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                ),
                crate::t!("cmd-barrier-closed-hint", id = id.as_str(), number = number),
            ));
        }
        not_before_noted(barrier, "--date", act.date)?;
        let was_identified = barrier.status == BarrierStatus::Identified.code();
        let table = barrier_table_mut(doc, index)?;
        insert_in_date_order(table, "actions", "date", action_table(&act))?;
        if was_identified {
            replace_value(
                &mut table["status"],
                BarrierStatus::InProgress.code().into(),
            );
        }
        Ok(())
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-barrier-action-recorded",
            number = number,
            id = id.as_str()
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::BarrierAction,
        a.date,
    );
    Ok(())
}
