//! Barrier listings: who has which barrier, since when, and the last thing done about it.

use crate::case::model::Barrier;
use crate::case::{CaseFile, date};
use crate::reference::{Lang, Reference};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct BarrierRow {
    pub id: String,
    pub name: String,
    pub number: u32,
    pub category: String,
    pub category_label: String,
    pub detail: String,
    pub status: String,
    #[serde(with = "date")]
    pub noted_on: NaiveDate,
    /// Days since it was noted (to its end when closed).
    pub days: i64,
    #[serde(with = "date::option")]
    pub resolved_on: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub last_action_on: Option<NaiveDate>,
    pub last_action: Option<String>,
}

/// The barriers of `cases`, open ones only if `open_only`, by person then number.
pub fn barrier_rows<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    open_only: bool,
    reference: &Reference,
    lang: Lang,
    today: NaiveDate,
) -> Vec<BarrierRow> {
    let mut rows = Vec::new();
    for (id, case) in cases {
        for b in &case.barriers {
            if open_only && !b.is_open() {
                continue;
            }
            let last = b.actions.iter().max_by_key(|a| a.date);
            let end = b.resolved_on.unwrap_or(today);
            rows.push(BarrierRow {
                id: id.to_string(),
                name: case.display_name(),
                number: b.number,
                category: b.category.clone(),
                category_label: reference.barrier_categories.label(&b.category, lang),
                detail: b.detail.clone(),
                status: b.status.clone(),
                noted_on: b.noted_on,
                days: (end - b.noted_on).num_days(),
                resolved_on: b.resolved_on,
                last_action_on: last.map(|a| a.date),
                last_action: last.map(|a| a.text.clone()),
            });
        }
    }
    sort_rows(&mut rows);
    rows
}

/// Barrier rows by person (name, then id), then number.
pub fn sort_rows(rows: &mut [BarrierRow]) {
    rows.sort_by(order);
}

/// The order of barrier rows: by person (name, then id), then number.
pub fn order(a: &BarrierRow, b: &BarrierRow) -> std::cmp::Ordering {
    (&a.name, &a.id, a.number).cmp(&(&b.name, &b.id, b.number))
}

/// One line of the ASP barriers table.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AspBarrierRow {
    pub category: String,
    pub asp_line: String,
    /// Salariés with a barrier of this category open at some time in the year.
    pub concerned: usize,
    /// Among them, supported in the year only by the SIAE, only by partners, or both.
    pub internal_only: usize,
    pub external_only: usize,
    pub both: usize,
    /// Barriers of this category resolved or abandoned in the year, and open at its end.
    pub resolved: usize,
    pub abandoned: usize,
    pub open_at_end: usize,
    /// Median days from noted to resolved, for those resolved in the year.
    pub median_days_to_resolution: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AspBarriersReport {
    pub year: i32,
    /// Salariés with at least one barrier open in the year.
    pub people_concerned: usize,
    pub categories: Vec<AspBarrierRow>,
    pub method: String,
}

pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    })
}

/// Whether the actions dated in `[from, to]` on these barriers were internal, external.
fn support_in(barriers: &[&Barrier], from: NaiveDate, to: NaiveDate) -> (bool, bool) {
    let (mut internal, mut external) = (false, false);
    for a in barriers.iter().flat_map(|b| &b.actions) {
        if a.date < from || a.date > to {
            continue;
        }
        match a.support.as_deref() {
            Some("internal") => internal = true,
            Some("external") => external = true,
            Some("both") => (internal, external) = (true, true),
            _ => {}
        }
    }
    (internal, external)
}

/// What one case adds to one line of the ASP table.
#[derive(Debug, Default, Clone)]
pub struct LinePart {
    concerned: bool,
    /// (internal, external) support in the year, when concerned.
    support: (bool, bool),
    resolved: usize,
    abandoned: usize,
    open_at_end: usize,
    /// Days from noted to resolved, for those resolved in the year.
    days: Vec<i64>,
}

/// What one case adds to the ASP table: its lines (by category number), and whether it
/// counts among the people concerned.
#[derive(Debug, Default, Clone)]
pub struct BarriersPart {
    lines: Vec<(usize, LinePart)>,
}

/// The ASP yearly barriers table, summed case by case: per category, who was concerned
/// and how they were supported, from the actions of the year. Each case's part is
/// computed apart ([`AspBarriersFold::part`], as the files are read), then added.
#[derive(Debug)]
pub struct AspBarriersFold {
    year: i32,
    lines: BarrierLines,
    rows: Vec<AspBarrierRow>,
    days: Vec<Vec<i64>>,
    people: usize,
}

impl AspBarriersFold {
    pub fn new(reference: &Reference, year: i32) -> AspBarriersFold {
        let rows: Vec<AspBarrierRow> = reference
            .barrier_categories
            .entries
            .iter()
            .map(|cat| AspBarrierRow {
                category: cat.code.clone(),
                asp_line: cat.asp.clone().unwrap_or_default(),
                concerned: 0,
                internal_only: 0,
                external_only: 0,
                both: 0,
                resolved: 0,
                abandoned: 0,
                open_at_end: 0,
                median_days_to_resolution: None,
            })
            .collect();
        AspBarriersFold {
            year,
            lines: BarrierLines {
                from: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
                to: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
                categories: rows.iter().map(|r| r.category.clone()).collect(),
            },
            days: vec![Vec::new(); rows.len()],
            rows,
            people: 0,
        }
    }

    /// What computes each case's part.
    pub fn lines(&self) -> &BarrierLines {
        &self.lines
    }

