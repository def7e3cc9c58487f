//! `iae deadlines dismiss`: an item of `report deadlines` set aside with a reason, stored
//! in the case file, so that what cannot be done (a bilan after a `sans_nouvelle` exit)
//! does not stay overdue forever.

pub mod dismiss;

use crate::commands::Ctx;
use crate::commands::deadlines::dismiss::DismissArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DeadlinesCmd {
    /// Set an item of `report deadlines` aside, with the reason (shown by `--all`)
    Dismiss(DismissArgs),
}

pub fn run(ctx: &Ctx, cmd: DeadlinesCmd) -> Result<()> {
    match cmd {
        DeadlinesCmd::Dismiss(a) => dismiss::run(ctx, a),
    }
}
