//! The rules of the recruitment gate run over one case file, as coded warnings for
//! `iae check`: W004 contract, W005 eligibility, W006 PASS, W007 AI hours cap, W008
//! waiting period, W009 an exit reason the recorded facts contradict. A
//! derogation recorded on a contract, suspension or prolongation silences its warning.

use crate::case::CaseFile;
use crate::case::finding::{Code, Finding, Seg};
use crate::case::model::Pass;
use crate::reference::Reference;
use crate::rules::contracts::{contract_problems, overlap_problem};
use crate::rules::eligibility::assess_case;
use crate::rules::hours::{COMPANY_CAP_HOURS, company_hours_in_window};
use crate::rules::pass::{
    current_end, in_waiting_period, prolongation_problems, suspension_problems,
};
use crate::{path, t};

/// Every finding about one file: its format and codes, then (when those hold) the rules
/// of the structure's kind.
pub fn case_findings(
    case: &CaseFile,
    file_id: &str,
    kind: &str,
    reference: &Reference,
) -> Vec<Finding> {
    let mut findings = crate::case::validate::validate(case, file_id, reference);
    if !findings.iter().any(Finding::is_error) {
        findings.extend(rule_findings(case, kind, reference));
    }
    findings
}

/// The rules' warnings about one file whose format and codes hold.
pub fn rule_findings(case: &CaseFile, kind: &str, reference: &Reference) -> Vec<Finding> {
    let mut out = eligibility_findings(case, kind, reference);
    out.extend(contract_findings(case, kind, reference));
    if let Some(pass) = &case.pass {
        out.extend(suspension_findings(pass, kind, reference));
        out.extend(prolongation_findings(case, pass, kind, reference));
    }
    out.extend(exit_findings(case));
    if kind == "AI" {
        out.extend(company_hours_finding(case));
    }
    out
}

/// W005: the eligibility verdict and the problems of the diagnosis.
fn eligibility_findings(case: &CaseFile, kind: &str, reference: &Reference) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(Ok(verdict)) = assess_case(case, kind, reference) {
        if !verdict.eligible {
            out.push(
                Finding::new(
                    Code::Eligibility,
                    path!["eligibility"],
                    t!("check-not-eligible", reason = verdict.reason),
                )
                .hint(t!("check-not-eligible-hint")),
            );
        }
        for problem in verdict.problems {
            out.push(Finding::new(
                Code::Eligibility,
                path!["eligibility"],
                problem,
            ));
        }
    }
    out
}

/// W004: each contract outside the rules of the structure's kind, unless derogated.
fn contract_findings(case: &CaseFile, kind: &str, reference: &Reference) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, contract) in case.contracts.iter().enumerate() {
        if let Some(why) = &contract.derogation {
            if let Some(problem) = overlap_problem(case, i, contract) {
                out.push(
                    Finding::new(
                        Code::ContractRule,
                        path!["contracts", i],
                        crate::t!(
                            "contract-overlap-despite-derogation",
                            problem = problem,
                            why = why.as_str()
                        ),
                    )
                    .hint(crate::t!("contract-overlap-hint")),
                );
            }
            continue;
        }
        for problem in contract_problems(case, i, contract, kind, reference) {
            out.push(
                Finding::new(Code::ContractRule, path!["contracts", i], problem)
                    .hint(t!("check-contract-derogation-hint")),
            );
        }
    }
    out
}

/// W006: each suspension against the others, on the day it was recorded at best.
fn suspension_findings(pass: &Pass, kind: &str, reference: &Reference) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, s) in pass.suspensions.iter().enumerate() {
        let Some(reason) = reference.suspension_reasons.get(&s.reason) else {
            continue;
        };
        if s.derogation.is_some() {
            continue;
        }
        let mut others = pass.clone();
        others.suspensions.remove(i);
        for problem in suspension_problems(&others, s, reason, kind, s.from) {
            out.push(Finding::new(
                Code::PassRule,
                path!["pass", "suspensions", i],
                t!("check-suspension-problem", problem = problem),
            ));
        }
    }
    out
}

/// W006: each prolongation, in the order of its end, against those before it.
fn prolongation_findings(
    case: &CaseFile,
    pass: &Pass,
    kind: &str,
    reference: &Reference,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut order: Vec<usize> = (0..pass.prolongations.len()).collect();
    order.sort_by_key(|&i| pass.prolongations[i].to);
    for (n, &i) in order.iter().enumerate() {
        let p = &pass.prolongations[i];
        let Some(reason) = reference.prolongation_reasons.get(&p.reason) else {
            continue;
        };
        if p.derogation.is_some() {
            continue;
        }
        let mut before = pass.clone();
        before.prolongations = order[..n]
            .iter()
            .map(|&j| pass.prolongations[j].clone())
            .collect();
        let asked_on = current_end(&before);
        let training_end = case.trainings.iter().filter_map(|t| t.end).max();
        for problem in prolongation_problems(&before, p.to, reason, kind, asked_on, training_end) {
            out.push(Finding::new(
                Code::PassRule,
                path!["pass", "prolongations", i],
                t!("check-prolongation-problem", problem = problem),
            ));
        }
    }
    out
}

/// W007 (AI): hours placed with companies above the cap over 24 months.
fn company_hours_finding(case: &CaseFile) -> Option<Finding> {
    let company = company_hours_in_window(case);
    (company > COMPANY_CAP_HOURS).then(|| {
        Finding::new(
            Code::AiHoursCap,
            vec![Seg::Key("hours".into())],
            t!(
                "check-company-hours",
                hours = company,
                cap = COMPANY_CAP_HOURS
            ),
        )
        .hint(t!("check-company-hours-hint"))
    })
}

/// W008: this hiring falls within 2 years after the end of a PASS of the same person's
/// `earlier` files, without an authorised prescriber's diagnosis.
pub fn waiting_period_findings<'a>(
    case: &CaseFile,
    earlier: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
) -> Vec<Finding> {
    if case
        .eligibility
        .as_ref()
        .is_some_and(|e| e.by == "prescriber")
    {
        return Vec::new();
    }
    let hired = case.recruitment.hired_on;
    earlier
        .into_iter()
        .filter_map(|(file, other)| {
            let ended = current_end(other.pass.as_ref()?);
            in_waiting_period(ended, hired).then(|| {
                Finding::new(
                    Code::WaitingPeriod,
                    path!["recruitment", "hired_on"],
                    crate::t!(
                        "waiting-period",
                        file = file,
                        ended = crate::i18n::day(ended),
                        hired = crate::i18n::day(hired)
                    ),
                )
                .hint(crate::t!("waiting-period-hint"))
            })
        })
        .collect()
}

/// W009: the exit's reason contradicts what is recorded about the next job.
pub fn exit_findings(case: &CaseFile) -> Vec<Finding> {
    let Some(exit) = &case.exit else {
        return Vec::new();
    };
    crate::rules::exits::reason_contradiction(exit)
        .into_iter()
        .map(|message| {
            Finding::new(Code::ExitContradiction, path!["exit", "reason"], message)
                .hint(crate::t!("exit-contradiction-hint"))
        })
        .collect()
}
