//! `iae immersion add`: a work immersion with an employer (PMSMP), in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::immersion::add::ImmersionAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ImmersionCmd {
    /// Record a work immersion (PMSMP)
    Add(ImmersionAddArgs),
}

pub fn run(ctx: &Ctx, cmd: ImmersionCmd) -> Result<()> {
    match cmd {
        ImmersionCmd::Add(args) => add::run(ctx, args),
    }
}
