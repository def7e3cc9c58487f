//! Questions asked on a terminal for what the command line left out.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, Write};

/// Ask until `parse` accepts the answer; an empty answer returns `None` when `optional`.
pub fn ask<T>(
    question: &str,
    optional: bool,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Option<T>> {
    answer(&shown(question, optional), optional, parse)
}

/// The question as the terminal shows it, ready for the answer: `Employeur (facultatif) : `.
fn shown(question: &str, optional: bool) -> String {
    let question = if optional {
        crate::t!("cmd-prompt-optional", question = question)
    } else {
        question.to_string()
    };
    format!("{} ", crate::t!("cmd-prompt", question = question))
}

fn answer<T>(
    shown: &str,
    optional: bool,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Option<T>> {
    let stdin = std::io::stdin();
    loop {
        eprint!("{shown}");
        std::io::stderr().flush().ok();
        let mut line = String::new();
        let read = stdin
            .lock()
            .read_line(&mut line)
            .context(crate::t!("cmd-prompt-cannot-read"))?;
        if read == 0 {
            bail!(crate::t!("cmd-prompt-no-answer"));
        }
        let answer = line.trim();
        if answer.is_empty() {
            if optional {
                return Ok(None);
            }
            eprintln!("  {}", crate::t!("cmd-prompt-answer-needed"));
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
    // An empty answer is the default, yes: the question is not "optional".
    let question = crate::t!("cmd-prompt-yes-no", question = question);
    let shown = format!("{} ", crate::t!("cmd-prompt", question = question));
    let said = answer(&shown, true, |a| Ok(a.to_lowercase()))?;
    Ok(!matches!(said.as_deref(), Some("n" | "no" | "non")))
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
    use super::{read_paragraph, shown};

    #[test]
    fn a_question_shows_whether_it_may_be_left_empty_in_the_language() {
        assert_eq!(shown("Employeur", true), "Employeur (facultatif) : ");
        assert_eq!(shown("Nom de famille", false), "Nom de famille : ");
    }

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
