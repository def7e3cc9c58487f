//! Rows and figures → what people and scripts read: a table (comfy-table, fitted to the
//! terminal), JSON, CSV, YAML or Markdown. Everything for stdout goes through here, so a
//! closed pipe is an error `main` can recognise and end quietly.

pub mod html;
pub mod render;
pub mod sheet;
mod slices;
mod text;

pub use text::{ellipsis, markdown, wrap};
use text::{longest_word, width};
pub mod xlsx;

use anyhow::Result;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;
use std::io::Write;

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
    /// Column names of the table and Markdown outputs, in English.
    fn headers() -> Vec<&'static str>;
    /// Column titles people read in the table and Markdown outputs, in the current
    /// language, one for each of `headers`.
    fn labels() -> Vec<String>;
    /// Columns a terminal too narrow for the whole table may leave out, the least useful
    /// first (indexes into `headers`), before it shows the rows as records.
    fn droppable() -> Vec<usize> {
        Vec::new()
    }
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

/// Print a listing of the whole structure: for people, each row becomes its cells as the
/// rows are let go, so a long listing is not held twice.
pub fn print_rows_owned<R: Row>(rows: Vec<R>, format: Format) -> Result<()> {
    match format {
        Format::Table => {
            let cells: Vec<Vec<String>> = rows.into_iter().map(|r| r.cells()).collect();
            let text = table_of::<R>(&cells);
            drop(cells);
            out(&text)
        }
        _ => print_rows(&rows, format),
    }
}

