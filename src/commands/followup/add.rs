//! `iae followup add`.

use crate::case::date::parse_cli;
use crate::case::document::{followup_table, push_table};
use crate::case::model::Followup;
use crate::commands::Ctx;
use crate::error::hinted;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct FollowupAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// Date of the follow-up, YYYY-MM-DD (after the exit)
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// The situation, as an exit-reason code (see `iae exit reasons`)
    #[arg(long)]
    pub situation: String,
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, a: FollowupAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = crate::commands::resolve_who(&store, &a.id)?;
    if !store.reference.exit_reasons.contains(&a.situation) {
        return Err(hinted(
            format!(
                "--situation {}: not a known situation; nothing was written",
                a.situation
            ),
            "situations use the exit-reason codes: `iae exit reasons`",
        ));
    }
    let followup = Followup {
        date: a.date,
        situation: a.situation,
        notes: a.notes,
    };
    store.update(&id, |doc, case| {
        let Some(exit) = &case.exit else {
            bail!("{id} has no exit yet: a follow-up comes after the exit");
        };
        if followup.date <= exit.date {
            bail!(
                "--date {} is not after the exit on {}",
                followup.date,
                exit.date
            );
        }
        push_table(doc.as_table_mut(), "followups", followup_table(&followup))
    })?;
    eprintln!("Recorded the follow-up of {id} on {}.", followup.date);
    Ok(())
}
