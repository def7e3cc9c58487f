//! `iae barrier reopen`.

use super::*;
use crate::case::document::replace_value;
use crate::case::vocab::BarrierStatus;
use crate::commands::barrier::BarrierRef;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};

pub fn run(ctx: &Ctx, a: BarrierRef) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let number = a.number;
    store.update(&id, |doc, case| {
        let (index, barrier) = find(case, number)?;
        if barrier.is_open() {
            bail!("barrier n°{number} is still open ({})", barrier.status);
        }
        let status = if barrier.actions.is_empty() {
            BarrierStatus::Identified
        } else {
            BarrierStatus::InProgress
        };
        let table = barrier_table_mut(doc, index)?;
        replace_value(&mut table["status"], status.code().into());
        table.remove("resolved_on");
        table.remove("resolution_note");
        Ok(())
    })?;
    eprintln!("Barrier n°{number} of {id} is open again.");
    Ok(())
}
