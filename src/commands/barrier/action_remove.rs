//! `iae barrier action-remove`: an action recorded by mistake on barrier N, taken out.

use super::*;
use crate::commands::support::records::{Kind, RecordRef, remove_in};
use crate::commands::{Ctx, resolve_who};
use clap::Args;

#[derive(Debug, Args)]
pub struct BarrierActionRemoveArgs {
    #[command(flatten)]
    pub barrier: BarrierRef,
    /// The action's date, YYYY-MM-DD
    pub date: String,
    /// When several actions share that date: the first, second… of them
    #[arg(long, value_name = "N")]
    pub nth: Option<usize>,
}

pub fn run(ctx: &Ctx, a: BarrierActionRemoveArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.barrier.id)?;
    let number = a.barrier.number;
    let record = RecordRef {
        id: a.barrier.id.clone(),
        which: a.date.clone(),
        nth: a.nth,
    };
    let ((who, said), _) = store.update(&id, |doc, case| {
        let who = format!("{} ({id})", case.display_name());
        let (index, _) = find(case, number)?;
        let table = barrier_table_mut(doc, index)?;
        let said = remove_in(table, Kind::BarrierAction, &record, &who)?;
        Ok((who, said))
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "barrier-action-removed",
            who = who,
            number = number,
            record = said
        )
    );
    Ok(())
}
