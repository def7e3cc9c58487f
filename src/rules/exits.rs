//! Which exits count in a year's rates, as the state's statistics pipeline counts them:
//! `retrait` never (checked first); ACI and EI only after more than 3 months
//! (hired_on + 3 months ≤ exit date); AI and ETTI only with at least 150 hours recorded;
//! EITI always.

use crate::case::CaseFile;
use crate::rules::dates::add_months;
use chrono::NaiveDate;
use serde::Serialize;

/// Months worked before an ACI or EI exit counts.
pub const MIN_MONTHS: u32 = 3;
/// Hours recorded before an AI or ETTI exit counts.
pub const MIN_HOURS: f64 = 150.0;
/// The categories of counted exits, in the order reports show them.
pub const COUNTED_CATEGORIES: [&str; 4] = [
    "emploi_durable",
    "emploi_transition",
    "sortie_positive",
    "autre_sortie",
];
/// Sorties dynamiques: the first three categories.
pub fn is_dynamic(category: &str) -> bool {
    matches!(
        category,
        "emploi_durable" | "emploi_transition" | "sortie_positive"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    Counted,
    /// A `retrait` exit: listed, never counted.
    Retrait,
    /// Worked too short (3 months for ACI/EI, 150 hours for AI/ETTI).
    TooShort,
}

/// Whether the exit of `case` on `exit_date`, of `category`, counts for a structure of
/// `kind`.
pub fn counting(case: &CaseFile, exit_date: NaiveDate, category: &str, kind: &str) -> Counting {
    if category == "retrait" {
        return Counting::Retrait;
    }
    let long_enough = match kind {
        "ACI" | "EI" => add_months(case.recruitment.hired_on, MIN_MONTHS) <= exit_date,
        "AI" | "ETTI" => hundredths(case.total_hours()) >= hundredths(MIN_HOURS),
        _ => true,
    };
    if long_enough {
        Counting::Counted
    } else {
        Counting::TooShort
    }
}

/// Hours compared in hundredths, so that sums of decimal hours compare exactly.
fn hundredths(hours: f64) -> i64 {
    (hours * 100.0).round() as i64
}

/// `part ÷ whole`, none when nothing is counted.
pub fn rate(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::model::HoursLine;

    fn case(hired: &str, hours: &[f64]) -> CaseFile {
        let mut case = crate::case::test_case(hired, "");
        case.hours = hours
            .iter()
            .enumerate()
            .map(|(i, h)| HoursLine {
                month: format!("2025-{:02}", i + 1),
                hours: *h,
                client_kind: None,
            })
            .collect();
        case
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn aci_and_ei_need_three_calendar_months() {
        let c = case("2025-03-03", &[]);
        for kind in ["ACI", "EI"] {
            assert_eq!(
                counting(&c, d("2025-06-03"), "autre_sortie", kind),
                Counting::Counted
            );
            assert_eq!(
                counting(&c, d("2025-06-02"), "autre_sortie", kind),
                Counting::TooShort
            );
        }
        // Clamped to the month's end: 2024-11-30 + 3 months = 2025-02-28.
        let c = case("2024-11-30", &[]);
        assert_eq!(
            counting(&c, d("2025-02-28"), "emploi_durable", "ACI"),
            Counting::Counted
        );
        assert_eq!(
            counting(&c, d("2025-02-27"), "emploi_durable", "ACI"),
            Counting::TooShort
        );
    }

    #[test]
    fn ai_and_etti_need_150_hours() {
        for kind in ["AI", "ETTI"] {
            let exit = d("2025-03-01");
            assert_eq!(
                counting(&case("2025-01-01", &[149.5]), exit, "emploi_durable", kind),
                Counting::TooShort
            );
            assert_eq!(
                counting(
                    &case("2025-01-01", &[100.0, 50.0]),
                    exit,
                    "emploi_durable",
                    kind
                ),
                Counting::Counted
            );
            assert_eq!(
                counting(&case("2025-01-01", &[]), exit, "emploi_durable", kind),
                Counting::TooShort
            );
            // Decimal hours sum exactly.
            let tenths = vec![0.1; 1500];
            assert_eq!(
                counting(&case("2025-01-01", &tenths), exit, "emploi_durable", kind),
                Counting::Counted
            );
        }
    }

    #[test]
    fn eiti_counts_every_exit_and_retrait_is_never_counted() {
        let c = case("2025-03-03", &[]);
        assert_eq!(
            counting(&c, d("2025-03-04"), "autre_sortie", "EITI"),
            Counting::Counted
        );
        for kind in ["ACI", "EI", "AI", "ETTI", "EITI"] {
            let long = case("2020-01-01", &[2000.0]);
            assert_eq!(
                counting(&long, d("2025-03-04"), "retrait", kind),
                Counting::Retrait
            );
        }
    }

    #[test]
    fn rates_are_none_without_counted_exits() {
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(3, 4), Some(0.75));
    }
}
