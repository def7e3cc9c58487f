//! `iae recruit`: open the case file of a newly hired salarié. Off a terminal everything
//! comes from the flags; on a terminal the wizard asks for what they left out.

mod build;
mod wizard;

use super::Ctx;
use crate::case::date::parse_cli;
use crate::case::model::CaseFile;
use crate::case::vocab::DiagnosisBy;
use crate::error::hinted;
use crate::output::{self, Format, Row};
use crate::rules::findings::case_findings;
use crate::store::Store;
use crate::store::id::CaseId;
use anyhow::Result;
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
    /// F or M (H, femme and homme are understood)
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
    /// Date of the eligibility diagnosis (default: the hiring date, or today for a
    /// hiring still to come)
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
    #[arg(long, value_parser = crate::commands::parse_hours)]
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
    let case = if ctx.interactive {
        wizard::run(ctx, &mut args, &store)?
    } else {
        build::require_identity(&args)?;
        // A planned hiring's diagnosis is not dated after today unless told so (the
        // wizard offers the same day).
        if args.diagnosis_date.is_none()
            && (args.diagnosis_by.is_some() || !args.criteria.is_empty())
        {
            args.diagnosis_date = args.hired_on.map(|hired| hired.min(ctx.today));
        }
        let case = build::build(&store, &args)?;
        build::refuse_failing_criteria(&store, &case)?;
        case
    };
    // The wizard has shown the waiting period already, before the confirmation.
    let (id, path) = create(&store, &case, args.force, !ctx.interactive)?;
    warn_future(ctx, &case);
    tell_written(ctx, &store, &case, id, path)
}

/// The dates of the new file that are ahead of today (W014): the hiring and the first
/// contract may be planned a little ahead; the application and the diagnosis are facts.
fn warn_future(ctx: &Ctx, case: &CaseFile) {
    use crate::commands::support::future::warn;
    use crate::rules::future::Dated;
    warn(ctx.today, Dated::Hiring, case.recruitment.hired_on);
    if let Some(applied) = case.recruitment.applied_on {
        warn(ctx.today, Dated::Application, applied);
    }
    if let Some(e) = &case.eligibility {
        warn(ctx.today, Dated::Diagnosis, e.date);
    }
}

/// Write the new file under the lock: refused when the same person already has one
/// (unless `force`), with the waiting period after an earlier PASS as a warning (W008).
fn create(
    store: &Store,
    case: &CaseFile,
    force: bool,
    warn_waiting: bool,
) -> Result<(CaseId, String)> {
    store.create(&case.person, |existing, id| {
        let wanted = case.person.key();
        if let Some(same) = existing
            .cases
            .iter()
            .find(|l| l.case.person.key() == wanted)
        {
            if !force {
                return Err(duplicate(case, &same.rel_path, &same.file_id));
            }
            eprintln!(
                "{} W001 {}",
                crate::t!("warning-prefix"),
                crate::t!(
                    "cmd-recruit-forced",
                    name = case.full_name(),
                    file = same.rel_path.as_str()
                )
            );
        }
        if warn_waiting {
            let earlier = existing
                .cases
                .iter()
                .filter(|l| l.case.person.key() == wanted)
                .map(|l| (l.rel_path.as_str(), &l.case));
            print_warnings(&crate::rules::findings::waiting_period_findings(
                case, earlier,
            ));
        }
        let mut case = case.clone();
        case.id = id.to_string();
        Ok(case)
    })
}

/// The refusal of a second file for the same name and birth date.
fn duplicate(case: &CaseFile, rel_path: &str, file_id: &str) -> anyhow::Error {
    hinted(
        crate::t!(
            "cmd-recruit-duplicate",
            name = case.full_name(),
            birth = crate::i18n::day(case.person.birth_date),
            file = rel_path
        ),
        crate::t!("cmd-recruit-duplicate-hint", id = file_id),
    )
}

/// Warnings as `check` prints them, with their hints.
fn print_warnings(findings: &[crate::case::finding::Finding]) {
    for finding in findings {
        eprintln!(
            "{} {} {}",
            crate::t!("warning-prefix"),
            finding.code,
            finding.message
        );
        if let Some(hint) = &finding.hint {
            eprintln!("{} {hint}", crate::t!("hint-prefix"));
        }
    }
}

/// What the new file still lacks (notes), a PASS number shared with someone else, and
/// the new id: on stdout alone for a person, as a record for scripts.
fn tell_written(ctx: &Ctx, store: &Store, case: &CaseFile, id: CaseId, path: String) -> Result<()> {
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
        super::check::warn_shared_pass(store, &id)?;
    }
    match ctx.format {
        Format::Table => {
            eprintln!(
                "{}",
                crate::t!(
                    "cmd-recruited",
                    name = case.full_name(),
                    gender = case.person.sex.as_str(),
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
