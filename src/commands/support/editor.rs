//! `$VISUAL` / `$EDITOR` on a scratch file.

use crate::error::hinted;
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::Command;

pub fn editor() -> Result<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .ok_or_else(|| {
            hinted(
                "no editor: neither $VISUAL nor $EDITOR is set",
                "e.g. `export EDITOR=nano`",
            )
        })
}

/// The editor command may carry arguments (`code --wait`): let the shell split it.
pub fn open_editor(editor: &str, file: &PathBuf) -> Result<()> {
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("iae-edit")
        .arg(file)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        bail!("the editor `{editor}` failed ({status})");
    }
    Ok(())
}
