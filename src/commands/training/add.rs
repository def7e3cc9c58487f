//! `iae training add`.

use crate::case::date::parse_cli;
use crate::case::document::{insert_in_date_order, training_table};
use crate::case::model::Training;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct TrainingAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    #[arg(long)]
    pub title: String,
    /// Training organisation
    #[arg(long)]
    pub organism: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
    /// A (pre-)qualifying training
    #[arg(long)]
    pub qualifying: bool,
    /// Certification obtained
    #[arg(long)]
    pub certification: Option<String>,
}

pub fn run(ctx: &Ctx, a: TrainingAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    if a.title.trim().is_empty() || a.organism.trim().is_empty() {
        bail!(crate::t!("cmd-training-empty"));
    }
    if let Some(end) = a.end
        && end < a.start
    {
        bail!(crate::t!(
            "cmd-end-before-start",
            end = crate::i18n::day(end),
            start = crate::i18n::day(a.start)
        ));
    }
    let training = Training {
        title: a.title.trim().to_string(),
        organism: a.organism.trim().to_string(),
        start: a.start,
        end: a.end,
        qualifying: a.qualifying,
        certification: a.certification,
    };
    store.update(&id, |doc, _| {
        insert_in_date_order(
            doc.as_table_mut(),
            "trainings",
            "start",
            training_table(&training),
        )
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-training-recorded",
            title = training.title.as_str(),
            id = id.as_str()
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::TrainingStart,
        training.start,
    );
    Ok(())
}