pub fn render_rows<R: Row>(rows: &[R], format: Format) -> Result<String> {
    Ok(match format {
        Format::Table => table_of::<R>(&rows.iter().map(Row::cells).collect::<Vec<_>>()),
        Format::Markdown => {
            let cells: Vec<Vec<String>> = rows.iter().map(Row::cells).collect();
            let labels = R::labels();
            let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
            markdown(&labels, &cells)
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

/// The table of a listing's cells, under its column titles, ending with a line break.
fn table_of<R: Row>(cells: &[Vec<String>]) -> String {
    let labels = R::labels();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let mut text = table_dropping(&labels, cells, &R::droppable());
    text.push('\n');
    text
}

/// Print one object (a report, a case) as JSON or YAML.
pub fn print_value<T: Serialize>(value: &T, format: Format) -> Result<()> {
    match format {
        Format::Yaml => out(&yaml_serde::to_string(value)?),
        _ => out(&format!("{}\n", serde_json::to_string_pretty(value)?)),
    }
}

/// The longest text a terminal cell shows; the whole text is read with `show` or
/// `--format json`.
pub const MAX_CELL_CHARS: usize = 2000;

/// Like `table`, but when the words do not all fit side by side, the `droppable` columns
/// are left out one after the other (in that order) before the rows become records.
pub fn table_dropping(headers: &[&str], rows: &[Vec<String>], droppable: &[usize]) -> String {
    let width = usize::from(width());
    let mut kept: Vec<usize> = (0..headers.len()).collect();
    let mut drop = droppable.iter();
    loop {
        if fits(headers, rows, &kept, width) {
            if kept.len() == headers.len() {
                return table(headers, rows);
            }
            let shown: Vec<&str> = kept.iter().map(|&i| headers[i]).collect();
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| kept.iter().filter_map(|&i| r.get(i).cloned()).collect())
                .collect();
            return table(&shown, &cells);
        }
        match drop.next() {
            Some(i) => kept.retain(|k| k != i),
            None => return table(headers, rows),
        }
    }
}

/// Whether the longest word of every `kept` column fits side by side in `width`.
fn fits(headers: &[&str], rows: &[Vec<String>], kept: &[usize], width: usize) -> bool {
    let least: usize = kept
        .iter()
        .map(|&i| {
            let cells = rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| longest_word(c));
            cells
                .max()
                .unwrap_or(0)
                .max(1)
                .max(longest_word(headers[i]).min(4))
        })
        .sum();
    // A border column before the first column, and a padding and a separator after each.
    least + 2 * kept.len() < width
}

/// A borderless table with a header rule, fitted to the width. Cells wrap between words
/// only: a code, an id, a date or a name is never cut. When the headers would not fit
/// whole, their long words are shortened with an ellipsis; when even the cells' longest
/// words do not fit side by side, the rows are shown as records.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    table_in_slices(headers, rows, slices::ROWS)
}

/// `table`, drawn `slice` rows at a time when it has more.
fn table_in_slices(headers: &[&str], rows: &[Vec<String>], slice: usize) -> String {
    // The layout counts widths in 16 bits: a cell is cut at MAX_CELL_CHARS characters.
    let widest = |measure: fn(&str) -> usize| -> Vec<usize> {
        (0..headers.len())
            .map(|i| {
                rows.iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| measure(&capped(c)))
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect()
    };
    let columns = Columns {
        words: widest(longest_word),
        whole: widest(whole_width),
    };
    let (shown, lower) = fit_headers(headers, &columns, usize::from(width()));
    if lower.iter().sum::<usize>() + 2 * headers.len() + 1 > usize::from(width()) {
        let capped: Vec<Vec<String>> = rows.iter().map(|r| capped_row(r)).collect();
        return records(headers, &capped);
    }
    let constraints: Vec<ColumnConstraint> = lower
        .iter()
        .map(|l| ColumnConstraint::LowerBoundary(Width::Fixed(cells_width(*l + 1))))
        .collect();
    if rows.len() <= slice {
        return drawn(
            Some(&shown),
            rows.iter().map(|r| capped_row(r)),
            &constraints,
        );
    }
    // A long table is laid out once, on the shapes of its cells, then drawn a slice of
    // rows at a time with those widths: the same lines, without every cell held thrice.
    let shapes = slices::shapes(rows.iter().map(|r| capped_row(r)));
    let probe = frame_with(Some(&shown), shapes, &constraints);
    let fixed: Vec<ColumnConstraint> = slices::arranged_widths(&probe)
        .into_iter()
        .map(|w| ColumnConstraint::Absolute(Width::Fixed(w)))
        .collect();
    let mut out = String::new();
    for (k, rows) in rows.chunks(slice).enumerate() {
        let header = (k == 0).then_some(shown.as_slice());
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&drawn(header, rows.iter().map(|r| capped_row(r)), &fixed));
    }
    out
}

/// A cell as a table shows it: cut at `MAX_CELL_CHARS`.
fn capped(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.len() <= MAX_CELL_CHARS {
        std::borrow::Cow::Borrowed(cell)
    } else {
        std::borrow::Cow::Owned(ellipsis(cell, MAX_CELL_CHARS))
    }
}

fn capped_row(row: &[String]) -> Vec<String> {
    row.iter().map(|c| capped(c).into_owned()).collect()
}

fn cells_width(width: usize) -> u16 {
    u16::try_from(width).unwrap_or(u16::MAX)
}

/// The borderless table with its header rule, holding `rows`, each column constrained.
fn frame_with(
    header: Option<&[String]>,
    rows: impl IntoIterator<Item = Vec<String>>,
    constraints: &[ColumnConstraint],
) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_style(comfy_table::TableComponent::HeaderLines, '─')
        .set_style(comfy_table::TableComponent::MiddleHeaderIntersections, ' ')
        .set_style(comfy_table::TableComponent::LeftHeaderIntersection, '─')
        .set_style(comfy_table::TableComponent::RightHeaderIntersection, '─')
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width());
    if let Some(header) = header {
        t.set_header(header.to_vec());
    }
    for row in rows {
        t.add_row(row);
    }
    for (column, constraint) in t.column_iter_mut().zip(constraints) {
        column.set_padding((0, 1));
        column.set_constraint(*constraint);
    }
    t
}

