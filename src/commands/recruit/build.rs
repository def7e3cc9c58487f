//! From the answers (flags or the wizard's questions) to a checked case file, and the
//! eligibility gate a recruitment on the structure's own diagnosis has to pass.

use super::RecruitArgs;
use crate::case::model::*;
use crate::case::validate::{MAX_AGE, MAX_WEEKLY_HOURS, MIN_AGE, is_pass_number, is_postcode};
use crate::commands::{known_code, support};
use crate::rules::dates::age_on;
use crate::rules::eligibility::Verdict;
use crate::rules::pass::default_end;
use crate::store::Store;
use crate::t;
use anyhow::{Result, bail};
use chrono::NaiveDate;

/// Off a terminal nothing can be asked: the identity flags are required (usage, exit 2).
pub fn require_identity(a: &RecruitArgs) -> Result<()> {
    let missing = support::missing(&[
        ("--last-name", a.last_name.is_none()),
        ("--first-name", a.first_name.is_none()),
        ("--birth-date", a.birth_date.is_none()),
        ("--sex", a.sex.is_none()),
        ("--hired-on", a.hired_on.is_none()),
    ]);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(support::missing_flags(&missing, t!("hint-recruit-help")))
    }
}

/// The sex code for what people write: `F`, `M`, `H` (homme), `femme`, `homme`, in any
/// case. `None` for anything else.
pub fn sex_code(typed: &str) -> Option<&'static str> {
    match typed.trim().to_lowercase().as_str() {
        "f" | "femme" | "woman" | "female" => Some("F"),
        "m" | "h" | "homme" | "man" | "male" => Some("M"),
        _ => None,
    }
}

/// Check every input and build the case (its id is set when the file is created).
pub fn build(store: &Store, a: &RecruitArgs) -> Result<CaseFile> {
    let (person, hired) = person(store, a)?;
    let recruitment = recruitment(store, a, hired)?;
    let pass = match &a.pass_number {
        Some(n) => Some(Pass {
            number: pass_number(n)?,
            start: hired,
            end: default_end(hired),
            suspensions: Vec::new(),
            prolongations: Vec::new(),
        }),
        None => None,
    };
    Ok(CaseFile {
        schema: SCHEMA,
        id: String::new(),
        eligibility: eligibility(store, a, hired)?,
        contracts: contract(store, a, hired)?.into_iter().collect(),
        person,
        recruitment,
        pass,
        interviews: Vec::new(),
        barriers: Vec::new(),
        project: None,
        skills: Vec::new(),
        trainings: Vec::new(),
        immersions: Vec::new(),
        hours: Vec::new(),
        exit: None,
        followups: Vec::new(),
        dismissed: Vec::new(),
    })
}

/// The person (names, birth date giving an age the law allows on the hiring date, sex,
/// postcode) and the hiring date.
pub fn person(store: &Store, a: &RecruitArgs) -> Result<(Person, NaiveDate)> {
    let (Some(last), Some(first), Some(birth), Some(sex), Some(hired)) = (
        a.last_name.as_deref(),
        a.first_name.as_deref(),
        a.birth_date,
        a.sex.as_deref(),
        a.hired_on,
    ) else {
        bail!(t!("cmd-recruit-missing"));
    };
    let (last, first) = (last.trim(), first.trim());
    if last.is_empty() || first.is_empty() {
        bail!(t!("cmd-recruit-empty-name"));
    }
    let sex = sex_code(sex).map_or_else(|| sex.trim().to_uppercase(), str::to_string);
    known_code(&store.reference.sexes, &sex, "--sex", "sex")?;
    let age = age_on(birth, hired);
    if !(MIN_AGE..=MAX_AGE).contains(&age) {
        bail!(t!(
            "cmd-recruit-age",
            birth = crate::i18n::day(birth),
            age = age,
            hired = crate::i18n::day(hired),
            min = MIN_AGE,
            max = MAX_AGE
        ));
    }
    if let Some(pc) = &a.postcode
        && !is_postcode(pc)
    {
        bail!(t!("cmd-recruit-postcode", postcode = pc.as_str()));
    }
    let person = Person {
        last_name: last.to_string(),
        first_name: first.to_string(),
        birth_date: birth,
        sex,
        postcode: a.postcode.clone(),
        anonymised_on: None,
    };
    Ok((person, hired))
}

fn recruitment(store: &Store, a: &RecruitArgs, hired: NaiveDate) -> Result<Recruitment> {
    if let Some(applied) = a.applied_on
        && applied > hired
    {
        bail!(t!(
            "cmd-recruit-applied-after",
            applied = crate::i18n::day(applied),
            hired = crate::i18n::day(hired)
        ));
    }
    if let Some(p) = &a.prescriber {
        known_code(
            &store.reference.prescribers,
            p,
            "--prescriber",
            "prescriber",
        )?;
    }
    Ok(Recruitment {
        applied_on: a.applied_on,
        hired_on: hired,
        prescriber: a.prescriber.clone(),
    })
}

