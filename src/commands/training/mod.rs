//! `iae training add`: a training followed, in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use crate::commands::training::add::TrainingAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TrainingCmd {
    /// Record a training
    Add(TrainingAddArgs),
    /// Take one training out of the file, chosen by its start
    Remove(RemoveArgs),
    /// Change fields of one training, chosen by its start: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

pub fn run(ctx: &Ctx, cmd: TrainingCmd) -> Result<()> {
    match cmd {
        TrainingCmd::Add(args) => add::run(ctx, args),
        TrainingCmd::Remove(a) => records::remove(ctx, Kind::Training, a),
        TrainingCmd::Amend(a) => records::amend(ctx, Kind::Training, a),
    }
}
