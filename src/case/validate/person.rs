//! The person and the recruitment: identity, names, postcode, age at hiring, application,
//! prescriber and the eligibility diagnosis.

use super::Checker;
use super::{MAX_AGE, MIN_AGE, is_departement, is_postcode};
use crate::case::date::age_on;
use crate::case::finding::{Code, Finding};
use crate::case::id;
use crate::case::model::CaseFile;
use crate::case::vocab::DiagnosisBy;
use crate::{path, t};

pub(super) fn identity(c: &mut Checker, case: &CaseFile, file_id: &str) {
    if case.schema != crate::case::model::SCHEMA {
        c.push(
            Finding::new(
                Code::BadValue,
                path!["schema"],
                t!("check-schema-unknown", schema = case.schema),
            )
            .hint(t!("check-schema-unknown-hint")),
        );
    }
    if case.id != file_id {
        c.push(
            Finding::new(
                Code::BadId,
                path!["id"],
                t!("check-id-mismatch", id = case.id.as_str(), file = file_id),
            )
            .hint(t!("check-id-mismatch-hint", file = file_id)),
        );
    } else if id::CaseId::parse(&case.id).is_err() {
        c.push(Finding::new(
            Code::BadId,
            path!["id"],
            t!("check-id-invalid", id = case.id.as_str()),
        ));
    }
    let person = &case.person;
    for (key, value) in [
        ("last_name", &person.last_name),
        ("first_name", &person.first_name),
    ] {
        if value.trim().is_empty() {
            c.push(
                Finding::new(Code::BadValue, path!["person", key], t!("check-name-empty"))
                    .hint(t!("check-name-empty-hint")),
            );
        }
    }
    let sexes = &c.reference.sexes;
    c.code_in(sexes, &person.sex, path!["person", "sex"], "check-what-sex");
    if let Some(postcode) = &person.postcode
        && !is_postcode(postcode)
        && !(person.anonymised_on.is_some() && is_departement(postcode))
    {
        c.push(
            Finding::new(
                Code::BadValue,
                path!["person", "postcode"],
                t!("check-postcode-invalid", postcode = postcode.as_str()),
            )
            .hint(t!("check-postcode-invalid-hint")),
        );
    }
    let age = age_on(person.birth_date, case.recruitment.hired_on);
    if !(MIN_AGE..=MAX_AGE).contains(&age) {
        c.push(
            Finding::new(
                Code::BadValue,
                path!["person", "birth_date"],
                t!(
                    "check-age-impossible",
                    born = crate::i18n::day(person.birth_date),
                    age = age,
                    hired = crate::i18n::day(case.recruitment.hired_on)
                ),
            )
            .hint(t!(
                "check-age-impossible-hint",
                min = MIN_AGE,
                max = MAX_AGE
            )),
        );
    }
}

pub(super) fn recruitment(c: &mut Checker, case: &CaseFile) {
    let r = &case.recruitment;
    if let Some(applied) = r.applied_on
        && applied > r.hired_on
    {
        c.push(
            Finding::new(
                Code::Chronology,
                path!["recruitment", "applied_on"],
                t!(
                    "check-applied-after-hiring",
                    applied = crate::i18n::day(applied),
                    hired = crate::i18n::day(r.hired_on)
                ),
            )
            .hint(t!("check-applied-after-hiring-hint")),
        );
    }
    if let Some(prescriber) = &r.prescriber {
        let codes = &c.reference.prescribers;
        c.code_in(
            codes,
            prescriber,
            path!["recruitment", "prescriber"],
            "check-what-prescriber",
        );
    }
}

pub(super) fn eligibility(c: &mut Checker, case: &CaseFile) {
    let Some(e) = &case.eligibility else { return };
    c.one_of(
        DiagnosisBy::CODES,
        &e.by,
        path!["eligibility", "by"],
        "check-what-diagnosis-by",
    );
    for (i, criterion) in e.criteria.iter().enumerate() {
        let codes = &c.reference.criteria;
        c.code_in(
            codes,
            criterion,
            path!["eligibility", "criteria", i],
            "check-what-criterion",
        );
    }
    for (i, proof) in e.proofs.iter().enumerate() {
        let codes = &c.reference.criteria;
        c.code_in(
            codes,
            &proof.criterion,
            path!["eligibility", "proofs", i, "criterion"],
            "check-what-criterion",
        );
        if proof.certified && proof.certified_on.is_none() {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["eligibility", "proofs", i, "certified"],
                    t!("check-certified-without-date"),
                )
                .hint(t!("check-certified-without-date-hint")),
            );
        } else if !proof.certified && proof.dated.is_none() {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["eligibility", "proofs", i],
                    t!("check-proof-without-date"),
                )
                .hint(t!("check-proof-without-date-hint")),
            );
        }
    }
}
