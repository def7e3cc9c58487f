//! PASS IAE dates: default validity, the current end moved by suspensions and
//! prolongations, and the rules a new suspension or prolongation must follow.

use crate::case::model::{Pass, Prolongation, Suspension};
use crate::reference::Entry;
use crate::rules::dates::add_months;
use chrono::{Days, Months, NaiveDate};

/// Default validity in days (end = start + 730 days − 1, inclusive).
pub const DEFAULT_VALIDITY_DAYS: u64 = 730;
/// Suspensions last at most 36 months.
pub const MAX_SUSPENSION_MONTHS: u32 = 36;
/// A suspension is back-dated by at most 365 days.
pub const MAX_BACKDATE_DAYS: i64 = 365;
/// A prolongation is asked from 12 months before to 6 months after the end.
pub const ASK_BEFORE_MONTHS: u32 = 12;
pub const ASK_AFTER_MONTHS: u32 = 6;
/// Waiting period after a PASS ends, before a new parcours without a prescriber.
pub const WAITING_YEARS: u32 = 2;

/// The issued end of a PASS starting on `start`.
pub fn default_end(start: NaiveDate) -> NaiveDate {
    start + Days::new(DEFAULT_VALIDITY_DAYS - 1)
}

/// Days a suspension from D1 to D2 moves the end: D2 − D1, as the national platform
/// computes it (although the suspension covers D1 to D2 inclusive).
pub fn suspension_shift(s: &Suspension) -> i64 {
    (s.to - s.from).num_days().max(0)
}

/// One step of the PASS's end: what moved it and where to.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Issued(NaiveDate),
    Suspended {
        suspension: Suspension,
        end: NaiveDate,
    },
    Prolonged {
        prolongation: Prolongation,
        start: NaiveDate,
        end: NaiveDate,
    },
}

impl Step {
    pub fn end(&self) -> NaiveDate {
        match self {
            Step::Issued(end) => *end,
            Step::Suspended { end, .. } | Step::Prolonged { end, .. } => *end,
        }
    }
}

/// Every step from the issued end to the current one. A suspension that starts while the
/// PASS runs moves the end it has then; a prolongation sets a new end from the day after.
pub fn steps(pass: &Pass) -> Vec<Step> {
    let mut suspensions: Vec<&Suspension> = pass.suspensions.iter().collect();
    suspensions.sort_by_key(|s| s.from);
    let mut prolongations: Vec<&Prolongation> = pass.prolongations.iter().collect();
    prolongations.sort_by_key(|p| p.to);
    let mut steps = vec![Step::Issued(pass.end)];
    let mut end = pass.end;
    let mut next = suspensions.into_iter().peekable();
    for p in prolongations {
        while let Some(s) = next.next_if(|s| s.from <= end) {
            end += chrono::Duration::days(suspension_shift(s));
            steps.push(Step::Suspended {
                suspension: s.clone(),
                end,
            });
        }
        let start = end + Days::new(1);
        end = end.max(p.to);
        steps.push(Step::Prolonged {
            prolongation: p.clone(),
            start,
            end,
        });
    }
    for s in next {
        end += chrono::Duration::days(suspension_shift(s));
        steps.push(Step::Suspended {
            suspension: s.clone(),
            end,
        });
    }
    steps
}

/// The current end: the issued end moved by every suspension and prolongation.
pub fn current_end(pass: &Pass) -> NaiveDate {
    steps(pass).last().map_or(pass.end, Step::end)
}

/// Valid on `date` (start to current end, inclusive).
pub fn valid_on(pass: &Pass, date: NaiveDate) -> bool {
    pass.start <= date && date <= current_end(pass)
}

/// "999992512345" → "99999 25 12345", as the platform shows it.
pub fn grouped_number(number: &str) -> String {
    if number.len() == 12 && number.is_ascii() {
        format!("{} {} {}", &number[..5], &number[5..7], &number[7..])
    } else {
        number.to_string()
    }
}

/// A reason reserved to some kinds of structure, used by another.
fn kind_restriction(reason: &Entry, kind: &str) -> Option<String> {
    let kinds = reason.kinds.as_ref()?;
    (!kinds.iter().any(|k| k == kind)).then(|| {
        format!(
            "the reason {} is for {} only, not {kind}",
            reason.code,
            kinds.join(" and ")
        )
    })
}

