//! Which exits count in a year's rates, in the two readings a structure chooses between
//! (`[exits] counting`): the state's statistics pipeline (the default) and the
//! circulaire DGEFP 2008-21's wording. `retrait` is never counted, checked first.

use crate::case::CaseFile;
use crate::case::model::Exit;
use crate::case::structure::ExitCounting;
use crate::rules::dates::add_months;
use crate::rules::hours::{hours_in_year, recorded_by_year};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The circular: months worked before an ACI or EI exit counts.
pub const MIN_MONTHS: u32 = 3;
/// The pipeline's "months" of days: (exit − hiring) in days × this factor must exceed
/// `PIPELINE_MIN_MONTHS` (pilotage-airflow, since January 2025), i.e. 81 days at least.
pub const PIPELINE_MONTHS_PER_DAY: f64 = 0.0328767;
pub const PIPELINE_MIN_MONTHS: f64 = 2.65;
/// The pipeline: hours worked in the exit's year before an ACI or EI exit counts.
pub const PIPELINE_MIN_HOURS_IN_EXIT_YEAR: f64 = 1.0;
/// Hours before an AI or ETTI exit counts (within one calendar year for the pipeline,
/// over the whole parcours for the circular).
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
    /// Worked too short: the length, or the hours, the reading asks for.
    TooShort,
}

/// Whether the exit of `case` on `exit_date`, of `category`, counts for a structure of
/// `kind`, in `reading`.
pub fn counting(
    case: &CaseFile,
    exit_date: NaiveDate,
    category: &str,
    kind: &str,
    reading: ExitCounting,
) -> Counting {
    if category == "retrait" {
        return Counting::Retrait;
    }
    let hired = case.recruitment.hired_on;
    let long_enough = match (reading, kind) {
        (ExitCounting::Pipeline, "ACI" | "EI") => {
            long_enough_for_pipeline(hired, exit_date) && worked_in_exit_year(case, exit_date)
        }
        (ExitCounting::Circular, "ACI" | "EI") => add_months(hired, MIN_MONTHS) <= exit_date,
        (ExitCounting::Pipeline, "AI" | "ETTI") => recorded_by_year(case)
            .values()
            .any(|h| hundredths(*h) >= hundredths(MIN_HOURS)),
        (ExitCounting::Circular, "AI" | "ETTI") => {
            hundredths(case.total_hours()) >= hundredths(MIN_HOURS)
        }
        _ => true,
    };
    if long_enough {
        Counting::Counted
    } else {
        Counting::TooShort
    }
}

/// The pipeline's length test: (exit − hiring) days × 0.0328767 > 2.65.
pub fn long_enough_for_pipeline(hired: NaiveDate, exit: NaiveDate) -> bool {
    (exit - hired).num_days() as f64 * PIPELINE_MONTHS_PER_DAY > PIPELINE_MIN_MONTHS
}

/// At least 1 hour worked in the exit's year: the hours of that year (recorded months as
/// recorded, others from the contracts); with neither hours nor contracts recorded, the
/// days from hiring to exit stand in for a contract.
pub fn worked_in_exit_year(case: &CaseFile, exit: NaiveDate) -> bool {
    if case.hours.is_empty() && case.contracts.is_empty() {
        return case.recruitment.hired_on <= exit;
    }
    hundredths(hours_in_year(case, exit.year())) >= hundredths(PIPELINE_MIN_HOURS_IN_EXIT_YEAR)
}

/// Hours compared in hundredths, so that sums of decimal hours compare exactly.
fn hundredths(hours: f64) -> i64 {
    (hours * 100.0).round() as i64
}

/// Months of the next contract at or above which it is "6 mois et plus".
pub const LONG_CDD_MONTHS: u32 = 6;

