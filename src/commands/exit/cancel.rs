//! `iae exit cancel`.

use crate::commands::IdArg;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};

pub fn run(ctx: &Ctx, args: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &args.id)?;
    let (removed, _) = store.update(&id, |doc, case| {
        let Some(exit) = &case.exit else {
            bail!(crate::t!("cmd-exit-none-to-cancel", id = id.as_str()));
        };
        if !case.followups.is_empty() {
            bail!(crate::t!("cmd-exit-has-followups", id = id.as_str()));
        }
        doc.remove("exit");
        Ok(exit.clone())
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-exit-cancelled",
            id = id.as_str(),
            date = crate::i18n::day(removed.date),
            reason = store
                .reference
                .exit_reasons
                .label(&removed.reason, ctx.lang)
        )
    );
    Ok(())
}
