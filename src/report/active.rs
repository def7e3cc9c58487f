//! Everyone in parcours on a given day, with where they stand.

use crate::case::{CaseFile, date};
use crate::rules::parcours::{months_in_parcours, phase_on};
use crate::rules::pass::current_end;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActiveRow {
    pub id: String,
    pub name: String,
    pub phase: u8,
    pub months_in_parcours: u32,
    #[serde(with = "date")]
    pub hired_on: NaiveDate,
    #[serde(with = "date::option")]
    pub contract_end: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub pass_end: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub last_interview: Option<NaiveDate>,
    pub open_barriers: usize,
}

/// In parcours on `on`: hired on or before it, and not yet left (the exit day counts).
pub fn in_parcours(case: &CaseFile, on: NaiveDate) -> bool {
    case.recruitment.hired_on <= on && case.exit.as_ref().is_none_or(|x| x.date >= on)
}

pub fn active_rows<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    on: NaiveDate,
) -> Vec<ActiveRow> {
    let mut rows: Vec<ActiveRow> = cases
        .into_iter()
        .filter(|(_, c)| in_parcours(c, on))
        .map(|(id, c)| ActiveRow {
            id: id.to_string(),
            name: c.display_name(),
            phase: phase_on(c, on),
            months_in_parcours: months_in_parcours(c, on),
            hired_on: c.recruitment.hired_on,
            contract_end: c
                .contracts
                .iter()
                .filter(|k| k.start <= on)
                .max_by_key(|k| k.start)
                .and_then(|k| k.end),
            pass_end: c.pass.as_ref().map(current_end),
            last_interview: c
                .interviews
                .iter()
                .filter(|i| i.attended() && i.date <= on)
                .map(|i| i.date)
                .max(),
            open_barriers: c
                .barriers
                .iter()
                .filter(|b| b.noted_on <= on && b.resolved_on.is_none_or(|r| r > on))
                .count(),
        })
        .collect();
    sort(&mut rows);
    rows
}

/// By name, then id.
pub fn sort(rows: &mut [ActiveRow]) {
    rows.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_parcours_from_hiring_to_exit_included() {
        let c = crate::case::test_case(
            "2025-03-03",
            "[exit]\ndate = 2025-06-30\nreason = \"chomage\"\n",
        );
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(!in_parcours(&c, d("2025-03-02")));
        assert!(in_parcours(&c, d("2025-03-03")));
        assert!(in_parcours(&c, d("2025-06-30")));
        assert!(!in_parcours(&c, d("2025-07-01")));
    }
}
