//! `iae pass set|suspend|prolong|show`: the PASS IAE and what moves its end.

pub mod prolong;
pub mod set;
pub mod show;
pub mod suspend;

use crate::case::date;
use crate::case::model::Pass;
use crate::commands::Ctx;
use crate::commands::IdArg;
use crate::commands::pass::prolong::PassProlongArgs;
use crate::commands::pass::set::PassSetArgs;
use crate::commands::pass::suspend::PassSuspendArgs;
use crate::error::hinted;
use crate::output::Row;
use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;
use serde::Serialize;
use toml_edit::{Item, Table};

#[derive(Debug, Subcommand)]
pub enum PassCmd {
    /// Record the PASS IAE number and dates
    Set(PassSetArgs),
    /// Suspend the PASS (moves its end)
    Suspend(PassSuspendArgs),
    /// Prolong the PASS to a new end (inclusive)
    Prolong(PassProlongArgs),
    /// Start, end, each suspension and prolongation, days left
    Show(IdArg),
}

pub fn run(ctx: &Ctx, cmd: PassCmd) -> Result<()> {
    match cmd {
        PassCmd::Set(a) => set::run(ctx, a),
        PassCmd::Suspend(a) => suspend::run(ctx, a),
        PassCmd::Prolong(a) => prolong::run(ctx, a),
        PassCmd::Show(a) => show::run(ctx, a),
    }
}

fn the_pass<'c>(pass: &'c Option<Pass>, id: &str) -> Result<&'c Pass> {
    pass.as_ref().ok_or_else(|| {
        hinted(
            crate::t!("cmd-no-pass", id = id),
            crate::t!("cmd-no-pass-hint", id = id),
        )
    })
}

fn pass_section_mut(doc: &mut toml_edit::DocumentMut) -> Result<&mut Table> {
    doc.get_mut("pass")
        .and_then(Item::as_table_mut)
        .ok_or_else(|| anyhow::anyhow!(crate::t!("cmd-pass-not-table")))
}

/// Refuse a reason the platform no longer offers (it still loads from older files).
fn offered(codes: &crate::reference::Codes, reason: &crate::reference::Entry) -> Result<()> {
    if !crate::rules::pass::is_historical(reason) {
        return Ok(());
    }
    let offered: Vec<&str> = codes
        .entries
        .iter()
        .filter(|e| !crate::rules::pass::is_historical(e))
        .map(|e| e.code.as_str())
        .collect();
    Err(crate::error::UserError::new(crate::t!(
        "pass-reason-historical",
        reason = reason.code.as_str()
    ))
    .hint(crate::t!(
        "pass-reason-historical-hint",
        reasons = offered.join(", ")
    ))
    .status(crate::error::Status::Usage)
    .into())
}

/// Refuse a rule broken without a derogation; with one, say it is recorded.
fn gate(problems: &[String], derogation: &Option<String>, what: &str) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    if derogation.is_none() {
        return Err(hinted(
            crate::t!(
                "cmd-pass-breaks-rules",
                what = what,
                problems = problems.join("\n  - ")
            ),
            crate::t!("cmd-pass-derogation-hint"),
        ));
    }
    for p in problems {
        eprintln!(
            "{}",
            crate::t!("cmd-derogation-recorded", problem = p.as_str())
        );
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct StepRow {
    event: String,
    #[serde(with = "date::option")]
    from: Option<NaiveDate>,
    #[serde(with = "date::option")]
    to: Option<NaiveDate>,
    reason: Option<String>,
    /// The reason in words, for people.
    #[serde(skip)]
    reason_words: String,
    #[serde(with = "date")]
    end: NaiveDate,
}

impl Row for StepRow {
    fn headers() -> Vec<&'static str> {
        vec!["event", "from", "to", "reason", "end"]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("cmd-pass-col-event"),
            crate::t!("cmd-pass-col-from"),
            crate::t!("cmd-pass-col-to"),
            crate::t!("cmd-pass-col-reason"),
            crate::t!("cmd-pass-col-end"),
        ]
    }
    fn cells(&self) -> Vec<String> {
        let day = |d: Option<NaiveDate>| d.map(crate::i18n::day).unwrap_or_default();
        vec![
            crate::i18n::message(&format!("cmd-pass-step-{}", self.event), &[]),
            day(self.from),
            day(self.to),
            self.reason_words.clone(),
            crate::i18n::day(self.end),
        ]
    }
}

#[derive(Debug, Serialize)]
struct PassView {
    number: String,
    #[serde(with = "date")]
    start: NaiveDate,
    #[serde(with = "date")]
    issued_end: NaiveDate,
    #[serde(with = "date")]
    current_end: NaiveDate,
    days_left: i64,
    steps: Vec<StepRow>,
    /// Days of all prolongations so far, whatever their reason.
    prolonged_days: i64,
    /// For each reason offered, what a prolongation asked today may reach.
    allowances: Vec<Allowance>,
}

/// What one prolongation reason still allows on the day `pass show` runs.
#[derive(Debug, Serialize)]
struct Allowance {
    reason: String,
    /// The reason in words, for people.
    #[serde(skip)]
    reason_words: String,
    /// One decision's limit in days (none: no limit).
    max_days: Option<u32>,
    /// The cumulative cap over all prolongations (none: no cap).
    max_total_days: Option<u32>,
    /// Days left under the cap (none: no cap).
    days_left: Option<i64>,
    /// The latest end a decision asked today may set (none: nothing left or no limit).
    #[serde(with = "date::option")]
    latest_end: Option<NaiveDate>,
    /// Why it cannot be asked today as it stands (empty: it can).
    blocked: Vec<String>,
}
