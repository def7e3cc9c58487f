//! `iae merge-file BASE OURS THEIRS [--path P]`: git's merge driver for case files
//! (`%O %A %B %P`). The result goes into OURS; exit 0 when merged, 1 when a conflict is
//! left between markers for a person.

use super::Ctx;
use crate::error::{Status, quiet};
use crate::git::merge::{NotToml, merge_case};
use crate::store::atomic;
use anyhow::{Context, Result};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct MergeFileArgs {
    /// The common ancestor (git's %O)
    pub base: PathBuf,
    /// Our version, replaced by the result (git's %A)
    pub ours: PathBuf,
    /// Their version (git's %B)
    pub theirs: PathBuf,
    /// The file's path in the repository, for the messages (git's %P)
    #[arg(long, value_name = "P")]
    pub path: Option<String>,
}

pub fn run(_ctx: &Ctx, a: MergeFileArgs) -> Result<()> {
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p)
            .with_context(|| crate::t!("cmd-cannot-read", path = p.display().to_string()))
    };
    let base = match std::fs::metadata(&a.base) {
        Ok(_) => read(&a.base)?,
        Err(_) => String::new(),
    };
    let (ours, theirs) = (read(&a.ours)?, read(&a.theirs)?);
    let path = a
        .path
        .clone()
        .unwrap_or_else(|| a.ours.display().to_string());
    let comment = |from: i64, to: i64| crate::t!("merge-renumbered-comment", from = from, to = to);
    match merge_case(&base, &ours, &theirs, &comment) {
        Ok(merged) => {
            if merged.text != ours {
                atomic::write(&a.ours, merged.text.as_bytes())?;
            }
            for (from, to) in &merged.renumbered {
                eprintln!(
                    "{}",
                    crate::t!(
                        "merge-renumbered",
                        path = path.as_str(),
                        from = *from,
                        to = *to
                    )
                );
            }
            for key in &merged.conflicts {
                eprintln!(
                    "{}",
                    crate::t!("merge-conflict", path = path.as_str(), key = key.as_str())
                );
            }
            if merged.conflicts.is_empty() {
                Ok(())
            } else {
                Err(quiet(Status::Error))
            }
        }
        Err(NotToml) => {
            eprintln!("{}", crate::t!("merge-not-toml", path = path.as_str()));
            if std::fs::metadata(&a.base).is_err() {
                std::fs::write(&a.base, "").with_context(|| {
                    crate::t!("io-cannot-write", path = a.base.display().to_string())
                })?;
            }
            if crate::git::text_merge(&a.base, &a.ours, &a.theirs)? {
                Ok(())
            } else {
                Err(quiet(Status::Error))
            }
        }
    }
}
