//! Contract rules by kind of structure. They are warnings: the administration grants
//! exceptions, recorded as a contract's `derogation`.

use crate::case::CaseFile;
use crate::case::model::Contract;
use crate::reference::Reference;
use crate::rules::dates::{add_months, age_on};
use crate::t;
use chrono::{Days, NaiveDate};

pub const CDDI_MIN_MONTHS: u32 = 4;
pub const CDDI_MAX_TOTAL_MONTHS: u32 = 24;
pub const MIN_WEEKLY_HOURS: f64 = 20.0;
pub const MAX_ORDINARY_WEEKLY_HOURS: f64 = 35.0;
pub const CDI_INCLUSION_MIN_AGE: i32 = 57;
pub const CDI_INCLUSION_AFTER_MONTHS: u32 = 12;
pub const PASSERELLE_AFTER_MONTHS: u32 = 4;
pub const PASSERELLE_MAX_MONTHS: u32 = 3;

/// The rules `contract` (at `index` in the file) breaks, whatever its derogation.
pub fn contract_problems(
    case: &CaseFile,
    index: usize,
    contract: &Contract,
    kind: &str,
    reference: &Reference,
) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(kind_problem(contract, kind, reference));
    if contract.kind == "cddi" {
        problems.extend(cddi_problems(case, contract));
    }
    problems.extend(weekly_hours_problem(contract));
    if contract.kind == "cdi_inclusion" {
        problems.extend(cdi_inclusion_problems(case, contract));
    }
    if contract.kind == "passerelle" {
        problems.extend(passerelle_problems(case, contract));
    }
    problems.extend(overlap_problem(case, index, contract));
    problems
}

/// A kind of contract the structure's kind does not sign.
fn kind_problem(contract: &Contract, kind: &str, reference: &Reference) -> Option<String> {
    let kinds = reference
        .contract_kinds
        .get(&contract.kind)
        .and_then(|e| e.kinds.as_ref())?;
    (!kinds.iter().any(|k| k == kind)).then(|| {
        t!(
            "check-contract-kind-for",
            contract = contract.kind.as_str(),
            kinds = kinds.join(", "),
            kind = kind
        )
    })
}

/// The contract's agreed end: the planned one, else the actual one.
fn agreed_end(contract: &Contract) -> Option<NaiveDate> {
    contract.planned_end.or(contract.end)
}

/// A CDDI's minimum length (unless under a justice measure) and the CDDIs' total length
/// (unless the PASS is prolonged).
fn cddi_problems(case: &CaseFile, contract: &Contract) -> Vec<String> {
    let mut problems = Vec::new();
    let justice = case
        .eligibility
        .as_ref()
        .is_some_and(|e| e.criteria.iter().any(|c| c == "detention_mj"));
    let earliest = add_months(contract.start, CDDI_MIN_MONTHS) - Days::new(1);
    if !justice && agreed_end(contract).is_some_and(|end| end < earliest) {
        problems.push(t!(
            "check-cddi-too-short",
            months = CDDI_MIN_MONTHS,
            start = crate::i18n::day(contract.start),
            earliest = crate::i18n::day(earliest)
        ));
    }
    if case
        .pass
        .as_ref()
        .is_none_or(|p| p.prolongations.is_empty())
    {
        let first = case
            .contracts
            .iter()
            .filter(|c| c.kind == "cddi")
            .map(|c| c.start)
            .min()
            .unwrap_or(contract.start);
        let limit = add_months(first, CDDI_MAX_TOTAL_MONTHS) - Days::new(1);
        if contract.end.is_some_and(|end| end > limit) {
            problems.push(t!(
                "check-cddi-too-long",
                months = CDDI_MAX_TOTAL_MONTHS,
                first = crate::i18n::day(first),
                limit = crate::i18n::day(limit)
            ));
        }
    }
    problems
}

/// Weekly hours outside the ordinary range of insertion contracts.
fn weekly_hours_problem(contract: &Contract) -> Option<String> {
    (matches!(
        contract.kind.as_str(),
        "cddi" | "cdi_inclusion" | "passerelle"
    ) && !(MIN_WEEKLY_HOURS..=MAX_ORDINARY_WEEKLY_HOURS).contains(&contract.weekly_hours))
    .then(|| {
        t!(
            "check-weekly-hours-ordinary",
            hours = contract.weekly_hours,
            min = MIN_WEEKLY_HOURS,
            max = MAX_ORDINARY_WEEKLY_HOURS
        )
    })
}

/// A CDI inclusion: the person's age and the length of the parcours before it.
fn cdi_inclusion_problems(case: &CaseFile, contract: &Contract) -> Vec<String> {
    let mut problems = Vec::new();
    let age = age_on(case.person.birth_date, contract.start);
    if age < CDI_INCLUSION_MIN_AGE {
        problems.push(t!(
            "check-cdi-inclusion-age",
            min = CDI_INCLUSION_MIN_AGE,
            age = age,
            start = crate::i18n::day(contract.start)
        ));
    }
    let from = add_months(case.recruitment.hired_on, CDI_INCLUSION_AFTER_MONTHS);
    if contract.start < from {
        problems.push(t!(
            "check-cdi-inclusion-early",
            months = CDI_INCLUSION_AFTER_MONTHS,
            from = crate::i18n::day(from)
        ));
    }
    problems
}

