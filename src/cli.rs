//! The command line: the global options and the top enum of command groups. Each
//! command's arguments live beside its `run` in `src/commands/`. Global options are
//! accepted anywhere on the line.

use crate::case::date::parse_cli;
use crate::commands::{
    barrier, check, contract, edit, eligibility, exit, followup, hours, immersion, init, interview,
    list, pass, project, recruit, show, skill, training,
};
use crate::output::Format;
use crate::reference::Lang;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
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
    Init(init::InitArgs),
    /// Create the case file of a newly hired salarié
    Recruit(recruit::RecruitArgs),
    /// Show one salarié's whole parcours
    Show(show::ShowArgs),
    /// List salariés (active by default)
    List(list::ListArgs),
    /// Edit a case file in $VISUAL / $EDITOR, validated before it is saved
    Edit(edit::EditArgs),
    /// Check every case file: errors (E…) and warnings (W…)
    Check(check::CheckArgs),
    /// Record an exit (sortie) and its bilan: `iae exit ID --date D --reason CODE`;
    /// `iae exit reasons` lists the reasons, `iae exit cancel ID` removes a mistaken exit
    Exit(exit::ExitCmd),
    /// Eligibility: the criteria, a verdict (exit 3 when not eligible), a diagnosis, a proof
    #[command(subcommand)]
    Eligibility(eligibility::EligibilityCmd),
    /// PASS IAE: set, suspend, prolong, show
    #[command(subcommand)]
    Pass(pass::PassCmd),
    /// Contracts: add, renew, end
    #[command(subcommand)]
    Contract(contract::ContractCmd),
    /// Interviews (entretiens): add one, list them
    #[command(subcommand)]
    Interview(interview::InterviewCmd),
    /// Barriers to employment (freins périphériques), from noticed to lifted
    #[command(subcommand)]
    Barrier(barrier::BarrierCmd),
    /// The professional project (projet professionnel)
    #[command(subcommand)]
    Project(project::ProjectCmd),
    /// Skills assessed (savoir-être, savoir-faire, aptitudes)
    #[command(subcommand)]
    Skill(skill::SkillCmd),
    /// Trainings followed
    #[command(subcommand)]
    Training(training::TrainingCmd),
    /// Work immersions with employers (PMSMP)
    #[command(subcommand)]
    Immersion(immersion::ImmersionCmd),
    /// Situations after the exit (suivi à 3 et 6 mois)
    #[command(subcommand)]
    Followup(followup::FollowupCmd),
    /// Hours worked per month (AI, ETTI, and anyone paid by the hour)
    #[command(subcommand)]
    Hours(hours::HoursCmd),
    /// Reports over the whole structure
    #[command(subcommand)]
    Report(ReportCmd),
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