    /// Add one case's part (each case once).
    pub fn add(&mut self, part: BarriersPart) {
        let mut concerned = false;
        for (n, line) in part.lines {
            let row = &mut self.rows[n];
            if line.concerned {
                concerned = true;
                row.concerned += 1;
                match line.support {
                    (true, true) => row.both += 1,
                    (true, false) => row.internal_only += 1,
                    (false, true) => row.external_only += 1,
                    (false, false) => {}
                }
            }
            row.resolved += line.resolved;
            row.abandoned += line.abandoned;
            row.open_at_end += line.open_at_end;
            self.days[n].extend(line.days);
        }
        self.people += usize::from(concerned);
    }

    pub fn finish(mut self) -> AspBarriersReport {
        for (row, days) in self.rows.iter_mut().zip(&mut self.days) {
            row.median_days_to_resolution = median(days);
        }
        AspBarriersReport {
            year: self.year,
            people_concerned: self.people,
            categories: self.rows,
            method: crate::t!("report-barriers-method"),
        }
    }
}

/// The year's bounds and the table's categories, in order: what each case's part is
/// computed from, apart from the sums.
#[derive(Debug, Clone)]
pub struct BarrierLines {
    from: NaiveDate,
    to: NaiveDate,
    categories: Vec<String>,
}

impl BarrierLines {
    /// What the barriers of one case add to the table.
    pub fn part(&self, barriers: &[Barrier]) -> BarriersPart {
        let (from, to) = (self.from, self.to);
        let open_in_year =
            |b: &Barrier| b.noted_on <= to && b.resolved_on.is_none_or(|r| r >= from);
        let mut lines = Vec::new();
        if barriers.is_empty() {
            return BarriersPart { lines };
        }
        for (n, category) in self.categories.iter().enumerate() {
            let mine: Vec<&Barrier> = barriers
                .iter()
                .filter(|b| &b.category == category)
                .collect();
            if mine.is_empty() {
                continue;
            }
            let mut line = LinePart::default();
            let open: Vec<&Barrier> = mine.iter().copied().filter(|b| open_in_year(b)).collect();
            if !open.is_empty() {
                line.concerned = true;
                line.support = support_in(&open, from, to);
            }
            count_outcomes(&mut line, &mine, from, to);
            lines.push((n, line));
        }
        BarriersPart { lines }
    }
}

/// Resolved, abandoned in `[from, to]`, and still open on `to`; the days each resolved
/// barrier took go to the line's days.
fn count_outcomes(line: &mut LinePart, barriers: &[&Barrier], from: NaiveDate, to: NaiveDate) {
    for b in barriers {
        match b.resolved_on {
            Some(r) if r >= from && r <= to => {
                if b.status == "abandoned" {
                    line.abandoned += 1;
                } else {
                    line.resolved += 1;
                    line.days.push((r - b.noted_on).num_days());
                }
            }
            None if b.noted_on <= to => line.open_at_end += 1,
            Some(r) if r > to && b.noted_on <= to => line.open_at_end += 1,
            _ => {}
        }
    }
}

/// The ASP yearly barriers table of `cases` (each case once).
pub fn asp_barriers<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    reference: &Reference,
    year: i32,
) -> AspBarriersReport {
    let mut fold = AspBarriersFold::new(reference, year);
    for (_, case) in cases {
        let part = fold.lines().part(&case.barriers);
        fold.add(part);
    }
    fold.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asp_table_counts_people_and_support() {
        let a = crate::case::test_case(
            "2024-09-02",
            "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2024-09-02\ndetail = \"x\"\nstatus = \"resolved\"\nresolved_on = 2025-03-01\n[[barriers.actions]]\ndate = 2024-10-01\ntext = \"a\"\nsupport = \"external\"\n[[barriers.actions]]\ndate = 2025-01-10\ntext = \"b\"\nsupport = \"internal\"\n[[barriers]]\nnumber = 2\ncategory = \"sante\"\nnoted_on = 2024-09-02\ndetail = \"x\"\nstatus = \"resolved\"\nresolved_on = 2024-12-01\n",
        );
        let b = crate::case::test_case(
            "2025-02-03",
            "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-02-03\ndetail = \"x\"\nstatus = \"in_progress\"\n[[barriers.actions]]\ndate = 2025-02-10\ntext = \"a\"\nsupport = \"both\"\n[[barriers]]\nnumber = 2\ncategory = \"mobilite\"\nnoted_on = 2025-02-03\ndetail = \"x\"\nstatus = \"abandoned\"\nresolved_on = 2025-05-03\n",
        );
        let r = asp_barriers(
            [("AAAAAA", &a), ("BBBBBB", &b)],
            Reference::embedded(),
            2025,
        );
        assert_eq!(r.people_concerned, 2);
        let logement = &r.categories[0];
        assert_eq!(
            (
                logement.concerned,
                logement.internal_only,
                logement.external_only,
                logement.both
            ),
            (2, 1, 0, 1)
        );
        assert_eq!(
            (logement.resolved, logement.abandoned, logement.open_at_end),
            (1, 0, 1)
        );
        assert_eq!(logement.median_days_to_resolution, Some(180.0));
        let sante = r.categories.iter().find(|c| c.category == "sante").unwrap();
        assert_eq!(sante.concerned, 0, "ended in 2024");
        let mobilite = r
            .categories
            .iter()
            .find(|c| c.category == "mobilite")
            .unwrap();
        assert_eq!((mobilite.concerned, mobilite.abandoned), (1, 1));
        assert_eq!(median(&mut [5, 1, 3, 2]), Some(2.5));
    }
}
