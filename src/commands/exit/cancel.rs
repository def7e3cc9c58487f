//! `iae exit cancel`.

use crate::commands::IdArg;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};

pub fn run(ctx: &Ctx, args: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &args.id)?;
    let (removed, _) = store.update(&id, |doc, case| {
        let Some(exit) = &case.exit else {
            bail!("{id} has no exit to cancel");
        };
        if !case.followups.is_empty() {
            bail!(
                "{id} has follow-ups after its exit: remove them with `iae edit {id}` before cancelling the exit"
            );
        }
        doc.remove("exit");
        Ok(exit.clone())
    })?;
    eprintln!(
        "Cancelled the exit of {id} on {} ({}); git keeps it in the file's history. Contracts ended at the exit keep that end date: change them with `iae edit {id}` if needed.",
        removed.date, removed.reason
    );
    Ok(())
}