/// What is wrong with a new suspension, as sentences (empty: it may be recorded).
pub fn suspension_problems(
    pass: &Pass,
    new: &Suspension,
    reason: &Entry,
    kind: &str,
    today: NaiveDate,
) -> Vec<String> {
    let mut problems = Vec::new();
    if new.to < new.from {
        problems.push(format!(
            "it ends on {}, before it starts on {}",
            new.to, new.from
        ));
    }
    if add_months(new.from, MAX_SUSPENSION_MONTHS) <= new.to {
        problems.push(format!("it lasts more than {MAX_SUSPENSION_MONTHS} months"));
    }
    if new.from > today {
        problems.push(format!("it starts on {}, in the future", new.from));
    }
    if (today - new.from).num_days() > MAX_BACKDATE_DAYS {
        problems.push(format!(
            "it starts on {}, back-dated by more than {MAX_BACKDATE_DAYS} days",
            new.from
        ));
    }
    if let Some(other) = pass
        .suspensions
        .iter()
        .find(|s| s.from <= new.to && new.from <= s.to)
    {
        problems.push(format!(
            "it overlaps the suspension from {} to {}",
            other.from, other.to
        ));
    }
    if new.from < pass.start || new.from > current_end(pass) {
        problems.push(format!(
            "it starts on {}, outside the PASS ({} to {})",
            new.from,
            pass.start,
            current_end(pass)
        ));
    }
    problems.extend(kind_restriction(reason, kind));
    problems
}

