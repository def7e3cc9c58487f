//! `iae purge`: anonymise the case files kept past `retention_years` after the exit, or
//! delete one file entirely (`iae purge ID --erase`) when the law requires it.
use clap::Args;

use super::Ctx;
use crate::case::document::render_new;
use crate::error::{Status, UserError};
use crate::rules::retention::{anonymise, past_retention};
use crate::store::{Store, atomic};
use anyhow::{Context, Result};

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// The id of one case file to delete entirely (with --erase)
    pub id: Option<String>,
    /// Show what would be anonymised or deleted; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete the case file ID entirely, when the law requires it
    #[arg(long)]
    pub erase: bool,
}

pub fn run(ctx: &Ctx, args: PurgeArgs) -> Result<()> {
    match (&args.id, args.erase) {
        (Some(id), true) => erase(ctx, id, args.dry_run),
        (Some(id), false) => Err(UserError::new(crate::t!(
            "purge-id-needs-erase",
            id = id.as_str()
        ))
        .status(Status::Usage)
        .into()),
        (None, true) => Err(UserError::new(crate::t!("purge-erase-needs-id"))
            .status(Status::Usage)
            .into()),
        (None, false) => anonymise_past(ctx, args.dry_run),
    }
}

/// Anonymise, under the lock, every file past its retention period.
fn anonymise_past(ctx: &Ctx, dry_run: bool) -> Result<()> {
    let store = ctx.open()?;
    let Some(years) = store.structure.retention_years else {
        return Err(UserError::new(crate::t!("purge-no-retention"))
            .hint(crate::t!("purge-no-retention-hint"))
            .into());
    };
    let lock = store.lock()?;
    let set = store.load_all_locked(&lock)?;
    set.report_skipped();
    let due: Vec<_> = set
        .cases
        .iter()
        .filter_map(|l| Some((l, past_retention(&l.case, years, ctx.today)?)))
        .collect();
    if due.is_empty() {
        eprintln!("{}", crate::t!("purge-none"));
        return Ok(());
    }
    // Every new text is built and checked before the first is written.
    let mut planned = Vec::new();
    for (l, until) in &due {
        let id = crate::case::id::CaseId::parse(&l.file_id).map_err(anyhow::Error::msg)?;
        let text = render_new(&anonymise(&l.case, ctx.today));
        store.check_new_text(&id, &text, Some(&l.case))?;
        planned.push((id, text, *until, l));
    }
    if dry_run {
        eprintln!("{}", crate::t!("purge-would", count = planned.len()));
    }
    for (id, text, until, l) in &planned {
        if !dry_run {
            atomic::write_with(&store.case_path(id), text.as_bytes(), store.access())?;
        }
        let exit = l
            .case
            .exit
            .as_ref()
            .map(|e| crate::i18n::day(e.date))
            .unwrap_or_default();
        println!(
            "{}",
            crate::t!(
                "purge-line",
                id = id.as_str(),
                exit = exit,
                until = crate::i18n::day(*until)
            )
        );
    }
    if !dry_run {
        eprintln!("{}", crate::t!("purge-done", count = planned.len()));
        eprintln!("{}", crate::t!("purge-history"));
    }
    Ok(())
}

/// Delete one case file, under the lock.
fn erase(ctx: &Ctx, id: &str, dry_run: bool) -> Result<()> {
    let store = ctx.open()?;
    let id = crate::case::id::CaseId::parse(id).map_err(anyhow::Error::msg)?;
    let _lock = store.lock()?;
    // Refuses an unknown id with the usual message.
    store.read_text(&id)?;
    let path = store.case_path(&id);
    let rel = Store::rel_path(&id);
    if dry_run {
        println!("{rel}");
        return Ok(());
    }
    std::fs::remove_file(&path)
        .with_context(|| crate::t!("io-cannot-delete", path = path.display().to_string()))?;
    if let Ok(dir) = std::fs::File::open(store.salaries_dir()) {
        let _ = dir.sync_all();
    }
    eprintln!("{}", crate::t!("purge-erased", file = rel.as_str()));
    eprintln!("{}", crate::t!("purge-history"));
    Ok(())
}
