//! `iae report interviews`: the interviews of a year per kind and counsellor, and who went
//! longer than the cadence without one.

use super::{YearArgs, emit, part, present_in, year_bounds};
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::{Lang, Reference};
use crate::report::interviews::{InterviewsFold, InterviewsReport};
use anyhow::Result;

pub fn run(ctx: &Ctx, a: YearArgs) -> Result<()> {
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    let until = to.min(ctx.today);
    // Interviews after the end are not read; earlier ones date the first gap.
    let kinds: Vec<String> = store
        .reference
        .interview_kinds
        .entries
        .iter()
        .map(|e| e.code.clone())
        .collect();
    let mut fold = InterviewsFold::new(
        &kinds,
        a.year,
        ctx.today,
        store.structure.interview_every_days,
    );
    let period = fold.period();
    // Each case is reduced to what it adds to the report as the files are read.
    // Interviews after the end are not read; earlier ones date the first gap.
    store
        .fold(
            |l| {
                let c = &l.case;
                let relevant = present_in(c, from, until)
                    || c.interviews
                        .iter()
                        .any(|i| from <= i.date && i.date <= until);
                relevant.then(|| period.part(&l.file_id, &part(c, |i| i.date <= until, false)))
            },
            |p| fold.add(p),
        )?
        .exact()?;
    let report = fold.finish();
    let doc = document(&report, &store.reference, ctx.lang);
    emit(ctx, &doc, &report, &a.out)
}

fn document(report: &InterviewsReport, reference: &Reference, lang: Lang) -> Document {
    let mut by_kind = Sheet::with_labels(
        &crate::t!("report-interviews-by-kind-sheet"),
        crate::t!(
            "report-interviews-title",
            year = report.year,
            held = report.held,
            missed = report.missed
        ),
        [
            ("kind", crate::t!("report-col-kind")),
            ("label", crate::t!("report-col-label")),
            ("held", crate::t!("report-col-held")),
        ],
    );
    for (k, n) in &report.by_kind {
        by_kind.row(vec![
            Cell::text(k),
            Cell::text(reference.interview_kinds.label(k, lang)),
            Cell::count(*n),
        ]);
    }
    let mut by_counsellor = Sheet::with_labels(
        &crate::t!("report-interviews-by-counsellor-sheet"),
        crate::t!("report-interviews-by-counsellor"),
        [
            ("by", crate::t!("report-col-by")),
            ("held", crate::t!("report-col-held")),
        ],
    );
    for (k, n) in &report.by_counsellor {
        by_counsellor.row(vec![Cell::text(k), Cell::count(*n)]);
    }
    let mut gaps = Sheet::with_labels(
        &crate::t!("report-interviews-gaps-sheet"),
        crate::t!("report-interviews-gaps", days = report.interview_every_days),
        [
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("days", crate::t!("report-col-days")),
            ("from", crate::t!("report-col-from")),
            ("to", crate::t!("report-col-to")),
        ],
    );
    for g in &report.beyond_cadence {
        gaps.row(vec![
            Cell::text(&g.id),
            Cell::text(&g.name),
            Cell::Int(g.longest_gap_days),
            Cell::Date(g.gap_from),
            Cell::Date(g.gap_to),
        ]);
    }
    let mut doc = Document::new();
    doc.table(by_kind).table(by_counsellor).table(gaps);
    doc
}
