//! The date conventions of the domain: inclusive ranges, calendar months clamped to the
//! month's end, ages in whole years (29 February gains a year on 1 March).

use chrono::{Months, NaiveDate};

/// Days left until `end`, counting today and the end day itself (the PASS is valid on
/// its end day): 1 on the end day, 0 once it has passed — never negative. The one
/// convention of `show` and `pass show`.
pub fn days_left(end: NaiveDate, today: NaiveDate) -> i64 {
    ((end - today).num_days() + 1).max(0)
}

/// D + n calendar months, clamped to the end of the month (2024-11-30 + 3 = 2025-02-28).
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Age arithmetic belongs to the case file; the rules use it from there.
pub use crate::case::date::age_on;

/// Whole calendar months from `from` to `to` (0 when `to` is before `from + 1 month`).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut months = 0;
    while add_months(from, months + 1) <= to {
        months += 1;
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_left_count_today_and_the_end_day() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(days_left(d("2025-06-30"), d("2025-06-01")), 30);
        assert_eq!(days_left(d("2025-06-30"), d("2025-06-30")), 1);
        assert_eq!(days_left(d("2025-06-30"), d("2025-07-01")), 0);
        assert_eq!(days_left(d("2025-06-30"), d("2026-01-01")), 0);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_are_clamped_to_the_month_end() {
        assert_eq!(add_months(d("2024-11-30"), 3), d("2025-02-28"));
        assert_eq!(add_months(d("2023-11-30"), 3), d("2024-02-29"));
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2025-03-03"), 12), d("2026-03-03"));
    }

    #[test]
    fn age_counts_whole_years() {
        let rows = [
            ("2000-05-14", "2026-05-13", 25),
            ("2000-05-14", "2026-05-14", 26),
            ("1976-01-01", "2025-12-31", 49),
            ("1976-01-01", "2026-01-01", 50),
            // Born on 29 February: a year older on 1 March in common years.
            ("2000-02-29", "2026-02-28", 25),
            ("2000-02-29", "2026-03-01", 26),
            ("2000-02-29", "2028-02-29", 28),
        ];
        for (birth, on, age) in rows {
            assert_eq!(age_on(d(birth), d(on)), age, "{birth} on {on}");
        }
    }

    #[test]
    fn months_between_counts_completed_months() {
        assert_eq!(months_between(d("2025-03-03"), d("2025-06-02")), 2);
        assert_eq!(months_between(d("2025-03-03"), d("2025-06-03")), 3);
        assert_eq!(months_between(d("2025-03-03"), d("2025-03-02")), 0);
    }
}
