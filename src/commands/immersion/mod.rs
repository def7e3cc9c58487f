//! `iae immersion add`: a work immersion with an employer (PMSMP), in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::immersion::add::ImmersionAddArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ImmersionCmd {
    /// Record a work immersion (PMSMP)
    Add(ImmersionAddArgs),
    /// Take one immersion out of the file, chosen by its start
    Remove(RemoveArgs),
    /// Change fields of one immersion, chosen by its start: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

pub fn run(ctx: &Ctx, cmd: ImmersionCmd) -> Result<()> {
    match cmd {
        ImmersionCmd::Add(args) => add::run(ctx, args),
        ImmersionCmd::Remove(a) => records::remove(ctx, Kind::Immersion, a),
        ImmersionCmd::Amend(a) => records::amend(ctx, Kind::Immersion, a),
    }
}
