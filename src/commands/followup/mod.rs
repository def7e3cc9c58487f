//! `iae followup add`: the situation found after the exit (at 3 and 6 months).

pub mod add;

use crate::commands::Ctx;
use crate::commands::followup::add::FollowupAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Record the situation found after the exit
    Add(FollowupAddArgs),
}

pub fn run(ctx: &Ctx, cmd: FollowupCmd) -> Result<()> {
    match cmd {
        FollowupCmd::Add(args) => add::run(ctx, args),
    }
}
