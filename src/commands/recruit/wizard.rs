//! `iae recruit` on a terminal: asks for what the flags left out (identity, criteria,
//! diagnosis, PASS, first contract), shows the eligibility verdict `iae eligibility
//! check` gives, and writes only once the counsellor confirms.

use super::RecruitArgs;
use super::build::{self, failing_criteria, missing_level2, sex_code};
use crate::case::date::parse_cli;
use crate::case::model::CaseFile;
use crate::case::validate::is_postcode;
use crate::case::vocab::DiagnosisBy;
use crate::commands::Ctx;
use crate::commands::support::prompt;
use crate::i18n::format::people_date;
use crate::rules::dates::add_months;
use crate::store::Store;
use crate::t;
use anyhow::Result;
use chrono::{Days, NaiveDate};

/// Ask, show the verdict, confirm: the case to write, or an abandon (nothing written).
pub fn run(ctx: &Ctx, a: &mut RecruitArgs, store: &Store) -> Result<CaseFile> {
    ask_identity(a)?;
    // A name left empty or an age the law does not allow stops here, before the rest.
    build::person(store, a)?;
    let earlier = same_person(store, a)?;
    ask_application(a, store)?;
    ask_diagnosis(ctx, a, store)?;
    if a.pass_number.is_none() {
        a.pass_number = prompt::ask(&t!("wizard-ask-pass"), true, |s| {
            build::pass_number(s).map_err(|e| e.to_string())
        })?;
    }
    ask_contract(ctx, a, store)?;
    let mut case = build::build(store, a)?;
    show_verdict(ctx, store, &case, &earlier);
    if let Some(verdict) = failing_criteria(store, &case) {
        eprintln!(
            "{}",
            t!(
                "wizard-criteria-fail",
                reason = verdict.reason.as_str(),
                missing = missing_level2(&verdict)
            )
        );
        if !prompt::ask_or(
            &t!("wizard-derogation-or-abandon"),
            "a",
            derogate_or_abandon,
        )? {
            return abandon();
        }
        a.derogation = prompt::ask(&t!("wizard-ask-derogation"), false, text)?;
        case = build::build(store, a)?;
    }
    if !prompt::confirm(&t!("wizard-confirm", name = case.display_name()))? {
        return abandon();
    }
    Ok(case)
}

fn abandon() -> Result<CaseFile> {
    eprintln!("{}", t!("wizard-abandoned"));
    Err(crate::error::quiet(crate::error::Status::Error))
}

/// `d` (dérogation) is true, `a` (abandonner) false.
fn derogate_or_abandon(typed: &str) -> Result<bool, String> {
    match typed.to_lowercase().as_str() {
        "d" | "derogation" | "dérogation" => Ok(true),
        "a" | "abandon" | "abandonner" => Ok(false),
        _ => Err(t!("wizard-answer-derogation")),
    }
}

fn text(s: &str) -> Result<String, String> {
    Ok(s.to_string())
}

fn ask_identity(a: &mut RecruitArgs) -> Result<()> {
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
            sex_code(s)
                .map(str::to_string)
                .ok_or_else(|| t!("cmd-answer-sex"))
        })?;
    }
    if a.hired_on.is_none() {
        a.hired_on = prompt::ask(&t!("cmd-ask-hired-on"), false, parse_cli)?;
    }
    Ok(())
}

/// The files of the same person (name and birth date): a second one is refused now,
/// before the other questions, unless `--force`; the earlier ones tell the waiting period.
fn same_person(store: &Store, a: &RecruitArgs) -> Result<Vec<(String, CaseFile)>> {
    let (Some(last), Some(first), Some(birth)) = (
        a.last_name.as_deref(),
        a.first_name.as_deref(),
        a.birth_date,
    ) else {
        return Ok(Vec::new());
    };
    let fold = crate::case::names::fold;
    let wanted = (fold(last.trim()), fold(first.trim()), birth);
    let mut found = Vec::new();
    for same in store.files_of(&wanted)? {
        if !a.force {
            return Err(super::duplicate(&same.case, &same.rel_path, &same.file_id));
        }
        found.push((same.rel_path, same.case));
    }
    Ok(found)
}

