//! "Who needs what from me": everything due within a window, overdue first, by date.

use crate::case::structure::Structure;
use crate::case::vocab::DeadlineKind;
use crate::case::{CaseFile, date};
use crate::reference::Reference;
use crate::rules::dates::add_months;
use crate::rules::eligibility::{diagnosis_valid_through, proof_valid_on};
use crate::rules::hours::{COMPANY_CAP_HOURS, company_hours_in_window};
use crate::rules::parcours::interview_due;
use crate::rules::pass::{ASK_BEFORE_MONTHS, current_end};
use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

/// A barrier with no action for this many days is flagged.
pub const STALE_BARRIER_DAYS: u64 = 60;
/// Hours below the AI cap from which the cap is said to be approaching.
pub const CAP_MARGIN_HOURS: f64 = 60.0;
/// Follow-ups after the exit, in months.
pub const FOLLOWUP_MONTHS: [u32; 2] = [3, 6];

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Deadline {
    #[serde(with = "date")]
    pub date: NaiveDate,
    pub id: String,
    pub name: String,
    /// What is due; its code (`contract_end`) is what JSON, CSV and the file show.
    pub what: DeadlineKind,
    pub detail: String,
    pub overdue: bool,
    /// Why the item was set aside (`iae deadlines dismiss`); listed only with `--all`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dismissed: Option<String>,
}

/// Everything due on or before `today + within` days; what is overdue is always there.
pub fn deadlines<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    structure: &Structure,
    reference: &Reference,
    today: NaiveDate,
    within: u64,
) -> Vec<Deadline> {
    let horizon = today
        .checked_add_days(Days::new(within))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Vec::new();
    for (id, case) in cases {
        let mut push = |date: NaiveDate, what: DeadlineKind, detail: String| {
            if date <= horizon {
                let dismissed = case
                    .dismissed
                    .iter()
                    .find(|d| d.what == what.code() && d.date == date)
                    .map(|d| d.reason.clone());
                out.push(Deadline {
                    date,
                    id: id.to_string(),
                    name: case.display_name(),
                    what,
                    detail,
                    overdue: date < today,
                    dismissed,
                });
            }
        };
        if let Some(years) = structure.retention_years
            && case.person.anonymised_on.is_none()
            && let Some(until) = crate::rules::retention::kept_until(case, years)
        {
            push(
                until,
                DeadlineKind::RetentionOver,
                crate::t!("report-detail-retention", years = years),
            );
        }
        match &case.exit {
            Some(exit) => after_exit(case, exit, today, &mut push),
            None => in_parcours(case, structure, reference, today, &mut push),
        }
    }
    sort(&mut out);
    out
}

/// By date, then name, then what is due (stable: files in id order otherwise).
pub fn sort(rows: &mut [Deadline]) {
    rows.sort_by(|a, b| (a.date, &a.name, a.what.code()).cmp(&(b.date, &b.name, b.what.code())));
}

fn in_parcours(
    case: &CaseFile,
    structure: &Structure,
    reference: &Reference,
    today: NaiveDate,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    contract_deadline(case, reference, today, push);
    pass_deadlines(case, today, push);
    if case.recruitment.hired_on <= today {
        let due = interview_due(case, structure.interview_every_days);
        push(
            due,
            DeadlineKind::InterviewDue,
            crate::t!(
                "report-detail-interview",
                days = structure.interview_every_days
            ),
        );
    }
    let hired = case.recruitment.hired_on;
    if hired > today
        && let Some(e) = &case.eligibility
    {
        before_hiring(e, hired, reference, push);
    }
    if structure.kind == "AI" {
        let hours = company_hours_in_window(case);
        if hours + CAP_MARGIN_HOURS >= COMPANY_CAP_HOURS {
            push(
                today,
                DeadlineKind::HoursCap,
                crate::t!(
                    "report-detail-hours-cap",
                    hours = hours,
                    cap = COMPANY_CAP_HOURS
                ),
            );
        }
    }
    stale_barriers(case, reference, push);
}

/// The current contract ends, or the last one is over and nothing followed: renew it or
/// record the exit.
fn contract_deadline(
    case: &CaseFile,
    reference: &Reference,
    today: NaiveDate,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    let Some((c, end)) = case.current_contract().and_then(|c| Some((c, c.end?))) else {
        return;
    };
    if end >= today {
        push(
            end,
            DeadlineKind::ContractEnd,
            crate::t!(
                "report-detail-contract-end",
                kind = reference.contract_kinds.label(&c.kind, crate::i18n::lang())
            ),
        );
    } else {
        push(
            end,
            DeadlineKind::ContractEnded,
            crate::t!("deadline-contract-ended", date = crate::i18n::day(end)),
        );
    }
}

/// The PASS ends (with the window to ask for a prolongation), or it is over.
fn pass_deadlines(
    case: &CaseFile,
    today: NaiveDate,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    let Some(pass) = &case.pass else {
        return;
    };
    let end = current_end(pass);
    if end < today {
        push(
            end,
            DeadlineKind::PassEnded,
            crate::t!("deadline-pass-ended", date = crate::i18n::day(end)),
        );
        return;
    }
    let window = end
        .checked_sub_months(Months::new(ASK_BEFORE_MONTHS))
        .unwrap_or(end);
    let note = if window <= today {
        crate::t!(
            "report-detail-pass-end-prolong",
            window = window.to_string()
        )
    } else {
        crate::t!("report-detail-pass-end")
    };
    push(end, DeadlineKind::PassEnd, note);
}

