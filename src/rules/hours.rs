//! Hours worked, month by month: a month with recorded hours (the état mensuel declared
//! to the ASP) counts those; a month without counts the contracts' weekly hours over its
//! days. And the AI cap: placements with companies, 480 hours over the 24 months from the
//! first one (not with individuals, associations or local authorities).

use crate::case::CaseFile;
use crate::case::validate::parse_month;
use crate::rules::dates::add_months;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

pub use crate::case::structure::DEFAULT_ANNUAL_HOURS;

/// One month of a salarié's hours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthHours {
    /// `YYYY-MM`.
    pub month: String,
    /// Hours recorded for the month (all client kinds together), if any.
    pub recorded: Option<f64>,
    /// The contracts' estimate for the month: weekly hours × its days under contract ÷ 7,
    /// up to the exit.
    pub estimated: f64,
    /// What counts: the recorded hours when there are some, else the estimate.
    pub counted: f64,
}

/// Days of `[from, to]` within `[lo, hi]`.
fn days_within(lo: NaiveDate, hi: NaiveDate, from: NaiveDate, to: NaiveDate) -> i64 {
    let start = from.max(lo);
    let end = to.min(hi);
    if end < start {
        0
    } else {
        (end - start).num_days() + 1
    }
}

/// The contracts' hours over `[lo, hi]`, up to the exit (a contract without an end runs
/// until the exit, or past `hi`).
pub fn estimated_between(case: &CaseFile, lo: NaiveDate, hi: NaiveDate) -> f64 {
    let last = case.exit.as_ref().map_or(hi, |x| x.date.min(hi));
    case.contracts
        .iter()
        .map(|k| {
            let end = k.end.unwrap_or(last).min(last);
            k.weekly_hours * days_within(lo, hi, k.start, end) as f64 / 7.0
        })
        .sum()
}

/// Hours recorded for the month starting on `first`, if any line names it.
pub fn recorded_in_month(case: &CaseFile, first: NaiveDate) -> Option<f64> {
    let lines: Vec<f64> = case
        .hours
        .iter()
        .filter(|h| parse_month(&h.month) == Some(first))
        .map(|h| h.hours)
        .collect();
    (!lines.is_empty()).then(|| lines.iter().sum())
}

/// The month starting on `first`.
pub fn month_hours(case: &CaseFile, first: NaiveDate) -> MonthHours {
    let last = add_months(first, 1) - Days::new(1);
    let recorded = recorded_in_month(case, first);
    let estimated = estimated_between(case, first, last);
    MonthHours {
        month: format!("{:04}-{:02}", first.year(), first.month()),
        recorded,
        estimated,
        counted: recorded.unwrap_or(estimated),
    }
}

/// The twelve months of `year`.
pub fn months_of_year(case: &CaseFile, year: i32) -> Vec<MonthHours> {
    (1..=12)
        .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 1))
        .map(|first| month_hours(case, first))
        .collect()
}

/// Every month from the hiring to the exit (or to `today` while the parcours runs), and
/// any other month with recorded hours.
pub fn months_of_parcours(case: &CaseFile, today: NaiveDate) -> Vec<MonthHours> {
    let first_of = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let end = case.exit.as_ref().map_or(today, |x| x.date);
    let mut firsts: Vec<NaiveDate> = Vec::new();
    let mut m = first_of(case.recruitment.hired_on);
    while m <= end {
        firsts.push(m);
        m = add_months(m, 1);
    }
    firsts.extend(case.hours.iter().filter_map(|h| parse_month(&h.month)));
    firsts.sort();
    firsts.dedup();
    firsts.into_iter().map(|f| month_hours(case, f)).collect()
}

/// Hours worked in `year`: recorded months as recorded, the others estimated.
pub fn hours_in_year(case: &CaseFile, year: i32) -> f64 {
    months_of_year(case, year).iter().map(|m| m.counted).sum()
}

/// (recorded, estimated) hours counted in `year`.
pub fn recorded_and_estimated(case: &CaseFile, year: i32) -> (f64, f64) {
    months_of_year(case, year)
        .iter()
        .fold((0.0, 0.0), |(r, e), m| match m.recorded {
            Some(h) => (r + h, e),
            None => (r, e + m.estimated),
        })
}

/// Recorded hours per calendar year, for the 150-hour rule of AI and ETTI exits.
pub fn recorded_by_year(case: &CaseFile) -> std::collections::BTreeMap<i32, f64> {
    let mut years = std::collections::BTreeMap::new();
    for h in &case.hours {
        if let Some(m) = parse_month(&h.month) {
            *years.entry(m.year()).or_insert(0.0) += h.hours;
        }
    }
    years
}

