//! How long a case file is kept after the exit (`retention_years`), and what anonymising
//! it leaves: the dated codes the yearly figures are made of, nothing that says who the
//! person is or what they confided.

use super::dates::{add_months, age_on};
use crate::case::CaseFile;
use crate::case::validate::departement_of;
use chrono::{Datelike, NaiveDate};

/// What stands where a free text was, when its presence matters to a rule (a derogation,
/// an exit's bilan) or the format requires the key.
pub const REMOVED: &str = "—";
/// The name every anonymised file carries (the first name is the file's id).
pub const ANONYMOUS: &str = "ANONYME";

/// The last day a file is kept: the exit date plus the retention years. None while in
/// parcours.
pub fn kept_until(case: &CaseFile, years: u32) -> Option<NaiveDate> {
    let exit = case.exit.as_ref()?;
    Some(add_months(exit.date, years.saturating_mul(12)))
}

/// The end of the retention period, when it is over on `today` and the file still holds
/// the person's identity.
pub fn past_retention(case: &CaseFile, years: u32, today: NaiveDate) -> Option<NaiveDate> {
    if case.person.anonymised_on.is_some() {
        return None;
    }
    kept_until(case, years).filter(|until| today > *until)
}

/// The case without identity, notes, free texts or employers: names become `ANONYME` and
/// the id, the birth date keeps its year only (1 January, or 31 December when 1 January
/// would change the age at hiring the figures count), the postcode its département.
/// Dates, codes, hours and the presence of texts the rules look at stay as they were.
pub fn anonymise(case: &CaseFile, today: NaiveDate) -> CaseFile {
    let mut c = case.clone();
    let p = &mut c.person;
    p.last_name = ANONYMOUS.to_string();
    p.first_name = case.id.clone();
    p.birth_date = birth_year_only(case.person.birth_date, case.recruitment.hired_on);
    p.postcode = case.person.postcode.as_deref().and_then(departement_of);
    p.anonymised_on = Some(today);
    forget_recruitment_texts(&mut c);
    forget_parcours_texts(&mut c);
    c
}

/// A free text replaced by the mark of removal.
fn text(s: &mut String) {
    *s = REMOVED.to_string();
}

/// An optional free text replaced by the mark of removal when there is one.
fn opt(s: &mut Option<String>) {
    if s.is_some() {
        *s = Some(REMOVED.to_string());
    }
}

/// The proofs' documents, the PASS number and the derogations of the PASS and contracts.
fn forget_recruitment_texts(c: &mut CaseFile) {
    if let Some(e) = &mut c.eligibility {
        for proof in &mut e.proofs {
            text(&mut proof.document);
        }
    }
    if let Some(pass) = &mut c.pass {
        // The PASS number is a national identifier of the person.
        pass.number = "0".repeat(12);
        pass.suspensions
            .iter_mut()
            .for_each(|s| opt(&mut s.derogation));
        for pr in &mut pass.prolongations {
            opt(&mut pr.derogation);
            opt(&mut pr.decided_by);
        }
    }
    for contract in &mut c.contracts {
        opt(&mut contract.position);
        opt(&mut contract.derogation);
    }
}

/// The words of the parcours: interviews, barriers, project, skills, trainings,
/// immersions, the exit and the follow-ups.
fn forget_parcours_texts(c: &mut CaseFile) {
    for i in &mut c.interviews {
        i.topic = None;
        i.notes = None;
    }
    for b in &mut c.barriers {
        text(&mut b.detail);
        b.resolution_note = None;
        for a in &mut b.actions {
            text(&mut a.text);
            a.partner = None;
        }
    }
    if let Some(project) = &mut c.project {
        text(&mut project.target);
        project
            .previous
            .iter_mut()
            .for_each(|p| text(&mut p.target));
    }
    for s in &mut c.skills {
        text(&mut s.name);
        s.by = None;
    }
    for t in &mut c.trainings {
        text(&mut t.title);
        text(&mut t.organism);
        opt(&mut t.certification);
    }
    for i in &mut c.immersions {
        text(&mut i.employer);
        text(&mut i.job);
    }
    if let Some(exit) = &mut c.exit {
        exit.employer = None;
        opt(&mut exit.job);
        opt(&mut exit.acquired);
        opt(&mut exit.options);
        opt(&mut exit.next_steps);
        opt(&mut exit.partners);
    }
    for f in &mut c.followups {
        f.notes = None;
    }
}

/// 1 January of the birth year, or 31 December when that would change the age on `hired_on`.
fn birth_year_only(birth: NaiveDate, hired_on: NaiveDate) -> NaiveDate {
    let year = birth.year();
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(birth);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(birth);
    if age_on(first, hired_on) == age_on(birth, hired_on) {
        first
    } else {
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::test_case;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn exited(on: &str) -> CaseFile {
        test_case(
            "2018-03-01",
            &format!(
                "[exit]\ndate = {on}\nreason = \"cdi\"\nemployer = \"Boulangerie Patin\"\nacquired = \"Permis B\"\n"
            ),
        )
    }

    #[test]
    fn retention_ends_the_years_after_the_exit() {
        let c = exited("2020-06-30");
        assert_eq!(kept_until(&c, 2), Some(d("2022-06-30")));
        assert_eq!(past_retention(&c, 2, d("2022-06-30")), None);
        assert_eq!(
            past_retention(&c, 2, d("2022-07-01")),
            Some(d("2022-06-30"))
        );
        assert_eq!(
            past_retention(&test_case("2018-03-01", ""), 2, d("2040-01-01")),
            None
        );
    }

    #[test]
    fn a_leap_day_exit_is_kept_to_the_end_of_february() {
        assert_eq!(kept_until(&exited("2020-02-29"), 1), Some(d("2021-02-28")));
    }

    #[test]
    fn an_anonymised_file_is_no_longer_past_retention() {
        let c = anonymise(&exited("2020-06-30"), d("2023-01-01"));
        assert_eq!(past_retention(&c, 2, d("2030-01-01")), None);
    }

    #[test]
    fn anonymising_keeps_the_dated_codes_and_the_age_at_hiring() {
        let mut c = exited("2020-06-30");
        c.person.birth_date = d("1990-06-15");
        c.person.postcode = Some("20167".into());
        let a = anonymise(&c, d("2023-01-01"));
        assert_eq!(a.person.last_name, ANONYMOUS);
        assert_eq!(a.person.first_name, c.id);
        assert_eq!(a.person.postcode.as_deref(), Some("2A"));
        // Born mid-June, hired 1 March: 1 January would make them a year older.
        assert_eq!(a.person.birth_date, d("1990-12-31"));
        assert_eq!(age_on(a.person.birth_date, c.recruitment.hired_on), 27);
        let exit = a.exit.unwrap();
        assert_eq!(exit.employer, None);
        assert_eq!(exit.acquired.as_deref(), Some(REMOVED));
        assert_eq!((exit.date, exit.reason.as_str()), (d("2020-06-30"), "cdi"));
    }

    #[test]
    fn a_birthday_before_hiring_keeps_the_first_of_january() {
        assert_eq!(
            birth_year_only(d("1990-02-10"), d("2018-03-01")),
            d("1990-01-01")
        );
        assert_eq!(
            birth_year_only(d("1990-03-01"), d("2018-03-01")),
            d("1990-01-01")
        );
        assert_eq!(
            birth_year_only(d("1990-03-02"), d("2018-03-01")),
            d("1990-12-31")
        );
    }
}
