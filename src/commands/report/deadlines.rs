//! `iae report deadlines`: what is due within a window, overdue first, by date.

use super::{OutputArgs, emit_with};
use crate::case::vocab::DeadlineKind;
use crate::commands::{Ctx, concat};
use crate::output::sheet::{Cell, Document, Sheet, people_date};
use crate::reference::Lang;
use crate::report::deadlines::{Deadline, deadlines};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use std::borrow::Cow;

#[derive(Debug, Args)]
pub struct DeadlinesArgs {
    /// Days ahead, at most 36500 (what is overdue is always listed)
    #[arg(long, default_value_t = 30, value_name = "DAYS",
          value_parser = clap::value_parser!(u64).range(0..=36_500))]
    pub within: u64,
    /// Also the items set aside with `iae deadlines dismiss`, with their reason
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, a: DeadlinesArgs) -> Result<()> {
    let store = ctx.open()?;
    // Each file's deadlines, then one sort as the report makes it.
    let scanned = store
        .scan(|l| {
            let mut rows = deadlines(
                [(l.file_id.as_str(), &l.case)],
                &store.structure,
                &store.reference,
                ctx.today,
                a.within,
            );
            // Kept until the pass ends: no room for rows that never come.
            rows.shrink_to_fit();
            Some(rows)
        })?
        .exact()?;
    let mut rows = concat(scanned.items);
    crate::report::deadlines::sort(&mut rows);
    rows.retain(|d| a.all || d.dismissed.is_none());
    emit_with(
        ctx,
        rows,
        |rows| Cow::Owned(document(rows, ctx.today, a.within, ctx.lang)),
        &a.out,
    )
}

/// One row per deadline, the overdue marker in its own column, and the count overdue. The
/// rows' texts move into the cells.
fn document(rows: Vec<Deadline>, today: NaiveDate, within: u64, lang: Lang) -> Document {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-deadlines-sheet"),
        crate::t!(
            "report-deadlines-title",
            today = people_date(today, lang),
            within = within
        ),
        [
            ("date", crate::t!("report-col-date")),
            ("overdue", crate::t!("report-col-overdue")),
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("what", crate::t!("report-col-what")),
            ("detail", crate::t!("report-col-detail")),
        ],
    );
    let overdue = rows
        .iter()
        .filter(|d| d.overdue && d.dismissed.is_none())
        .count();
    sheet.rows.reserve_exact(rows.len());
    for d in rows {
        sheet.row(vec![
            Cell::Date(d.date),
            Cell::Bool(d.overdue),
            Cell::text(d.id),
            Cell::text(d.name),
            Cell::coded(d.what.code(), what_words(d.what)),
            Cell::text(match &d.dismissed {
                Some(why) => crate::t!(
                    "deadline-dismissed",
                    detail = d.detail.as_str(),
                    reason = why.as_str()
                ),
                None => d.detail,
            }),
        ]);
    }
    let mut doc = Document::new();
    doc.table(sheet);
    if overdue > 0 {
        doc.note(crate::t!("report-overdue", count = overdue));
    }
    doc
}

/// What is due, in words (`vocab.ftl`).
pub fn what_words(what: DeadlineKind) -> String {
    what.words()
}
