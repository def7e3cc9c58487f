//! Finding the structure's directory: `--dir`, else `IAE_DIR`, else the first parent of
//! the current directory holding an `iae.toml` (as git finds `.git`).

use crate::error::hinted;
use anyhow::Result;
use std::path::{Path, PathBuf};

pub const CONFIG: &str = "iae.toml";

pub fn find(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        if dir.join(CONFIG).is_file() {
            return Ok(dir.to_path_buf());
        }
        return Err(hinted(
            crate::t!(
                "cmd-not-a-structure",
                dir = dir.display().to_string(),
                config = CONFIG
            ),
            crate::t!("cmd-not-a-structure-hint", dir = dir.display().to_string()),
        ));
    }
    for dir in cwd.ancestors() {
        if dir.join(CONFIG).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    Err(hinted(
        crate::t!(
            "cmd-no-structure",
            dir = cwd.display().to_string(),
            config = CONFIG
        ),
        crate::t!("cmd-no-structure-hint"),
    ))
}
