//! `iae list`: who is in parcours (or has left), one line each.

use super::Ctx;
use crate::output::sheet::Cell;
use crate::output::{self, Row};
use crate::report::list::{Filter, ListRow, list_rows, sort_rows};
use anyhow::Result;
use chrono::NaiveDate;
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

fn day(d: Option<NaiveDate>) -> String {
    Cell::opt_date(d).display()
}

impl Row for ListRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "hired on",
            "contract\nend",
            "PASS end",
            "last\ninterview",
            "status",
        ]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("report-col-id"),
            crate::t!("report-col-name"),
            crate::t!("report-col-hired-on"),
            crate::t!("report-col-contract-end"),
            crate::t!("report-col-pass-end"),
            crate::t!("report-col-last-interview"),
            crate::t!("report-col-status"),
        ]
    }
    /// On a narrow terminal the PASS end goes first (`iae report deadlines` warns before
    /// it), then the hiring date.
    fn droppable() -> Vec<usize> {
        vec![4, 2]
    }
    fn keys() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "hired_on",
            "contract_end",
            "pass_end",
            "last_interview",
            "status",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            Cell::Date(self.hired_on).display(),
            day(self.contract_end),
            day(self.pass_end),
            day(self.last_interview),
            match self.status {
                "exited" => crate::t!("report-list-status-exited"),
                "active" => crate::t!("report-list-status-active"),
                other => other.to_string(),
            },
        ]
    }
}
