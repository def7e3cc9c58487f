//! Interviews of a year: per kind, per counsellor, and who went longer than the
//! cadence without one.

use crate::case::{CaseFile, date};
use chrono::{Days, NaiveDate};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GapRow {
    pub id: String,
    pub name: String,
    /// The longest stretch without an attended interview, in days.
    pub longest_gap_days: i64,
    #[serde(with = "date")]
    pub gap_from: NaiveDate,
    #[serde(with = "date")]
    pub gap_to: NaiveDate,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct InterviewsReport {
    pub year: i32,
    pub interview_every_days: u32,
    pub held: usize,
    pub missed: usize,
    pub by_kind: IndexMap<String, usize>,
    pub by_counsellor: IndexMap<String, usize>,
    /// Salariés who went longer than the cadence without an attended interview.
    pub beyond_cadence: Vec<GapRow>,
}

/// `until` is the last day looked at (31 December, or today for the current year).
/// The longest stretch without an attended interview within the part of the parcours
/// that falls in `[from, to]` (interviews after the exit do not count).
fn longest_gap(id: &str, case: &CaseFile, from: NaiveDate, to: NaiveDate) -> Option<GapRow> {
    let start = case.recruitment.hired_on.max(from);
    let end = case.exit.as_ref().map_or(to, |x| x.date.min(to));
    if start > end {
        return None;
    }
    let mut marks: Vec<NaiveDate> = case
        .interviews
        .iter()
        .filter(|i| i.attended() && i.kind != "post_sortie" && i.date >= start && i.date <= end)
        .map(|i| i.date)
        .collect();
    marks.sort();
    let last_before = case
        .interviews
        .iter()
        .filter(|i| i.attended() && i.date < start)
        .map(|i| i.date)
        .max()
        .unwrap_or(case.recruitment.hired_on);
    let mut points = vec![last_before];
    points.extend(marks);
    points.push(end + Days::new(1));
    let (a, b) = points
        .windows(2)
        .map(|w| (w[0], w[1]))
        .max_by_key(|(a, b)| (*b - *a).num_days())?;
    Some(GapRow {
        id: id.to_string(),
        name: case.display_name(),
        longest_gap_days: (b - a).num_days(),
        gap_from: a,
        gap_to: b - Days::new(1),
    })
}

pub fn interviews_report<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    kinds: &[String],
    year: i32,
    until: NaiveDate,
    every_days: u32,
) -> InterviewsReport {
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let to = NaiveDate::from_ymd_opt(year, 12, 31)
        .unwrap_or(NaiveDate::MAX)
        .min(until);
    let mut by_kind: IndexMap<String, usize> = kinds.iter().map(|k| (k.clone(), 0)).collect();
    let mut by_counsellor: IndexMap<String, usize> = IndexMap::new();
    let (mut held, mut missed) = (0, 0);
    let mut beyond = Vec::new();
    for (id, case) in cases {
        for i in case
            .interviews
            .iter()
            .filter(|i| i.date >= from && i.date <= to)
        {
            if i.attended() {
                held += 1;
                *by_kind.entry(i.kind.clone()).or_default() += 1;
                *by_counsellor.entry(i.by.clone()).or_default() += 1;
            } else {
                missed += 1;
            }
        }
        if let Some(gap) = longest_gap(id, case, from, to)
            && gap.longest_gap_days > i64::from(every_days)
        {
            beyond.push(gap);
        }
    }
    beyond.sort_by(|a, b| {
        b.longest_gap_days
            .cmp(&a.longest_gap_days)
            .then_with(|| a.name.cmp(&b.name))
    });
    by_counsellor.sort_by(|a, _, b, _| a.cmp(b));
    InterviewsReport {
        year,
        interview_every_days: every_days,
        held,
        missed,
        by_kind,
        by_counsellor,
        beyond_cadence: beyond,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_gaps() {
        let c = crate::case::test_case(
            "2025-01-06",
            "[[interviews]]\ndate = 2025-01-06\nkind = \"accueil\"\nby = \"A\"\n[[interviews]]\ndate = 2025-02-03\nkind = \"suivi\"\nby = \"B\"\n[[interviews]]\ndate = 2025-03-01\nkind = \"suivi\"\nby = \"B\"\nattendance = \"absent\"\n[[interviews]]\ndate = 2025-04-07\nkind = \"suivi\"\nby = \"B\"\n[exit]\ndate = 2025-04-30\nreason = \"chomage\"\n",
        );
        let kinds: Vec<String> = ["accueil", "suivi"].iter().map(|s| s.to_string()).collect();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let r = interviews_report([("7K3M9Q", &c)], &kinds, 2025, d("2025-12-31"), 31);
        assert_eq!((r.held, r.missed), (3, 1));
        assert_eq!(r.by_kind["suivi"], 2);
        assert_eq!(r.by_counsellor["B"], 2);
        assert_eq!(r.beyond_cadence.len(), 1);
        assert_eq!(
            r.beyond_cadence[0].longest_gap_days, 63,
            "2025-02-03 to 2025-04-07"
        );
        let r = interviews_report([("7K3M9Q", &c)], &kinds, 2025, d("2025-12-31"), 63);
        assert!(r.beyond_cadence.is_empty());
    }
}
