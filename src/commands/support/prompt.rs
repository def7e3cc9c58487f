//! Questions asked on a terminal for what the command line left out.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, Write};

/// Ask until `parse` accepts the answer; an empty answer returns `None` when `optional`.
pub fn ask<T>(
    question: &str,
    optional: bool,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Option<T>> {
    let asked = if optional {
        format!("{question} {}", crate::t!("prompt-optional"))
    } else {
        question.to_string()
    };
    loop {
        let answer = read_answer(&asked)?;
        if answer.is_empty() {
            if optional {
                return Ok(None);
            }
            eprintln!("  {}", crate::t!("cmd-prompt-answer-needed"));
            continue;
        }
        match parse(&answer) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => eprintln!("  {e}"),
        }
    }
}

/// Ask until `parse` accepts the answer; an empty answer takes `default`, shown in
/// brackets after the question as it would be typed.
pub fn ask_or<T>(
    question: &str,
    default: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<T> {
    let asked = format!("{question} [{default}]");
    loop {
        let answer = read_answer(&asked)?;
        let answer = if answer.is_empty() {
            default
        } else {
            answer.as_str()
        };
        match parse(answer) {
            Ok(v) => return Ok(v),
            Err(e) => eprintln!("  {e}"),
        }
    }
}

/// One line typed after `question`, trimmed; the end of input is an error.
fn read_answer(question: &str) -> Result<String> {
    eprint!("{} ", crate::t!("prompt-asked", question = question));
    std::io::stderr().flush().ok();
    let mut line = String::new();
    let read = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context(crate::t!("cmd-prompt-cannot-read"))?;
    if read == 0 {
        bail!(crate::t!("cmd-prompt-no-answer"));
    }
    Ok(line.trim().to_string())
}

/// A yes/no question; the default is yes.
pub fn confirm(question: &str) -> Result<bool> {
    let question = crate::t!("cmd-prompt-yes-no", question = question);
    let answer = read_answer(&question)?.to_lowercase();
    Ok(!matches!(answer.as_str(), "n" | "no" | "non"))
}

/// Several lines typed on a terminal, ended by an empty line (or the end of input): the
/// notes of an interview when no editor is set. Nothing typed is `None`.
pub fn paragraph(intro: &str) -> Result<Option<String>> {
    eprintln!("{intro}");
    read_paragraph(std::io::stdin().lock())
}

/// The lines of `input` up to the first empty one.
pub fn read_paragraph(input: impl BufRead) -> Result<Option<String>> {
    let mut lines = Vec::new();
    for line in input.lines() {
        let line = line.context(crate::t!("cmd-prompt-cannot-read"))?;
        if line.trim().is_empty() {
            break;
        }
        lines.push(line.trim_end().to_string());
    }
    Ok((!lines.is_empty()).then(|| lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::read_paragraph;

    #[test]
    fn a_paragraph_ends_at_the_first_empty_line_or_the_end_of_input() {
        let typed = "Point sur le permis.\nRDV auto-école le 12.\n\nignored\n";
        assert_eq!(
            read_paragraph(typed.as_bytes()).unwrap().as_deref(),
            Some("Point sur le permis.\nRDV auto-école le 12.")
        );
        assert_eq!(
            read_paragraph("one line".as_bytes()).unwrap().as_deref(),
            Some("one line")
        );
        assert_eq!(read_paragraph("\nlater".as_bytes()).unwrap(), None);
        assert_eq!(read_paragraph("".as_bytes()).unwrap(), None);
    }
}
