//! `iae followup add`.

use crate::case::date::parse_cli;
use crate::case::document::{followup_table, insert_in_date_order};
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
            crate::t!(
                "cmd-followup-unknown-situation",
                situation = a.situation.as_str()
            ),
            crate::t!("cmd-followup-situation-hint"),
        ));
    }
    let followup = Followup {
        date: a.date,
        situation: a.situation,
        notes: a.notes,
    };
    store.update(&id, |doc, case| {
        let Some(exit) = &case.exit else {
            bail!(crate::t!(
                "cmd-followup-no-exit",
                id = id.as_str(),
                gender = case.person.sex.as_str()
            ));
        };
        if followup.date <= exit.date {
            bail!(crate::t!(
                "cmd-followup-not-after-exit",
                date = crate::i18n::day(followup.date),
                exit = crate::i18n::day(exit.date)
            ));
        }
        insert_in_date_order(
            doc.as_table_mut(),
            "followups",
            "date",
            followup_table(&followup),
        )?;
        Ok(())
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-followup-recorded",
            id = id.as_str(),
            date = crate::i18n::day(followup.date)
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::Followup,
        followup.date,
    );
    Ok(())
}
