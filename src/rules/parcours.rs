//! The four phases of a parcours (recruitment, integration, parcours, exit preparation)
//! and where a salarié stands on a given day.

use crate::case::CaseFile;
use crate::rules::dates::{add_months, months_between};
use chrono::NaiveDate;

/// 1 recruitment · 2 integration · 3 parcours · 4 exit preparation and exit.
pub fn phase_on(case: &CaseFile, date: NaiveDate) -> u8 {
    let hired = case.recruitment.hired_on;
    if date < hired {
        return 1;
    }
    let exit_preparation = case
        .interviews
        .iter()
        .filter(|i| i.kind == "bilan_final")
        .map(|i| i.date)
        .min()
        .into_iter()
        .chain(case.exit.as_ref().map(|x| x.date))
        .min();
    if exit_preparation.is_some_and(|d| date >= d) {
        return 4;
    }
    // Integration lasts until the welcome interview, or one month without one.
    let integration_end = case
        .interviews
        .iter()
        .filter(|i| i.kind == "accueil")
        .map(|i| i.date)
        .min()
        .unwrap_or_else(|| add_months(hired, 1));
    if date <= integration_end { 2 } else { 3 }
}

/// The name of a phase of the parcours (1 to 4) in `lang`.
pub fn phase_label(phase: u8, lang: crate::reference::Lang) -> String {
    crate::i18n::message_in(
        lang,
        "check-phase",
        &[("phase", fluent_bundle::FluentValue::from(phase.min(4)))],
    )
}

/// Whole months from hiring to `date` (or to the exit, if earlier).
pub fn months_in_parcours(case: &CaseFile, date: NaiveDate) -> u32 {
    let end = case.exit.as_ref().map_or(date, |x| x.date.min(date));
    months_between(case.recruitment.hired_on, end)
}

/// The day the next interview is due: the last attended interview (or the hiring) plus
/// the structure's cadence. Overdue when today is after it.
pub fn interview_due(case: &CaseFile, every_days: u32) -> NaiveDate {
    let last = case
        .last_attended_interview()
        .unwrap_or(case.recruitment.hired_on);
    last + chrono::Days::new(u64::from(every_days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(extra: &str) -> CaseFile {
        crate::case::test_case("2025-03-03", extra)
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn phases_follow_the_parcours() {
        let c = case(
            "[[interviews]]\ndate = 2025-03-10\nkind = \"accueil\"\nby = \"X\"\n[[interviews]]\ndate = 2025-09-01\nkind = \"bilan_final\"\nby = \"X\"\n",
        );
        assert_eq!(phase_on(&c, d("2025-03-02")), 1);
        assert_eq!(phase_on(&c, d("2025-03-10")), 2);
        assert_eq!(phase_on(&c, d("2025-03-11")), 3);
        assert_eq!(phase_on(&c, d("2025-09-01")), 4);
        // Without a welcome interview, integration lasts a month.
        let bare = case("");
        assert_eq!(phase_on(&bare, d("2025-04-03")), 2);
        assert_eq!(phase_on(&bare, d("2025-04-04")), 3);
    }

    #[test]
    fn the_next_interview_is_due_a_cadence_after_the_last_attended_one() {
        let c = case(
            "[[interviews]]\ndate = 2025-03-10\nkind = \"accueil\"\nby = \"X\"\n[[interviews]]\ndate = 2025-04-20\nkind = \"suivi\"\nby = \"X\"\nattendance = \"absent\"\n",
        );
        assert_eq!(interview_due(&c, 31), d("2025-04-10"));
        assert_eq!(interview_due(&case(""), 31), d("2025-04-03"));
    }
}
