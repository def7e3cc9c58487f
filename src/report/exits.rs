//! The exits of a period, per category and per reason, with the two rates the state
//! looks at (sorties dynamiques, emploi durable) against the structure's targets.

use crate::case::structure::{ExitCounting, Structure, Targets};
use crate::case::{CaseFile, date};
use crate::reference::{Lang, Reference};
use crate::rules::exits::{COUNTED_CATEGORIES, Counting, counting, is_dynamic, rate};
use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::BTreeMap;

/// The days a report covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Set when the period is a calendar year.
    pub year: Option<i32>,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            year: Some(year),
        })
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

/// One exit of the period.
#[derive(Debug, Clone, Serialize)]
pub struct ExitRow {
    pub id: String,
    pub name: String,
    #[serde(with = "date")]
    pub hired_on: NaiveDate,
    #[serde(with = "date")]
    pub exit_date: NaiveDate,
    pub reason: String,
    pub reason_label: String,
    pub category: String,
    pub counted: bool,
    /// `retrait` or `too_short` when not counted.
    pub why: Option<Counting>,
    /// Hours recorded in the file (what AI and ETTI exits are judged on).
    pub hours: f64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Excluded {
    pub retrait: usize,
    pub too_short: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExitsReport {
    pub year: Option<i32>,
    #[serde(with = "date")]
    pub from: NaiveDate,
    #[serde(with = "date")]
    pub to: NaiveDate,
    pub structure: String,
    pub kind: String,
    /// Every exit dated in the period.
    pub exits: usize,
    pub counted: usize,
    pub excluded: Excluded,
    /// Counted exits per category (all four always present).
    pub by_category: IndexMap<String, usize>,
    /// Counted exits per reason code.
    pub by_reason: BTreeMap<String, usize>,
    pub dynamic: usize,
    pub dynamic_rate: Option<f64>,
    pub durable_rate: Option<f64>,
    pub targets: Targets,
    /// The reading of the rules the figures follow: `pipeline` or `circular`
    /// (`[exits] counting` in iae.toml).
    pub counting: ExitCounting,
    /// How the figures were counted, in words.
    pub method: String,
    /// The exits the other reading would count differently.
    pub other_reading: Vec<Difference>,
    /// Every exit of the period, counted or not, with the reason why not.
    pub detail: Vec<ExitRow>,
}

/// An exit the two readings count differently.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Difference {
    pub id: String,
    pub name: String,
    #[serde(with = "date")]
    pub exit_date: NaiveDate,
    pub category: String,
    /// In the reading the report uses.
    pub counted: bool,
    /// In the other reading.
    pub counted_otherwise: bool,
}

/// A case whose exit reason is not in the reference table: the report cannot place it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownReason {
    pub id: String,
    pub reason: String,
}

pub fn method(kind: &str, reading: ExitCounting) -> String {
    let rule = match (reading, kind) {
        (ExitCounting::Pipeline, "ACI" | "EI") => crate::t!("report-exits-rule-pipeline-days"),
        (ExitCounting::Circular, "ACI" | "EI") => crate::t!("report-exits-rule-circular-days"),
        (ExitCounting::Pipeline, "AI" | "ETTI") => crate::t!("report-exits-rule-pipeline-hours"),
        (ExitCounting::Circular, "AI" | "ETTI") => crate::t!("report-exits-rule-circular-hours"),
        _ => crate::t!("report-exits-rule-all"),
    };
    let reading = match reading {
        ExitCounting::Pipeline => crate::t!("report-exits-reading-pipeline"),
        ExitCounting::Circular => crate::t!("report-exits-reading-circular"),
    };
    crate::t!(
        "report-exits-method",
        reading = reading,
        kind = kind,
        rule = rule
    )
}

/// One exit dated in the period: its row, and the difference if the other reading would
/// count it otherwise.
#[derive(Debug, Clone)]
pub struct ExitLine {
    row: ExitRow,
    other_reading: Option<Difference>,
}

