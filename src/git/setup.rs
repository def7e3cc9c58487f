//! Registering the merge driver: `.gitattributes` routes case files to it (committed,
//! shared by every clone), and each clone's `.git/config` says how to run it (git never
//! copies a driver's config through a clone).

use super::{git, git_ok};
use crate::store::atomic;
use anyhow::{Context, Result};
use std::path::Path;

/// The line of `.gitattributes` that sends case files to the driver.
pub const ATTRIBUTES_LINE: &str = "salaries/*.toml merge=iae";

/// Whether `.gitattributes` in the structure already routes case files to the driver.
pub fn attributes_present(root: &Path) -> bool {
    std::fs::read_to_string(root.join(".gitattributes")).is_ok_and(|text| {
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["salaries/*.toml", "merge=iae"])
    })
}

/// Add the driver's line to `.gitattributes`; true when the file was changed.
pub fn ensure_attributes(root: &Path) -> Result<bool> {
    if attributes_present(root) {
        return Ok(false);
    }
    let path = root.join(".gitattributes");
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# case files merge by their content: `iae git setup`\n");
    text.push_str(ATTRIBUTES_LINE);
    text.push('\n');
    atomic::write(&path, text.as_bytes())?;
    Ok(true)
}

/// Whether this clone knows how to run the driver.
pub fn driver_configured(root: &Path) -> bool {
    git(root, &["config", "--get", "merge.iae.driver"]).is_ok_and(|o| o.status.success())
}

/// Set the driver in this clone's config, running this very program.
pub fn configure_driver(root: &Path) -> Result<()> {
    let exe = std::env::current_exe().context("cannot find the path of the iae program")?;
    let exe = exe.to_string_lossy().replace('\'', r"'\''");
    let driver = format!("'{exe}' merge-file %O %A %B --path %P");
    git_ok(
        root,
        &[
            "config",
            "merge.iae.name",
            "iae: merge of case files by their content",
        ],
    )?;
    git_ok(root, &["config", "merge.iae.driver", &driver])?;
    Ok(())
}
