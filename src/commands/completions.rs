//! `iae completions SHELL`: the script that makes a shell complete commands, flags,
//! codes, and the ids and names of the current structure.

use super::Ctx;
use anyhow::Result;
use clap::{Args, ValueEnum};
use clap_complete::env::Shells;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The variable that makes `iae` answer a completion request instead of running.
pub const COMPLETE_VAR: &str = "COMPLETE";

pub fn run(_ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    let name = args
        .shell
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    let shells = Shells::builtins();
    let shell = shells
        .completer(&name)
        .ok_or_else(|| anyhow::anyhow!("{name}: no completion for this shell"))?;
    let mut script = Vec::new();
    shell.write_registration(COMPLETE_VAR, "iae", "iae", "iae", &mut script)?;
    crate::output::out_bytes(&script)
}
