//! `iae report exits`: the exits of a year or a period per category, the two rates against
//! their targets, the exits not counted and why, and with `--detail` every exit.

use super::{OutputArgs, emit, load_exact, pairs, part, unknown_reasons};
use crate::case::date::parse_cli;
use crate::commands::Ctx;
use crate::error::UserError;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::{Lang, Reference};
use crate::report::exits::{ExitRow, ExitsReport, Period, exits_report};
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
    let set = load_exact(
        &store,
        |c| c.exit.as_ref().is_some_and(|x| period.contains(x.date)),
        |c| part(c, |_| false, false),
    )?;
    let report = exits_report(
        pairs(&set),
        &store.structure,
        &store.reference,
        period,
        ctx.lang,
    )
    .map_err(unknown_reasons)?;
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
            None => wrong(format!("--year {y}: not a year")),
        },
        (None, Some(from), Some(to)) if from <= to => Ok(Period {
            from,
            to,
            year: None,
        }),
        (None, Some(from), Some(to)) => wrong(format!("--from {from} is after --to {to}")),
        _ => wrong("give --year Y, or --from D --to D".into()),
    }
}

/// The report for people and scripts: the categories (the CSV's table, or with `detail`
/// every exit), the rates, the exits not counted, and the method.
fn document(report: &ExitsReport, reference: &Reference, lang: Lang, detail: bool) -> Document {
    let mut categories = category_sheet(report, reference, lang);
    categories.title = format!(
        "{} — {} ({})",
        categories.title, report.structure, report.kind
    );
    let mut doc = Document::new();
    doc.table(if detail {
        categories.beside()
    } else {
        categories
    });
    doc.table(rates_sheet(report, lang));
    if detail {
        doc.table(detail_sheet(&report.detail, lang));
    } else if report.detail.iter().any(|r| !r.counted) {
        doc.table(excluded_sheet(&report.detail, lang));
    }
    doc.note(crate::t!("exits-reading", reading = report.counting.code()));
    if report.other_reading.is_empty() {
        doc.note(crate::t!(
            "exits-other-reading-same",
            other = report.counting.other().code()
        ));
    } else {
        doc.table(other_reading_sheet(report, lang));
    }
    doc.note(format!(
        "{} : {}",
        lang.pick("Méthode", "Method"),
        report.method
    ));
    doc
}

/// The exits the other reading of DOMAIN's counting rule would count differently.
fn other_reading_sheet(report: &ExitsReport, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(
        lang.pick("Autre lecture", "Other reading"),
        crate::t!(
            "exits-other-reading",
            other = report.counting.other().code(),
            count = report.other_reading.len()
        ),
        &[
            "id",
            "name",
            "exit_date",
            "category",
            report.counting.code(),
            report.counting.other().code(),
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
    let period = match report.year {
        Some(y) => y.to_string(),
        None => format!("{} → {}", report.from, report.to),
    };
    let mut sheet = Sheet::new(
        lang.pick("Sorties", "Exits"),
        format!("{} {period}", lang.pick("Sorties", "Exits")),
        &["category", "label", "exits", "share"],
    );
    for (code, n) in &report.by_category {
        sheet.row(vec![
            Cell::text(code),
            Cell::text(reference.exit_categories.label(code, lang)),
            Cell::count(*n),
            Cell::Pct(rate(*n, report.counted)),
        ]);
    }
    sheet.row(vec![
        Cell::text("counted"),
        Cell::text(lang.pick("Sorties comptabilisées", "Counted exits")),
        Cell::count(report.counted),
        Cell::Empty,
    ]);
    sheet
}

fn rates_sheet(report: &ExitsReport, lang: Lang) -> Sheet {
    let mut rates = Sheet::new(
        lang.pick("Taux", "Rates"),
        crate::t!("report-rates"),
        &["figure", "label", "value", "target", "met"],
    );
    let met = |rate: Option<f64>, target: f64| {
        rate.map_or(Cell::Empty, |r| Cell::Bool(r + 1e-12 >= target))
    };
    for (figure, value, target) in [
        ("dynamic_rate", report.dynamic_rate, report.targets.dynamic),
        ("durable_rate", report.durable_rate, report.targets.durable),
    ] {
        rates.row(vec![
            Cell::text(figure),
            Cell::text(crate::t!(&format!("report-{figure}"))),
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
            Cell::text(figure),
            Cell::text(crate::t!(&format!("report-{figure}"))),
            Cell::count(n),
            Cell::Empty,
            Cell::Empty,
        ]);
    }
    rates.beside()
}

fn why(row: &ExitRow) -> &'static str {
    match row.why {
        None => "",
        Some(Counting::Retrait) => "retrait",
        Some(_) => "too_short",
    }
}

/// Every exit of the period, counted or not and why.
pub fn detail_sheet(rows: &[ExitRow], lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(
        lang.pick("Détail", "Detail"),
        lang.pick("Détail des sorties", "Every exit"),
        &[
            "id",
            "name",
            "hired_on",
            "exit_date",
            "reason",
            "category",
            "counted",
            "why",
            "hours",
        ],
    );
    for r in rows {
        sheet.row(vec![
            Cell::text(&r.id),
            Cell::text(&r.name),
            Cell::Date(r.hired_on),
            Cell::Date(r.exit_date),
            Cell::text(&r.reason),
            Cell::text(&r.category),
            Cell::text(if r.counted { "yes" } else { "no" }),
            Cell::text(why(r)),
            Cell::Num(r.hours),
        ]);
    }
    sheet
}

/// The exits left out of the rates, for people (the CSV and `--detail` have them all).
fn excluded_sheet(rows: &[ExitRow], lang: Lang) -> Sheet {
    let excluded: Vec<ExitRow> = rows.iter().filter(|r| !r.counted).cloned().collect();
    let mut sheet = detail_sheet(&excluded, lang).keep(&[
        "id",
        "name",
        "hired_on",
        "exit_date",
        "reason",
        "why",
    ]);
    sheet.name = lang.pick("Non comptées", "Not counted").into();
    sheet.title = crate::t!("report-excluded");
    sheet.beside()
}