fn ask_application(a: &mut RecruitArgs, store: &Store) -> Result<()> {
    let hired = a.hired_on;
    if a.applied_on.is_none() {
        a.applied_on = prompt::ask(&t!("cmd-ask-applied-on"), true, |s| {
            let day = parse_cli(s)?;
            match hired {
                Some(hired) if day > hired => Err(t!(
                    "wizard-applied-after",
                    hired = people_date(hired, crate::i18n::lang())
                )),
                _ => Ok(day),
            }
        })?;
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

/// The criteria (from the list of the structure's), who made the diagnosis, and when.
fn ask_diagnosis(ctx: &Ctx, a: &mut RecruitArgs, store: &Store) -> Result<()> {
    if a.criteria.is_empty() {
        show_criteria(ctx, store);
        let reference = &store.reference;
        a.criteria = prompt::ask(&t!("wizard-ask-criteria"), true, |s| {
            parse_criteria(s, reference)
        })?
        .unwrap_or_default();
    }
    if a.diagnosis_by.is_none() {
        a.diagnosis_by = if a.criteria.is_empty() {
            prompt::ask(&t!("wizard-ask-diagnosis-by-none"), true, diagnosis_by)?
        } else {
            Some(prompt::ask_or(
                &t!("wizard-ask-diagnosis-by"),
                "employer",
                diagnosis_by,
            )?)
        };
    }
    let (Some(_), Some(hired), None) = (a.diagnosis_by, a.hired_on, a.diagnosis_date) else {
        return Ok(());
    };
    let lang = crate::i18n::lang();
    let default = ctx.today.min(hired);
    a.diagnosis_date = Some(prompt::ask_or(
        &t!("wizard-ask-diagnosis-date"),
        &people_date(default, lang),
        |s| match parse_cli(s)? {
            day if day > hired => Err(t!(
                "wizard-diagnosis-after",
                hired = people_date(hired, lang)
            )),
            day => Ok(day),
        },
    )?);
    Ok(())
}

/// The structure's criteria, level 1 then level 2, each code with its label, and the
/// rule of its kind.
fn show_criteria(ctx: &Ctx, store: &Store) {
    let kind = store.structure.kind.as_str();
    let needed = crate::rules::eligibility::required_level2(kind, &store.reference);
    eprintln!("\n{}", t!("cmd-criteria-rule", kind = kind, count = needed));
    let entries = &store.reference.criteria.entries;
    let width = entries.iter().map(|e| e.code.len()).max().unwrap_or(0);
    for level in [1, 2] {
        eprintln!("  {}", t!("wizard-criteria-level", level = level));
        for e in entries.iter().filter(|e| e.level.unwrap_or(2) == level) {
            eprintln!("    {:width$}  {}", e.code, e.label(ctx.lang));
        }
    }
}

/// Codes separated by spaces or commas, each known, none contradicting another.
fn parse_criteria(
    typed: &str,
    reference: &crate::reference::Reference,
) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    for code in typed
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|c| !c.is_empty())
        .map(str::to_lowercase)
    {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let unknown: Vec<&str> = codes
        .iter()
        .filter(|c| !reference.criteria.contains(c))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(t!(
            "wizard-unknown-criteria",
            count = unknown.len(),
            criteria = unknown.join(", ")
        ));
    }
    match crate::rules::eligibility::contradictions(&codes)
        .into_iter()
        .next()
    {
        Some(contradiction) => Err(contradiction),
        None => Ok(codes),
    }
}

fn diagnosis_by(typed: &str) -> Result<DiagnosisBy, String> {
    match typed.to_lowercase().as_str() {
        "employer" | "employeur" | "structure" | "siae" | "e" => Ok(DiagnosisBy::Employer),
        "prescriber" | "prescripteur" | "p" => Ok(DiagnosisBy::Prescriber),
        _ => Err(t!("wizard-answer-diagnosis-by")),
    }
}

