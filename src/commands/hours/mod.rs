//! `iae hours add|list`: hours worked in a month, one line per month and client kind;
//! the months as they count.

pub mod add;
pub mod list;

use crate::commands::Ctx;
use crate::commands::hours::add::HoursAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum HoursCmd {
    /// Add hours worked in a month (a second add for the same month and client kind adds up)
    Add(HoursAddArgs),
    /// Month by month: hours recorded, hours the contracts estimate, and which counts
    List(crate::commands::hours::list::HoursListArgs),
}

pub fn run(ctx: &Ctx, cmd: HoursCmd) -> Result<()> {
    match cmd {
        HoursCmd::Add(args) => add::run(ctx, args),
        HoursCmd::List(args) => list::run(ctx, args),
    }
}
