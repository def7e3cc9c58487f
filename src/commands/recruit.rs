//! `iae recruit`: open the case file of a newly hired salarié.

use super::support::{self, prompt};
use super::{Ctx, known_code};
use crate::case::date::parse_cli;
use crate::case::model::*;
use crate::case::validate::{MAX_AGE, MAX_WEEKLY_HOURS, MIN_AGE, is_pass_number, is_postcode};
use crate::case::vocab::DiagnosisBy;
use crate::error::hinted;
use crate::output::{self, Format, Row};
use crate::rules::dates::age_on;
use crate::rules::findings::case_findings;
use crate::rules::pass::default_end;
use crate::store::Store;
use crate::t;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Serialize)]
struct Recruited {
    id: String,
    path: String,
}

#[derive(Debug, Args)]
pub struct RecruitArgs {
    #[arg(long)]
    pub last_name: Option<String>,
    #[arg(long)]
    pub first_name: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub birth_date: Option<NaiveDate>,
    /// F or M
    #[arg(long)]
    pub sex: Option<String>,
    /// First day of work, YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub hired_on: Option<NaiveDate>,
    /// Date of the application, YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub applied_on: Option<NaiveDate>,
    /// Who sent the application (e.g. france_travail, mission_locale, siae)
    #[arg(long)]
    pub prescriber: Option<String>,
    /// Postcode (5 digits)
    #[arg(long)]
    pub postcode: Option<String>,
    /// Eligibility criteria claimed, comma-separated (e.g. rsa,qpv)
    #[arg(long, value_delimiter = ',')]
    pub criteria: Vec<String>,
    /// Who made the eligibility diagnosis
    #[arg(long, value_enum)]
    pub diagnosis_by: Option<DiagnosisBy>,
    /// Date of the eligibility diagnosis (default: the hiring date)
    #[arg(long, value_parser = parse_cli)]
    pub diagnosis_date: Option<NaiveDate>,
    /// PASS IAE number (12 digits; spaces allowed)
    #[arg(long)]
    pub pass_number: Option<String>,
    /// Kind of the first contract: cddi, cddu, mission, cdi_inclusion, passerelle
    #[arg(long)]
    pub contract: Option<String>,
    /// Last day of the first contract, YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub contract_end: Option<NaiveDate>,
    /// Weekly hours of the first contract
    #[arg(long)]
    pub weekly_hours: Option<f64>,
    /// Position held (poste)
    #[arg(long)]
    pub position: Option<String>,
    /// Record the person even if a file exists for the same name and birth date
    #[arg(long)]
    pub force: bool,
    /// Why the hiring goes ahead although the criteria fall short (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

impl Row for Recruited {
    fn headers() -> Vec<&'static str> {
        vec!["id", "path"]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-recruited-id"),
            crate::t!("col-recruited-path"),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.path.clone()]
    }
}

