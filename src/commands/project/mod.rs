//! `iae project set`: the target job; the previous one stays in the file with its dates.

pub mod set;

use crate::commands::Ctx;
use crate::commands::project::set::ProjectSetArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ProjectCmd {
    /// Set the target job; the previous target is kept with its dates
    Set(ProjectSetArgs),
}

pub fn run(ctx: &Ctx, cmd: ProjectCmd) -> Result<()> {
    match cmd {
        ProjectCmd::Set(args) => set::run(ctx, args),
    }
}