/// Each open barrier with no action for `STALE_BARRIER_DAYS`.
fn stale_barriers(
    case: &CaseFile,
    reference: &Reference,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    for b in case.barriers.iter().filter(|b| b.is_open()) {
        let last = b.actions.iter().map(|a| a.date).max().unwrap_or(b.noted_on);
        push(
            last + Days::new(STALE_BARRIER_DAYS),
            DeadlineKind::BarrierWithoutAction,
            crate::t!(
                "report-detail-barrier",
                number = b.number,
                category = reference
                    .barrier_categories
                    .label(&b.category, crate::i18n::lang()),
                days = STALE_BARRIER_DAYS
            ),
        );
    }
}

/// A recruitment still to come: the diagnosis and the proofs must still hold on the day
/// of hiring.
fn before_hiring(
    e: &crate::case::model::Eligibility,
    hired: NaiveDate,
    reference: &Reference,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    let through = diagnosis_valid_through(e.date, e.by == "prescriber");
    if through < hired {
        push(
            through,
            DeadlineKind::DiagnosisExpires,
            crate::t!("report-detail-diagnosis", hired = crate::i18n::day(hired)),
        );
    }
    for p in &e.proofs {
        let months = reference
            .criteria
            .get(&p.criterion)
            .and_then(|c| c.proof_months)
            .unwrap_or(0);
        let Some(dated) = p.dated.filter(|_| !p.certified) else {
            continue;
        };
        if !proof_valid_on(dated, months, hired) {
            let expires = add_months(dated, months);
            push(
                expires,
                DeadlineKind::ProofExpires,
                crate::t!(
                    "report-detail-proof",
                    criterion = p.criterion.as_str(),
                    hired = crate::i18n::day(hired)
                ),
            );
        }
    }
}

fn after_exit(
    case: &CaseFile,
    exit: &crate::case::model::Exit,
    today: NaiveDate,
    push: &mut impl FnMut(NaiveDate, DeadlineKind, String),
) {
    let has_bilan = case.interviews.iter().any(|i| i.kind == "bilan_final")
        || exit.acquired.is_some()
        || exit.next_steps.is_some();
    if !has_bilan {
        push(
            exit.date,
            DeadlineKind::ExitWithoutBilan,
            crate::t!("report-detail-no-bilan"),
        );
    }
    // 3- and 6-month follow-ups; a follow-up counts for the nearest mark. Reminders stop
    // six months after the last mark.
    let last_mark = add_months(exit.date, FOLLOWUP_MONTHS[1]);
    if today > add_months(last_mark, 6) {
        return;
    }
    let three = add_months(exit.date, FOLLOWUP_MONTHS[0]);
    let middle = add_months(exit.date, (FOLLOWUP_MONTHS[0] + FOLLOWUP_MONTHS[1]) / 2 + 1);
    let done_three = case.followups.iter().any(|f| f.date < middle);
    let done_six = case.followups.iter().any(|f| f.date >= middle);
    if !done_three {
        push(
            three,
            DeadlineKind::FollowupDue,
            crate::t!("report-detail-followup", months = FOLLOWUP_MONTHS[0]),
        );
    }
    if !done_six {
        push(
            last_mark,
            DeadlineKind::FollowupDue,
            crate::t!("report-detail-followup", months = FOLLOWUP_MONTHS[1]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn structure(kind: &str) -> Structure {
        toml::from_str(&format!("name = \"S\"\nkind = \"{kind}\"\n")).unwrap()
    }

    fn whats(case: &CaseFile, today: &str, within: u64) -> Vec<(String, String)> {
        deadlines(
            [("7K3M9Q", case)],
            &structure("ACI"),
            Reference::embedded(),
            d(today),
            within,
        )
        .into_iter()
        .map(|x| (x.date.to_string(), x.what.code().to_string()))
        .collect()
    }

    #[test]
    fn overdue_first_then_the_window() {
        let case = crate::case::test_case(
            "2025-03-03",
            "[[contracts]]\nkind = \"cddi\"\nstart = 2025-03-03\nend = 2025-09-02\nweekly_hours = 26\n[[interviews]]\ndate = 2025-03-03\nkind = \"accueil\"\nby = \"X\"\n[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-03-03\ndetail = \"x\"\nstatus = \"identified\"\n",
        );
        assert_eq!(
            whats(&case, "2025-06-01", 30),
            [
                ("2025-04-03".into(), "interview_due".into()),
                ("2025-05-02".into(), "barrier_without_action".into()),
            ]
        );
        let later = whats(&case, "2025-06-01", 100);
        assert_eq!(
            later.last().unwrap(),
            &("2025-09-02".to_string(), "contract_end".to_string())
        );
    }

    #[test]
    fn follow_ups_after_the_exit() {
        let exited = crate::case::test_case(
            "2024-03-04",
            "[[interviews]]\ndate = 2025-06-20\nkind = \"bilan_final\"\nby = \"X\"\n[exit]\ndate = 2025-06-30\nreason = \"chomage\"\n",
        );
        assert_eq!(
            whats(&exited, "2025-10-01", 0),
            [("2025-09-30".into(), "followup_due".into())]
        );
        let with_followup = crate::case::test_case(
            "2024-03-04",
            "[[interviews]]\ndate = 2025-06-20\nkind = \"bilan_final\"\nby = \"X\"\n[exit]\ndate = 2025-06-30\nreason = \"chomage\"\n[[followups]]\ndate = 2025-10-02\nsituation = \"chomage\"\n",
        );
        assert_eq!(
            whats(&with_followup, "2025-10-03", 100),
            [("2025-12-30".into(), "followup_due".into())]
        );
        assert!(whats(&exited, "2026-07-01", 0).is_empty(), "reminders stop");
    }
}