/// The lines of that table, their trailing spaces cut.
fn drawn(
    header: Option<&[String]>,
    rows: impl IntoIterator<Item = Vec<String>>,
    constraints: &[ColumnConstraint],
) -> String {
    let t = frame_with(header, rows, constraints);
    let mut out = String::new();
    for (i, line) in t.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim_end());
    }
    out
}

/// What a column's cells need: their longest word, and their width when they are kept on
/// one line (short cells: names, labels, short phrases; long text wraps anyway).
struct Columns {
    words: Vec<usize>,
    whole: Vec<usize>,
}

/// Cells up to this width stay on one line when the table has room.
const WHOLE_CELL: usize = 24;

fn whole_width(cell: &str) -> usize {
    let n = cell.chars().count();
    if n <= WHOLE_CELL && !cell.contains('\n') {
        n
    } else {
        longest_word(cell)
    }
}

/// A table whose words cannot all fit side by side, shown one row after the other as
/// lines of `header  value`, so that nothing is cut and nothing runs off the terminal.
fn records(headers: &[&str], rows: &[Vec<String>]) -> String {
    let label = headers.iter().map(|h| h.chars().count()).max().unwrap_or(0);
    let mut out = Vec::new();
    for row in rows {
        let mut t = Table::new();
        t.load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width());
        for (h, cell) in headers.iter().zip(row) {
            t.add_row(vec![h.to_string(), cell.clone()]);
        }
        let value = row.iter().map(|c| longest_word(c)).max().unwrap_or(0);
        // Two spaces between the header and its value.
        for (column, least) in t.column_iter_mut().zip([label + 1, value]) {
            column.set_padding((0, 1));
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(u16::try_from(least + 1).unwrap_or(u16::MAX)),
            ));
        }
        let lines: Vec<String> = t.lines().map(|l| l.trim_end().to_string()).collect();
        out.push(lines.join("\n"));
    }
    out.join("\n\n")
}

