//! Hours of AI placements: those with companies are capped at 480 hours over the 24
//! months from the first one (not with individuals, associations or local authorities).

use crate::case::CaseFile;
use crate::case::validate::parse_month;
use crate::rules::dates::add_months;

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
