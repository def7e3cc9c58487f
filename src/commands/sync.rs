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
    let mut committed = 0;
    let staged = stage_all(&root)?;
    if !staged.is_empty() {
        let paths: Vec<String> = staged.into_iter().map(|(_, p)| p).collect();
        commit(&root, &message(&root, "sync", &paths), &[])?;
        committed = 1;
    }
    let remotes = git_ok(&root, &["remote"])?;
    let Some(remote) = remotes
        .lines()
        .find(|r| *r == "origin")
        .or_else(|| remotes.lines().next())
        .map(str::to_string)
    else {
        eprintln!("{}", crate::t!("sync-local", committed = committed));
        return Ok(());
    };
    let branch = git_ok(&root, &["symbolic-ref", "--short", "HEAD"])?;
    let fetched = git(&root, &["fetch", "-q", &remote])?;
    if !fetched.status.success() {
        return Err(UserError::new(crate::t!(
            "sync-fetch-failed",
            remote = remote.as_str(),
            committed = committed
        ))
        .hint(crate::t!(
            "sync-fetch-failed-hint",
            remote = remote.as_str()
        ))
        .details(crate::git::said(&fetched.stderr))
        .into());
    }
    let upstream = format!("refs/remotes/{remote}/{branch}");
    let has_upstream = succeeds(&root, &["rev-parse", "-q", "--verify", &upstream]);
    let has_head = succeeds(&root, &["rev-parse", "-q", "--verify", "HEAD"]);
    let (mut received, mut files) = (0, 0);
    if has_upstream {
        received = if has_head {
            count(&root, &format!("HEAD..{upstream}"))
        } else {
            count(&root, &upstream)
        };
        if received > 0 {
            if has_head {
                files = git_ok(
                    &root,
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
            merge(&root, &remote, &branch, &upstream)?;
        }
    }
    let sent = if has_upstream {
        count(&root, &format!("{upstream}..HEAD"))
    } else if succeeds(&root, &["rev-parse", "-q", "--verify", "HEAD"]) {
        count(&root, "HEAD")
    } else {
        0
    };
    if sent > 0 {
        let pushed = git(
            &root,
            &[
                "push",
                "-q",
                "-u",
                &remote,
                &format!("HEAD:refs/heads/{branch}"),
            ],
        )?;
        if !pushed.status.success() {
            return Err(
                UserError::new(crate::t!("sync-push-failed", remote = remote.as_str()))
                    .details(crate::git::said(&pushed.stderr))
                    .into(),
            );
        }
    }
    eprintln!(
        "{}",
        crate::t!(
            "sync-summary",
            sent = sent,
            received = received,
            files = files
        )
    );
    Ok(())
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
