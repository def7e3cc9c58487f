//! The *contrôle a posteriori*: the hires of a period made on the structure's own
//! diagnosis, each claimed criterion with its proof or certification, and what is missing
//! or expired on the hiring date.

use crate::case::CaseFile;
use crate::reference::Reference;
use crate::rules::dates::add_months;
use crate::rules::eligibility::proof_valid_on;
use chrono::NaiveDate;
use serde::Serialize;

/// Where a criterion's proof stands on the hiring date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProofStatus {
    /// A document valid on the hiring date.
    Proved,
    /// Certified by the platform from an administration's data.
    Certified,
    /// A document, but older than the criterion's validity on the hiring date.
    Expired,
    /// Nothing recorded.
    Missing,
}

/// One claimed criterion of one own-diagnosis hire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditLine {
    pub id: String,
    pub name: String,
    #[serde(with = "crate::case::date")]
    pub hired_on: NaiveDate,
    #[serde(with = "crate::case::date")]
    pub diagnosis_on: NaiveDate,
    pub criterion: String,
    /// The document, or empty for a certification or nothing.
    pub document: String,
    /// The document's date, or the certification's.
    #[serde(with = "crate::case::date::option")]
    pub dated: Option<NaiveDate>,
    /// The first day the document no longer proves the criterion (none: no limit).
    #[serde(with = "crate::case::date::option")]
    pub expires_on: Option<NaiveDate>,
    pub status: ProofStatus,
}

/// Every claimed criterion of the hires dated `from` to `to` (inclusive) whose diagnosis
/// was made by the structure itself.
pub fn audit<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    reference: &Reference,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<AuditLine> {
    let mut lines = Vec::new();
    for (id, case) in cases {
        let hired = case.recruitment.hired_on;
        let Some(e) = &case.eligibility else { continue };
        if e.by != "employer" || hired < from || hired > to {
            continue;
        }
        for criterion in &e.criteria {
            let months = reference
                .criteria
                .get(criterion)
                .and_then(|c| c.proof_months)
                .unwrap_or(0);
            let proofs: Vec<_> = e
                .proofs
                .iter()
                .filter(|p| &p.criterion == criterion)
                .collect();
            // Only a criterion the platform certifies takes a certification.
            let certified = proofs
                .iter()
                .find(|p| p.certified && p.certified_on.is_some())
                .filter(|_| crate::rules::eligibility::is_certifiable(reference, criterion));
            let newest = proofs
                .iter()
                .filter(|p| !p.certified)
                .filter_map(|p| p.dated.map(|d| (d, p)))
                .max_by_key(|(d, _)| *d);
            let (document, dated, expires_on, status) = match (certified, newest) {
                (Some(c), _) => (String::new(), c.certified_on, None, ProofStatus::Certified),
                (None, Some((d, p))) => {
                    let expires = (months > 0).then(|| add_months(d, months));
                    let status = if proof_valid_on(d, months, hired) {
                        ProofStatus::Proved
                    } else {
                        ProofStatus::Expired
                    };
                    (p.document.clone(), Some(d), expires, status)
                }
                (None, None) => (String::new(), None, None, ProofStatus::Missing),
            };
            lines.push(AuditLine {
                id: id.to_string(),
                name: case.display_name(),
                hired_on: hired,
                diagnosis_on: e.date,
                criterion: criterion.clone(),
                document,
                dated,
                expires_on,
                status,
            });
        }
    }
    lines.sort_by(|a, b| (a.hired_on, &a.id, &a.criterion).cmp(&(b.hired_on, &b.id, &b.criterion)));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn each_criterion_with_its_proof_certification_or_what_is_missing() {
        let own = crate::case::test_case(
            "2025-03-03",
            "[eligibility]\ndate = 2025-02-20\nby = \"employer\"\ncriteria = [\"rsa\", \"qpv\", \"pi\", \"th\"]\n[[eligibility.proofs]]\ncriterion = \"rsa\"\ncertified = true\ncertified_on = 2025-02-20\n[[eligibility.proofs]]\ncriterion = \"qpv\"\ndocument = \"Avis d'imposition\"\ndated = 2024-09-03\n[[eligibility.proofs]]\ncriterion = \"pi\"\ndocument = \"Attestation CAF\"\ndated = 2024-12-04\n",
        );
        let prescribed = crate::case::test_case(
            "2025-03-03",
            "[eligibility]\ndate = 2025-02-20\nby = \"prescriber\"\ncriteria = [\"rsa\"]\n",
        );
        let r = Reference::embedded();
        let lines = audit(
            [("AAAAAA", &own), ("BBBBBB", &prescribed)],
            r,
            d("2025-01-01"),
            d("2025-12-31"),
        );
        let status: Vec<(&str, ProofStatus)> = lines
            .iter()
            .map(|l| (l.criterion.as_str(), l.status))
            .collect();
        // qpv: 6 months from 2024-09-03 → expired from 2025-03-03, the hiring day;
        // pi: 3 months from 2024-12-04 → valid through 2025-03-03: proved.
        assert_eq!(
            status,
            [
                ("pi", ProofStatus::Proved),
                ("qpv", ProofStatus::Expired),
                ("rsa", ProofStatus::Certified),
                ("th", ProofStatus::Missing),
            ]
        );
        assert!(lines.iter().all(|l| l.id == "AAAAAA"));
        // The period's ends are inclusive.
        assert_eq!(
            audit([("AAAAAA", &own)], r, d("2025-03-03"), d("2025-03-03")).len(),
            4
        );
        assert!(audit([("AAAAAA", &own)], r, d("2025-03-04"), d("2025-12-31")).is_empty());
        assert!(audit([("AAAAAA", &own)], r, d("2025-01-01"), d("2025-03-02")).is_empty());
    }
}
