//! `iae immersion add`.

use crate::case::date::parse_cli;
use crate::case::document::{immersion_table, insert_in_date_order};
use crate::case::model::Immersion;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ImmersionAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    #[arg(long)]
    pub employer: String,
    #[arg(long)]
    pub job: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub end: NaiveDate,
}

pub fn run(ctx: &Ctx, a: ImmersionAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    if a.employer.trim().is_empty() || a.job.trim().is_empty() {
        bail!(crate::t!("cmd-immersion-empty"));
    }
    if a.end < a.start {
        bail!(crate::t!(
            "cmd-end-before-start",
            end = crate::i18n::day(a.end),
            start = crate::i18n::day(a.start)
        ));
    }
    let immersion = Immersion {
        employer: a.employer.trim().to_string(),
        job: a.job.trim().to_string(),
        start: a.start,
        end: a.end,
    };
    store.update(&id, |doc, _| {
        insert_in_date_order(
            doc.as_table_mut(),
            "immersions",
            "start",
            immersion_table(&immersion),
        )
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-immersion-recorded",
            employer = immersion.employer.as_str(),
            id = id.as_str()
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::ImmersionStart,
        immersion.start,
    );
    Ok(())
}