/// A sentence when the exit's reason contradicts what is recorded about the next job
/// (a "CDD de 6 mois et plus" with a 3-month contract, and the reverse).
pub fn reason_contradiction(exit: &Exit) -> Option<String> {
    let months = exit.contract_months?;
    let contradicts = match exit.reason.as_str() {
        "cdd_6_mois_plus" => months < LONG_CDD_MONTHS,
        "cdd_moins_6_mois" => months >= LONG_CDD_MONTHS,
        _ => false,
    };
    contradicts.then(|| {
        crate::t!(
            "exit-reason-contradiction",
            reason = exit.reason.as_str(),
            months = months
        )
    })
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

    use ExitCounting::{Circular, Pipeline};

    fn hours_case(hired: &str, lines: &[(&str, f64)]) -> CaseFile {
        let mut case = crate::case::test_case(hired, "");
        case.hours = lines
            .iter()
            .map(|(m, h)| HoursLine {
                month: m.to_string(),
                hours: *h,
                client_kind: None,
            })
            .collect();
        case
    }

    #[test]
    fn aci_and_ei_in_both_readings() {
        // (hired, exit, counted by the pipeline, counted by the circular)
        let rows = [
            // 80 days × 0.0328767 = 2.63; 81 days = 2.66.
            ("2025-01-01", "2025-03-22", false, false),
            ("2025-01-01", "2025-03-23", true, false),
            ("2025-01-01", "2025-03-31", true, false),
            ("2025-01-01", "2025-04-01", true, true),
            // 3 calendar months: the day before, the day.
            ("2025-03-03", "2025-06-02", true, false),
            ("2025-03-03", "2025-06-03", true, true),
            // Clamped to the month's end: 2024-11-30 + 3 months = 2025-02-28 (90 days).
            ("2024-11-30", "2025-02-27", true, false),
            ("2024-11-30", "2025-02-28", true, true),
            ("2025-06-01", "2025-08-20", false, false),
            ("2025-06-01", "2025-08-21", true, false),
        ];
        for (hired, exit, pipeline, circular) in rows {
            let c = case(hired, &[]);
            for kind in ["ACI", "EI"] {
                let got = |r| counting(&c, d(exit), "autre_sortie", kind, r) == Counting::Counted;
                assert_eq!(got(Pipeline), pipeline, "{kind} {hired} → {exit} pipeline");
                assert_eq!(got(Circular), circular, "{kind} {hired} → {exit} circular");
            }
        }
    }

    #[test]
    fn the_pipeline_wants_an_hour_in_the_exit_year() {
        // Hours recorded in 2024 only, exit in January 2025 with no contract: too short.
        let c = hours_case("2024-09-02", &[("2024-09", 100.0), ("2024-12", 80.0)]);
        assert_eq!(
            counting(&c, d("2025-01-03"), "chomage", "ACI", Pipeline),
            Counting::TooShort
        );
        assert_eq!(
            counting(&c, d("2025-01-03"), "chomage", "ACI", Circular),
            Counting::Counted
        );
        // An hour in January: counted.
        let c = hours_case("2024-09-02", &[("2024-09", 100.0), ("2025-01", 1.0)]);
        assert_eq!(
            counting(&c, d("2025-01-03"), "chomage", "ACI", Pipeline),
            Counting::Counted
        );
        // No hours recorded: a contract day in the exit year stands in.
        let with_contract = |end: &str| {
            crate::case::test_case(
                "2024-09-02",
                &format!(
                    "[[contracts]]\nkind = \"cddi\"\nstart = 2024-09-02\nend = {end}\nweekly_hours = 26\n"
                ),
            )
        };
        assert_eq!(
            counting(
                &with_contract("2024-12-31"),
                d("2025-01-03"),
                "chomage",
                "EI",
                Pipeline
            ),
            Counting::TooShort
        );
        assert_eq!(
            counting(
                &with_contract("2025-01-02"),
                d("2025-01-03"),
                "chomage",
                "EI",
                Pipeline
            ),
            Counting::Counted
        );
        // Neither hours nor contracts: the days from hiring to exit stand in.
        assert_eq!(
            counting(
                &case("2024-09-02", &[]),
                d("2025-01-03"),
                "chomage",
                "EI",
                Pipeline
            ),
            Counting::Counted
        );
    }

    #[test]
    fn ai_and_etti_need_150_hours() {
        // (hours by month, counted by the pipeline, counted by the circular)
        type Months<'a> = &'a [(&'a str, f64)];
        let rows: [(Months, bool, bool); 6] = [
            (&[("2025-01", 149.0)], false, false),
            (&[("2025-01", 150.0)], true, true),
            (&[("2025-01", 100.0), ("2025-12", 49.0)], false, false),
            (&[("2025-01", 100.0), ("2025-12", 50.0)], true, true),
            // Spread over two calendar years: the pipeline does not add them.
            (&[("2024-12", 100.0), ("2025-01", 60.0)], false, true),
            (&[("2024-12", 149.0), ("2025-01", 1.0)], false, true),
        ];
        for (lines, pipeline, circular) in rows {
            let c = hours_case("2024-12-02", lines);
            for kind in ["AI", "ETTI"] {
                let got = |r| {
                    counting(&c, d("2025-03-01"), "emploi_durable", kind, r) == Counting::Counted
                };
                assert_eq!(got(Pipeline), pipeline, "{kind} {lines:?} pipeline");
                assert_eq!(got(Circular), circular, "{kind} {lines:?} circular");
            }
        }
        let none = hours_case("2025-01-01", &[]);
        assert_eq!(
            counting(&none, d("2025-03-01"), "emploi_durable", "AI", Pipeline),
            Counting::TooShort
        );
        // Decimal hours sum exactly.
        let tenths = case("2025-01-01", &vec![0.1; 1500]);
        assert_eq!(
            counting(&tenths, d("2025-03-01"), "emploi_durable", "ETTI", Circular),
            Counting::Counted
        );
    }

    #[test]
    fn eiti_counts_every_exit_and_retrait_is_never_counted() {
        let c = case("2025-03-03", &[]);
        for reading in [Pipeline, Circular] {
            assert_eq!(
                counting(&c, d("2025-03-04"), "autre_sortie", "EITI", reading),
                Counting::Counted
            );
            for kind in ["ACI", "EI", "AI", "ETTI", "EITI"] {
                let long = case("2020-01-01", &[2000.0]);
                assert_eq!(
                    counting(&long, d("2025-03-04"), "retrait", kind, reading),
                    Counting::Retrait
                );
            }
        }
    }

    #[test]
    fn a_reason_that_contradicts_the_next_contract() {
        let exit = |reason: &str, months: Option<u32>| Exit {
            date: d("2025-06-30"),
            reason: reason.into(),
            employer: None,
            job: None,
            contract_months: months,
            acquired: None,
            options: None,
            next_steps: None,
            partners: None,
        };
        let rows = [
            ("cdd_6_mois_plus", Some(3), true),
            ("cdd_6_mois_plus", Some(5), true),
            ("cdd_6_mois_plus", Some(6), false),
            ("cdd_6_mois_plus", None, false),
            ("cdd_moins_6_mois", Some(5), false),
            ("cdd_moins_6_mois", Some(6), true),
            ("cdi_non_aide", Some(3), false),
        ];
        for (reason, months, contradicts) in rows {
            assert_eq!(
                reason_contradiction(&exit(reason, months)).is_some(),
                contradicts,
                "{reason} {months:?}"
            );
        }
    }

    #[test]
    fn rates_are_none_without_counted_exits() {
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(3, 4), Some(0.75));
    }
}
