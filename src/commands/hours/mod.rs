//! `iae hours add`: hours worked in a month, one line per month and client kind.

pub mod add;

use crate::commands::Ctx;
use crate::commands::hours::add::HoursAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum HoursCmd {
    /// Add hours worked in a month (a second add for the same month and client kind adds up)
    Add(HoursAddArgs),
}

pub fn run(ctx: &Ctx, cmd: HoursCmd) -> Result<()> {
    match cmd {
        HoursCmd::Add(args) => add::run(ctx, args),
    }
}
