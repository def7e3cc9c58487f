//! Eligibility to the IAE: one level-1 criterion, or N level-2 criteria (AI and ETTI 2;
//! ACI, EI and EITI 3); a diagnosis by an authorised prescriber needs none. `jeune` and
//! `senior` are facts computed from the birth date on the diagnosis date.

use crate::case::CaseFile;
use crate::case::model::Eligibility;
use crate::reference::Reference;
use crate::rules::dates::{add_months, age_on};
use crate::rules::pass::valid_on;
use crate::t;
use chrono::{Days, NaiveDate};
use serde::Serialize;

/// An employer's diagnosis is valid 92 days; a prescriber's, 6 months.
pub const EMPLOYER_VALIDITY_DAYS: u64 = 92;
pub const PRESCRIBER_VALIDITY_MONTHS: u32 = 6;
/// `jeune`: under 26 on the diagnosis date; `senior`: 50 or more.
pub const JEUNE_UNDER: i32 = 26;
pub const SENIOR_FROM: i32 = 50;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub eligible: bool,
    pub kind: String,
    /// `employer` or `prescriber`.
    pub by: String,
    #[serde(with = "crate::case::date")]
    pub on: NaiveDate,
    pub level1: Vec<String>,
    /// Level-2 criteria counted (including `jeune`/`senior` when true).
    pub level2: Vec<String>,
    pub required_level2: u32,
    /// Why a criterion was not counted, or what else is wrong.
    pub problems: Vec<String>,
    /// The rule applied, in words.
    pub reason: String,
}

/// Pairs of criteria that cannot be claimed together, as the platform's form refuses
/// them: 12–24 months of unemployment and 24 months or more; under 26 and 50 or over.
pub const CONTRADICTORY: [(&str, &str); 2] = [("deld", "detld"), ("senior", "jeune")];

/// The contradictory pairs among `criteria`, each as a sentence naming both.
pub fn contradictions(criteria: &[String]) -> Vec<String> {
    CONTRADICTORY
        .iter()
        .filter(|(a, b)| criteria.iter().any(|c| c == a) && criteria.iter().any(|c| c == b))
        .map(|(a, b)| crate::t!("criteria-contradict", first = *a, second = *b))
        .collect()
}

/// Whether the platform certifies `criterion` (RSA, AAH, parent isolé, RQTH).
pub fn is_certifiable(reference: &Reference, criterion: &str) -> bool {
    reference
        .criteria
        .get(criterion)
        .and_then(|e| e.certifiable)
        .unwrap_or(false)
}

/// Level-2 criteria a structure of `kind` needs.
pub fn required_level2(kind: &str, reference: &Reference) -> u32 {
    reference
        .kinds
        .get(kind)
        .and_then(|k| k.required_level2)
        .unwrap_or(3)
}

/// The verdict for `criteria` claimed on `on`. Unknown keys are returned as an error.
pub fn assess(
    criteria: &[String],
    birth: Option<NaiveDate>,
    by_prescriber: bool,
    kind: &str,
    on: NaiveDate,
    reference: &Reference,
) -> Result<Verdict, Vec<String>> {
    let unknown: Vec<String> = criteria
        .iter()
        .filter(|c| !reference.criteria.contains(c))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let age = birth.map(|b| age_on(b, on));
    let counted = count_criteria(criteria, age, on, reference);
    let required = required_level2(kind, reference);
    let (eligible, reason) = rule_applied(criteria, &counted, by_prescriber, kind, required);
    Ok(Verdict {
        eligible,
        kind: kind.to_string(),
        by: if by_prescriber {
            "prescriber"
        } else {
            "employer"
        }
        .to_string(),
        on,
        level1: counted.level1,
        level2: counted.level2,
        required_level2: required,
        problems: counted.problems,
        reason,
    })
}

/// The claimed criteria sorted by level, with `jeune` and `senior` as the age says.
struct Counted {
    level1: Vec<String>,
    level2: Vec<String>,
    problems: Vec<String>,
}

fn count_criteria(
    criteria: &[String],
    age: Option<i32>,
    on: NaiveDate,
    reference: &Reference,
) -> Counted {
    let mut problems = contradictions(criteria);
    let mut level1 = Vec::new();
    let mut level2 = Vec::new();
    for c in criteria {
        if level1.contains(c) || level2.contains(c) {
            continue;
        }
        let level = reference.criteria.get(c).and_then(|e| e.level).unwrap_or(2);
        let fact = match (c.as_str(), age) {
            ("jeune", Some(a)) => Some((a < JEUNE_UNDER, a)),
            ("senior", Some(a)) => Some((a >= SENIOR_FROM, a)),
            _ => None,
        };
        match fact {
            Some((false, a)) => problems.push(t!(
                "check-age-criterion-not-counted",
                criterion = c.as_str(),
                age = a,
                on = crate::i18n::day(on)
            )),
            _ if level == 1 => level1.push(c.clone()),
            _ => level2.push(c.clone()),
        }
    }
    if let Some(a) = age {
        for (key, true_) in [("jeune", a < JEUNE_UNDER), ("senior", a >= SENIOR_FROM)] {
            if true_ && !level2.iter().any(|c| c == key) {
                level2.push(key.to_string());
            }
        }
    }
    Counted {
        level1,
        level2,
        problems,
    }
}

