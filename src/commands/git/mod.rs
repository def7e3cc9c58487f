//! `iae git …`: the git set-up of a clone.

pub mod setup;

use super::Ctx;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum GitCmd {
    /// Register the merge driver of case files in this clone (git does not copy it through
    /// a clone) and in .gitattributes
    Setup(setup::SetupArgs),
}

pub fn run(ctx: &Ctx, cmd: GitCmd) -> Result<()> {
    match cmd {
        GitCmd::Setup(args) => setup::run(ctx, args),
    }
}