pub fn run(ctx: &Ctx, mut args: RecruitArgs) -> Result<()> {
    let store = ctx.open()?;
    ask_for_missing(ctx, &mut args, &store)?;
    let case = build(&store, &args)?;
    refuse_failing_criteria(&store, &case)?;
    let force = args.force;
    let (id, path) = store.create(&case.person, |existing, id| {
        let wanted = case.person.key();
        if let Some(same) = existing
            .cases
            .iter()
            .find(|l| l.case.person.key() == wanted)
        {
            if !force {
                return Err(hinted(
                    crate::t!(
                        "cmd-recruit-duplicate",
                        name = case.full_name(),
                        birth = crate::i18n::day(case.person.birth_date),
                        file = same.rel_path.as_str()
                    ),
                    crate::t!("cmd-recruit-duplicate-hint", id = same.file_id.as_str()),
                ));
            }
            eprintln!(
                "{}: W001 {}",
                crate::t!("warning-prefix"),
                crate::t!(
                    "cmd-recruit-forced",
                    name = case.full_name(),
                    file = same.rel_path.as_str()
                )
            );
        }
        // Waiting period: 2 years after a PASS ends, a new parcours needs an authorised
        // prescriber's diagnosis (W008).
        let earlier = existing
            .cases
            .iter()
            .filter(|l| l.case.person.key() == wanted)
            .map(|l| (l.rel_path.as_str(), &l.case));
        for finding in crate::rules::findings::waiting_period_findings(&case, earlier) {
            eprintln!(
                "{}: {} {}",
                crate::t!("warning-prefix"),
                finding.code,
                finding.message
            );
            if let Some(hint) = &finding.hint {
                eprintln!("{}: {hint}", crate::t!("hint-prefix"));
            }
        }
        let mut case = case.clone();
        case.id = id.to_string();
        Ok(case)
    })?;
    let written = Recruited {
        id: id.to_string(),
        path,
    };
    let written_case = store.read(&id)?.1;
    for finding in case_findings(
        &written_case,
        id.as_str(),
        &store.structure.kind,
        &store.reference,
    ) {
        eprintln!(
            "{}",
            crate::t!(
                "cmd-note",
                text = format!("{} {}", finding.code, finding.message)
            )
        );
    }
    if written_case.pass.is_some() {
        super::check::warn_shared_pass(&store, &id)?;
    }
    match ctx.format {
        Format::Table => {
            eprintln!(
                "{}",
                crate::t!(
                    "cmd-recruited",
                    name = case.full_name(),
                    id = written.id.as_str(),
                    path = written.path.as_str()
                )
            );
            output::out(&format!("{}\n", written.id))
        }
        Format::Json | Format::Yaml => output::print_value(&written, ctx.format),
        f => output::print_rows(&[written], f),
    }
}

/// On a terminal, ask for what is missing; elsewhere, list it and stop (usage, exit 2).
fn ask_for_missing(ctx: &Ctx, a: &mut RecruitArgs, store: &Store) -> Result<()> {
    let missing = support::missing(&[
        ("--last-name", a.last_name.is_none()),
        ("--first-name", a.first_name.is_none()),
        ("--birth-date", a.birth_date.is_none()),
        ("--sex", a.sex.is_none()),
        ("--hired-on", a.hired_on.is_none()),
    ]);
    if missing.is_empty() {
        return Ok(());
    }
    if !ctx.interactive {
        return Err(support::missing_flags(&missing, t!("hint-recruit-help")));
    }
    let text = |s: &str| Ok::<_, String>(s.to_string());
    if a.last_name.is_none() {
        a.last_name = prompt::ask(&t!("cmd-ask-last-name"), false, text)?;
    }
    if a.first_name.is_none() {
        a.first_name = prompt::ask(&t!("cmd-ask-first-name"), false, text)?;
    }
    if a.birth_date.is_none() {
        a.birth_date = prompt::ask(&t!("cmd-ask-birth-date"), false, parse_cli)?;
    }
    if a.sex.is_none() {
        a.sex = prompt::ask(&t!("cmd-ask-sex"), false, |s| {
            let s = s.to_uppercase();
            if s == "F" || s == "M" {
                Ok(s)
            } else {
                Err(t!("cmd-answer-sex"))
            }
        })?;
    }
    if a.hired_on.is_none() {
        a.hired_on = prompt::ask(&t!("cmd-ask-hired-on"), false, parse_cli)?;
    }
    if a.applied_on.is_none() {
        a.applied_on = prompt::ask(&t!("cmd-ask-applied-on"), true, parse_cli)?;
    }
    if a.prescriber.is_none() {
        let prescribers = &store.reference.prescribers;
        a.prescriber = prompt::ask(&t!("cmd-ask-prescriber"), true, |s| {
            if prescribers.contains(s) {
                Ok(s.to_string())
            } else {
                Err(t!("cmd-unknown-prescriber", list = prescribers.list()))
            }
        })?;
    }
    if a.postcode.is_none() {
        a.postcode = prompt::ask(&t!("cmd-ask-postcode"), true, |s| {
            if is_postcode(s) {
                Ok(s.to_string())
            } else {
                Err(t!("cmd-postcode-digits"))
            }
        })?;
    }
    Ok(())
}

