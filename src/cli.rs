//! The command line: one enum of commands, one argument struct per command. Global
//! options are accepted anywhere on the line.

use crate::case::date::parse_cli;
use crate::output::Format;
use crate::reference::Lang;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "iae",
    version,
    about = "Case files of salariés en insertion, one TOML file each, and the figures the state asks for",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// Structure directory (else IAE_DIR, else the first parent with an iae.toml)
    #[arg(long, global = true, env = "IAE_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Reason as if today were DATE (YYYY-MM-DD)
    #[arg(long, global = true, env = "IAE_TODAY", value_name = "DATE", value_parser = parse_cli)]
    pub today: Option<NaiveDate>,
    /// Language of labels (default: from LANG)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a structure directory (iae.toml, salaries/, .gitignore, git)
    Init(InitArgs),
    /// Create the case file of a newly hired salarié
    Recruit(RecruitArgs),
    /// Show one salarié's whole parcours
    Show(ShowArgs),
    /// List salariés (active by default)
    List(ListArgs),
    /// Edit a case file in $VISUAL / $EDITOR, validated before it is saved
    Edit(EditArgs),
    /// Check every case file: errors (E…) and warnings (W…)
    Check(CheckArgs),
    /// Record an exit (sortie) and its bilan: `iae exit ID --date D --reason CODE`;
    /// `iae exit reasons` lists the reasons, `iae exit cancel ID` removes a mistaken exit
    Exit(ExitCmd),
    /// Eligibility: the criteria, a verdict (exit 3 when not eligible), a diagnosis, a proof
    #[command(subcommand)]
    Eligibility(EligibilityCmd),
    /// PASS IAE: set, suspend, prolong, show
    #[command(subcommand)]
    Pass(PassCmd),
    /// Contracts: add, renew, end
    #[command(subcommand)]
    Contract(ContractCmd),
    /// Interviews (entretiens): add one, list them
    #[command(subcommand)]
    Interview(InterviewCmd),
    /// Barriers to employment (freins périphériques), from noticed to lifted
    #[command(subcommand)]
    Barrier(BarrierCmd),
    /// The professional project (projet professionnel)
    #[command(subcommand)]
    Project(ProjectCmd),
    /// Skills assessed (savoir-être, savoir-faire, aptitudes)
    #[command(subcommand)]
    Skill(SkillCmd),
    /// Trainings followed
    #[command(subcommand)]
    Training(TrainingCmd),
    /// Work immersions with employers (PMSMP)
    #[command(subcommand)]
    Immersion(ImmersionCmd),
    /// Situations after the exit (suivi à 3 et 6 mois)
    #[command(subcommand)]
    Followup(FollowupCmd),
    /// Hours worked per month (AI, ETTI, and anyone paid by the hour)
    #[command(subcommand)]
    Hours(HoursCmd),
    /// Reports over the whole structure
    #[command(subcommand)]
    Report(ReportCmd),
    /// A case's history from git, in words, newest first
    Log(crate::commands::log::LogArgs),
    /// Share the day's work: commit, merge what others sent, send
    Sync(crate::commands::sync::SyncArgs),
    /// Git set-up of this clone
    #[command(subcommand)]
    Git(crate::commands::git::GitCmd),
    /// Git's merge driver for case files (BASE OURS THEIRS: git's %O %A %B)
    #[command(name = "merge-file")]
    MergeFile(crate::commands::merge_file::MergeFileArgs),
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ExitCmd {
    #[command(subcommand)]
    pub action: Option<ExitAction>,
    #[command(flatten)]
    pub record: ExitArgs,
}

