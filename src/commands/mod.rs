//! One file per command: arguments → load → rules → save or render.

pub mod check;
pub mod edit;
pub mod exit;
pub mod followup;
pub mod hours;
pub mod init;
pub mod list;
pub mod prompt;
pub mod recruit;
pub mod report;
pub mod show;

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
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        let root = discover::find(self.dir.as_deref(), &cwd)?;
        Store::open(root)
    }
}

pub fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Recruit(args) => recruit::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Edit(args) => edit::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Exit(args) => exit::run(ctx, args),
        Command::Followup(crate::cli::FollowupCmd::Add(args)) => followup::add(ctx, args),
        Command::Hours(crate::cli::HoursCmd::Add(args)) => hours::add(ctx, args),
        Command::Report(crate::cli::ReportCmd::Exits(args)) => report::exits(ctx, args),
    }
}