/// The first contract: its kind (the structure's usual one by default), its end (a day or
/// a length), its weekly hours and position. It starts on the hiring date.
fn ask_contract(ctx: &Ctx, a: &mut RecruitArgs, store: &Store) -> Result<()> {
    let Some(hired) = a.hired_on else {
        return Ok(());
    };
    if a.contract.is_none() {
        let kind = store.structure.kind.as_str();
        let kinds = &store.reference.contract_kinds;
        let usual = store
            .reference
            .kinds
            .get(kind)
            .and_then(|k| k.usual_contract.clone())
            .unwrap_or_else(|| "cddi".to_string());
        eprintln!("\n{}", t!("wizard-contract-kinds"));
        for e in kinds
            .entries
            .iter()
            .filter(|e| e.kinds.as_ref().is_none_or(|k| k.iter().any(|k| k == kind)))
        {
            eprintln!("    {:13}  {}", e.code, e.label(ctx.lang));
        }
        a.contract = prompt::ask_or(&t!("wizard-ask-contract"), &usual, |s| {
            let s = s.to_lowercase();
            match s.as_str() {
                "aucun" | "none" | "-" => Ok(None),
                _ if kinds.contains(&s) => Ok(Some(s)),
                _ => Err(t!("cmd-write-one-of", list = kinds.list())),
            }
        })?;
    }
    let Some(kind) = a.contract.clone() else {
        return Ok(());
    };
    let lang = crate::i18n::lang();
    eprintln!(
        "  {}",
        t!("wizard-contract-starts", hired = people_date(hired, lang))
    );
    if a.contract_end.is_none() && kind != "cdi_inclusion" {
        a.contract_end = prompt::ask(&t!("wizard-ask-contract-end"), false, |s| {
            contract_end(s, hired)
        })?;
    }
    if a.weekly_hours.is_none() {
        a.weekly_hours = prompt::ask(&t!("wizard-ask-weekly-hours"), false, |s| {
            let hours: f64 = s
                .replace(',', ".")
                .parse()
                .map_err(|_| t!("wizard-answer-hours"))?;
            build::check_weekly_hours(hours).map_err(|e| e.to_string())?;
            Ok(hours)
        })?;
    }
    if a.position.is_none() {
        a.position = prompt::ask(&t!("wizard-ask-position"), true, text)?;
    }
    Ok(())
}

/// The last day of a contract starting on `start`: a day, or a length in months
/// (`6 mois`, `6m`) or weeks (`26 semaines`, `26s`), the last day included.
pub fn contract_end(typed: &str, start: NaiveDate) -> Result<NaiveDate, String> {
    let lang = crate::i18n::lang();
    let end = match parse_length(typed) {
        Some(Length::Months(n)) => add_months(start, n) - Days::new(1),
        Some(Length::Weeks(n)) => start + Days::new(7 * u64::from(n)) - Days::new(1),
        None if typed.contains(['/', '-']) => parse_cli(typed)?,
        None => return Err(t!("wizard-answer-contract-end")),
    };
    if end < start {
        return Err(t!(
            "wizard-end-before-start",
            end = people_date(end, lang),
            start = people_date(start, lang)
        ));
    }
    Ok(end)
}

#[derive(Debug, PartialEq)]
enum Length {
    Months(u32),
    Weeks(u32),
}

fn parse_length(typed: &str) -> Option<Length> {
    let typed = typed.trim().to_lowercase();
    let digits = typed.find(|c: char| !c.is_ascii_digit())?;
    let n: u32 = typed[..digits].parse().ok().filter(|n| *n > 0)?;
    match typed[digits..].trim() {
        "m" | "mois" | "month" | "months" => Some(Length::Months(n)),
        "s" | "w" | "sem" | "semaine" | "semaines" | "week" | "weeks" => Some(Length::Weeks(n)),
        _ => None,
    }
}

/// The verdict `iae eligibility check ID` would give on the file about to be written,
/// and the waiting period after an earlier PASS of the same person.
fn show_verdict(ctx: &Ctx, store: &Store, case: &CaseFile, earlier: &[(String, CaseFile)]) {
    let kind = &store.structure.kind;
    match crate::rules::eligibility::assess_case(case, kind, &store.reference) {
        Some(Ok(verdict)) => eprint!(
            "\n{}",
            crate::commands::eligibility::check::render(&verdict, ctx.lang)
        ),
        Some(Err(_)) => {}
        None => eprintln!("\n{}", t!("wizard-no-diagnosis")),
    }
    let earlier = earlier.iter().map(|(file, c)| (file.as_str(), c));
    super::print_warnings(&crate::rules::findings::waiting_period_findings(
        case, earlier,
    ));
}

#[cfg(test)]
mod tests;
