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
                crate::t!("cmd-editor-none"),
                crate::t!("cmd-editor-none-hint"),
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
        .with_context(|| crate::t!("cmd-editor-cannot-start", editor = editor))?;
    if !status.success() {
        bail!(crate::t!(
            "cmd-editor-failed",
            editor = editor,
            status = status
                .code()
                .map_or_else(|| status.to_string(), |code| code.to_string())
        ));
    }
    Ok(())
}