/// The headers as shown and each column's least width. Every column gets its content's
/// longest word (when they do not fit, `table` shows records instead); what is left of `width` goes to whole header words, then to short cells kept
/// on one line, the narrowest needs first; the header words that still do not fit are
/// shortened, to no less than 4 characters.
fn fit_headers(headers: &[&str], columns: &Columns, width: usize) -> (Vec<String>, Vec<usize>) {
    // A border column before the first column, and a padding and a separator after each.
    let available = width.saturating_sub(2 * headers.len() + 1);
    let header_words: Vec<usize> = headers
        .iter()
        .zip(&columns.words)
        .map(|(h, w)| longest_word(h).max(*w))
        .collect();
    let mut lower: Vec<usize> = columns
        .words
        .iter()
        .zip(&header_words)
        .map(|(c, h)| (*c).max((*h).min(4)))
        .collect();
    let mut spare = available.saturating_sub(lower.iter().sum());
    for wants in [&header_words, &columns.whole] {
        let mut order: Vec<usize> = (0..headers.len()).collect();
        order.sort_by_key(|&i| wants[i].saturating_sub(lower[i]));
        for i in order {
            let give = wants[i].saturating_sub(lower[i]).min(spare);
            lower[i] += give;
            spare -= give;
        }
    }
    let shown = headers
        .iter()
        .zip(&lower)
        .map(|(h, &w)| {
            h.split_whitespace()
                .map(|word| ellipsis(word, w))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    (shown, lower)
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
        fn labels() -> Vec<String> {
            vec!["id".into(), "hours".into()]
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
    fn headers_stay_whole_when_they_fit_and_are_shortened_when_not() {
        let columns = |words: Vec<usize>| Columns {
            whole: words.clone(),
            words,
        };
        let (shown, lower) = fit_headers(&["open barriers", "id"], &columns(vec![1, 6]), 80);
        assert_eq!(shown, ["open barriers", "id"]);
        assert_eq!(lower, [8, 6]);
        // 3 columns: 7 of borders and padding, 20 of content, 3 left for the headers.
        let (shown, lower) = fit_headers(
            &["concerned", "resolved", "code"],
            &columns(vec![1, 1, 18]),
            30,
        );
        assert_eq!(lower, [4, 4, 18]);
        assert_eq!(shown, ["con…", "res…", "code"]);
    }

    #[test]
    fn short_cells_stay_on_one_line_when_there_is_room() {
        let columns = Columns {
            words: vec![6, 6],
            whole: vec![12, 6],
        };
        assert_eq!(fit_headers(&["name", "id"], &columns, 80).1, [12, 6]);
        assert_eq!(fit_headers(&["name", "id"], &columns, 20).1, [9, 6]);
    }

    #[test]
    fn a_table_too_wide_for_its_words_shows_one_record_after_the_other() {
        let code = "difficultes_administratives";
        let rows = vec![vec![code.to_string(); 4], vec!["b".to_string(); 4]];
        let text = table(&["one", "two", "three", "four"], &rows);
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        assert_eq!(text.matches(code).count(), 4, "{text}");
        assert!(
            text.starts_with("one    difficultes_administratives\n"),
            "{text}"
        );
        assert!(
            text.contains("four   difficultes_administratives\n\none    b\n"),
            "{text}"
        );
    }

    #[test]
    fn a_droppable_column_goes_before_the_table_becomes_records() {
        let date = "2025-08-09".to_string();
        let long = "difficultes_administratives".to_string();
        let rows = vec![vec![long.clone(), long.clone(), date.clone(), long.clone()]];
        // 3 × 27 + 10 + 9 of borders and padding: 100 columns, too wide for 80.
        let headers = ["one", "two", "day", "four"];
        let text = table_dropping(&headers, &rows, &[1]);
        assert!(text.starts_with(" one "), "{text}");
        assert!(!text.contains("two"), "{text}");
        assert_eq!(text.matches(&long).count(), 2, "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        // Nothing droppable: records, every column kept.
        let text = table_dropping(&headers, &rows, &[]);
        assert!(text.starts_with("one   "), "{text}");
        assert_eq!(text.matches(&long).count(), 3, "{text}");
    }

    #[test]
    fn a_long_table_drawn_in_slices_is_the_table_drawn_whole() {
        let names = [
            "BENALI Karim",
            "HOARAU Kévin",
            "N'DIAYE Aminata Fatou",
            "LI Wei",
        ];
        let whats = [
            "bilan de sortie à faire",
            "contrat terminé le 06/04/2026 sans renouvellement ni sortie",
            "PASS IAE à prolonger",
        ];
        let rows: Vec<Vec<String>> = (0..2_500)
            .map(|i| {
                vec![
                    format!("{:06X}", i * 7919),
                    names[i % names.len()].to_string(),
                    format!("{:02}/{:02}/2026", 1 + i % 28, 1 + i % 12),
                    whats[i % whats.len()].repeat(1 + i % 3),
                    format!("{}", i % 41),
                ]
            })
            .collect();
        let headers = ["id", "nom", "échéance", "quoi", "jours"];
        let whole = table_in_slices(&headers, &rows, usize::MAX);
        assert!(whole.lines().count() > rows.len(), "the long cells wrap");
        for slice in [1, 100, 1024] {
            assert_eq!(
                table_in_slices(&headers, &rows, slice),
                whole,
                "{slice} rows at a time"
            );
        }
    }

    #[test]
    fn a_narrow_table_wraps_between_words_and_never_cuts_a_code() {
        let rows = vec![vec![
            "2025-08-09".to_string(),
            "barrier_without_action".to_string(),
            "barrier n°1 (difficultes_financieres) without action for 60 days".to_string(),
        ]];
        let text = table(&["date", "what", "detail"], &rows);
        for word in [
            "2025-08-09",
            "barrier_without_action",
            "(difficultes_financieres)",
        ] {
            assert!(text.contains(word), "{word} whole in:\n{text}");
        }
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
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
