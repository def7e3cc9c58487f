//! `iae report active`: everyone in parcours on a day, with where they stand.

use super::{OutputArgs, emit_with};
use crate::case::date::parse_cli;
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet, people_date};
use crate::reference::Lang;
use crate::report::active::{ActiveRow, active_rows};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use std::borrow::Cow;

#[derive(Debug, Args)]
pub struct ActiveArgs {
    /// The day (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, a: ActiveArgs) -> Result<()> {
    let store = ctx.open()?;
    let on = a.on.unwrap_or(ctx.today);
    let scanned = store
        .scan(|l| active_rows([(l.file_id.as_str(), &l.case)], on).pop())?
        .exact()?;
    let mut rows = scanned.items;
    crate::report::active::sort(&mut rows);
    emit_with(
        ctx,
        rows,
        |rows| Cow::Owned(document(rows, on, ctx.lang)),
        &a.out,
    )
}

/// One row per person; the rows' texts move into the cells.
fn document(rows: Vec<ActiveRow>, on: NaiveDate, lang: Lang) -> Document {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-active-sheet"),
        crate::t!(
            "report-active-title",
            on = people_date(on, lang),
            count = rows.len()
        ),
        [
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("phase", crate::t!("report-col-phase")),
            ("months_in_parcours", crate::t!("report-col-months")),
            ("contract_end", crate::t!("report-col-contract-end")),
            ("pass_end", crate::t!("report-col-pass-end")),
            ("last_interview", crate::t!("report-col-last-interview")),
            ("open_barriers", crate::t!("report-col-open-barriers")),
            ("flag", crate::t!("report-col-flag")),
        ],
    );
    sheet.rows.reserve_exact(rows.len());
    for r in rows {
        sheet.row(vec![
            Cell::text(r.id),
            Cell::text(r.name),
            Cell::Int(r.phase.into()),
            Cell::Int(r.months_in_parcours.into()),
            Cell::opt_date(r.contract_end),
            Cell::opt_date(r.pass_end),
            Cell::opt_date(r.last_interview),
            Cell::count(r.open_barriers),
            Cell::text(r.flag.unwrap_or_default()),
        ]);
    }
    let mut doc = Document::new();
    doc.table(sheet);
    doc
}