/// The diagnosis, when anything of it was given: known and consistent criteria, made no
/// later than the hiring (on the hiring date when no date is given).
fn eligibility(store: &Store, a: &RecruitArgs, hired: NaiveDate) -> Result<Option<Eligibility>> {
    for c in &a.criteria {
        known_code(
            &store.reference.criteria,
            c,
            "--criteria",
            "eligibility-criterion",
        )?;
    }
    crate::commands::eligibility::refuse_contradictions(&a.criteria)?;
    if a.diagnosis_by.is_none() && a.diagnosis_date.is_none() && a.criteria.is_empty() {
        return Ok(None);
    }
    let date = a.diagnosis_date.unwrap_or(hired);
    if date > hired {
        bail!(t!(
            "cmd-recruit-diagnosis-after",
            date = crate::i18n::day(date),
            hired = crate::i18n::day(hired)
        ));
    }
    Ok(Some(Eligibility {
        date,
        by: a.diagnosis_by.map_or("employer", |b| b.code()).to_string(),
        criteria: a.criteria.clone(),
        proofs: Vec::new(),
        derogation: a.derogation.clone(),
    }))
}

/// A PASS IAE number as typed (spaces allowed), as the file keeps it: 12 digits.
pub fn pass_number(typed: &str) -> Result<String> {
    let number: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if !is_pass_number(&number) {
        bail!(t!("cmd-recruit-pass-number", number = typed));
    }
    Ok(number)
}

fn contract(store: &Store, a: &RecruitArgs, hired: NaiveDate) -> Result<Option<Contract>> {
    let Some(kind) = &a.contract else {
        if a.contract_end.is_some() || a.weekly_hours.is_some() || a.position.is_some() {
            bail!(t!("cmd-recruit-contract-flags"));
        }
        return Ok(None);
    };
    known_code(
        &store.reference.contract_kinds,
        kind,
        "--contract",
        "contract-kind",
    )?;
    let Some(hours) = a.weekly_hours else {
        bail!(t!("cmd-recruit-needs-hours", kind = kind.as_str()));
    };
    check_weekly_hours(hours)?;
    if a.contract_end.is_none() && kind != "cdi_inclusion" {
        bail!(t!("cmd-recruit-needs-end", kind = kind.as_str()));
    }
    if let Some(end) = a.contract_end
        && end < hired
    {
        bail!(t!(
            "cmd-recruit-end-before-hiring",
            end = crate::i18n::day(end),
            hired = crate::i18n::day(hired)
        ));
    }
    Ok(Some(Contract {
        kind: kind.clone(),
        start: hired,
        end: a.contract_end,
        weekly_hours: hours,
        planned_end: None,
        position: a.position.clone(),
        derogation: None,
    }))
}

/// Weekly hours above zero and within the legal maximum.
pub fn check_weekly_hours(hours: f64) -> Result<()> {
    if hours > 0.0 && hours <= MAX_WEEKLY_HOURS {
        return Ok(());
    }
    bail!(t!(
        "cmd-weekly-hours-range",
        hours = hours.to_string(),
        max = MAX_WEEKLY_HOURS.to_string()
    ))
}

/// The verdict when criteria claimed on the structure's own diagnosis do not make the
/// person eligible (too few level-2 criteria, or criteria that contradict the birth date),
/// and no derogation says why; `None` when the gate is passed.
pub fn failing_criteria(store: &Store, case: &CaseFile) -> Option<Verdict> {
    let e = case.eligibility.as_ref()?;
    if e.criteria.is_empty() || e.by == "prescriber" || e.derogation.is_some() {
        return None;
    }
    // The criteria on the hiring date, as claimed: no proof is asked at this point.
    let verdict = crate::rules::eligibility::assess(
        &e.criteria,
        Some(case.person.birth_date),
        false,
        &store.structure.kind,
        case.recruitment.hired_on,
        &store.reference,
    )
    .ok()?;
    (!verdict.eligible || !verdict.problems.is_empty()).then_some(verdict)
}

/// How many level-2 criteria the verdict lacks.
pub fn missing_level2(verdict: &Verdict) -> u32 {
    verdict
        .required_level2
        .saturating_sub(verdict.level2.len() as u32)
}

/// Off a terminal, criteria that fail are refused with the verdict, unless a derogation
/// says why. An expired diagnosis or a waiting period stays a warning: the hiring may be
/// a past fact being recorded.
pub fn refuse_failing_criteria(store: &Store, case: &CaseFile) -> Result<()> {
    let Some(verdict) = failing_criteria(store, case) else {
        return Ok(());
    };
    let mut message = t!(
        "recruit-criteria-fail",
        reason = verdict.reason.as_str(),
        missing = missing_level2(&verdict)
    );
    for p in &verdict.problems {
        message.push_str("\n  ");
        message.push_str(p);
    }
    Err(crate::error::UserError::new(message)
        .hint(t!("recruit-criteria-fail-hint"))
        .into())
}

#[cfg(test)]
mod tests {
    use super::sex_code;

    #[test]
    fn the_sex_is_read_as_people_write_it() {
        for (typed, code) in [
            ("F", Some("F")),
            ("f", Some("F")),
            ("Femme", Some("F")),
            ("M", Some("M")),
            ("h", Some("M")),
            ("H", Some("M")),
            ("HOMME", Some("M")),
            (" homme ", Some("M")),
            ("x", None),
            ("", None),
        ] {
            assert_eq!(sex_code(typed), code, "{typed:?}");
        }
    }
}
