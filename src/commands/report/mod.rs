//! `iae report …`: figures over the whole structure. Each report builds its document once
//! (tables, notes, charts) from the pure `report` layer; `emit` renders it in the one
//! format asked for, on stdout or into `--output FILE`, through the same path.

pub mod active;
pub mod annual;
pub mod barriers;
pub mod deadlines;
pub mod exits;
pub mod interviews;

use crate::commands::Ctx;
use crate::error::{UserError, hinted};
use crate::output::render::{Kind, render};
use crate::output::sheet::Document;
use crate::store::{LoadedSet, Store, atomic};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;
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

/// Load every file; a report is exact or not given, so an unreadable file stops it.
fn load_exact(store: &Store) -> Result<LoadedSet> {
    let set = store.load_all()?;
    if let Some(u) = set.unreadable.first() {
        return Err(hinted(
            crate::t!(
                "report-unreadable",
                count = set.unreadable.len(),
                file = format!(
                    "{}{}",
                    u.rel_path,
                    u.finding.line.map(|l| format!(":{l}")).unwrap_or_default()
                ),
                problem = u.finding.message.as_str()
            ),
            crate::t!("report-unreadable-hint"),
        ));
    }
    Ok(set)
}

/// Render the report in the format asked for: `--output FILE` by its extension, else
/// `--format` on stdout. Both go through the same renderer, so they hold the same bytes.
pub(crate) fn emit<T: Serialize>(
    ctx: &Ctx,
    doc: &Document,
    data: &T,
    out: &OutputArgs,
) -> Result<()> {
    let Some(path) = &out.output else {
        let kind = Kind::of_format(ctx.format, out.csv_excel);
        let bytes = render(doc, data, kind)?.unwrap_or_default();
        return crate::output::out_bytes(&bytes);
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
    let Some(bytes) = render(doc, data, kind)? else {
        return Err(
            UserError::new(crate::t!("report-output-no-page", path = shown))
                .hint(crate::t!("report-output-kinds"))
                .into(),
        );
    };
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
