//! `iae skill add`: a skill assessed, in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::skill::add::SkillAddArgs;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SkillCmd {
    /// Record a skill assessed, level 1 (beginning) to 4 (mastered)
    Add(SkillAddArgs),
}

pub fn run(ctx: &Ctx, cmd: SkillCmd) -> Result<()> {
    match cmd {
        SkillCmd::Add(args) => add::run(ctx, args),
    }
}
