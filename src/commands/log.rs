//! `iae log ID|NAME [--patch]`: the case's history from git, newest first — the date and
//! author of each commit that touched the file and what changed, in words.

use super::Ctx;
use super::git::setup::require_repository;
use crate::error::hinted;
use crate::git::changes::{Change, diff};
use crate::git::{git, git_ok};
use crate::output::Format;
use crate::store::Store;
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The id or the name of the salarié
    pub who: String,
    /// Add the TOML difference of each commit
    #[arg(long)]
    pub patch: bool,
}

#[derive(Debug, Serialize)]
struct ChangeRow {
    #[serde(flatten)]
    change: Change,
    text: String,
}

#[derive(Debug, Serialize)]
struct CommitRow {
    commit: String,
    date: String,
    author: String,
    /// A merge of two lines of work; its changes are those it brought to the first.
    merge: bool,
    changes: Vec<ChangeRow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    patch: Option<String>,
}

pub fn run(ctx: &Ctx, args: LogArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = super::resolve_who(&store, &args.who)?;
    let root = &store.root;
    require_repository(root)?;
    let rel = Store::rel_path(&id);
    let log = git_ok(
        root,
        &[
            "log",
            "--format=%H%x1f%P%x1f%ad%x1f%an",
            "--date=short",
            "--",
            &rel,
        ],
    )
    .unwrap_or_default();
    if log.trim().is_empty() {
        return Err(hinted(
            crate::t!("log-no-history", id = id.as_str()),
            crate::t!("log-no-history-hint"),
        ));
    }
    let shallow: Vec<String> = git_ok(root, &["rev-parse", "--git-path", "shallow"])
        .ok()
        .and_then(|p| std::fs::read_to_string(root.join(p)).ok())
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let mut rows = Vec::new();
    for line in log.lines() {
        let fields: Vec<&str> = line.split('\u{1f}').collect();
        let [commit, parents, date, author] = fields[..] else {
            continue;
        };
        rows.push(commit_row(
            root, &rel, commit, parents, date, author, args.patch, &store, &shallow,
        )?);
    }
    if ctx.format == Format::Table {
        let mut text = String::new();
        for r in &rows {
            let merge = if r.merge {
                format!(" ({})", crate::t!("log-merge"))
            } else {
                String::new()
            };
            let day = chrono::NaiveDate::parse_from_str(&r.date, "%Y-%m-%d")
                .map_or_else(|_| r.date.clone(), crate::i18n::day);
            text.push_str(&format!(
                "{}  {}  {}{merge}\n",
                day,
                r.author,
                &r.commit[..r.commit.len().min(8)]
            ));
            for c in &r.changes {
                text.push_str(&format!("  - {}\n", c.text));
            }
            if let Some(patch) = &r.patch {
                for l in patch.lines() {
                    text.push_str(&format!("    {l}\n"));
                }
            }
        }
        crate::output::out(&text)
    } else {
        crate::output::print_value(&rows, ctx.format)
    }
}

#[allow(clippy::too_many_arguments)]
fn commit_row(
    root: &Path,
    rel: &str,
    commit: &str,
    parents: &str,
    date: &str,
    author: &str,
    patch: bool,
    store: &Store,
    shallow: &[String],
) -> Result<CommitRow> {
    let show = |rev: &str| -> Option<String> {
        let out = git(root, &["show", &format!("{rev}:./{rel}")]).ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let parent = parents.split_whitespace().next();
    // A shallow clone's oldest commits have their parents cut off: what came before is
    // unknown, not a creation.
    let truncated = shallow.iter().any(|c| c == commit);
    let new = show(commit);
    let old = if truncated {
        None
    } else {
        parent.and_then(show)
    };
    let lang = crate::i18n::lang();
    let changes: Vec<ChangeRow> = if truncated {
        vec![ChangeRow {
            change: Change::note("case"),
            text: crate::t!("log-truncated"),
        }]
    } else {
        match diff(old.as_deref(), new.as_deref()) {
            Ok(list) if list.is_empty() => vec![ChangeRow {
                change: Change::note("case"),
                text: crate::t!("log-no-change"),
            }],
            Ok(list) => list
                .into_iter()
                .map(|c| ChangeRow {
                    text: c.words(&store.reference, lang),
                    change: c,
                })
                .collect(),
            Err(_) => vec![ChangeRow {
                change: Change::note("case"),
                text: crate::t!("log-unreadable"),
            }],
        }
    };
    let patch = match (patch, parent) {
        (true, Some(p)) if !truncated => Some(git_ok(root, &["diff", p, commit, "--", rel])?),
        (true, _) => Some(git_ok(root, &["show", "--format=", commit, "--", rel])?),
        (false, _) => None,
    };
    Ok(CommitRow {
        commit: commit.to_string(),
        date: date.to_string(),
        author: author.to_string(),
        merge: parents.split_whitespace().count() > 1,
        changes,
        patch,
    })
}