/// A contrat passerelle: the length of the parcours before it, and its own length.
fn passerelle_problems(case: &CaseFile, contract: &Contract) -> Vec<String> {
    let mut problems = Vec::new();
    let from = add_months(case.recruitment.hired_on, PASSERELLE_AFTER_MONTHS);
    if contract.start < from {
        problems.push(t!(
            "check-passerelle-early",
            months = PASSERELLE_AFTER_MONTHS,
            from = crate::i18n::day(from)
        ));
    }
    let latest = add_months(contract.start, PASSERELLE_MAX_MONTHS) - Days::new(1);
    if agreed_end(contract).is_some_and(|end| end > latest) {
        problems.push(t!(
            "check-passerelle-too-long",
            months = PASSERELLE_MAX_MONTHS
        ));
    }
    problems
}

/// An earlier contract of the file (before `index`) that `contract` overlaps. A derogation
/// bends the rules of one contract; it does not make two contracts at once possible, so
/// this one is reported whatever the derogation says.
pub fn overlap_problem(case: &CaseFile, index: usize, contract: &Contract) -> Option<String> {
    let span = |c: &Contract| (c.start, c.end.unwrap_or(NaiveDate::MAX));
    let (start, end) = span(contract);
    let other = case
        .contracts
        .iter()
        .take(index)
        .find(|o| span(o).0 <= end && start <= span(o).1)?;
    Some(t!(
        "check-contract-overlap",
        kind = other.kind.as_str(),
        start = crate::i18n::day(other.start)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::parse::parse_case;

    fn case(contracts: &str, birth: &str) -> CaseFile {
        let text = format!(
            "schema = 1\nid = \"7K3M9Q\"\n[person]\nlast_name = \"A\"\nfirst_name = \"B\"\nbirth_date = {birth}\nsex = \"F\"\n[recruitment]\nhired_on = 2025-03-03\n{contracts}"
        );
        parse_case(&text).unwrap().value
    }

    fn cddi(start: &str, end: &str, hours: f64) -> String {
        format!(
            "[[contracts]]\nkind = \"cddi\"\nstart = {start}\nend = {end}\nweekly_hours = {hours}\n"
        )
    }

    fn problems(c: &CaseFile, kind: &str) -> Vec<String> {
        c.contracts
            .iter()
            .enumerate()
            .flat_map(|(i, k)| contract_problems(c, i, k, kind, Reference::embedded()))
            .collect()
    }

    #[test]
    fn cddi_lasts_four_months_at_least() {
        assert!(
            problems(
                &case(&cddi("2025-03-03", "2025-07-02", 26.0), "1990-01-01"),
                "ACI"
            )
            .is_empty()
        );
        assert_eq!(
            problems(
                &case(&cddi("2025-03-03", "2025-07-01", 26.0), "1990-01-01"),
                "ACI"
            )
            .len(),
            1
        );
        // Shorter allowed for people under a justice measure.
        let justice = format!(
            "{}[eligibility]\ndate = 2025-03-01\nby = \"employer\"\ncriteria = [\"detention_mj\"]\n",
            cddi("2025-03-03", "2025-05-02", 26.0)
        );
        assert!(problems(&case(&justice, "1990-01-01"), "ACI").is_empty());
        // An early end keeps the agreed one.
        let early = "[[contracts]]\nkind = \"cddi\"\nstart = 2025-03-03\nend = 2025-04-10\nweekly_hours = 26\nplanned_end = 2025-09-02\n";
        assert!(problems(&case(early, "1990-01-01"), "EI").is_empty());
    }

    #[test]
    fn cddi_total_is_24_months() {
        let ok = format!(
            "{}{}",
            cddi("2025-03-03", "2026-03-02", 26.0),
            cddi("2026-03-03", "2027-03-02", 26.0)
        );
        assert!(problems(&case(&ok, "1990-01-01"), "ACI").is_empty());
        let over = format!(
            "{}{}",
            cddi("2025-03-03", "2026-03-02", 26.0),
            cddi("2026-03-03", "2027-03-03", 26.0)
        );
        assert_eq!(problems(&case(&over, "1990-01-01"), "ACI").len(), 1);
    }

    #[test]
    fn weekly_hours_between_20_and_35() {
        for (hours, n) in [(19.5, 1), (20.0, 0), (35.0, 0), (35.5, 1)] {
            assert_eq!(
                problems(
                    &case(&cddi("2025-03-03", "2025-09-02", hours), "1990-01-01"),
                    "ACI"
                )
                .len(),
                n,
                "{hours}"
            );
        }
    }

    #[test]
    fn contracts_by_kind_of_structure() {
        let c = case(&cddi("2025-03-03", "2025-09-02", 26.0), "1990-01-01");
        assert!(problems(&c, "EI").is_empty());
        assert_eq!(problems(&c, "AI").len(), 1);
        assert_eq!(problems(&c, "ETTI").len(), 1);
        let mission = "[[contracts]]\nkind = \"mission\"\nstart = 2025-03-03\nend = 2025-03-14\nweekly_hours = 35\n";
        assert!(problems(&case(mission, "1990-01-01"), "ETTI").is_empty());
        assert_eq!(problems(&case(mission, "1990-01-01"), "ACI").len(), 1);
    }

    #[test]
    fn cdi_inclusion_for_57_after_12_months() {
        let cdi = |start: &str| {
            format!("[[contracts]]\nkind = \"cdi_inclusion\"\nstart = {start}\nweekly_hours = 30\n")
        };
        assert!(problems(&case(&cdi("2026-03-03"), "1969-03-03"), "ACI").is_empty());
        assert_eq!(
            problems(&case(&cdi("2026-03-02"), "1969-03-03"), "ACI").len(),
            2,
            "56 and 11 months"
        );
    }

    #[test]
    fn contracts_do_not_overlap() {
        let two = format!(
            "{}{}",
            cddi("2025-03-03", "2025-09-02", 26.0),
            cddi("2025-09-02", "2026-01-01", 26.0)
        );
        assert_eq!(problems(&case(&two, "1990-01-01"), "ACI").len(), 1);
    }
}