/// The exit of `case` if it is dated in `period`: its line, or the reason the reference
/// does not know. Computed apart for each case (as the files are read).
pub fn exit_line(
    id: &str,
    case: &CaseFile,
    structure: &Structure,
    reference: &Reference,
    period: Period,
    lang: Lang,
) -> Option<Result<ExitLine, UnknownReason>> {
    let reading = structure.exits.counting;
    let exit = case.exit.as_ref()?;
    if !period.contains(exit.date) {
        return None;
    }
    let Some(entry) = reference.exit_reasons.get(&exit.reason) else {
        return Some(Err(UnknownReason {
            id: id.to_string(),
            reason: exit.reason.clone(),
        }));
    };
    let category = entry.category.clone().unwrap_or_default();
    let status = counting(case, exit.date, &category, &structure.kind, reading);
    let otherwise = counting(case, exit.date, &category, &structure.kind, reading.other());
    let other_reading =
        ((status == Counting::Counted) != (otherwise == Counting::Counted)).then(|| Difference {
            id: id.to_string(),
            name: case.display_name(),
            exit_date: exit.date,
            category: category.clone(),
            counted: status == Counting::Counted,
            counted_otherwise: otherwise == Counting::Counted,
        });
    let row = ExitRow {
        id: id.to_string(),
        name: case.display_name(),
        hired_on: case.recruitment.hired_on,
        exit_date: exit.date,
        reason: exit.reason.clone(),
        reason_label: entry.label(lang).to_string(),
        category,
        counted: status == Counting::Counted,
        why: (status != Counting::Counted).then_some(status),
        hours: case.total_hours(),
    };
    Some(Ok(ExitLine { row, other_reading }))
}

/// Every exit of the lines, counted or not and why, by date; and those the other reading
/// would count differently.
fn exit_rows(
    lines: impl IntoIterator<Item = Result<ExitLine, UnknownReason>>,
) -> Result<(Vec<ExitRow>, Vec<Difference>), Vec<UnknownReason>> {
    let mut detail = Vec::new();
    let mut other_reading = Vec::new();
    let mut unknown = Vec::new();
    for line in lines {
        match line {
            Ok(line) => {
                other_reading.extend(line.other_reading);
                detail.push(line.row);
            }
            Err(u) => unknown.push(u),
        }
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    detail.sort_by(|a, b| (a.exit_date, &a.id).cmp(&(b.exit_date, &b.id)));
    other_reading.sort_by(|a, b| (a.exit_date, &a.id).cmp(&(b.exit_date, &b.id)));
    Ok((detail, other_reading))
}

/// The exits report of `cases` over `period`.
pub fn exits_report<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    structure: &Structure,
    reference: &Reference,
    period: Period,
    lang: Lang,
) -> Result<ExitsReport, Vec<UnknownReason>> {
    let lines = cases
        .into_iter()
        .filter_map(|(id, c)| exit_line(id, c, structure, reference, period, lang));
    exits_of_lines(lines, structure, period)
}

/// The exits report from the lines of the exits of `period` (see [`exit_line`]), in id
/// order.
pub fn exits_of_lines(
    lines: impl IntoIterator<Item = Result<ExitLine, UnknownReason>>,
    structure: &Structure,
    period: Period,
) -> Result<ExitsReport, Vec<UnknownReason>> {
    let reading = structure.exits.counting;
    let (detail, other_reading) = exit_rows(lines)?;
    let mut by_category: IndexMap<String, usize> = COUNTED_CATEGORIES
        .iter()
        .map(|c| (c.to_string(), 0))
        .collect();
    let mut by_reason = BTreeMap::new();
    let mut excluded = Excluded::default();
    for row in &detail {
        match row.why {
            None => {
                *by_category.entry(row.category.clone()).or_default() += 1;
                *by_reason.entry(row.reason.clone()).or_default() += 1;
            }
            Some(Counting::Retrait) => excluded.retrait += 1,
            Some(_) => excluded.too_short += 1,
        }
    }
    let counted = detail.iter().filter(|r| r.counted).count();
    let dynamic = detail
        .iter()
        .filter(|r| r.counted && is_dynamic(&r.category))
        .count();
    let durable = by_category.get("emploi_durable").copied().unwrap_or(0);
    Ok(ExitsReport {
        year: period.year,
        from: period.from,
        to: period.to,
        structure: structure.name.clone(),
        kind: structure.kind.clone(),
        exits: detail.len(),
        counted,
        excluded,
        by_category,
        by_reason,
        dynamic,
        dynamic_rate: rate(dynamic, counted),
        durable_rate: rate(durable, counted),
        targets: structure.targets.clone(),
        counting: reading,
        method: method(&structure.kind, reading),
        other_reading,
        detail,
    })
}

#[cfg(test)]
mod tests;
