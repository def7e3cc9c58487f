//! Git as the team's engine: the semantic merge driver for case files, a case's history
//! in words, and the daily sync. Git itself is run as the `git` program.

pub mod changes;
pub mod commit;
pub mod merge;
pub mod setup;

use crate::error::UserError;
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
        .context(crate::t!("cmd-git-cannot-run"))
}

/// `git …` that must succeed; its trimmed stdout.
pub fn git_ok(dir: &Path, args: &[&str]) -> Result<String> {
    let out = git(dir, args)?;
    if !out.status.success() {
        return Err(failed(args, &out.stderr).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

/// A git command that failed, in the person's language: what failed, what to do, and
/// git's own words quoted after.
pub fn failed(args: &[&str], stderr: &[u8]) -> UserError {
    let command = args
        .iter()
        .find(|a| !a.starts_with('-') && !a.contains('='))
        .copied()
        .unwrap_or("");
    UserError::new(crate::t!("git-failed", command = command))
        .details(said(stderr))
        .hint(crate::t!("git-failed-hint"))
}

/// Git's own output, quoted for a person ("git a répondu : …"); none when it said nothing.
pub fn said(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    (!lines.is_empty()).then(|| crate::t!("git-said", output = lines.join("\n    ")))
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
        .context(crate::t!("cmd-git-cannot-run-merge"))?;
    match status.code() {
        Some(0) => Ok(true),
        Some(n) if n > 0 && n < 128 => Ok(false),
        _ => anyhow::bail!(crate::t!(
            "cmd-git-merge-failed",
            file = ours.display().to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_command_is_named_by_its_subcommand_and_git_is_quoted_line_by_line() {
        let args = ["-c", "user.name=iae", "commit", "-q", "-m", "iae: sync"];
        let error = failed(&args, b"fatal: one\n\n  hint: two\n");
        assert_eq!(error.message, "la commande git « commit » a échoué");
        assert_eq!(
            error.details,
            ["git a répondu : fatal: one\n      hint: two"]
        );
        assert_eq!(error.hints.len(), 1);
        assert!(said(b" \n").is_none());
        assert!(failed(&["fetch"], b"").details.is_empty());
    }
}
