//! `iae hours add|list`: hours worked in a month, one line per month and client kind;
//! the months as they count.

pub mod add;
pub mod list;

use crate::commands::Ctx;
use crate::commands::hours::add::HoursAddArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum HoursCmd {
    /// Add hours worked in a month (a second add for the same month and client kind adds up)
    Add(HoursAddArgs),
    /// Take one month's hours line out of the file, chosen by its month
    Remove(RemoveArgs),
    /// Change fields of one month's hours line, chosen by its month: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
    /// Month by month: hours recorded, hours the contracts estimate, and which counts
    List(crate::commands::hours::list::HoursListArgs),
}

pub fn run(ctx: &Ctx, cmd: HoursCmd) -> Result<()> {
    match cmd {
        HoursCmd::Add(args) => add::run(ctx, args),
        HoursCmd::Remove(a) => records::remove(ctx, Kind::Hours, a),
        HoursCmd::Amend(a) => records::amend(ctx, Kind::Hours, a),
        HoursCmd::List(args) => list::run(ctx, args),
    }
}
