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
            format!(
                "{} is not a structure directory (it has no {CONFIG})",
                dir.display()
            ),
            format!(
                "create one with `iae init {} --name NAME --kind ACI|EI|AI|ETTI|EITI`, or point --dir / IAE_DIR at an existing one",
                dir.display()
            ),
        ));
    }
    for dir in cwd.ancestors() {
        if dir.join(CONFIG).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    Err(hinted(
        format!(
            "no structure found: neither {} nor any parent directory has an {CONFIG}",
            cwd.display()
        ),
        "create one with `iae init DIR --name NAME --kind ACI|EI|AI|ETTI|EITI`, or use --dir DIR / IAE_DIR",
    ))
}