/// Whether the criteria make the person eligible, and the rule applied in words.
fn rule_applied(
    criteria: &[String],
    counted: &Counted,
    by_prescriber: bool,
    kind: &str,
    required: u32,
) -> (bool, String) {
    let level2 = counted.level2.len();
    if let Some(first) = contradictions(criteria).into_iter().next() {
        (false, first)
    } else if by_prescriber {
        (true, t!("check-eligible-by-prescriber"))
    } else if !counted.level1.is_empty() {
        (
            true,
            t!(
                "check-eligible-level1",
                criteria = counted.level1.join(", ")
            ),
        )
    } else if level2 as u32 >= required {
        (
            true,
            t!(
                "check-eligible-level2",
                count = level2,
                required = required,
                kind = kind
            ),
        )
    } else {
        (
            false,
            t!(
                "check-not-enough-criteria",
                count = level2,
                required = required,
                kind = kind
            ),
        )
    }
}

/// The last day a diagnosis made on `date` is valid.
pub fn diagnosis_valid_through(date: NaiveDate, by_prescriber: bool) -> NaiveDate {
    if by_prescriber {
        add_months(date, PRESCRIBER_VALIDITY_MONTHS) - Days::new(1)
    } else {
        date + Days::new(EMPLOYER_VALIDITY_DAYS - 1)
    }
}

/// Whether a proof dated `dated`, valid `months`, still holds on `on`.
pub fn proof_valid_on(dated: NaiveDate, months: u32, on: NaiveDate) -> bool {
    months == 0 || on < add_months(dated, months)
}

/// The verdict for a case file's diagnosis, with what is wrong on the hiring date:
/// the diagnosis's validity, and each claimed criterion's proof.
pub fn assess_case(
    case: &CaseFile,
    kind: &str,
    reference: &Reference,
) -> Option<Result<Verdict, Vec<String>>> {
    let e = case.eligibility.as_ref()?;
    let by_prescriber = e.by == "prescriber";
    let verdict = assess(
        &e.criteria,
        Some(case.person.birth_date),
        by_prescriber,
        kind,
        e.date,
        reference,
    );
    let Ok(mut verdict) = verdict else {
        return Some(verdict);
    };
    check_validity(case, e, &mut verdict);
    let hired = case.recruitment.hired_on;
    let proofs = proof_problems(e, &verdict, hired, reference);
    verdict.problems.extend(proofs);
    Some(Ok(verdict))
}

/// A diagnosis made after the hiring, or no longer valid on the hiring date (unless a
/// PASS issued before this hiring keeps it valid while it runs).
fn check_validity(case: &CaseFile, e: &Eligibility, verdict: &mut Verdict) {
    let hired = case.recruitment.hired_on;
    if e.date > hired {
        verdict.problems.push(t!(
            "check-diagnosis-after-hiring",
            date = crate::i18n::day(e.date),
            hired = crate::i18n::day(hired)
        ));
        return;
    }
    let through = diagnosis_valid_through(e.date, verdict.by == "prescriber");
    let pass_covers = case
        .pass
        .as_ref()
        .is_some_and(|p| p.start < hired && valid_on(p, hired));
    if hired > through && !pass_covers {
        verdict.eligible = false;
        verdict.reason = t!("check-diagnosis-expired", hired = crate::i18n::day(hired));
        let by = if verdict.by == "prescriber" {
            t!("check-by-prescriber")
        } else {
            t!("check-by-employer")
        };
        verdict.problems.push(t!(
            "check-diagnosis-valid-through",
            date = crate::i18n::day(e.date),
            by = by,
            through = crate::i18n::day(through),
            hired = crate::i18n::day(hired)
        ));
    }
}

/// Each counted criterion without a proof valid on the hiring date. A certification by
/// the platform replaces a document, for the criteria it certifies.
fn proof_problems(
    e: &Eligibility,
    verdict: &Verdict,
    hired: NaiveDate,
    reference: &Reference,
) -> Vec<String> {
    let mut problems = Vec::new();
    for c in verdict.level1.iter().chain(&verdict.level2) {
        let claimed = e.criteria.contains(c);
        let proofs: Vec<_> = e.proofs.iter().filter(|p| &p.criterion == c).collect();
        if proofs.is_empty() {
            if claimed {
                problems.push(t!("check-no-proof", criterion = c.as_str()));
            }
            continue;
        }
        if proofs
            .iter()
            .any(|p| p.certified && p.certified_on.is_some())
        {
            if is_certifiable(reference, c) {
                continue;
            }
            problems.push(t!("criterion-not-certifiable", criterion = c.as_str()));
            if proofs.iter().all(|p| p.dated.is_none()) {
                continue;
            }
        }
        let months = reference
            .criteria
            .get(c)
            .and_then(|x| x.proof_months)
            .unwrap_or(0);
        if !proofs
            .iter()
            .filter_map(|p| p.dated)
            .any(|dated| proof_valid_on(dated, months, hired))
        {
            let newest = proofs.iter().filter_map(|p| p.dated).max().unwrap_or(hired);
            problems.push(t!(
                "check-proof-too-old",
                criterion = c.as_str(),
                dated = crate::i18n::day(newest),
                months = months,
                hired = crate::i18n::day(hired)
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests;
