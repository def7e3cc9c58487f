//! One file per command: arguments → load → rules → save or render.

pub mod barrier;
pub mod check;
pub mod completions;
pub mod contract;
pub mod deadlines;
pub mod edit;
pub mod eligibility;
pub mod exit;
pub mod export;
pub mod followup;
pub mod git;
pub mod hours;
pub mod immersion;
pub mod init;
pub mod interview;
pub mod list;
pub mod log;
pub mod man;
pub mod merge_file;
pub mod pass;
pub mod project;
pub mod purge;
pub mod recruit;
pub mod report;
pub mod show;
pub mod skill;
pub mod support;
pub mod sync;
pub mod training;

use crate::cli::Command;
use crate::output::Format;
use crate::reference::Lang;
use crate::store::{Store, discover};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::path::PathBuf;

/// What every command may need from the command line and the environment.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub dir: Option<PathBuf>,
    pub format: Format,
    pub today: NaiveDate,
    pub lang: Lang,
    /// Both stdin and stderr are terminals: prompts and editors are possible.
    pub interactive: bool,
}

impl Ctx {
    /// Find and open the structure directory.
    pub fn open(&self) -> Result<Store> {
        let cwd = std::env::current_dir().context(crate::t!("cmd-no-current-dir"))?;
        let root = discover::find(self.dir.as_deref(), &cwd)?;
        Store::open(root)
    }
}

/// The salarié an `ID` argument designates: an id or a name, as `show` takes it.
pub use support::who::resolve as resolve_who;

/// The rows kept for each file, one after the other, in a vector of exactly their number:
/// collected from a flattened iterator, a listing of the whole structure would grow its
/// vector by doubling, and hold up to twice the rows' room, a third more while it moves.
pub(crate) fn concat<T>(parts: Vec<Vec<T>>) -> Vec<T> {
    let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        all.extend(part);
    }
    all
}

/// A code that must be in a reference table, or an error listing the known ones.
pub fn known_code(
    codes: &crate::reference::Codes,
    value: &str,
    flag: &str,
    what: &str,
) -> Result<()> {
    if codes.contains(value) {
        Ok(())
    } else {
        let mut err = crate::error::UserError::new(crate::t!(
            "cmd-unknown-code",
            flag = flag,
            value = value,
            what = what
        ))
        .status(crate::error::Status::Usage);
        if let Some(code) = codes.closest(value) {
            err = err.hint(crate::t!("cmd-did-you-mean-code", code = code));
        }
        Err(err
            .hint(crate::t!("cmd-write-one-of", list = codes.list()))
            .into())
    }
}

/// The id of the case file, for commands that take nothing else.
#[derive(Debug, clap::Args)]
pub struct IdArg {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
}

/// A number of hours as people type it: `35.5`, or with a decimal comma, `35,5`.
pub fn parse_hours(text: &str) -> Result<f64, std::num::ParseFloatError> {
    text.trim().replace(',', ".").parse()
}

/// A month as people type it, `2025-03` or `03/2025`, written `2025-03`; `None` when it
/// is not a month.
pub fn typed_month(text: &str) -> Option<String> {
    let text = text.trim();
    let iso = match text.split_once('/') {
        Some((m, y)) if m.len() == 2 && y.len() == 4 => format!("{y}-{m}"),
        Some(_) => return None,
        None => text.to_string(),
    };
    crate::case::validate::parse_month(&iso).map(|_| iso)
}

/// With `[git] commit = true` in `iae.toml`, each write command commits its own change:
/// what the structure's files look like before the command, to commit only that.
pub fn autocommit(ctx: &Ctx, command: &[String]) -> Option<crate::git::commit::Before> {
    let first = command.first().map(String::as_str);
    // Exports and reports written with --output are documents to hand over, not the
    // structure's data: never committed, even when written inside the directory.
    if matches!(
        first,
        Some("sync" | "merge-file" | "git" | "log" | "init" | "export" | "report")
    ) {
        return None;
    }
    let store = ctx.open().ok()?;
    crate::git::commit::Before::take(&store.root, store.structure.git.commit)
}

pub fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Recruit(args) => recruit::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Edit(args) => edit::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Purge(args) => purge::run(ctx, args),
        Command::Exit(args) => exit::run(ctx, args),
        Command::Eligibility(cmd) => eligibility::run(ctx, cmd),
        Command::Pass(cmd) => pass::run(ctx, cmd),
        Command::Contract(cmd) => contract::run(ctx, cmd),
        Command::Barrier(cmd) => barrier::run(ctx, cmd),
        Command::Interview(cmd) => interview::run(ctx, cmd),
        Command::Project(cmd) => project::run(ctx, cmd),
        Command::Skill(cmd) => skill::run(ctx, cmd),
        Command::Training(cmd) => training::run(ctx, cmd),
        Command::Immersion(cmd) => immersion::run(ctx, cmd),
        Command::Followup(cmd) => followup::run(ctx, cmd),
        Command::Hours(cmd) => hours::run(ctx, cmd),
        Command::Deadlines(cmd) => deadlines::run(ctx, cmd),
        Command::Report(cmd) => report::run(ctx, cmd),
        Command::Completions(args) => completions::run(ctx, args),
        Command::Man(args) => man::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Sync(args) => sync::run(ctx, args),
        Command::Git(cmd) => git::run(ctx, cmd),
        Command::MergeFile(args) => merge_file::run(ctx, args),
    }
}