/// Rounded to the hundredth, so that sums of decimal hours compare and print exactly.
/// A sum of nothing is 0, never −0.
pub fn round2(hours: f64) -> f64 {
    let rounded = (hours * 100.0).round() / 100.0;
    if rounded == 0.0 { 0.0 } else { rounded }
}

pub const COMPANY_CAP_HOURS: f64 = 480.0;
pub const COMPANY_CAP_MONTHS: u32 = 24;

/// Hours placed with companies within the 24 months from the first such month.
pub fn company_hours_in_window(case: &CaseFile) -> f64 {
    let company: Vec<(chrono::NaiveDate, f64)> = case
        .hours
        .iter()
        .filter(|h| h.client_kind.as_deref() == Some("company"))
        .filter_map(|h| parse_month(&h.month).map(|m| (m, h.hours)))
        .collect();
    let Some(first) = company.iter().map(|(m, _)| *m).min() else {
        return 0.0;
    };
    let end = add_months(first, COMPANY_CAP_MONTHS);
    company
        .iter()
        .filter(|(m, _)| *m < end)
        .map(|(_, h)| h)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::model::HoursLine;

    fn with_hours(lines: &[(&str, f64, &str)]) -> CaseFile {
        let mut case = crate::case::test_case("2024-01-02", "");
        case.hours = lines
            .iter()
            .map(|(m, h, k)| HoursLine {
                month: m.to_string(),
                hours: *h,
                client_kind: Some(k.to_string()),
            })
            .collect();
        case
    }

    fn case_with(extra: &str) -> CaseFile {
        crate::case::test_case("2025-01-06", extra)
    }

    const CONTRACT: &str =
        "[[contracts]]\nkind = \"cddi\"\nstart = 2025-01-06\nend = 2025-12-31\nweekly_hours = 28\n";

    #[test]
    fn a_recorded_month_replaces_the_estimate_for_that_month_only() {
        let plain = case_with(CONTRACT);
        let year = hours_in_year(&plain, 2025);
        let march = month_hours(&plain, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
        assert_eq!(march.estimated, 124.0, "28 h × 31 days ÷ 7");
        assert_eq!(march.recorded, None);
        // (recorded hours for March, the year's hours)
        for (recorded, expected) in [(124.0, year), (100.0, year - 24.0), (130.5, year + 6.5)] {
            let c = case_with(&format!(
                "{CONTRACT}[[hours]]\nmonth = \"2025-03\"\nhours = {recorded}\n"
            ));
            assert!(
                (hours_in_year(&c, 2025) - expected).abs() < 1e-9,
                "{recorded}"
            );
            let (r, e) = recorded_and_estimated(&c, 2025);
            assert_eq!(r, recorded);
            assert!((e - (year - 124.0)).abs() < 1e-9);
        }
        // Two lines of the same month (two client kinds) add up.
        let c = case_with(&format!(
            "{CONTRACT}[[hours]]\nmonth = \"2025-03\"\nhours = 60\nclient_kind = \"company\"\n[[hours]]\nmonth = \"2025-03\"\nhours = 40\nclient_kind = \"individual\"\n"
        ));
        assert_eq!(
            month_hours(&c, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()).counted,
            100.0
        );
    }

    #[test]
    fn the_months_of_a_parcours_run_from_the_hiring_to_the_exit() {
        let c = case_with(&format!(
            "{CONTRACT}[exit]\ndate = 2025-04-10\nreason = \"chomage\"\n"
        ));
        let months: Vec<String> =
            months_of_parcours(&c, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
                .into_iter()
                .map(|m| m.month)
                .collect();
        assert_eq!(months, ["2025-01", "2025-02", "2025-03", "2025-04"]);
        // April: 10 days up to the exit, 28 h a week.
        assert_eq!(
            month_hours(&c, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap()).estimated,
            40.0
        );
    }

    #[test]
    fn only_company_hours_in_the_24_months_count() {
        let case = with_hours(&[
            ("2024-01", 200.0, "company"),
            ("2024-06", 100.0, "individual"),
            ("2025-12", 280.0, "company"),
            ("2026-01", 50.0, "company"),
        ]);
        assert_eq!(company_hours_in_window(&case), 480.0);
        assert!(company_hours_in_window(&case) <= COMPANY_CAP_HOURS);
        let over = with_hours(&[("2024-01", 200.0, "company"), ("2025-12", 280.5, "company")]);
        assert!(company_hours_in_window(&over) > COMPANY_CAP_HOURS);
    }
}