/// What is wrong with a new prolongation to `to` for `reason` (empty: it may be
/// recorded).
pub fn prolongation_problems(
    pass: &Pass,
    to: NaiveDate,
    reason: &Entry,
    kind: &str,
    asked_on: NaiveDate,
    training_end: Option<NaiveDate>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let end = current_end(pass);
    let start = end + Days::new(1);
    if to < start {
        problems.push(format!(
            "the new end {to} is not after the current end {end}: a prolongation lasts at least one day"
        ));
    }
    if let Some(months) = reason.max_months
        && to > add_months(end, months)
    {
        problems.push(format!(
            "one decision reaches at most the current end + {months} months ({})",
            add_months(end, months)
        ));
    }
    let first_start = steps(pass)
        .into_iter()
        .filter_map(|s| match s {
            Step::Prolonged {
                prolongation,
                start,
                ..
            } if prolongation.reason == reason.code => Some(start),
            _ => None,
        })
        .min()
        .unwrap_or(start);
    if let Some(total) = reason.max_total_months {
        let last = add_months(first_start, total) - Days::new(1);
        if to > last {
            problems.push(format!(
                "{} prolongations total at most {total} months from {first_start}: until {last}",
                reason.code
            ));
        }
    }
    if let Some(parcours) = reason.max_parcours_months {
        let last = add_months(pass.start, parcours) - Days::new(1);
        if to > last {
            problems.push(format!(
                "with {}, the parcours lasts at most {parcours} months from {}: until {last}",
                reason.code, pass.start
            ));
        }
    }
    if reason.code == "complete_training" {
        match training_end {
            Some(t) if to > t => problems.push(format!(
                "to complete a training, the PASS is prolonged until the training ends ({t}) at most"
            )),
            None => problems.push(
                "no training with an end date is recorded: `iae training add` first".to_string(),
            ),
            _ => {}
        }
    }
    problems.extend(kind_restriction(reason, kind));
    let earliest = end
        .checked_sub_months(Months::new(ASK_BEFORE_MONTHS))
        .unwrap_or(NaiveDate::MIN);
    let latest = add_months(end, ASK_AFTER_MONTHS);
    if asked_on < earliest || asked_on > latest {
        problems.push(format!(
            "a prolongation is asked from {earliest} to {latest} (12 months before to 6 months after the end {end}); today is {asked_on}"
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pass(suspensions: &[(&str, &str)], prolongations: &[(&str, &str)]) -> Pass {
        Pass {
            number: "999992512345".into(),
            start: d("2025-03-03"),
            end: d("2027-03-02"),
            suspensions: suspensions
                .iter()
                .map(|(f, t)| Suspension {
                    from: d(f),
                    to: d(t),
                    reason: "contract_suspended".into(),
                    derogation: None,
                })
                .collect(),
            prolongations: prolongations
                .iter()
                .map(|(r, t)| Prolongation {
                    reason: r.to_string(),
                    to: d(t),
                    decided_by: None,
                    derogation: None,
                })
                .collect(),
        }
    }

    fn reason(code: &str) -> Entry {
        Reference::embedded()
            .prolongation_reasons
            .get(code)
            .unwrap()
            .clone()
    }

    #[test]
    fn default_validity_is_730_days_inclusive() {
        assert_eq!(default_end(d("2025-03-03")), d("2027-03-02"));
        assert_eq!(default_end(d("2024-01-01")), d("2025-12-30"));
    }

    #[test]
    fn a_suspension_moves_the_end_by_its_day_difference() {
        let p = pass(&[("2025-06-02", "2025-06-20")], &[]);
        assert_eq!(current_end(&p), d("2027-03-20"));
        assert_eq!(grouped_number(&p.number), "99999 25 12345");
        assert!(valid_on(&p, d("2027-03-20")));
        assert!(!valid_on(&p, d("2027-03-21")));
    }

    #[test]
    fn a_suspension_and_a_prolongation() {
        // Suspended 18 days (end 2027-03-20), then prolonged to 2028-03-20, then a
        // suspension of 10 days during the prolongation moves that end.
        let p = pass(
            &[("2025-06-02", "2025-06-20"), ("2027-05-03", "2027-05-13")],
            &[("rqth", "2028-03-20")],
        );
        let ends: Vec<NaiveDate> = steps(&p).iter().map(Step::end).collect();
        assert_eq!(
            ends,
            [
                d("2027-03-02"),
                d("2027-03-20"),
                d("2028-03-20"),
                d("2028-03-30")
            ]
        );
        match &steps(&p)[2] {
            Step::Prolonged { start, .. } => assert_eq!(*start, d("2027-03-21")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_prolongation_cap() {
        let p = pass(&[], &[]);
        let asked = d("2026-09-01");
        let ok = |r: &str, to: &str, kind: &str, training: Option<&str>| {
            prolongation_problems(&p, d(to), &reason(r), kind, asked, training.map(d)).is_empty()
        };
        // 12 months per decision: end 2027-03-02 + 12 months = 2028-03-02.
        assert!(ok("rqth", "2028-03-02", "ACI", None));
        assert!(!ok("rqth", "2028-03-03", "ACI", None));
        assert!(!ok("rqth", "2027-03-02", "ACI", None), "at least one day");
        assert!(ok("senior", "2028-03-02", "EI", None));
        assert!(!ok("senior", "2028-03-03", "EI", None));
        // Particular difficulties: AI and ACI only.
        assert!(ok("particular_difficulties", "2028-03-02", "AI", None));
        assert!(ok("particular_difficulties", "2028-03-02", "ACI", None));
        assert!(!ok("particular_difficulties", "2028-03-02", "EI", None));
        assert!(!ok("particular_difficulties", "2028-03-02", "ETTI", None));
        // Complete a training: until it ends.
        assert!(ok(
            "complete_training",
            "2027-06-30",
            "EI",
            Some("2027-06-30")
        ));
        assert!(!ok(
            "complete_training",
            "2027-07-01",
            "EI",
            Some("2027-06-30")
        ));
        assert!(!ok("complete_training", "2027-06-30", "EI", None));
        // CDI inclusion for 57+: no cap per decision.
        assert!(ok("senior_cdi", "2031-12-31", "ACI", None));
    }

    #[test]
    fn totals_are_counted_from_the_first_prolongation() {
        // rqth: 36 months in total from 2027-03-03, and a parcours of 60 months at most
        // from 2025-03-03 (until 2030-03-02).
        let p = pass(&[], &[("rqth", "2028-03-02"), ("rqth", "2029-03-02")]);
        let asked = d("2029-01-02");
        let rqth = reason("rqth");
        assert!(prolongation_problems(&p, d("2030-03-02"), &rqth, "ACI", asked, None).is_empty());
        let p = pass(
            &[],
            &[
                ("rqth", "2028-03-02"),
                ("rqth", "2029-03-02"),
                ("rqth", "2030-03-02"),
            ],
        );
        let problems =
            prolongation_problems(&p, d("2030-03-03"), &rqth, "ACI", d("2030-01-02"), None);
        assert!(
            problems.iter().any(|m| m.contains("36 months")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|m| m.contains("60 months")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_prolongation_is_asked_12_months_before_to_6_months_after_the_end() {
        let p = pass(&[], &[]);
        let rqth = reason("rqth");
        let asked = |on: &str| {
            prolongation_problems(&p, d("2027-06-30"), &rqth, "ACI", d(on), None).is_empty()
        };
        assert!(asked("2026-03-02"));
        assert!(!asked("2026-03-01"));
        assert!(asked("2027-09-02"));
        assert!(!asked("2027-09-03"));
    }

    #[test]
    fn suspension_rules() {
        let p = pass(&[("2025-06-02", "2025-06-20")], &[]);
        let reasons = &Reference::embedded().suspension_reasons;
        let check = |from: &str, to: &str, reason: &str, kind: &str, today: &str| {
            let s = Suspension {
                from: d(from),
                to: d(to),
                reason: reason.into(),
                derogation: None,
            };
            suspension_problems(&p, &s, reasons.get(reason).unwrap(), kind, d(today))
        };
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-06-10",
                "2025-07-01",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .len(),
            1,
            "overlap"
        );
        assert_eq!(
            check(
                "2025-11-01",
                "2025-11-30",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .len(),
            1,
            "future"
        );
        assert!(
            check(
                "2025-09-01",
                "2028-09-01",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .iter()
            .any(|m| m.contains("36 months"))
        );
        // Back-dated by 365 days at most.
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2026-09-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2026-09-02"
            )
            .len(),
            1
        );
        // contrat_passerelle: EI and ACI only.
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contrat_passerelle",
                "EI",
                "2025-10-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contrat_passerelle",
                "AI",
                "2025-10-01"
            )
            .len(),
            1
        );
    }
}