/// Check every input and build the case (its id is set when the file is created).
fn build(store: &Store, a: &RecruitArgs) -> Result<CaseFile> {
    let r = &store.reference;
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
    let sex = sex.trim().to_uppercase();
    known_code(&r.sexes, &sex, "--sex", "sex")?;
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
        known_code(&r.prescribers, p, "--prescriber", "prescriber")?;
    }
    if let Some(pc) = &a.postcode
        && !is_postcode(pc)
    {
        bail!(t!("cmd-recruit-postcode", postcode = pc.as_str()));
    }
    for c in &a.criteria {
        known_code(&r.criteria, c, "--criteria", "eligibility-criterion")?;
    }
    crate::commands::eligibility::refuse_contradictions(&a.criteria)?;
    let eligibility =
        if a.diagnosis_by.is_some() || a.diagnosis_date.is_some() || !a.criteria.is_empty() {
            let date = a.diagnosis_date.unwrap_or(hired);
            if date > hired {
                bail!(t!(
                    "cmd-recruit-diagnosis-after",
                    date = crate::i18n::day(date),
                    hired = crate::i18n::day(hired)
                ));
            }
            Some(Eligibility {
                date,
                by: a.diagnosis_by.map_or("employer", |b| b.code()).to_string(),
                criteria: a.criteria.clone(),
                proofs: Vec::new(),
                derogation: a.derogation.clone(),
            })
        } else {
            None
        };
    let pass = match &a.pass_number {
        Some(n) => {
            let number: String = n.chars().filter(|c| !c.is_whitespace()).collect();
            if !is_pass_number(&number) {
                bail!(t!("cmd-recruit-pass-number", number = n.as_str()));
            }
            Some(Pass {
                number,
                start: hired,
                end: default_end(hired),
                suspensions: Vec::new(),
                prolongations: Vec::new(),
            })
        }
        None => None,
    };
    let contract = contract(store, a, hired)?;
    Ok(CaseFile {
        schema: SCHEMA,
        id: String::new(),
        person: Person {
            last_name: last.to_string(),
            first_name: first.to_string(),
            birth_date: birth,
            sex,
            postcode: a.postcode.clone(),
            anonymised_on: None,
        },
        recruitment: Recruitment {
            applied_on: a.applied_on,
            hired_on: hired,
            prescriber: a.prescriber.clone(),
        },
        eligibility,
        pass,
        contracts: contract.into_iter().collect(),
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
    if !(hours > 0.0 && hours <= MAX_WEEKLY_HOURS) {
        bail!(t!(
            "cmd-weekly-hours-range",
            hours = hours.to_string(),
            max = MAX_WEEKLY_HOURS.to_string()
        ));
    }
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

/// Criteria claimed on the structure's own diagnosis that do not make the person eligible
/// (too few level-2 criteria, or criteria that contradict the birth date): refused with
/// the verdict, unless a derogation says why. An expired diagnosis or a waiting period
/// stays a warning: the hiring may be a past fact being recorded.
fn refuse_failing_criteria(store: &Store, case: &CaseFile) -> Result<()> {
    let Some(e) = &case.eligibility else {
        return Ok(());
    };
    if e.criteria.is_empty() || e.by == "prescriber" || e.derogation.is_some() {
        return Ok(());
    }
    // The criteria on the hiring date, as claimed: no proof is asked at this point.
    let Ok(verdict) = crate::rules::eligibility::assess(
        &e.criteria,
        Some(case.person.birth_date),
        false,
        &store.structure.kind,
        case.recruitment.hired_on,
        &store.reference,
    ) else {
        return Ok(());
    };
    if verdict.eligible && verdict.problems.is_empty() {
        return Ok(());
    }
    let missing = verdict
        .required_level2
        .saturating_sub(verdict.level2.len() as u32);
    let mut message = crate::t!(
        "recruit-criteria-fail",
        reason = verdict.reason.as_str(),
        missing = missing
    );
    for p in &verdict.problems {
        message.push_str("\n  ");
        message.push_str(p);
    }
    Err(crate::error::UserError::new(message)
        .hint(crate::t!("recruit-criteria-fail-hint"))
        .into())
}
