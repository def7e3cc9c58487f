//! Commits the tool makes: `iae sync` records what changed, and with `[git] commit = true`
//! in `iae.toml` each write command commits its own change. Messages name ids, sections
//! and dates, never a person.

use super::changes::diff;
use super::{git, git_ok};
use anyhow::Result;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The files of the structure the tool commits.
const TRACKED: &[&str] = &["salaries", "iae.toml", ".gitattributes", ".gitignore"];

/// Run `git commit` with an identity even where none is configured: the tool's own, which
/// names no one.
pub fn commit(root: &Path, message: &str, paths: &[String]) -> Result<()> {
    let mut args = identity(root);
    args.extend(["commit", "-q", "--no-verify", "-m", message].map(String::from));
    if !paths.is_empty() {
        args.push("--".into());
        args.extend(paths.iter().cloned());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    git_ok(root, &args)?;
    Ok(())
}

/// `-c user.name=iae -c user.email=iae@localhost` for what the clone has not set: git
/// refuses to commit or merge without an identity.
pub fn identity(root: &Path) -> Vec<String> {
    let mut args = Vec::new();
    for (key, fallback) in [("user.name", "iae"), ("user.email", "iae@localhost")] {
        if !git(root, &["config", "--get", key]).is_ok_and(|o| o.status.success()) {
            args.extend(["-c".to_string(), format!("{key}={fallback}")]);
        }
    }
    args
}

/// Stage every change of the structure's own files; the staged paths (relative to the
/// structure) with their status letter.
pub fn stage_all(root: &Path) -> Result<Vec<(char, String)>> {
    let present: Vec<&str> = TRACKED
        .iter()
        .copied()
        .filter(|p| {
            root.join(p).exists()
                || git(root, &["ls-files", "--error-unmatch", p]).is_ok_and(|o| o.status.success())
        })
        .collect();
    if present.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = vec!["add", "-A", "--"];
    args.extend(&present);
    git_ok(root, &args)?;
    staged(root)
}

fn staged(root: &Path) -> Result<Vec<(char, String)>> {
    let out = git_ok(
        root,
        &[
            "diff",
            "--cached",
            "--name-status",
            "--relative",
            "--no-renames",
        ],
    )?;
    Ok(out
        .lines()
        .filter_map(|l| {
            let (status, path) = l.split_once('\t')?;
            Some((status.chars().next()?, path.to_string()))
        })
        .collect())
}

/// The message naming what changed in `paths` (relative to the structure) since HEAD:
/// one line when one thing changed, else the ids in the subject and one line each below.
pub fn message(root: &Path, what: &str, paths: &[String]) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for path in paths {
        let Some(id) = path
            .strip_prefix("salaries/")
            .and_then(|p| p.strip_suffix(".toml"))
        else {
            lines.push(format!("{path} changed"));
            continue;
        };
        ids.push(id.to_string());
        let old = git(root, &["show", &format!("HEAD:./{path}")])
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
        let new = std::fs::read_to_string(root.join(path)).ok();
        match diff(old.as_deref(), new.as_deref()) {
            Ok(changes) if !changes.is_empty() => {
                lines.extend(changes.iter().map(|c| c.token(id)));
            }
            _ => lines.push(format!("case changed {id}")),
        }
    }
    if lines.len() == 1 {
        return format!("iae: {}", lines[0]);
    }
    let mut subject = format!("iae: {what}");
    if !ids.is_empty() {
        let shown: Vec<&str> = ids.iter().take(6).map(String::as_str).collect();
        subject.push(' ');
        subject.push_str(&shown.join(", "));
        if ids.len() > 6 {
            subject.push_str(&format!(" (+{})", ids.len() - 6));
        }
    }
    format!("{}\n\n{}\n", subject.trim_end(), lines.join("\n"))
}

/// The state of the structure's changed files before a write command, to commit only
/// what the command itself changed.
#[derive(Debug)]
pub struct Before {
    root: PathBuf,
    dirty: BTreeMap<String, Option<Vec<u8>>>,
}

fn dirty(root: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let out = git_ok(
        root,
        &[
            "status",
            "--porcelain",
            "--untracked-files=all",
            "--no-renames",
            "--",
            "salaries",
        ],
    )
    .unwrap_or_default();
    let prefix = super::prefix(root).unwrap_or_default();
    out.lines()
        .filter_map(|l| l.get(3..))
        .map(|p| p.trim_matches('"'))
        .map(|p| p.strip_prefix(prefix.as_str()).unwrap_or(p).to_string())
        .map(|p| {
            let bytes = std::fs::read(root.join(&p)).ok();
            (p, bytes)
        })
        .collect()
}

impl Before {
    /// `Some` when the structure asks for a commit per command and is in a git clone.
    pub fn take(root: &Path, enabled: bool) -> Option<Before> {
        if !enabled || super::work_tree(root).is_none() {
            return None;
        }
        Some(Before {
            root: root.to_path_buf(),
            dirty: dirty(root),
        })
    }

    /// Commit the case files the command changed: `iae: interview add 7K3M9Q 2025-04-02`.
    pub fn commit(self, command: &str, date: Option<String>) -> Result<()> {
        let now = dirty(&self.root);
        let changed: Vec<String> = now
            .into_iter()
            .filter(|(p, bytes)| self.dirty.get(p) != Some(bytes))
            .map(|(p, _)| p)
            .collect();
        if changed.is_empty() {
            return Ok(());
        }
        let mut args = vec!["add", "-A", "--"];
        args.extend(changed.iter().map(String::as_str));
        git_ok(&self.root, &args)?;
        let ids: Vec<&str> = changed
            .iter()
            .filter_map(|p| p.strip_prefix("salaries/")?.strip_suffix(".toml"))
            .collect();
        let mut message = format!("iae: {command} {}", ids.join(" "));
        if let Some(date) = date {
            message.push(' ');
            message.push_str(&date);
        }
        commit(&self.root, &message, &changed)
    }
}
