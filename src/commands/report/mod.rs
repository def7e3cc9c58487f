//! `iae report …`: figures over the whole structure. Each report builds its document once
//! (tables, notes, charts) from the pure `report` layer; `emit` renders it in the one
//! format asked for, on stdout or into `--output FILE`, through the same path.

pub mod active;
pub mod annual;
pub mod barriers;
pub mod deadlines;
pub mod exits;
pub mod interviews;

use crate::case::CaseFile;
use crate::case::model::Interview;
use crate::commands::Ctx;
use crate::error::{UserError, hinted};
use crate::output::render::{Kind, write_report};
use crate::output::sheet::Document;
use crate::store::atomic;
use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::borrow::Cow;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// Exits of a year (or period) per category and reason, with the dynamic and durable rates
    Exits(exits::ReportExitsArgs),
    /// What is due within DAYS (contracts, PASS, interviews, proofs, follow-ups…), overdue first
    Deadlines(deadlines::DeadlinesArgs),
    /// Everyone in parcours on a day: phase, months, contract and PASS ends, open barriers
    Active(active::ActiveArgs),
    /// The ASP barriers table of a year: concerned, supported internally, externally, both
    Barriers(YearArgs),
    /// The yearly figures for the dialogue de gestion (also as .html and .xlsx)
    Annual(annual::AnnualArgs),
    /// Interviews of a year per kind and counsellor, and who went beyond the cadence
    Interviews(YearArgs),
}

/// Where a report goes besides the terminal.
#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx
    /// (and .html for the annual report)
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma
    #[arg(long)]
    pub csv_excel: bool,
}

/// The arguments of the reports over a calendar year.
#[derive(Debug, Args)]
pub struct YearArgs {
    /// Calendar year
    #[arg(long)]
    pub year: i32,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, cmd: ReportCmd) -> Result<()> {
    match cmd {
        ReportCmd::Exits(a) => exits::run(ctx, a),
        ReportCmd::Deadlines(a) => deadlines::run(ctx, a),
        ReportCmd::Active(a) => active::run(ctx, a),
        ReportCmd::Barriers(a) => barriers::run(ctx, a),
        ReportCmd::Annual(a) => annual::run(ctx, a),
        ReportCmd::Interviews(a) => interviews::run(ctx, a),
    }
}

/// A copy of a case with what the yearly reports read: the person, the recruitment, the
/// diagnosis, the PASS, the contracts, the hours and the exit, the interviews `interviews`
/// keeps, and the barriers if `barriers`. The parcours sections (project, skills,
/// trainings, immersions, follow-ups) are left out: no report of this folder reads them.
fn part(c: &CaseFile, interviews: impl Fn(&Interview) -> bool, barriers: bool) -> CaseFile {
    CaseFile {
        schema: c.schema,
        id: c.id.clone(),
        person: c.person.clone(),
        recruitment: c.recruitment.clone(),
        eligibility: c.eligibility.clone(),
        pass: c.pass.clone(),
        contracts: c.contracts.clone(),
        interviews: c
            .interviews
            .iter()
            .filter(|i| interviews(i))
            .cloned()
            .collect(),
        barriers: if barriers {
            c.barriers.clone()
        } else {
            Vec::new()
        },
        project: None,
        skills: Vec::new(),
        trainings: Vec::new(),
        immersions: Vec::new(),
        hours: c.hours.clone(),
        exit: c.exit.clone(),
        followups: Vec::new(),
        dismissed: c.dismissed.clone(),
    }
}

/// In the structure at some time in the period (hired by its end, not gone before it).
fn present_in(c: &CaseFile, from: NaiveDate, to: NaiveDate) -> bool {
    c.recruitment.hired_on <= to && c.exit.as_ref().is_none_or(|x| x.date >= from)
}

/// A barrier open at some time in the period.
fn barrier_in(c: &CaseFile, from: NaiveDate, to: NaiveDate) -> bool {
    c.barriers
        .iter()
        .any(|b| b.noted_on <= to && b.resolved_on.is_none_or(|r| r >= from))
}

/// The first and last days of `year`.
fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(from), Some(to)) => Ok((from, to)),
        _ => anyhow::bail!(crate::t!("report-not-a-year", year = year)),
    }
}

/// Render the report in the format asked for: `--output FILE` by its extension, else
/// `--format` on stdout. Both go through the same renderer, so they hold the same bytes.
pub(crate) fn emit<T: Serialize>(
    ctx: &Ctx,
    doc: &Document,
    data: &T,
    out: &OutputArgs,
) -> Result<()> {
    emit_with(ctx, data, |_| Cow::Borrowed(doc), out)
}

/// `emit` of a report whose document `document` makes from its figures `data`, only when
/// the format asked for shows the document (JSON and YAML show the figures): a long
/// report moves its rows into the document's cells instead of holding them twice. On
/// stdout the report is written as it is rendered.
pub(crate) fn emit_with<'d, T: Serialize>(
    ctx: &Ctx,
    data: T,
    document: impl FnOnce(T) -> Cow<'d, Document>,
    out: &OutputArgs,
) -> Result<()> {
    let Some(path) = &out.output else {
        let kind = Kind::of_format(ctx.format, out.csv_excel);
        return crate::output::to_stdout(|w| write_report(w, kind, data, document).map(|_| ()));
    };
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let shown = path.display().to_string();
    let Some(kind) = Kind::of_extension(ext, out.csv_excel) else {
        return Err(
            UserError::new(crate::t!("report-output-unknown", path = shown))
                .hint(crate::t!("report-output-kinds"))
                .into(),
        );
    };
    let mut bytes = Vec::new();
    if !write_report(&mut bytes, kind, data, document)? {
        return Err(
            UserError::new(crate::t!("report-output-no-page", path = shown))
                .hint(crate::t!("report-output-kinds"))
                .into(),
        );
    }
    atomic::write(path, &bytes)?;
    eprintln!("{}", crate::t!("report-wrote", path = shown));
    Ok(())
}

/// Exits whose reason is not in the reference table: the report cannot place them.
fn unknown_reasons(unknown: Vec<crate::report::exits::UnknownReason>) -> anyhow::Error {
    let list: Vec<String> = unknown
        .iter()
        .map(|u| format!("salaries/{}.toml: \"{}\"", u.id, u.reason))
        .collect();
    hinted(
        crate::t!(
            "report-unknown-reasons",
            count = list.len(),
            list = list.join(", ")
        ),
        crate::t!("report-unknown-reasons-hint"),
    )
}
