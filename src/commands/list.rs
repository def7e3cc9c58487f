//! `iae list`: who is in parcours (or has left), one line each.
use clap::Args;

#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct ListFilter {
    /// Only salariés still in parcours (default)
    #[arg(long)]
    pub active: bool,
    /// Only salariés who have left
    #[arg(long)]
    pub exited: bool,
    /// Everyone
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: ListFilter,
    /// Only names containing TEXT (accents and case do not matter)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

use super::Ctx;
use crate::output;
use crate::report::list::{Filter, list_rows, sort_rows};
use anyhow::Result;

pub fn run(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let store = ctx.open()?;
    let filter = if args.filter.all {
        Filter::All
    } else if args.filter.exited {
        Filter::Exited
    } else {
        Filter::Active
    };
    // Each file gives its row (or none); only the rows are kept.
    let scanned = store.scan(|l| {
        list_rows(
            [(l.file_id.as_str(), &l.case)],
            filter,
            args.search.as_deref(),
        )
        .pop()
    })?;
    scanned.report_skipped();
    let rows = sort_rows(scanned.items);
    output::print_rows(&rows, ctx.format)
}
