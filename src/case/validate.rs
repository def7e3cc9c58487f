//! Checks of one case file against the format and the reference data: impossible values
//! (E002), unknown codes (E003), impossible chronology (E004), id (E005), missing pieces
//! (W003). Pure: the file's id and the reference tables are arguments.

use super::date::age_on;
use super::finding::{Finding, Seg};
use super::id;
use super::model::CaseFile;
use super::vocab::{Attendance, BarrierStatus, ClientKind, DiagnosisBy, Medium, Support};
use crate::path;
use crate::reference::{Codes, Reference};

/// Age limits at hiring: younger or older is taken for a typing mistake.
pub const MIN_AGE: i32 = 16;
pub const MAX_AGE: i32 = 80;
/// Legal maximum of weekly hours.
pub const MAX_WEEKLY_HOURS: f64 = 48.0;

struct Checker<'a> {
    reference: &'a Reference,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn code_in(&mut self, codes: &Codes, value: &str, path: Vec<Seg>, what: &str) {
        if !codes.contains(value) {
            self.findings.push(
                Finding::new("E003", path, format!("\"{value}\" is not a known {what}"))
                    .hint(format!("write one of: {}", codes.list())),
            );
        }
    }

    fn one_of(&mut self, allowed: &[&str], value: &str, path: Vec<Seg>, what: &str) {
        if !allowed.contains(&value) {
            self.findings.push(
                Finding::new("E003", path, format!("\"{value}\" is not a known {what}"))
                    .hint(format!("write one of: {}", allowed.join(", "))),
            );
        }
    }

    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }
}

/// Every finding about `case`, stored as `salaries/<file_id>.toml`.
pub fn validate(case: &CaseFile, file_id: &str, reference: &Reference) -> Vec<Finding> {
    let mut c = Checker {
        reference,
        findings: Vec::new(),
    };
    identity(&mut c, case, file_id);
    recruitment(&mut c, case);
    eligibility(&mut c, case);
    pass(&mut c, case);
    prolongations(&mut c, case);
    contracts(&mut c, case);
    interviews(&mut c, case);
    barriers(&mut c, case);
    project_and_skills(&mut c, case);
    after_exit(&mut c, case);
    hours(&mut c, case);
    exit(&mut c, case);
    followups(&mut c, case);
    missing_pieces(&mut c, case);
    c.findings
}

fn identity(c: &mut Checker, case: &CaseFile, file_id: &str) {
    if case.schema != super::model::SCHEMA {
        c.push(
            Finding::new(
                "E002",
                path!["schema"],
                format!(
                    "schema {} is not known (this version of iae reads schema 1)",
                    case.schema
                ),
            )
            .hint("write schema = 1, or update iae"),
        );
    }
    if case.id != file_id {
        c.push(
            Finding::new(
                "E005",
                path!["id"],
                format!(
                    "id \"{}\" does not match the file name {file_id}.toml",
                    case.id
                ),
            )
            .hint(format!("write id = \"{file_id}\", or rename the file")),
        );
    } else if id::CaseId::parse(&case.id).is_err() {
        c.push(Finding::new(
            "E005",
            path!["id"],
            format!("id \"{}\" is not 6 characters of Crockford base32", case.id),
        ));
    }
    let person = &case.person;
    for (key, value) in [
        ("last_name", &person.last_name),
        ("first_name", &person.first_name),
    ] {
        if value.trim().is_empty() {
            c.push(Finding::new("E002", path!["person", key], "is empty").hint("write the name"));
        }
    }
    let sexes = &c.reference.sexes;
    c.code_in(sexes, &person.sex, path!["person", "sex"], "sex");
    if let Some(postcode) = &person.postcode
        && !is_postcode(postcode)
        && !(person.anonymised_on.is_some() && is_departement(postcode))
    {
        c.push(
            Finding::new(
                "E002",
                path!["person", "postcode"],
                format!("\"{postcode}\" is not a French postcode"),
            )
            .hint("write 5 digits, e.g. \"92220\""),
        );
    }
    let age = age_on(person.birth_date, case.recruitment.hired_on);
    if !(MIN_AGE..=MAX_AGE).contains(&age) {
        c.push(
            Finding::new(
                "E002",
                path!["person", "birth_date"],
                format!(
                    "born {} means aged {age} when hired on {}: not possible",
                    person.birth_date, case.recruitment.hired_on
                ),
            )
            .hint(format!(
                "check the birth date: age at hiring is between {MIN_AGE} and {MAX_AGE}"
            )),
        );
    }
}

