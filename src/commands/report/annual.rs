//! `iae report annual`: the yearly figures for the dialogue de gestion — a summary, the
//! exits, the public hired, the barriers — and, as `.html`, the printable page.

use super::barriers::{barriers_sheet, line_label};
use super::exits::{category_sheet, detail_sheet};
use super::{YearArgs, barrier_in, emit, present_in, unknown_reasons, year_bounds};
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::{Lang, Reference};
use crate::report::annual::{AnnualFold, AnnualReport};
use crate::store::Loaded;
use anyhow::Result;

/// The annual report leaves the structure (to the administration, the funders): it names
/// people by id unless asked otherwise.
#[derive(Debug, clap::Args)]
pub struct AnnualArgs {
    #[command(flatten)]
    pub year: YearArgs,
    /// Show the names of the people in the detail of exits, not only their ids
    #[arg(long)]
    pub with_names: bool,
}

pub fn run(ctx: &Ctx, args: AnnualArgs) -> Result<()> {
    let a = args.year;
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    // Present in the year, gone in it, or with a barrier open in it: no one else counts.
    // Of the interviews, the report counts those attended in the year.
    let mut fold = AnnualFold::new(&store.structure, &store.reference, a.year, ctx.lang)
        .ok_or_else(|| anyhow::anyhow!("--year {}: not a year", a.year))?;
    // Present in the year, gone in it, or with a barrier open in it: no one else counts.
    // Each case is reduced to what it adds to the figures (its exit, its sums) as the
    // files are read.
    let year = fold.year().clone();
    let parts = |l: &Loaded| {
        let c = &l.case;
        let with_barriers = barrier_in(c, from, to);
        let relevant = present_in(c, from, to) || year.gone_in_year(c) || with_barriers;
        relevant.then(|| year.part(&l.file_id, c, with_barriers))
    };
    store.fold(parts, |p| fold.add(p))?.exact()?;
    let mut report = fold.finish().map_err(unknown_reasons)?;
    // Pseudonymous unless asked: the same in every format, on stdout as in a file.
    if !args.with_names {
        for row in &mut report.exits.detail {
            row.name.clear();
        }
    }
    let doc = document(&report, &store.reference, ctx.lang);
    emit(ctx, &doc, &report, &a.out)
}

fn document(report: &AnnualReport, reference: &Reference, lang: Lang) -> Document {
    let exits = category_sheet(&report.exits, reference, lang);
    let exit_bars: Vec<(String, f64)> = report
        .exits
        .by_category
        .iter()
        .map(|(code, n)| (reference.exit_categories.label(code, lang), *n as f64))
        .collect();
    let barrier_bars: Vec<(String, f64)> = report
        .barriers
        .categories
        .iter()
        .map(|r| {
            let label = line_label(&r.category, &r.asp_line, reference, lang);
            (label, r.concerned as f64)
        })
        .collect();
    let mut doc = Document::new();
    doc.page = Some(crate::t!(
        "report-annual-page",
        year = report.year,
        structure = report.structure.as_str()
    ));
    doc.table(summary_sheet(report))
        .bars(crate::t!("report-annual-exit-bars"), exit_bars)
        .table(exits)
        .note(crate::t!(
            "report-method",
            method = report.exits.method.as_str()
        ))
        .table(public_sheet(report, reference, lang))
        .bars(crate::t!("report-annual-barrier-bars"), barrier_bars)
        .table(barriers_sheet(&report.barriers, reference, lang))
        .note(crate::t!(
            "report-method",
            method = report.barriers.method.as_str()
        ))
        .table(detail_sheet(&report.exits.detail).off_page())
        .note(crate::t!("report-method", method = report.method.as_str()));
    doc
}

fn summary_sheet(report: &AnnualReport) -> Sheet {
    let mut summary = Sheet::with_labels(
        &crate::t!("report-annual-sheet"),
        crate::t!(
            "report-annual-title",
            year = report.year,
            structure = report.structure.as_str(),
            kind = report.kind.as_str()
        ),
        [
            ("figure", crate::t!("report-col-figure")),
            ("value", crate::t!("report-col-value")),
        ],
    );
    let figures: Vec<(String, Cell)> = vec![
        (
            crate::t!("report-annual-entries"),
            Cell::count(report.entries),
        ),
        (
            crate::t!("report-annual-present"),
            Cell::count(report.present),
        ),
        (
            crate::t!("report-annual-exits"),
            Cell::count(report.exits.exits),
        ),
        (
            crate::t!("report-counted-exits"),
            Cell::count(report.exits.counted),
        ),
        (
            crate::t!("report-dynamic_rate"),
            Cell::Pct(report.exits.dynamic_rate),
        ),
        (
            crate::t!("report-durable_rate"),
            Cell::Pct(report.exits.durable_rate),
        ),
        (
            crate::t!("report-annual-interviews"),
            Cell::count(report.interviews),
        ),
        (
            crate::t!("report-annual-interviews-per-salarie"),
            Cell::opt_num(report.interviews_per_salarie),
        ),
        (
            crate::t!("report-annual-hours-worked"),
            Cell::Num(report.hours_worked),
        ),
        // How the hours were counted, right under them.
        (
            crate::t!("annual-hours-recorded"),
            Cell::Num(report.hours_recorded),
        ),
        (
            crate::t!("annual-hours-estimated"),
            Cell::Num(report.hours_estimated),
        ),
        (
            crate::t!("annual-hours-per-etp"),
            Cell::Num(report.annual_hours),
        ),
        (
            crate::t!("report-annual-etp-achieved"),
            Cell::Num(report.etp_achieved),
        ),
        (
            crate::t!("report-annual-etp-funded"),
            Cell::opt_num(report.etp_funded),
        ),
    ];
    for (label, value) in figures {
        summary.row(vec![Cell::text(label), value]);
    }
    summary
}

/// The public hired in the year: sex, age, level-1 criteria, QPV, RQTH, education,
/// unemployment.
fn public_sheet(report: &AnnualReport, reference: &Reference, lang: Lang) -> Sheet {
    let ch = &report.characteristics;
    let mut public = Sheet::with_labels(
        &crate::t!("report-annual-public-sheet"),
        crate::t!("report-annual-public"),
        [
            ("characteristic", crate::t!("report-col-characteristic")),
            ("entries", crate::t!("report-col-entries")),
        ],
    );
    let mut lines: Vec<(String, usize)> = vec![
        (crate::t!("report-annual-women"), ch.women),
        (crate::t!("report-annual-men"), ch.men),
        (crate::t!("report-annual-under-26"), ch.under_26),
        (crate::t!("report-annual-26-49"), ch.from_26_to_49),
        (crate::t!("report-annual-50"), ch.from_50),
    ];
    for (code, n) in &ch.level1 {
        lines.push((reference.criteria.label(code, lang), *n));
    }
    lines.extend([
        (crate::t!("report-annual-qpv"), ch.qpv),
        (crate::t!("report-annual-rqth"), ch.rqth),
        (
            crate::t!("report-annual-level-3"),
            ch.education_level_3_or_below,
        ),
        (crate::t!("report-annual-deld"), ch.deld),
        (crate::t!("report-annual-detld"), ch.detld),
    ]);
    for (label, n) in lines {
        public.row(vec![Cell::text(label), Cell::count(n)]);
    }
    public
}
