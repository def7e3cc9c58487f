//! `iae init`: create a structure directory.

use super::Ctx;
use crate::case::structure::{init_text, is_siret};
use crate::error::hinted;
use crate::reference::Reference;
use crate::store::atomic::Access;
use crate::store::{LOCAL, SALARIES, atomic, discover::CONFIG};
use anyhow::{Context, Result, bail};
use clap::Args;
use std::path::Path;
use std::path::PathBuf;
use std::process::Command;

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

pub fn run(ctx: &Ctx, args: InitArgs) -> Result<()> {
    let dir = match args.path.or_else(|| ctx.dir.clone()) {
        Some(d) => d,
        None => std::env::current_dir().context(crate::t!("cmd-no-current-dir"))?,
    };
    let kind = args.kind.trim().to_uppercase();
    let kinds = &Reference::embedded().kinds;
    if !kinds.contains(&kind) {
        bail!(crate::t!(
            "cmd-init-kind",
            kind = args.kind.as_str(),
            list = kinds.list()
        ));
    }
    if args.name.trim().is_empty() {
        bail!(crate::t!("cmd-init-name-empty"));
    }
    if let Some(siret) = &args.siret
        && !is_siret(siret)
    {
        bail!(crate::t!("cmd-init-siret", siret = siret.as_str()));
    }
    if dir.join(CONFIG).exists() {
        return Err(hinted(
            crate::t!(
                "cmd-init-already",
                dir = dir.display().to_string(),
                config = CONFIG
            ),
            crate::t!("cmd-init-already-hint"),
        ));
    }
    if dir.join(SALARIES).exists() {
        bail!(crate::t!(
            "cmd-init-salaries-exists",
            dir = dir.display().to_string(),
            salaries = SALARIES
        ));
    }
    // Private from the start: the lock and temporary files' directory, then salaries/.
    std::fs::create_dir_all(&dir)
        .with_context(|| crate::t!("cmd-cannot-create", path = dir.display().to_string()))?;
    atomic::create_dir(&dir.join(LOCAL), Access::Private)?;
    atomic::create_dir(&dir.join(SALARIES), Access::Private)?;
    let text = init_text(args.name.trim(), &kind, args.siret.as_deref());
    atomic::create_new(&dir.join(CONFIG), text.as_bytes())?;
    ensure_gitignore(&dir)?;
    crate::git::setup::ensure_attributes(&dir)?;
    if !args.no_git {
        git_init(&dir);
        if crate::git::work_tree(&dir).is_some() {
            crate::git::setup::configure_driver(&dir)?;
        }
    }
    // `iae recruit` finds the structure from where it is run: elsewhere, say where to go.
    let here = std::env::current_dir()
        .ok()
        .and_then(|cwd| cwd.canonicalize().ok())
        .is_some_and(|cwd| dir.canonicalize().is_ok_and(|d| d == cwd));
    eprintln!(
        "{}",
        crate::t!(
            "cmd-init-created",
            name = args.name.trim(),
            kind = kind.as_str(),
            dir = dir.display().to_string(),
            here = if here { "yes" } else { "no" }
        )
    );
    Ok(())
}

/// `.iae/` holds only the lock, caches and temporary files: never committed; nor are the
/// temporary files an older version or an interrupted write may leave elsewhere.
fn ensure_gitignore(dir: &Path) -> Result<()> {
    let path = dir.join(".gitignore");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let has = |line: &str| current.lines().any(|l| l.trim() == line);
    let missing: Vec<&str> = [".iae/", ".iae-*.tmp"]
        .into_iter()
        .filter(|l| !(has(l) || (*l == ".iae/" && has(".iae"))))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = current.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# local lock, caches and temporary files of iae\n");
    for line in missing {
        text.push_str(line);
        text.push('\n');
    }
    atomic::write(&path, text.as_bytes())
}

/// Run `git init` unless the directory is already in a git work tree; a missing git is
/// only a note.
fn git_init(dir: &Path) {
    let inside = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output();
    match inside {
        Err(_) => {
            eprintln!("{}", crate::t!("cmd-init-no-git"))
        }
        Ok(out) if out.status.success() => {
            eprintln!(
                "{}",
                crate::t!("cmd-init-inside-git", dir = dir.display().to_string())
            );
        }
        Ok(_) => {
            let status = Command::new("git").arg("init").arg("-q").arg(dir).status();
            if !matches!(status, Ok(s) if s.success()) {
                eprintln!("{}", crate::t!("cmd-init-git-failed"));
            }
        }
    }
}