#[derive(Debug, Subcommand)]
pub enum ExitAction {
    /// The exit reasons in force (official typology, with this structure's overrides)
    Reasons,
    /// Remove a mistaken exit (the file's git history keeps it)
    Cancel(IdArg),
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The id of the case file
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ExitArgs {
    /// The id of the case file
    pub id: Option<String>,
    /// Last day worked, YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub date: Option<NaiveDate>,
    /// Exit reason code (see `iae exit reasons`)
    #[arg(long)]
    pub reason: Option<String>,
    /// Employer hiring the person
    #[arg(long)]
    pub employer: Option<String>,
    /// Job found, or training entered
    #[arg(long)]
    pub job: Option<String>,
    /// Length of the contract found, in months
    #[arg(long)]
    pub contract_months: Option<u32>,
    /// Bilan: what was acquired
    #[arg(long)]
    pub acquired: Option<String>,
    /// Bilan: the options considered
    #[arg(long)]
    pub options: Option<String>,
    /// Bilan: the next steps prepared
    #[arg(long)]
    pub next_steps: Option<String>,
    /// Bilan: partners involved
    #[arg(long)]
    pub partners: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum EligibilityCmd {
    /// The administrative criteria: level, label, proof, proof validity
    Criteria(CriteriaArgs),
    /// The verdict for a case file (ID), or for what-if criteria
    Check(EligibilityCheckArgs),
    /// Record a new diagnosis (it replaces the previous one; git keeps the history)
    Record(EligibilityRecordArgs),
    /// Record the proof (justificatif) of a criterion
    Proof(ProofArgs),
}

#[derive(Debug, Args)]
pub struct CriteriaArgs {
    /// Also say how many level-2 criteria this kind of structure needs
    #[arg(long)]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct EligibilityCheckArgs {
    /// A case file; without it, the verdict for the options below
    pub id: Option<String>,
    /// Kind of structure (default: this structure's)
    #[arg(long)]
    pub kind: Option<String>,
    /// Criteria claimed, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub criteria: Vec<String>,
    /// Birth date, for jeune and senior
    #[arg(long, value_parser = parse_cli)]
    pub birth_date: Option<NaiveDate>,
    #[arg(long, value_enum)]
    pub diagnosis_by: Option<DiagnosisBy>,
    /// Date of the diagnosis (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct EligibilityRecordArgs {
    pub id: String,
    #[arg(long, value_enum)]
    pub by: DiagnosisBy,
    /// Date of the diagnosis
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// Criteria, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub criteria: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ProofArgs {
    pub id: String,
    /// The criterion it proves
    pub criterion: String,
    /// The document (e.g. "Attestation CAF")
    #[arg(long)]
    pub document: String,
    /// Date of the document
    #[arg(long, value_parser = parse_cli)]
    pub dated: NaiveDate,
}

#[derive(Debug, Subcommand)]
pub enum PassCmd {
    /// Record the PASS IAE number and dates
    Set(PassSetArgs),
    /// Suspend the PASS (moves its end)
    Suspend(PassSuspendArgs),
    /// Prolong the PASS to a new end (inclusive)
    Prolong(PassProlongArgs),
    /// Start, end, each suspension and prolongation, days left
    Show(IdArg),
}

#[derive(Debug, Args)]
pub struct PassSetArgs {
    pub id: String,
    /// 12 digits (spaces allowed)
    #[arg(long)]
    pub number: String,
    /// First day (default: the hiring date)
    #[arg(long, value_parser = parse_cli)]
    pub start: Option<NaiveDate>,
    /// Last day as issued (default: start + 730 days − 1)
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct PassSuspendArgs {
    pub id: String,
    #[arg(long, value_parser = parse_cli)]
    pub from: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub to: NaiveDate,
    /// contract_suspended, contract_broken, finished_contract, approval_between_cta_members, contrat_passerelle
    #[arg(long)]
    pub reason: String,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

#[derive(Debug, Args)]
pub struct PassProlongArgs {
    pub id: String,
    /// senior_cdi, complete_training, rqth, senior, particular_difficulties
    #[arg(long)]
    pub reason: String,
    /// The new end, inclusive
    #[arg(long, value_parser = parse_cli)]
    pub to: NaiveDate,
    /// Who decided (name, prescriber)
    #[arg(long)]
    pub decided_by: Option<String>,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContractCmd {
    /// Record a contract
    Add(ContractAddArgs),
    /// Renew the last contract until a new end (a new contract from the day after)
    Renew(ContractRenewArgs),
    /// End the current contract early (the agreed end is kept as planned_end)
    End(ContractEndArgs),
}

#[derive(Debug, Args)]
pub struct ContractAddArgs {
    pub id: String,
    /// cddi, cddu, mission, cdi_inclusion or passerelle
    #[arg(long)]
    pub kind: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    /// Last day (none for a CDI inclusion)
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
    #[arg(long)]
    pub weekly_hours: f64,
    #[arg(long)]
    pub position: String,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

#[derive(Debug, Args)]
pub struct ContractRenewArgs {
    pub id: String,
    /// Last day of the renewal
    #[arg(long, value_parser = parse_cli)]
    pub end: NaiveDate,
    /// Weekly hours of the renewal (default: as before)
    #[arg(long)]
    pub weekly_hours: Option<f64>,
    /// Why a rule is bent (stored in the file)
    #[arg(long)]
    pub derogation: Option<String>,
}

#[derive(Debug, Args)]
pub struct ContractEndArgs {
    pub id: String,
    /// Last day worked
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
}

#[derive(Debug, Subcommand)]
pub enum InterviewCmd {
    /// Record an interview (with notes from --notes, --notes-file, or $EDITOR on a terminal)
    Add(InterviewAddArgs),
    /// The interviews of one salarié
    List(IdArg),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Medium {
    #[value(name = "in_person")]
    InPerson,
    Phone,
    Video,
    Home,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Attendance {
    Present,
    Excused,
    Absent,
}

/// The code a value enum is written with in case files (`in_person`).
pub fn code_of(value: &impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().replace('-', "_"))
        .unwrap_or_default()
}

#[derive(Debug, Args)]
pub struct InterviewAddArgs {
    /// The id of the case file
    pub id: String,
    /// YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// accueil, suivi, bilan_intermediaire, bilan_final, collectif or post_sortie
    #[arg(long)]
    pub kind: String,
    /// Who held the interview
    #[arg(long)]
    pub by: String,
    #[arg(long, value_enum)]
    pub medium: Option<Medium>,
    #[arg(long, value_enum, default_value_t = Attendance::Present)]
    pub attendance: Attendance,
    /// Duration in minutes
    #[arg(long, value_name = "MIN")]
    pub duration: Option<u32>,
    /// Topic (e.g. the workshop's theme)
    #[arg(long)]
    pub topic: Option<String>,
    /// Notes (use --notes-file for long ones)
    #[arg(long, conflicts_with = "notes_file")]
    pub notes: Option<String>,
    /// Read the notes from a file
    #[arg(long, value_name = "FILE")]
    pub notes_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum BarrierCmd {
    /// Note a barrier; prints its number in the file
    Add(BarrierAddArgs),
    /// Record an action taken on barrier N
    Action(BarrierActionArgs),
    /// Close barrier N: resolved (lifted) or abandoned
    Resolve(BarrierResolveArgs),
    /// Open a closed barrier again
    Reopen(BarrierRef),
    /// Barriers of one salarié, or of everyone
    List(BarrierListArgs),
}

#[derive(Debug, Args)]
pub struct BarrierAddArgs {
    /// The id of the case file
    pub id: String,
    /// logement, sante, mobilite, difficultes_financieres, difficultes_administratives,
    /// justice, contraintes_familiales, maitrise_langue or numerique
    #[arg(long)]
    pub category: String,
    /// What the barrier is, in words
    #[arg(long)]
    pub detail: String,
    /// When it was noted (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub noted_on: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct BarrierRef {
    /// The id of the case file
    pub id: String,
    /// The barrier's number in the file
    pub number: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Support {
    /// By the SIAE itself
    Internal,
    /// By a partner
    External,
    /// Both
    Both,
}

#[derive(Debug, Args)]
pub struct BarrierActionArgs {
    #[command(flatten)]
    pub barrier: BarrierRef,
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// What was done
    #[arg(long)]
    pub text: String,
    /// Partner involved
    #[arg(long)]
    pub partner: Option<String>,
    /// Who supports it
    #[arg(long, value_enum)]
    pub support: Option<Support>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Outcome {
    Resolved,
    Abandoned,
}

#[derive(Debug, Args)]
pub struct BarrierResolveArgs {
    #[command(flatten)]
    pub barrier: BarrierRef,
    /// The day it ended
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
    #[arg(long, value_enum, default_value_t = Outcome::Resolved)]
    pub outcome: Outcome,
    /// How it ended, in words
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct BarrierListArgs {
    /// One salarié (default: everyone)
    pub id: Option<String>,
    /// Only barriers still open (identified or in progress)
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProjectCmd {
    /// Set the target job; the previous target is kept with its dates
    Set(ProjectSetArgs),
}

#[derive(Debug, Args)]
pub struct ProjectSetArgs {
    pub id: String,
    /// The target job or training, in words
    #[arg(long)]
    pub target: String,
    /// ROME code of the target job (e.g. K2204)
    #[arg(long)]
    pub rome: Option<String>,
    /// Date of the decision (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum SkillCmd {
    /// Record a skill assessed, level 1 (beginning) to 4 (mastered)
    Add(SkillAddArgs),
}

#[derive(Debug, Args)]
pub struct SkillAddArgs {
    pub id: String,
    /// savoir_etre, savoir_faire or aptitude
    #[arg(long)]
    pub kind: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub level: u8,
    /// Date of the assessment
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
    /// Who assessed it
    #[arg(long)]
    pub by: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TrainingCmd {
    /// Record a training
    Add(TrainingAddArgs),
}

#[derive(Debug, Args)]
pub struct TrainingAddArgs {
    pub id: String,
    #[arg(long)]
    pub title: String,
    /// Training organisation
    #[arg(long)]
    pub organism: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
    /// A (pre-)qualifying training
    #[arg(long)]
    pub qualifying: bool,
    /// Certification obtained
    #[arg(long)]
    pub certification: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ImmersionCmd {
    /// Record a work immersion (PMSMP)
    Add(ImmersionAddArgs),
}

#[derive(Debug, Args)]
pub struct ImmersionAddArgs {
    pub id: String,
    #[arg(long)]
    pub employer: String,
    #[arg(long)]
    pub job: String,
    #[arg(long, value_parser = parse_cli)]
    pub start: NaiveDate,
    #[arg(long, value_parser = parse_cli)]
    pub end: NaiveDate,
}

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Record the situation found after the exit
    Add(FollowupAddArgs),
}

#[derive(Debug, Args)]
pub struct FollowupAddArgs {
    /// The id of the case file
    pub id: String,
    /// Date of the follow-up, YYYY-MM-DD (after the exit)
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// The situation, as an exit-reason code (see `iae exit reasons`)
    #[arg(long)]
    pub situation: String,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum HoursCmd {
    /// Add hours worked in a month (a second add for the same month and client kind adds up)
    Add(HoursAddArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClientKind {
    Company,
    Individual,
    Association,
    Collectivite,
}

impl ClientKind {
    pub fn code(self) -> &'static str {
        match self {
            ClientKind::Company => "company",
            ClientKind::Individual => "individual",
            ClientKind::Association => "association",
            ClientKind::Collectivite => "collectivite",
        }
    }
}

#[derive(Debug, Args)]
pub struct HoursAddArgs {
    /// The id of the case file
    pub id: String,
    /// Month, YYYY-MM
    #[arg(long)]
    pub month: String,
    /// Hours worked (decimal, e.g. 35.5)
    #[arg(long)]
    pub hours: f64,
    /// Kind of client the person was placed with (AI)
    #[arg(long, value_enum)]
    pub client_kind: Option<ClientKind>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// Exits of a year (or period) per category and reason, with the dynamic and durable rates
    Exits(ReportExitsArgs),
    /// What is due within DAYS (contracts, PASS, interviews, proofs, follow-ups…), overdue first
    Deadlines(DeadlinesArgs),
    /// Everyone in parcours on a day: phase, months, contract and PASS ends, open barriers
    Active(ActiveArgs),
    /// The ASP barriers table of a year: concerned, supported internally, externally, both
    Barriers(YearArgs),
    /// The yearly figures for the dialogue de gestion (also as .html and .xlsx)
    Annual(YearArgs),
    /// Interviews of a year per kind and counsellor, and who went beyond the cadence
    Interviews(YearArgs),
}

/// Where a report goes besides the terminal.
#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx
    /// (and .html for the annual report)
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma
    #[arg(long)]
    pub csv_excel: bool,
}

#[derive(Debug, Args)]
pub struct ReportExitsArgs {
    /// Calendar year
    #[arg(long, required_unless_present = "from", conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// First day of the period, YYYY-MM-DD (with --to)
    #[arg(long, value_parser = parse_cli, requires = "to")]
    pub from: Option<NaiveDate>,
    /// Last day of the period, YYYY-MM-DD (with --from)
    #[arg(long, value_parser = parse_cli, requires = "from")]
    pub to: Option<NaiveDate>,
    /// One row per exit: counted, or why not
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DeadlinesArgs {
    /// Days ahead (what is overdue is always listed)
    #[arg(long, default_value_t = 30, value_name = "DAYS")]
    pub within: u64,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ActiveArgs {
    /// The day (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct YearArgs {
    /// Calendar year
    #[arg(long)]
    pub year: i32,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory to create (default: --dir, else the current directory)
    pub path: Option<PathBuf>,
    /// Name of the structure
    #[arg(long)]
    pub name: String,
    /// Kind of structure: ACI, EI, AI, ETTI or EITI
    #[arg(long)]
    pub kind: String,
    /// SIRET number (14 digits)
    #[arg(long)]
    pub siret: Option<String>,
    /// Do not run `git init`
    #[arg(long)]
    pub no_git: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosisBy {
    /// The SIAE itself (valid 92 days, needs criteria)
    Employer,
    /// An authorised prescriber (valid 6 months)
    Prescriber,
}

impl DiagnosisBy {
    pub fn code(self) -> &'static str {
        match self {
            DiagnosisBy::Employer => "employer",
            DiagnosisBy::Prescriber => "prescriber",
        }
    }
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
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id (7K3M9Q) or a name (accents and case do not matter)
    pub who: String,
}

#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct ListFilter {
    /// Only salariés still in parcours (default)
    #[arg(long)]
    pub active: bool,
    /// Only salariés who have left
    #[arg(long)]
    pub exited: bool,
    /// Everyone
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: ListFilter,
    /// Only names containing TEXT (accents and case do not matter)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The id of the case file
    pub id: String,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Print a summary and the warnings, not only the errors
    #[arg(short, long)]
    pub verbose: bool,
    /// Warnings count as errors (exit 1)
    #[arg(long)]
    pub strict: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_app() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_anywhere() {
        let cli = Cli::try_parse_from([
            "iae",
            "list",
            "--all",
            "--format",
            "json",
            "--today",
            "2025-06-01",
        ])
        .unwrap();
        assert_eq!(cli.format, Format::Json);
        assert_eq!(
            cli.today,
            Some(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap())
        );
    }
}
