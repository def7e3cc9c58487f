//! Contract rules by kind of structure. They are warnings: the administration grants
//! exceptions, recorded as a contract's `derogation`.

use crate::case::CaseFile;
use crate::case::model::Contract;
use crate::reference::Reference;
use crate::rules::dates::{add_months, age_on};
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
    let hired = case.recruitment.hired_on;
    if let Some(kinds) = reference
        .contract_kinds
        .get(&contract.kind)
        .and_then(|e| e.kinds.as_ref())
        && !kinds.iter().any(|k| k == kind)
    {
        problems.push(format!(
            "a {} contract is for {}, not {kind}",
            contract.kind,
            kinds.join(" and ")
        ));
    }
    let agreed_end = contract.planned_end.or(contract.end);
    let justice = case
        .eligibility
        .as_ref()
        .is_some_and(|e| e.criteria.iter().any(|c| c == "detention_mj"));
    if contract.kind == "cddi"
        && !justice
        && let Some(end) = agreed_end
        && end < add_months(contract.start, CDDI_MIN_MONTHS) - Days::new(1)
    {
        problems.push(format!(
            "a CDDI lasts at least {CDDI_MIN_MONTHS} months: from {} it ends on {} at the earliest",
            contract.start,
            add_months(contract.start, CDDI_MIN_MONTHS) - Days::new(1)
        ));
    }
    if contract.kind == "cddi"
        && case
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
        if let Some(end) = contract.end
            && end > limit
        {
            problems.push(format!(
                "CDDIs last {CDDI_MAX_TOTAL_MONTHS} months in total at most (from {first}, until {limit}) unless the PASS is prolonged"
            ));
        }
    }
    if matches!(
        contract.kind.as_str(),
        "cddi" | "cdi_inclusion" | "passerelle"
    ) && !(MIN_WEEKLY_HOURS..=MAX_ORDINARY_WEEKLY_HOURS).contains(&contract.weekly_hours)
    {
        problems.push(format!(
            "{} hours a week: between {MIN_WEEKLY_HOURS} and {MAX_ORDINARY_WEEKLY_HOURS} ordinarily",
            contract.weekly_hours
        ));
    }
    if contract.kind == "cdi_inclusion" {
        let age = age_on(case.person.birth_date, contract.start);
        if age < CDI_INCLUSION_MIN_AGE {
            problems.push(format!("a CDI inclusion is for people aged {CDI_INCLUSION_MIN_AGE} or more (aged {age} on {})", contract.start));
        }
        if contract.start < add_months(hired, CDI_INCLUSION_AFTER_MONTHS) {
            problems.push(format!(
                "a CDI inclusion comes after {CDI_INCLUSION_AFTER_MONTHS} months of parcours (from {})",
                add_months(hired, CDI_INCLUSION_AFTER_MONTHS)
            ));
        }
    }
    if contract.kind == "passerelle" {
        if contract.start < add_months(hired, PASSERELLE_AFTER_MONTHS) {
            problems.push(format!(
                "a contrat passerelle comes after {PASSERELLE_AFTER_MONTHS} months of parcours (from {})",
                add_months(hired, PASSERELLE_AFTER_MONTHS)
            ));
        }
        if let Some(end) = agreed_end
            && end > add_months(contract.start, PASSERELLE_MAX_MONTHS) - Days::new(1)
        {
            problems.push(format!(
                "a contrat passerelle lasts {PASSERELLE_MAX_MONTHS} months at most"
            ));
        }
    }
    if let Some(problem) = overlap_problem(case, index, contract) {
        problems.push(problem);
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
    Some(format!(
        "it overlaps the {} contract starting {}",
        other.kind, other.start
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
