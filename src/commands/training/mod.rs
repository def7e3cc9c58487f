//! `iae training add`: a training followed, in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::training::add::TrainingAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TrainingCmd {
    /// Record a training
    Add(TrainingAddArgs),
}

pub fn run(ctx: &Ctx, cmd: TrainingCmd) -> Result<()> {
    match cmd {
        TrainingCmd::Add(args) => add::run(ctx, args),
    }
}
