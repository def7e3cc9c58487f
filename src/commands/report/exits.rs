//! `iae report exits`: the exits of a year or a period per category, the two rates against
//! their targets, the exits not counted and why, and with `--detail` every exit.

use super::{OutputArgs, emit, unknown_reasons};
use crate::case::date::parse_cli;
use crate::commands::Ctx;
use crate::error::UserError;
use crate::output::sheet::{Cell, Document, Sheet, people_date};
use crate::reference::{Lang, Reference};
use crate::report::exits::{ExitRow, ExitsReport, Period, exit_line, exits_of_lines};
use crate::rules::exits::{Counting, rate};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ReportExitsArgs {
    /// Calendar year
    #[arg(long, required_unless_present = "from", conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// First day of the period, YYYY-MM-DD (with --to)
    #[arg(long, value_parser = parse_cli, requires = "to")]
    pub from: Option<NaiveDate>,
    /// Last day of the period, YYYY-MM-DD (with --from)
    #[arg(long, value_parser = parse_cli, requires = "from")]
    pub to: Option<NaiveDate>,
    /// One row per exit: counted, or why not
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, a: ReportExitsArgs) -> Result<()> {
    let store = ctx.open()?;
    let period = period(&a)?;
    // Each exit of the period is reduced to its line as the files are read.
    let (structure, reference) = (&store.structure, &store.reference);
    let lines = store
        .scan(|l| exit_line(&l.file_id, &l.case, structure, reference, period, ctx.lang))?
        .exact()?
        .items;
    let report = exits_of_lines(lines, structure, period).map_err(unknown_reasons)?;
    let mut data = serde_json::to_value(&report)?;
    if !a.detail {
        data.as_object_mut().map(|o| o.remove("detail"));
    }
    let doc = document(&report, &store.reference, ctx.lang, a.detail);
    emit(ctx, &doc, &data, &a.out)
}

fn period(a: &ReportExitsArgs) -> Result<Period> {
    let wrong = |message: String| Err(UserError::new(message).into());
    match (a.year, a.from, a.to) {
        (Some(y), _, _) => match Period::year(y) {
            Some(p) => Ok(p),
            None => wrong(crate::t!("report-not-a-year", year = y.to_string())),
        },
        (None, Some(from), Some(to)) if from <= to => Ok(Period {
            from,
            to,
            year: None,
        }),
        (None, Some(from), Some(to)) => wrong(crate::t!(
            "report-from-after-to",
            from = people_date(from, crate::i18n::lang()),
            to = people_date(to, crate::i18n::lang())
        )),
        _ => wrong(crate::t!("report-give-period")),
    }
}

/// The report for people and scripts: the categories (the CSV's table, or with `detail`
/// every exit), the rates, the exits not counted, and the method.
fn document(report: &ExitsReport, reference: &Reference, lang: Lang, detail: bool) -> Document {
    let mut categories = category_sheet(report, reference, lang);
    categories.title = crate::t!(
        "report-exits-title",
        period = period_words(report, lang),
        structure = report.structure.as_str(),
        kind = report.kind.as_str()
    );
    let mut doc = Document::new();
    doc.table(if detail {
        categories.beside()
    } else {
        categories
    });
    doc.table(rates_sheet(report));
    if detail {
        doc.table(detail_sheet(&report.detail));
    } else if report.detail.iter().any(|r| !r.counted) {
        doc.table(excluded_sheet(&report.detail));
    }
    doc.note(crate::t!("exits-reading", reading = report.counting.code()));
    if report.other_reading.is_empty() {
        doc.note(crate::t!(
            "exits-other-reading-same",
            other = report.counting.other().code()
        ));
    } else {
        doc.table(other_reading_sheet(report));
    }
    doc.note(crate::t!("report-method", method = report.method.as_str()));
    doc
}

/// The exits the other reading of DOMAIN's counting rule would count differently.
fn other_reading_sheet(report: &ExitsReport) -> Sheet {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-other-reading-sheet"),
        crate::t!(
            "exits-other-reading",
            other = report.counting.other().code(),
            count = report.other_reading.len()
        ),
        [
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("exit_date", crate::t!("report-col-exit-date")),
            ("category", crate::t!("report-col-category")),
            (
                report.counting.code(),
                crate::t!("report-col-reading", reading = report.counting.code()),
            ),
            (
                report.counting.other().code(),
                crate::t!(
                    "report-col-reading",
                    reading = report.counting.other().code()
                ),
            ),
        ],
    );
    for d in &report.other_reading {
        sheet.row(vec![
            Cell::text(&d.id),
            Cell::text(&d.name),
            Cell::Date(d.exit_date),
            Cell::text(&d.category),
            Cell::Bool(d.counted),
            Cell::Bool(d.counted_otherwise),
        ]);
    }
    sheet.beside()
}

