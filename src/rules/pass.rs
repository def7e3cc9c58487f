//! PASS IAE dates: default validity and the current end moved by suspensions.

use crate::case::model::Pass;
use chrono::{Days, NaiveDate};

/// Default validity in days (end = start + 730 days − 1, inclusive).
pub const DEFAULT_VALIDITY_DAYS: u64 = 730;

/// The issued end of a PASS starting on `start`.
pub fn default_end(start: NaiveDate) -> NaiveDate {
    start + Days::new(DEFAULT_VALIDITY_DAYS - 1)
}

/// The current end: the issued end moved by each suspension from D1 to D2 by D2 − D1
/// days, as the national platform computes it.
pub fn current_end(pass: &Pass) -> NaiveDate {
    let moved: i64 = pass
        .suspensions
        .iter()
        .map(|s| (s.to - s.from).num_days().max(0))
        .sum();
    pass.end + chrono::Duration::days(moved)
}

/// "999992512345" → "99999 25 12345", as the platform shows it.
pub fn grouped_number(number: &str) -> String {
    if number.len() == 12 && number.is_ascii() {
        format!("{} {} {}", &number[..5], &number[5..7], &number[7..])
    } else {
        number.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::model::Suspension;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn default_validity_is_730_days_inclusive() {
        assert_eq!(default_end(d("2025-03-03")), d("2027-03-02"));
        assert_eq!(default_end(d("2024-01-01")), d("2025-12-30"));
    }

    #[test]
    fn a_suspension_moves_the_end_by_its_day_difference() {
        let pass = Pass {
            number: "999992512345".into(),
            start: d("2025-03-03"),
            end: d("2027-03-02"),
            suspensions: vec![Suspension {
                from: d("2025-06-02"),
                to: d("2025-06-20"),
                reason: "contract_suspended".into(),
            }],
        };
        assert_eq!(current_end(&pass), d("2027-03-20"));
        assert_eq!(grouped_number(&pass.number), "99999 25 12345");
    }
}
