//! Text for people: the terminal's width, cells cut or folded to a width, Markdown tables.

use comfy_table::Table;
use std::io::IsTerminal;

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
    let escape = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("| {} |\n", headers.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
