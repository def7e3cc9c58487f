//! Questions asked on a terminal for what the command line left out.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, Write};

/// Ask until `parse` accepts the answer; an empty answer returns `None` when `optional`.
pub fn ask<T>(
    question: &str,
    optional: bool,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Option<T>> {
    let stdin = std::io::stdin();
    loop {
        eprint!("{question}{}: ", if optional { " (optional)" } else { "" });
        std::io::stderr().flush().ok();
        let mut line = String::new();
        let read = stdin
            .lock()
            .read_line(&mut line)
            .context("cannot read the answer")?;
        if read == 0 {
            bail!("no answer (end of input)");
        }
        let answer = line.trim();
        if answer.is_empty() {
            if optional {
                return Ok(None);
            }
            eprintln!("  an answer is needed");
            continue;
        }
        match parse(answer) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => eprintln!("  {e}"),
        }
    }
}

/// A yes/no question; the default is yes.
pub fn confirm(question: &str) -> Result<bool> {
    let answer = ask(&format!("{question} [Y/n]"), true, |a| Ok(a.to_lowercase()))?;
    Ok(!matches!(answer.as_deref(), Some("n" | "no" | "non")))
}
