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

/// What one case adds to the interviews report: its interviews of the period
/// (attended: kind and counsellor), how many were missed, and its longest gap if beyond
/// the cadence.
#[derive(Debug, Clone)]
pub struct InterviewsPart {
    attended: Vec<(String, String)>,
    missed: usize,
    beyond: Option<GapRow>,
}

/// The interviews report, summed case by case in id order.
#[derive(Debug)]
pub struct InterviewsFold {
    period: InterviewsPeriod,
    held: usize,
    missed: usize,
    by_kind: IndexMap<String, usize>,
    by_counsellor: IndexMap<String, usize>,
    beyond: Vec<GapRow>,
}

/// The days the report looks at, and the cadence: what each case's part is computed from.
#[derive(Debug, Clone, Copy)]
pub struct InterviewsPeriod {
    year: i32,
    from: NaiveDate,
    to: NaiveDate,
    every_days: u32,
}

impl InterviewsPeriod {
    /// What `case` adds to the report.
    pub fn part(&self, id: &str, case: &CaseFile) -> InterviewsPart {
        let (from, to) = (self.from, self.to);
        let mut part = InterviewsPart {
            attended: Vec::new(),
            missed: 0,
            beyond: longest_gap(id, case, from, to)
                .filter(|gap| gap.longest_gap_days > i64::from(self.every_days)),
        };
        for i in case
            .interviews
            .iter()
            .filter(|i| i.date >= from && i.date <= to)
        {
            if i.attended() {
                part.attended.push((i.kind.clone(), i.by.clone()));
            } else {
                part.missed += 1;
            }
        }
        part
    }
}

impl InterviewsFold {
    /// `until` is the last day looked at (31 December, or today for the current year).
    pub fn new(kinds: &[String], year: i32, until: NaiveDate, every_days: u32) -> InterviewsFold {
        InterviewsFold {
            period: InterviewsPeriod {
                year,
                from: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
                to: NaiveDate::from_ymd_opt(year, 12, 31)
                    .unwrap_or(NaiveDate::MAX)
                    .min(until),
                every_days,
            },
            held: 0,
            missed: 0,
            by_kind: kinds.iter().map(|k| (k.clone(), 0)).collect(),
            by_counsellor: IndexMap::new(),
            beyond: Vec::new(),
        }
    }

    pub fn period(&self) -> InterviewsPeriod {
        self.period
    }

    /// Add one case's part (in id order).
    pub fn add(&mut self, part: InterviewsPart) {
        self.held += part.attended.len();
        self.missed += part.missed;
        for (kind, by) in part.attended {
            *self.by_kind.entry(kind).or_default() += 1;
            *self.by_counsellor.entry(by).or_default() += 1;
        }
        self.beyond.extend(part.beyond);
    }

    pub fn finish(mut self) -> InterviewsReport {
        self.beyond.sort_by(|a, b| {
            b.longest_gap_days
                .cmp(&a.longest_gap_days)
                .then_with(|| a.name.cmp(&b.name))
        });
        self.by_counsellor.sort_by(|a, _, b, _| a.cmp(b));
        InterviewsReport {
            year: self.period.year,
            interview_every_days: self.period.every_days,
            held: self.held,
            missed: self.missed,
            by_kind: self.by_kind,
            by_counsellor: self.by_counsellor,
            beyond_cadence: self.beyond,
        }
    }
}

pub fn interviews_report<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    kinds: &[String],
    year: i32,
    until: NaiveDate,
    every_days: u32,
) -> InterviewsReport {
    let mut fold = InterviewsFold::new(kinds, year, until, every_days);
    for (id, case) in cases {
        fold.add(fold.period().part(id, case));
    }
    fold.finish()
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
