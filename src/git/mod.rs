//! Git as the team's engine: the semantic merge driver for case files, a case's history
//! in words, and the daily sync. Git itself is run as the `git` program.

pub mod changes;
pub mod commit;
pub mod merge;
pub mod setup;

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `git -C dir args…`, its output captured. Git's own messages stay in English and
/// machine-readable: the tool words what a person reads.
pub fn git(dir: &Path, args: &[&str]) -> Result<Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("LC_ALL", "C")
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .context("cannot run git; is it installed?")
}

/// `git …` that must succeed; its trimmed stdout.
pub fn git_ok(dir: &Path, args: &[&str]) -> Result<String> {
    let out = git(dir, args)?;
    if !out.status.success() {
        anyhow::bail!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

/// The top of the git work tree holding `dir`, if it is in one.
pub fn work_tree(dir: &Path) -> Option<PathBuf> {
    let out = git(dir, &["rev-parse", "--show-toplevel"]).ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// `dir` relative to the top of its work tree, with a trailing `/` (empty at the top):
/// the prefix of the paths git prints.
pub fn prefix(dir: &Path) -> Result<String> {
    git_ok(dir, &["rev-parse", "--show-prefix"])
}

/// A line of text that git writes around a conflict.
pub fn is_marker(line: &str) -> bool {
    line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>") || line.starts_with("|||||||")
}

/// Git's own line merge of three files, written into `ours`: the fallback when a side is
/// not TOML, so nothing is lost. True when it merged cleanly.
pub fn text_merge(base: &Path, ours: &Path, theirs: &Path) -> Result<bool> {
    let status = Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .status()
        .context("cannot run git merge-file; is git installed?")?;
    match status.code() {
        Some(0) => Ok(true),
        Some(n) if n > 0 && n < 128 => Ok(false),
        _ => anyhow::bail!("git merge-file failed on {}", ours.display()),
    }
}