pub fn is_postcode(text: &str) -> bool {
    text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The département of a postcode: its first two digits, Corsica as 2A/2B, overseas as three
/// digits (971–976, 984–988).
pub fn departement_of(postcode: &str) -> Option<String> {
    if !is_postcode(postcode) {
        return None;
    }
    let two = &postcode[..2];
    Some(match two {
        "97" | "98" => postcode[..3].to_string(),
        "20" => {
            // 200xx and 201xx are Corse-du-Sud, 202xx and 206xx Haute-Corse.
            if postcode.as_bytes()[2] <= b'1' {
                "2A".to_string()
            } else {
                "2B".to_string()
            }
        }
        _ => two.to_string(),
    })
}

/// A département code as `departement_of` writes it.
pub fn is_departement(text: &str) -> bool {
    match text.len() {
        2 => text == "2A" || text == "2B" || text.bytes().all(|b| b.is_ascii_digit()),
        3 => {
            (text.starts_with("97") || text.starts_with("98"))
                && text.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

fn recruitment(c: &mut Checker, case: &CaseFile) {
    let r = &case.recruitment;
    if let Some(applied) = r.applied_on
        && applied > r.hired_on
    {
        c.push(
            Finding::new(
                "E004",
                path!["recruitment", "applied_on"],
                format!("applied on {applied}, after being hired on {}", r.hired_on),
            )
            .hint("the application comes before the hiring: check both dates"),
        );
    }
    if let Some(prescriber) = &r.prescriber {
        let codes = &c.reference.prescribers;
        c.code_in(
            codes,
            prescriber,
            path!["recruitment", "prescriber"],
            "prescriber",
        );
    }
}

fn eligibility(c: &mut Checker, case: &CaseFile) {
    let Some(e) = &case.eligibility else { return };
    c.one_of(
        DiagnosisBy::CODES,
        &e.by,
        path!["eligibility", "by"],
        "diagnosis author",
    );
    for (i, criterion) in e.criteria.iter().enumerate() {
        let codes = &c.reference.criteria;
        c.code_in(
            codes,
            criterion,
            path!["eligibility", "criteria", i],
            "criterion",
        );
    }
    for (i, proof) in e.proofs.iter().enumerate() {
        let codes = &c.reference.criteria;
        c.code_in(
            codes,
            &proof.criterion,
            path!["eligibility", "proofs", i, "criterion"],
            "criterion",
        );
        if proof.certified && proof.certified_on.is_none() {
            c.push(
                Finding::new(
                    "E002",
                    path!["eligibility", "proofs", i, "certified"],
                    "a certified criterion without certified_on",
                )
                .hint("write certified_on = YYYY-MM-DD, the day the platform certified it"),
            );
        } else if !proof.certified && proof.dated.is_none() {
            c.push(
                Finding::new(
                    "E002",
                    path!["eligibility", "proofs", i],
                    "a proof without its date",
                )
                .hint("write dated = YYYY-MM-DD (the document's date), or certified = true with certified_on = YYYY-MM-DD"),
            );
        }
    }
}

fn pass(c: &mut Checker, case: &CaseFile) {
    let Some(p) = &case.pass else { return };
    if !is_pass_number(&p.number) {
        c.push(
            Finding::new(
                "E002",
                path!["pass", "number"],
                format!("\"{}\" is not a PASS IAE number", p.number),
            )
            .hint("write the 12 digits without spaces, e.g. \"999992512345\""),
        );
    }
    if p.end < p.start {
        c.push(Finding::new(
            "E004",
            path!["pass", "end"],
            format!("ends on {}, before it starts on {}", p.end, p.start),
        ));
    }
    for (i, s) in p.suspensions.iter().enumerate() {
        if s.to < s.from {
            c.push(Finding::new(
                "E004",
                path!["pass", "suspensions", i, "to"],
                format!(
                    "suspension ends on {}, before it starts on {}",
                    s.to, s.from
                ),
            ));
        }
        let codes = &c.reference.suspension_reasons;
        c.code_in(
            codes,
            &s.reason,
            path!["pass", "suspensions", i, "reason"],
            "suspension reason",
        );
    }
}

fn prolongations(c: &mut Checker, case: &CaseFile) {
    let Some(p) = &case.pass else { return };
    for (i, x) in p.prolongations.iter().enumerate() {
        let codes = &c.reference.prolongation_reasons;
        c.code_in(
            codes,
            &x.reason,
            path!["pass", "prolongations", i, "reason"],
            "prolongation reason",
        );
        if x.to <= p.end {
            c.push(Finding::new(
                "E004",
                path!["pass", "prolongations", i, "to"],
                format!("prolonged to {}, not after the issued end {}", x.to, p.end),
            ));
        }
    }
}

/// 12 digits.
pub fn is_pass_number(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

fn contracts(c: &mut Checker, case: &CaseFile) {
    for (i, k) in case.contracts.iter().enumerate() {
        let codes = &c.reference.contract_kinds;
        c.code_in(
            codes,
            &k.kind,
            path!["contracts", i, "kind"],
            "contract kind",
        );
        if let Some(end) = k.end
            && end < k.start
        {
            c.push(Finding::new(
                "E004",
                path!["contracts", i, "end"],
                format!("contract ends on {end}, before it starts on {}", k.start),
            ));
        }
        if k.start < case.recruitment.hired_on {
            c.push(
                Finding::new(
                    "E004",
                    path!["contracts", i, "start"],
                    format!(
                        "contract starts on {}, before the hiring on {}",
                        k.start, case.recruitment.hired_on
                    ),
                )
                .hint("the first contract starts on recruitment.hired_on"),
            );
        }
        if !(k.weekly_hours > 0.0 && k.weekly_hours <= MAX_WEEKLY_HOURS) {
            c.push(
                Finding::new(
                    "E002",
                    path!["contracts", i, "weekly_hours"],
                    format!("{} hours a week is not possible", k.weekly_hours),
                )
                .hint("write the weekly hours of the contract, more than 0 and at most 48"),
            );
        }
    }
}

fn interviews(c: &mut Checker, case: &CaseFile) {
    let start = case.recruitment.applied_on;
    for (i, iv) in case.interviews.iter().enumerate() {
        let codes = &c.reference.interview_kinds;
        c.code_in(
            codes,
            &iv.kind,
            path!["interviews", i, "kind"],
            "interview kind",
        );
        if let Some(m) = &iv.medium {
            c.one_of(Medium::CODES, m, path!["interviews", i, "medium"], "medium");
        }
        if let Some(a) = &iv.attendance {
            c.one_of(
                Attendance::CODES,
                a,
                path!["interviews", i, "attendance"],
                "attendance",
            );
        }
        if let Some(applied) = start
            && iv.date < applied
        {
            c.push(Finding::new(
                "E004",
                path!["interviews", i, "date"],
                format!(
                    "interview on {}, before the application on {applied}",
                    iv.date
                ),
            ));
        }
        if let Some(exit) = &case.exit
            && iv.date > exit.date
            && iv.kind != "post_sortie"
        {
            c.push(
                Finding::new(
                    "E004",
                    path!["interviews", i, "date"],
                    format!(
                        "{} interview on {}, after the exit on {}",
                        iv.kind, iv.date, exit.date
                    ),
                )
                .hint("after the exit, record kind = \"post_sortie\""),
            );
        }
    }
}

fn barriers(c: &mut Checker, case: &CaseFile) {
    let mut numbers = std::collections::BTreeSet::new();
    for (i, b) in case.barriers.iter().enumerate() {
        if !numbers.insert(b.number) {
            c.push(
                Finding::new(
                    "E002",
                    path!["barriers", i, "number"],
                    format!("barrier number {} is used twice", b.number),
                )
                .hint(crate::t!(
                    "barrier-renumber-hint",
                    id = case.id.as_str(),
                    free = case.barriers.iter().map(|b| b.number).max().unwrap_or(0) + 1
                )),
            );
        }
        let codes = &c.reference.barrier_categories;
        c.code_in(
            codes,
            &b.category,
            path!["barriers", i, "category"],
            "barrier category",
        );
        c.one_of(
            BarrierStatus::CODES,
            &b.status,
            path!["barriers", i, "status"],
            "barrier status",
        );
        match (b.is_open(), b.resolved_on) {
            (false, None) if BarrierStatus::CODES.contains(&b.status.as_str()) => c.push(
                Finding::new(
                    "E002",
                    path!["barriers", i, "status"],
                    format!("barrier {} is {} without a date", b.number, b.status),
                )
                .hint("add resolved_on = YYYY-MM-DD (the day it ended)"),
            ),
            (true, Some(_)) => c.push(
                Finding::new(
                    "E002",
                    path!["barriers", i, "resolved_on"],
                    format!("barrier {} is {} but has an end date", b.number, b.status),
                )
                .hint("remove resolved_on, or set status = \"resolved\" or \"abandoned\""),
            ),
            _ => {}
        }
        if let Some(end) = b.resolved_on
            && end < b.noted_on
        {
            c.push(Finding::new(
                "E004",
                path!["barriers", i, "resolved_on"],
                format!(
                    "barrier ended on {end}, before it was noted on {}",
                    b.noted_on
                ),
            ));
        }
        for (j, a) in b.actions.iter().enumerate() {
            if a.date < b.noted_on {
                c.push(Finding::new(
                    "E004",
                    path!["barriers", i, "actions", j, "date"],
                    format!(
                        "action on {}, before the barrier was noted on {}",
                        a.date, b.noted_on
                    ),
                ));
            }
            if let Some(s) = &a.support {
                c.one_of(
                    Support::CODES,
                    s,
                    path!["barriers", i, "actions", j, "support"],
                    "support",
                );
            }
        }
    }
}

fn exit(c: &mut Checker, case: &CaseFile) {
    let Some(x) = &case.exit else { return };
    let codes = &c.reference.exit_reasons;
    c.code_in(codes, &x.reason, path!["exit", "reason"], "exit reason");
    if x.date < case.recruitment.hired_on {
        c.push(
            Finding::new(
                "E004",
                path!["exit", "date"],
                format!(
                    "exit on {}, before the hiring on {}",
                    x.date, case.recruitment.hired_on
                ),
            )
            .hint("the exit date is the last day worked, on or after recruitment.hired_on"),
        );
    }
}

/// A ROME code: one letter and four digits (K2204).
pub fn is_rome(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

fn project_and_skills(c: &mut Checker, case: &CaseFile) {
    if let Some(p) = &case.project {
        if let Some(rome) = &p.rome
            && !is_rome(rome)
        {
            c.push(
                Finding::new(
                    "E002",
                    path!["project", "rome"],
                    format!("\"{rome}\" is not a ROME code"),
                )
                .hint("a ROME code is a capital letter and 4 digits, e.g. K2204"),
            );
        }
        for (i, prev) in p.previous.iter().enumerate() {
            if prev.replaced_on < prev.set_on {
                c.push(Finding::new(
                    "E004",
                    path!["project", "previous", i, "replaced_on"],
                    format!(
                        "replaced on {}, before it was set on {}",
                        prev.replaced_on, prev.set_on
                    ),
                ));
            }
        }
    }
    for (i, s) in case.skills.iter().enumerate() {
        let codes = &c.reference.skill_kinds;
        c.code_in(codes, &s.kind, path!["skills", i, "kind"], "skill kind");
        if !(1..=4).contains(&s.level) {
            c.push(
                Finding::new(
                    "E002",
                    path!["skills", i, "level"],
                    format!("level {} is not on the scale", s.level),
                )
                .hint("levels go from 1 (beginning) to 4 (mastered)"),
            );
        }
    }
    for (i, t) in case.trainings.iter().enumerate() {
        if let Some(end) = t.end
            && end < t.start
        {
            c.push(Finding::new(
                "E004",
                path!["trainings", i, "end"],
                format!("training ends on {end}, before it starts on {}", t.start),
            ));
        }
    }
    for (i, m) in case.immersions.iter().enumerate() {
        if m.end < m.start {
            c.push(Finding::new(
                "E004",
                path!["immersions", i, "end"],
                format!(
                    "immersion ends on {}, before it starts on {}",
                    m.end, m.start
                ),
            ));
        }
    }
}

/// Nothing happens in the parcours after the exit but post-exit interviews and
/// follow-ups (checked with them).
fn after_exit(c: &mut Checker, case: &CaseFile) {
    let Some(exit) = &case.exit else { return };
    if exit.date < case.recruitment.hired_on {
        // The exit date itself is wrong (E004 on exit.date): no cascade of findings.
        return;
    }
    let mut events: Vec<(Vec<Seg>, chrono::NaiveDate, String)> = Vec::new();
    for (i, k) in case.contracts.iter().enumerate() {
        events.push((
            path!["contracts", i, "start"],
            k.start,
            "contract starting".into(),
        ));
    }
    for (i, b) in case.barriers.iter().enumerate() {
        events.push((
            path!["barriers", i, "noted_on"],
            b.noted_on,
            format!("barrier {} noted", b.number),
        ));
        for (j, a) in b.actions.iter().enumerate() {
            events.push((
                path!["barriers", i, "actions", j, "date"],
                a.date,
                format!("action on barrier {}", b.number),
            ));
        }
    }
    for (i, s) in case.skills.iter().enumerate() {
        events.push((
            path!["skills", i, "assessed_on"],
            s.assessed_on,
            "skill assessed".into(),
        ));
    }
    for (i, t) in case.trainings.iter().enumerate() {
        // Leaving for a qualifying training: that training starts after the exit.
        if exit.reason == "formation_qualifiante" {
            continue;
        }
        events.push((
            path!["trainings", i, "start"],
            t.start,
            "training starting".into(),
        ));
    }
    for (i, m) in case.immersions.iter().enumerate() {
        events.push((
            path!["immersions", i, "start"],
            m.start,
            "immersion starting".into(),
        ));
    }
    for (i, h) in case.hours.iter().enumerate() {
        if let Some(first) = parse_month(&h.month) {
            events.push((
                path!["hours", i, "month"],
                first,
                format!("hours of {}", h.month),
            ));
        }
    }
    for (path, date, what) in events {
        if date > exit.date {
            c.push(
                Finding::new(
                    "E004",
                    path,
                    format!("{what} on {date}, after the exit on {}", exit.date),
                )
                .hint("after the exit, record a post_sortie interview or a follow-up"),
            );
        }
    }
}

/// `YYYY-MM` with a real month.
pub fn parse_month(text: &str) -> Option<chrono::NaiveDate> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

fn hours(c: &mut Checker, case: &CaseFile) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, h) in case.hours.iter().enumerate() {
        if parse_month(&h.month).is_none() {
            c.push(
                Finding::new(
                    "E002",
                    path!["hours", i, "month"],
                    format!("\"{}\" is not a month", h.month),
                )
                .hint("write the month as \"YYYY-MM\", e.g. \"2025-03\""),
            );
        }
        if !(h.hours >= 0.0 && h.hours <= 744.0) {
            c.push(
                Finding::new(
                    "E002",
                    path!["hours", i, "hours"],
                    format!("{} hours in a month is not possible", h.hours),
                )
                .hint("write the hours worked in that month (0 to 744)"),
            );
        }
        if let Some(k) = &h.client_kind {
            c.one_of(
                ClientKind::CODES,
                k,
                path!["hours", i, "client_kind"],
                "client kind",
            );
        }
        if !seen.insert((h.month.clone(), h.client_kind.clone())) {
            c.push(
                Finding::new(
                    "E002",
                    path!["hours", i, "month"],
                    format!("{} is recorded twice for the same client kind", h.month),
                )
                .hint("add the hours to one line per month and client kind"),
            );
        }
    }
}

fn followups(c: &mut Checker, case: &CaseFile) {
    for (i, f) in case.followups.iter().enumerate() {
        let codes = &c.reference.exit_reasons;
        c.code_in(
            codes,
            &f.situation,
            path!["followups", i, "situation"],
            "situation (exit-reason code)",
        );
        match &case.exit {
            None => c.push(
                Finding::new(
                    "E004",
                    path!["followups", i, "date"],
                    "a follow-up after the exit, but there is no exit",
                )
                .hint("record the exit first, or remove the follow-up"),
            ),
            Some(x) if f.date <= x.date => c.push(Finding::new(
                "E004",
                path!["followups", i, "date"],
                format!("follow-up on {}, not after the exit on {}", f.date, x.date),
            )),
            Some(_) => {}
        }
    }
}

fn missing_pieces(c: &mut Checker, case: &CaseFile) {
    if case.eligibility.is_none() {
        c.push(
            Finding::new(
                "W003",
                path!["recruitment"],
                "no eligibility diagnosis recorded",
            )
            .hint("add an [eligibility] section (date, by, criteria)"),
        );
    }
    if case.pass.is_none() {
        c.push(
            Finding::new("W003", path!["recruitment"], "no PASS IAE recorded yet")
                .hint("add a [pass] section with its number, start and end"),
        );
    }
    if case.contracts.is_empty() {
        c.push(
            Finding::new("W003", path!["recruitment"], "no contract recorded yet")
                .hint("add a [[contracts]] entry (kind, start, end, weekly_hours)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::parse::parse_case;

    const CASE: &str = r#"schema = 1
id = "7K3M9Q"

[person]
last_name = "Martin"
first_name = "Sofia"
birth_date = 1998-05-14
sex = "F"
postcode = "92220"

[recruitment]
applied_on = 2025-02-10
hired_on = 2025-03-03
prescriber = "france_travail"

[eligibility]
date = 2025-02-20
by = "employer"
criteria = ["rsa"]

[pass]
number = "999992512345"
start = 2025-03-03
end = 2027-03-02

[[contracts]]
kind = "cddi"
start = 2025-03-03
end = 2025-09-02
weekly_hours = 26
"#;

    fn codes(text: &str, file_id: &str) -> Vec<&'static str> {
        let case = parse_case(text).unwrap().value;
        validate(&case, file_id, Reference::embedded())
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn a_complete_file_has_no_finding() {
        assert!(codes(CASE, "7K3M9Q").is_empty());
    }

    #[test]
    fn each_rule_gives_its_code() {
        let rows = [
            ("id = \"7K3M9Q\"", "id = \"7K3M9R\"", "E005"),
            ("sex = \"F\"", "sex = \"X\"", "E003"),
            ("postcode = \"92220\"", "postcode = \"9222\"", "E002"),
            ("birth_date = 1998-05-14", "birth_date = 2015-05-14", "E002"),
            ("applied_on = 2025-02-10", "applied_on = 2025-03-04", "E004"),
            (
                "prescriber = \"france_travail\"",
                "prescriber = \"pole_emploi\"",
                "E003",
            ),
            (
                "criteria = [\"rsa\"]",
                "criteria = [\"rsa\", \"riche\"]",
                "E003",
            ),
            ("by = \"employer\"", "by = \"maire\"", "E003"),
            ("number = \"999992512345\"", "number = \"99999\"", "E002"),
            ("end = 2027-03-02", "end = 2025-03-02", "E004"),
            ("kind = \"cddi\"", "kind = \"cdd\"", "E003"),
            ("weekly_hours = 26", "weekly_hours = 60", "E002"),
            ("end = 2025-09-02", "end = 2025-03-02", "E004"),
            ("schema = 1", "schema = 2", "E002"),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-13\"\nhours = 3",
                "E002",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-03\"\nhours = -3",
                "E002",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-03\"\nhours = 3\nclient_kind = \"x\"",
                "E003",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[followups]]\ndate = 2025-12-01\nsituation = \"chomage\"",
                "E004",
            ),
        ];
        for (from, to, code) in rows {
            let text = CASE.replacen(from, to, 1);
            assert_eq!(codes(&text, "7K3M9Q"), [code], "{to}");
        }
    }

    #[test]
    fn age_at_hiring_boundaries() {
        // 16 on the hiring day is allowed, the day before is not.
        let ok = CASE.replace("birth_date = 1998-05-14", "birth_date = 2009-03-03");
        assert!(codes(&ok, "7K3M9Q").is_empty());
        let young = CASE.replace("birth_date = 1998-05-14", "birth_date = 2009-03-04");
        assert_eq!(codes(&young, "7K3M9Q"), ["E002"]);
    }

    #[test]
    fn missing_pieces_are_warnings() {
        let bare = CASE.split("[eligibility]").next().unwrap();
        assert_eq!(codes(bare, "7K3M9Q"), ["W003", "W003", "W003"]);
    }

    #[test]
    fn parcours_records() {
        let rows = [
            (
                "[[skills]]\nkind = \"savoir_etre\"\nname = \"x\"\nlevel = 5\nassessed_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[skills]]\nkind = \"charisme\"\nname = \"x\"\nlevel = 2\nassessed_on = 2025-04-01\n",
                "E003",
            ),
            (
                "[[trainings]]\ntitle = \"x\"\norganism = \"y\"\nstart = 2025-04-01\nend = 2025-03-01\n",
                "E004",
            ),
            (
                "[[immersions]]\nemployer = \"x\"\njob = \"y\"\nstart = 2025-04-01\nend = 2025-03-31\n",
                "E004",
            ),
            (
                "[project]\ntarget = \"x\"\nrome = \"K22\"\nset_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-03-03\ndetail = \"x\"\nstatus = \"identified\"\nresolved_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[interviews]]\ndate = 2025-04-01\nkind = \"suivi\"\nby = \"x\"\nmedium = \"fax\"\n",
                "E003",
            ),
        ];
        for (extra, code) in rows {
            let text = format!("{CASE}\n{extra}");
            assert_eq!(codes(&text, "7K3M9Q"), [code], "{extra}");
        }
    }

    #[test]
    fn nothing_but_post_exit_records_after_the_exit() {
        let exit = "[exit]\ndate = 2025-06-30\nreason = \"chomage\"\n";
        let after = [
            "[[interviews]]\ndate = 2025-07-01\nkind = \"suivi\"\nby = \"x\"\n",
            "[[skills]]\nkind = \"aptitude\"\nname = \"x\"\nlevel = 2\nassessed_on = 2025-07-01\n",
            "[[trainings]]\ntitle = \"x\"\norganism = \"y\"\nstart = 2025-07-01\n",
            "[[immersions]]\nemployer = \"x\"\njob = \"y\"\nstart = 2025-07-01\nend = 2025-07-02\n",
            "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-07-01\ndetail = \"x\"\nstatus = \"identified\"\n",
        ];
        for extra in after {
            let text = format!("{CASE}\n{extra}\n{exit}");
            assert_eq!(codes(&text, "7K3M9Q"), ["E004"], "{extra}");
        }
        let allowed = "[[interviews]]\ndate = 2025-07-01\nkind = \"post_sortie\"\nby = \"x\"\n\n[[followups]]\ndate = 2025-09-30\nsituation = \"chomage\"\n";
        let text = format!("{CASE}\n{allowed}\n{exit}");
        assert!(codes(&text, "7K3M9Q").is_empty());
        // On the exit day itself, events are still part of the parcours.
        let same_day = format!(
            "{CASE}\n[[interviews]]\ndate = 2025-06-30\nkind = \"bilan_final\"\nby = \"x\"\n\n{exit}"
        );
        assert!(codes(&same_day, "7K3M9Q").is_empty());
    }

    #[test]
    fn chronology_of_events() {
        let text = format!(
            "{CASE}\n[[interviews]]\ndate = 2025-01-02\nkind = \"accueil\"\nby = \"C. Durand\"\n\n[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-03-03\ndetail = \"x\"\nstatus = \"resolved\"\n\n[[barriers.actions]]\ndate = 2025-03-01\ntext = \"y\"\n\n[exit]\ndate = 2025-03-01\nreason = \"chomage\"\n"
        );
        assert_eq!(codes(&text, "7K3M9Q"), ["E004", "E002", "E004", "E004"]);
    }
}
