//! The command line: the global options and the top enum of command groups. Each
//! command's arguments live beside its `run` in `src/commands/`. Global options are
//! accepted anywhere on the line.

use crate::case::date::parse_cli;
use crate::commands::{
    barrier, check, completions, contract, deadlines, edit, eligibility, exit, export, followup,
    hours, immersion, init, interview, list, man, pass, project, purge, recruit, show, skill,
    training,
};
use crate::output::Format;
use crate::reference::Lang;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
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
    /// Everything held on one salarié, as a printable HTML page or JSON (right of access)
    Export(export::ExportArgs),
    /// Anonymise the files kept past retention_years after the exit; `ID --erase` deletes one
    Purge(purge::PurgeArgs),
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
    Report(crate::commands::report::ReportCmd),
    /// Items of `report deadlines` set aside with a reason
    #[command(subcommand)]
    Deadlines(deadlines::DeadlinesCmd),
    /// The shell completion script (commands, flags, ids and names of the structure)
    Completions(completions::CompletionsArgs),
    /// The manual pages
    Man(man::ManArgs),
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

/// The command tree as the shell completion sees it: ids and names complete from the
/// structure, descriptions in the language of the environment.
pub fn completion_command() -> clap::Command {
    use clap::CommandFactory;
    let lang = crate::i18n::choose(None, |name| std::env::var(name).ok());
    let cmd = crate::i18n::help::localize(Cli::command(), lang);
    crate::commands::support::complete::with_case_completion(cmd)
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
