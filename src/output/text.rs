//! Text for people: the terminal's width, cells cut or folded to a width, Markdown tables.

use comfy_table::Table;
use std::io::{self, IsTerminal, Write};

/// Width available for tables: the terminal's, else `COLUMNS`, else 80.
pub(super) fn width() -> u16 {
    if std::io::stdout().is_terminal()
        && let Some((w, _)) = terminal_width()
    {
        return w;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
}

fn terminal_width() -> Option<(u16, u16)> {
    let probe = Table::new();
    probe.width().map(|w| (w, 0))
}

/// The longest run of characters between spaces: what a column must hold on one line.
pub(super) fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// `text` cut to `max` characters with an ellipsis, for table cells.
pub fn ellipsis(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Words folded into lines of at most `width` characters (a longer word stands alone).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A GitHub-flavoured Markdown table.
pub fn markdown(headers: &[&str], rows: &[Vec<String>]) -> String {
    text_of(|w| write_markdown(w, headers, rows.len(), |i| rows[i].clone()))
}

/// `markdown` of `len` rows written into `w`, the cells of row `i` being `cells(i)`.
pub fn write_markdown<W: Write + ?Sized>(
    w: &mut W,
    headers: &[&str],
    len: usize,
    cells: impl Fn(usize) -> Vec<String>,
) -> io::Result<()> {
    let escape = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    writeln!(w, "| {} |", headers.join(" | "))?;
    writeln!(w, "|{}", " --- |".repeat(headers.len()))?;
    for i in 0..len {
        let cells: Vec<String> = cells(i).iter().map(|c| escape(c)).collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// What a writer of text wrote, as a string.
pub(super) fn text_of(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    // Writing into memory does not fail, and only text is written.
    write(&mut bytes).expect("text is written into memory");
    String::from_utf8(bytes).expect("only text is written")
}
