//! Rows and figures → what people and scripts read: a table (comfy-table, fitted to the
//! terminal), JSON, CSV, YAML or Markdown. Everything for stdout goes through here, so a
//! closed pipe is an error `main` can recognise and end quietly.

pub mod html;
pub mod sheet;

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns, for people (default)
    #[default]
    Table,
    /// JSON, for scripts
    Json,
    /// CSV with a header line, for spreadsheets
    Csv,
    /// YAML
    Yaml,
    /// Markdown table, for notes and wikis
    Markdown,
}

/// A line of a listing: how it shows as table cells; JSON, CSV and YAML use its fields.
pub trait Row: Serialize {
    /// Column titles of the table and Markdown outputs.
    fn headers() -> Vec<&'static str>;
    /// Field names, the CSV header when there is no row to serialize.
    fn keys() -> Vec<&'static str> {
        Self::headers()
    }
    fn cells(&self) -> Vec<String>;
}

/// Write text to stdout.
pub fn out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Write bytes to stdout.
pub fn out_bytes(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// Print a listing in the chosen format.
pub fn print_rows<R: Row>(rows: &[R], format: Format) -> Result<()> {
    out(&render_rows(rows, format)?)
}

pub fn render_rows<R: Row>(rows: &[R], format: Format) -> Result<String> {
    Ok(match format {
        Format::Table => {
            let cells: Vec<Vec<String>> = rows.iter().map(Row::cells).collect();
            format!("{}\n", table(&R::headers(), &cells))
        }
        Format::Markdown => {
            let cells: Vec<Vec<String>> = rows.iter().map(Row::cells).collect();
            markdown(&R::headers(), &cells)
        }
        Format::Json => format!("{}\n", serde_json::to_string_pretty(rows)?),
        Format::Yaml => yaml_serde::to_string(rows)?,
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            if rows.is_empty() {
                writer.write_record(R::keys())?;
            }
            for row in rows {
                writer.serialize(row)?;
            }
            String::from_utf8(writer.into_inner()?)?
        }
    })
}

/// Print one object (a report, a case) as JSON or YAML.
pub fn print_value<T: Serialize>(value: &T, format: Format) -> Result<()> {
    match format {
        Format::Yaml => out(&yaml_serde::to_string(value)?),
        _ => out(&format!("{}\n", serde_json::to_string_pretty(value)?)),
    }
}

/// Width available for tables: the terminal's, else `COLUMNS`, else 80.
fn width() -> u16 {
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

/// The longest text a terminal cell shows (the layout counts widths in 16 bits, and a
/// cell longer than a screenful is read in full with `show` or `--format json`).
pub const MAX_CELL_CHARS: usize = 2000;

/// A borderless table with a header rule, fitted to the width.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| ellipsis(c, MAX_CELL_CHARS)).collect())
        .collect();
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_style(comfy_table::TableComponent::HeaderLines, '─')
        .set_style(comfy_table::TableComponent::MiddleHeaderIntersections, ' ')
        .set_style(comfy_table::TableComponent::LeftHeaderIntersection, '─')
        .set_style(comfy_table::TableComponent::RightHeaderIntersection, '─')
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width())
        .set_header(headers.to_vec());
    for row in &rows {
        t.add_row(row.clone());
    }
    for (i, column) in t.column_iter_mut().enumerate() {
        column.set_padding((0, 1));
        let lower = rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(|c| unbreakable_width(c))
            .max()
            .unwrap_or(0);
        if lower > 0 {
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(lower as u16 + 1),
            ));
        }
    }
    t.lines()
        .map(|l| l.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The width below which a cell would be cut in a bad place: dates, numbers, ids and
/// short words stay whole; long words may wrap.
fn unbreakable_width(cell: &str) -> usize {
    cell.split_whitespace()
        .map(|w| {
            let n = w.chars().count();
            if !w.chars().any(char::is_alphabetic) || n <= 10 {
                n
            } else {
                8
            }
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct R {
        id: &'static str,
        hours: f64,
    }

    impl Row for R {
        fn headers() -> Vec<&'static str> {
            vec!["id", "hours"]
        }
        fn cells(&self) -> Vec<String> {
            vec![self.id.to_string(), self.hours.to_string()]
        }
    }

    #[test]
    fn ellipsis_cuts_long_cells() {
        assert_eq!(ellipsis("court", 10), "court");
        assert_eq!(ellipsis("Dossier de logement social", 10), "Dossier d…");
    }

    #[test]
    fn wrap_folds_at_the_width() {
        assert_eq!(wrap("aa bb cc", 5), "aa bb\ncc\n");
        assert_eq!(wrap("abcdefgh ij", 4), "abcdefgh\nij\n");
        assert_eq!(wrap("", 4), "");
    }

    #[test]
    fn every_format_renders_the_rows() {
        let rows = [R {
            id: "A|B",
            hours: 1.5,
        }];
        assert_eq!(
            render_rows(&rows, Format::Csv).unwrap(),
            "id,hours\nA|B,1.5\n"
        );
        assert_eq!(
            render_rows(&rows, Format::Markdown).unwrap(),
            "| id | hours |\n| --- | --- |\n| A\\|B | 1.5 |\n"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render_rows(&rows, Format::Json).unwrap()).unwrap();
        assert_eq!(json[0]["hours"], 1.5);
        assert!(
            render_rows(&rows, Format::Yaml)
                .unwrap()
                .contains("hours: 1.5")
        );
        assert!(render_rows(&rows, Format::Table).unwrap().contains("A|B"));
        let empty: [R; 0] = [];
        assert_eq!(render_rows(&empty, Format::Csv).unwrap(), "id,hours\n");
        assert_eq!(render_rows(&empty, Format::Json).unwrap(), "[]\n");
    }
}
