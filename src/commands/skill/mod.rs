//! `iae skill add`: a skill assessed, in date order.

pub mod add;

use crate::commands::Ctx;
use crate::commands::skill::add::SkillAddArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SkillCmd {
    /// Record a skill assessed, level 1 (beginning) to 4 (mastered)
    Add(SkillAddArgs),
    /// Take one skill out of the file, chosen by its name
    Remove(RemoveArgs),
    /// Change fields of one skill, chosen by its name: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

pub fn run(ctx: &Ctx, cmd: SkillCmd) -> Result<()> {
    match cmd {
        SkillCmd::Add(args) => add::run(ctx, args),
        SkillCmd::Remove(a) => records::remove(ctx, Kind::Skill, a),
        SkillCmd::Amend(a) => records::amend(ctx, Kind::Skill, a),
    }
}
