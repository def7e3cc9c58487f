//! `iae sync`: the day's work shared, for people who do not use git by hand — commit what
//! changed (messages name ids, never a person), pull with the merge driver, push when a
//! remote exists, and say in one line what came in and what went out.

use super::Ctx;
use super::git::setup::require_repository;
use crate::error::UserError;
use crate::git::commit::{commit, message, stage_all};
use crate::git::setup::{
    attributes_present, configure_driver, driver_configured, ensure_attributes,
};
use crate::git::{git, git_ok, is_marker};
use anyhow::Result;
use clap::Args;
use std::path::Path;

#[derive(Debug, Args)]
pub struct SyncArgs {}

pub fn run(ctx: &Ctx, _args: SyncArgs) -> Result<()> {
    let store = ctx.open()?;
    let root = store.root.clone();
    require_repository(&root)?;
    let _lock = store.lock()?;
    if !driver_configured(&root) || !attributes_present(&root) {
        ensure_attributes(&root)?;
        configure_driver(&root)?;
        eprintln!("{}", crate::t!("sync-driver-set"));
    }
    finish_merge(&root)?;
    let committed = commit_local(&root)?;
    let Some(remote) = chosen_remote(&root)? else {
        eprintln!("{}", crate::t!("sync-local", committed = committed));
        return Ok(());
    };
    let branch = git_ok(&root, &["symbolic-ref", "--short", "HEAD"])?;
    let upstream = format!("refs/remotes/{remote}/{branch}");
    let pulled = pull(&root, &remote, &branch, &upstream, committed)?;
    let sent = push(
        &root,
        &remote,
        &branch,
        pulled.has_upstream.then_some(&upstream),
    )?;
    eprintln!(
        "{}",
        crate::t!(
            "sync-summary",
            sent = sent,
            received = pulled.received,
            files = pulled.files
        )
    );
    Ok(())
}

/// Commit whatever changed; returns how many commits were made (0 or 1).
fn commit_local(root: &Path) -> Result<usize> {
    let staged = stage_all(root)?;
    if staged.is_empty() {
        return Ok(0);
    }
    let paths: Vec<String> = staged.into_iter().map(|(_, p)| p).collect();
    commit(root, &message(root, "sync", &paths), &[])?;
    Ok(1)
}

/// `origin`, else the first remote; none for a clone that only works locally.
fn chosen_remote(root: &Path) -> Result<Option<String>> {
    let remotes = git_ok(root, &["remote"])?;
    Ok(remotes
        .lines()
        .find(|r| *r == "origin")
        .or_else(|| remotes.lines().next())
        .map(str::to_string))
}

/// What came in from the remote.
struct Pulled {
    /// The remote has the branch.
    has_upstream: bool,
    /// Commits received.
    received: usize,
    /// Case files they changed.
    files: usize,
}

/// Fetch the remote and merge its branch into ours.
fn pull(
    root: &Path,
    remote: &str,
    branch: &str,
    upstream: &str,
    committed: usize,
) -> Result<Pulled> {
    let fetched = git(root, &["fetch", "-q", remote])?;
    if !fetched.status.success() {
        return Err(UserError::new(crate::t!(
            "sync-fetch-failed",
            remote = remote,
            committed = committed
        ))
        .hint(crate::t!("sync-fetch-failed-hint", remote = remote))
        .details(crate::git::said(&fetched.stderr))
        .into());
    }
    let has_upstream = succeeds(root, &["rev-parse", "-q", "--verify", upstream]);
    let has_head = succeeds(root, &["rev-parse", "-q", "--verify", "HEAD"]);
    let mut pulled = Pulled {
        has_upstream,
        received: 0,
        files: 0,
    };
    if !has_upstream {
        return Ok(pulled);
    }
    pulled.received = if has_head {
        count(root, &format!("HEAD..{upstream}"))
    } else {
        count(root, upstream)
    };
    if pulled.received > 0 {
        if has_head {
            pulled.files = git_ok(
                root,
                &[
                    "diff",
                    "--name-only",
                    "--relative",
                    &format!("HEAD...{upstream}"),
                    "--",
                    "salaries",
                ],
            )?
            .lines()
            .count();
        }
        merge(root, remote, branch, upstream)?;
    }
    Ok(pulled)
}

/// Push what the remote does not have yet (`upstream`: its branch, if it has one);
/// returns how many commits went out.
fn push(root: &Path, remote: &str, branch: &str, upstream: Option<&String>) -> Result<usize> {
    let sent = match upstream {
        Some(upstream) => count(root, &format!("{upstream}..HEAD")),
        None if succeeds(root, &["rev-parse", "-q", "--verify", "HEAD"]) => count(root, "HEAD"),
        None => 0,
    };
    if sent == 0 {
        return Ok(0);
    }
    let pushed = git(
        root,
        &[
            "push",
            "-q",
            "-u",
            remote,
            &format!("HEAD:refs/heads/{branch}"),
        ],
    )?;
    if !pushed.status.success() {
        return Err(
            UserError::new(crate::t!("sync-push-failed", remote = remote))
                .details(crate::git::said(&pushed.stderr))
                .into(),
        );
    }
    Ok(sent)
}

fn succeeds(root: &Path, args: &[&str]) -> bool {
    git(root, args).is_ok_and(|o| o.status.success())
}

fn count(root: &Path, range: &str) -> usize {
    git_ok(root, &["rev-list", "--count", range])
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// Merge what came in; a real conflict is left in the files for a person.
fn merge(root: &Path, remote: &str, branch: &str, upstream: &str) -> Result<()> {
    let message = format!("iae: sync, merge of {remote}/{branch}");
    let mut args = crate::git::commit::identity(root);
    args.extend(["merge", "-q", "--no-edit", "-m", &message, upstream].map(String::from));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = git(root, &args)?;
    if out.status.success() {
        return Ok(());
    }
    let conflicted = unmerged(root)?;
    if conflicted.is_empty() {
        return Err(crate::git::failed(&["merge"], &out.stderr).into());
    }
    Err(UserError::new(crate::t!("sync-conflict", files = conflicted.join(", "))).into())
}

fn unmerged(root: &Path) -> Result<Vec<String>> {
    Ok(git_ok(
        root,
        &["diff", "--name-only", "--relative", "--diff-filter=U"],
    )?
    .lines()
    .map(str::to_string)
    .collect())
}

/// A merge left for a person: once the markers are gone, record it.
fn finish_merge(root: &Path) -> Result<()> {
    if !succeeds(root, &["rev-parse", "-q", "--verify", "MERGE_HEAD"]) {
        return Ok(());
    }
    let conflicted = unmerged(root)?;
    let still: Vec<&String> = conflicted
        .iter()
        .filter(|p| std::fs::read_to_string(root.join(p)).is_ok_and(|t| t.lines().any(is_marker)))
        .collect();
    if !still.is_empty() {
        let files: Vec<&str> = still.iter().map(|s| s.as_str()).collect();
        return Err(
            UserError::new(crate::t!("sync-still-markers", files = files.join(", "))).into(),
        );
    }
    if !conflicted.is_empty() {
        let mut args = vec!["add", "--"];
        args.extend(conflicted.iter().map(String::as_str));
        git_ok(root, &args)?;
    }
    stage_all(root)?;
    commit(root, "iae: sync, merge resolved by hand", &[])
}
