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
    /// Set when every contract ended more than `IDLE_DAYS` before the day and no exit is
    /// recorded: "en parcours" on paper only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
}

/// Days after the last contract's end from which someone without an exit is flagged.
pub const IDLE_DAYS: i64 = 31;

/// The day the last contract ended, when every contract had ended more than `IDLE_DAYS`
/// before `on` (none is open, none starts later).
pub fn idle_since(case: &CaseFile, on: NaiveDate) -> Option<NaiveDate> {
    if case.contracts.is_empty() || case.is_exited() {
        return None;
    }
    let mut last_end = None;
    for c in &case.contracts {
        let end = c.end?;
        last_end = last_end.max(Some(end));
    }
    let last_end = last_end?;
    ((on - last_end).num_days() > IDLE_DAYS).then_some(last_end)
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
            flag: idle_since(c, on).map(|d| crate::t!("active-idle", date = crate::i18n::day(d))),
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
    fn flagged_when_every_contract_ended_over_a_month_ago_without_exit() {
        let c = crate::case::test_case(
            "2025-03-03",
            "[[contracts]]\nkind = \"cddi\"\nstart = 2025-03-03\nend = 2025-06-30\nweekly_hours = 26\n",
        );
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(idle_since(&c, d("2025-07-31")), None);
        assert_eq!(idle_since(&c, d("2025-08-01")), Some(d("2025-06-30")));
        let open = crate::case::test_case(
            "2025-03-03",
            "[[contracts]]\nkind = \"cdi_inclusion\"\nstart = 2025-03-03\nweekly_hours = 26\n",
        );
        assert_eq!(idle_since(&open, d("2027-01-01")), None);
    }

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
