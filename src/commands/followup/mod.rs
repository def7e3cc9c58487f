//! `iae followup add`: the situation found after the exit (at 3 and 6 months).

pub mod add;

use crate::commands::Ctx;
use crate::commands::followup::add::FollowupAddArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Record the situation found after the exit
    Add(FollowupAddArgs),
    /// Take one follow-up out of the file, chosen by its date
    Remove(RemoveArgs),
    /// Change fields of one follow-up, chosen by its date: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

pub fn run(ctx: &Ctx, cmd: FollowupCmd) -> Result<()> {
    match cmd {
        FollowupCmd::Add(args) => add::run(ctx, args),
        FollowupCmd::Remove(a) => records::remove(ctx, Kind::Followup, a),
        FollowupCmd::Amend(a) => records::amend(ctx, Kind::Followup, a),
    }
}