/// Counted exits per category and their share, and the total counted.
pub fn category_sheet(report: &ExitsReport, reference: &Reference, lang: Lang) -> Sheet {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-exits-sheet"),
        crate::t!(
            "report-exits-title-plain",
            period = period_words(report, lang)
        ),
        [
            ("category", crate::t!("report-col-category")),
            ("label", crate::t!("report-col-label")),
            ("exits", crate::t!("report-col-exits")),
            ("share", crate::t!("report-col-share")),
        ],
    );
    for (code, n) in &report.by_category {
        sheet.row(vec![
            Cell::text(code),
            Cell::text(reference.exit_categories.label(code, lang)),
            Cell::count(*n),
            Cell::Pct(rate(*n, report.counted)),
        ]);
    }
    // The total's line has no category: people read its label only.
    sheet.row(vec![
        Cell::coded("counted", ""),
        Cell::text(crate::t!("report-counted-exits")),
        Cell::count(report.counted),
        Cell::Empty,
    ]);
    sheet
}

fn rates_sheet(report: &ExitsReport) -> Sheet {
    let mut rates = Sheet::with_labels(
        &crate::t!("report-rates-sheet"),
        crate::t!("report-rates"),
        [
            ("figure", crate::t!("report-col-figure")),
            ("value", crate::t!("report-col-value")),
            ("target", crate::t!("report-col-target")),
            ("met", crate::t!("report-col-met")),
        ],
    );
    let met = |rate: Option<f64>, target: f64| {
        rate.map_or(Cell::Empty, |r| Cell::Bool(r + 1e-12 >= target))
    };
    for (figure, value, target) in [
        ("dynamic_rate", report.dynamic_rate, report.targets.dynamic),
        ("durable_rate", report.durable_rate, report.targets.durable),
    ] {
        rates.row(vec![
            Cell::coded(figure, crate::t!(&format!("report-{figure}"))),
            Cell::Pct(value),
            Cell::Pct(Some(target)),
            met(value, target),
        ]);
    }
    for (figure, n) in [
        ("exits", report.exits),
        ("excluded_retrait", report.excluded.retrait),
        ("excluded_too_short", report.excluded.too_short),
    ] {
        rates.row(vec![
            Cell::coded(figure, crate::t!(&format!("report-{figure}"))),
            Cell::count(n),
            Cell::Empty,
            Cell::Empty,
        ]);
    }
    rates.beside()
}

/// Why an exit is not counted: its code for scripts, its words for people.
fn why(row: &ExitRow) -> Cell {
    match row.why {
        None => Cell::coded("", ""),
        Some(Counting::Retrait) => Cell::coded("retrait", crate::t!("report-why-retrait")),
        Some(_) => Cell::coded("too_short", crate::t!("report-why-too_short")),
    }
}

/// The year, or the period in the people's way of writing days.
fn period_words(report: &ExitsReport, lang: Lang) -> String {
    match report.year {
        Some(y) => y.to_string(),
        None => crate::t!(
            "report-period",
            from = people_date(report.from, lang),
            to = people_date(report.to, lang)
        ),
    }
}

/// Every exit of the period, counted or not and why.
pub fn detail_sheet(rows: &[ExitRow]) -> Sheet {
    let mut sheet = Sheet::with_labels(
        &crate::t!("report-detail-sheet"),
        crate::t!("report-detail-title"),
        [
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("hired_on", crate::t!("report-col-hired-on")),
            ("exit_date", crate::t!("report-col-exit-date")),
            ("reason", crate::t!("report-col-reason")),
            ("category", crate::t!("report-col-category")),
            ("counted", crate::t!("report-col-counted")),
            ("why", crate::t!("report-col-why")),
            ("hours", crate::t!("report-col-hours")),
        ],
    );
    for r in rows {
        sheet.row(vec![
            Cell::text(&r.id),
            Cell::text(&r.name),
            Cell::Date(r.hired_on),
            Cell::Date(r.exit_date),
            Cell::coded(&r.reason, &r.reason_label),
            Cell::text(&r.category),
            if r.counted {
                Cell::coded("yes", crate::t!("cell-yes"))
            } else {
                Cell::coded("no", crate::t!("cell-no"))
            },
            why(r),
            Cell::Num(r.hours),
        ]);
    }
    sheet
}

/// The exits left out of the rates, for people (the CSV and `--detail` have them all).
fn excluded_sheet(rows: &[ExitRow]) -> Sheet {
    let excluded: Vec<ExitRow> = rows.iter().filter(|r| !r.counted).cloned().collect();
    let mut sheet =
        detail_sheet(&excluded).keep(&["id", "name", "hired_on", "exit_date", "reason", "why"]);
    sheet.name = crate::t!("report-excluded-sheet");
    sheet.title = crate::t!("report-excluded");
    sheet.beside()
}
