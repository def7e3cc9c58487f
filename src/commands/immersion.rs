//! `iae immersion add`: a work immersion with an employer (PMSMP), in date order.

use super::{Ctx, parse_id};
use crate::case::document::{immersion_table, insert_table};
use crate::case::model::Immersion;
use crate::cli::ImmersionAddArgs;
use anyhow::{Result, bail};

pub fn add(ctx: &Ctx, a: ImmersionAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    if a.employer.trim().is_empty() || a.job.trim().is_empty() {
        bail!("--employer and --job cannot be empty");
    }
    if a.end < a.start {
        bail!("--end {} is before --start {}", a.end, a.start);
    }
    let immersion = Immersion {
        employer: a.employer.trim().to_string(),
        job: a.job.trim().to_string(),
        start: a.start,
        end: a.end,
    };
    store.update(&id, |doc, case| {
        let index = case
            .immersions
            .iter()
            .filter(|m| m.start <= immersion.start)
            .count();
        insert_table(
            doc.as_table_mut(),
            "immersions",
            index,
            immersion_table(&immersion),
        )
    })?;
    eprintln!("Recorded the immersion at {} for {id}.", immersion.employer);
    Ok(())
}
