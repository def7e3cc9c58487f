//! `iae training add`: a training followed, in date order.

use super::{Ctx, parse_id};
use crate::case::document::{insert_table, training_table};
use crate::case::model::Training;
use crate::cli::TrainingAddArgs;
use anyhow::{Result, bail};

pub fn add(ctx: &Ctx, a: TrainingAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    if a.title.trim().is_empty() || a.organism.trim().is_empty() {
        bail!("--title and --organism cannot be empty");
    }
    if let Some(end) = a.end
        && end < a.start
    {
        bail!("--end {end} is before --start {}", a.start);
    }
    let training = Training {
        title: a.title.trim().to_string(),
        organism: a.organism.trim().to_string(),
        start: a.start,
        end: a.end,
        qualifying: a.qualifying,
        certification: a.certification,
    };
    store.update(&id, |doc, case| {
        let index = case
            .trainings
            .iter()
            .filter(|t| t.start <= training.start)
            .count();
        insert_table(
            doc.as_table_mut(),
            "trainings",
            index,
            training_table(&training),
        )
    })?;
    eprintln!("Recorded the training \"{}\" for {id}.", training.title);
    Ok(())
}
