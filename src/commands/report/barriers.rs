//! `iae report barriers`: the ASP barriers table of a year.

use super::{YearArgs, barrier_in, emit, year_bounds};
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::{Lang, Reference};
use crate::report::barriers::{AspBarriersFold, AspBarriersReport};
use anyhow::Result;

pub fn run(ctx: &Ctx, a: YearArgs) -> Result<()> {
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    // Each case is reduced to what it adds to the table as the files are read.
    let mut fold = AspBarriersFold::new(&store.reference, a.year);
    let lines = fold.lines().clone();
    store
        .fold(
            |l| barrier_in(&l.case, from, to).then(|| lines.part(&l.case.barriers)),
            |p| fold.add(p),
        )?
        .exact()?;
    let report = fold.finish();
    let mut doc = Document::new();
    doc.table(barriers_sheet(&report, &store.reference, ctx.lang))
        .note(report.method.clone());
    emit(ctx, &doc, &report, &a.out)
}

/// The ASP line of a category, else its label.
pub fn line_label(category: &str, asp_line: &str, reference: &Reference, lang: Lang) -> String {
    if asp_line.is_empty() {
        reference.barrier_categories.label(category, lang)
    } else {
        asp_line.to_string()
    }
}

/// One row per barrier category: concerned, support, outcomes, median time to resolution.
pub fn barriers_sheet(report: &AspBarriersReport, reference: &Reference, lang: Lang) -> Sheet {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-barriers-sheet"),
        crate::t!(
            "report-barriers-title",
            year = report.year,
            concerned = crate::t!("people-concerned", count = report.people_concerned)
        ),
        [
            ("category", crate::t!("report-col-category")),
            ("asp_line", crate::t!("report-col-asp-line")),
            ("concerned", crate::t!("report-col-concerned")),
            ("internal_only", crate::t!("report-col-internal-only")),
            ("external_only", crate::t!("report-col-external-only")),
            ("both", crate::t!("report-col-both")),
            ("resolved", crate::t!("report-col-resolved")),
            ("abandoned", crate::t!("report-col-abandoned")),
            ("open_at_end", crate::t!("report-col-open-at-end")),
            (
                "median_days_to_resolution",
                crate::t!("report-col-median-days"),
            ),
        ],
    );
    for r in &report.categories {
        sheet.row(vec![
            Cell::text(&r.category),
            Cell::text(line_label(&r.category, &r.asp_line, reference, lang)),
            Cell::count(r.concerned),
            Cell::count(r.internal_only),
            Cell::count(r.external_only),
            Cell::count(r.both),
            Cell::count(r.resolved),
            Cell::count(r.abandoned),
            Cell::count(r.open_at_end),
            Cell::opt_num(r.median_days_to_resolution),
        ]);
    }
    sheet
}
