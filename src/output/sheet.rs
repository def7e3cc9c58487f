//! Tables of typed cells, the common shape of every report: rendered as text tables,
//! Markdown, CSV (plain or for French spreadsheets), or an xlsx workbook with one sheet
//! per table.

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{Format as XlsxFormat, Workbook};

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Num(f64),
    /// A fraction shown as a percentage; none when it cannot be computed.
    Pct(Option<f64>),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }

    /// As people read it in a table.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) => trim_number(*x),
            Cell::Pct(Some(x)) => format!("{:.1} %", x * 100.0),
            Cell::Pct(None) | Cell::Empty => "—".into(),
            Cell::Date(d) => d.to_string(),
        }
    }

    /// As a CSV field; `french` writes decimal commas.
    fn csv(&self, french: bool) -> String {
        let number = |s: String| if french { s.replace('.', ",") } else { s };
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) => number(trim_number(*x)),
            Cell::Pct(Some(x)) => number(trim_number(*x)),
            Cell::Pct(None) | Cell::Empty => String::new(),
            Cell::Date(d) => d.to_string(),
        }
    }
}

/// Up to 4 decimals, without trailing zeros (12.5, 0.8333, 3).
fn trim_number(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Short name (xlsx tab, at most 31 characters).
    pub name: String,
    /// Title line above the table.
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    pub fn new(name: &str, title: impl Into<String>, headers: &[&str]) -> Sheet {
        Sheet {
            name: name.chars().take(31).collect(),
            title: title.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    fn display_rows(&self) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|r| r.iter().map(Cell::display).collect())
            .collect()
    }
}

/// Text tables, one after the other with their titles.
pub fn render_table(sheets: &[Sheet]) -> String {
    let mut out = String::new();
    for (i, s) in sheets.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("{}\n", s.title));
        let headers: Vec<&str> = s.headers.iter().map(String::as_str).collect();
        out.push_str(&super::table(&headers, &s.display_rows()));
        out.push('\n');
    }
    out
}

/// Markdown: a `##` title and a table per sheet.
pub fn render_markdown(sheets: &[Sheet]) -> String {
    let mut out = String::new();
    for (i, s) in sheets.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("## {}\n\n", s.title));
        let headers: Vec<&str> = s.headers.iter().map(String::as_str).collect();
        out.push_str(&super::markdown(&headers, &s.display_rows()));
    }
    out
}

/// CSV: one block per sheet (several separated by a blank line and their title).
/// `french`: `;` separator, UTF-8 BOM and decimal commas, as French spreadsheets expect.
pub fn render_csv(sheets: &[Sheet], french: bool) -> Result<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    if french {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    for (i, s) in sheets.iter().enumerate() {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .delimiter(if french { b';' } else { b',' })
            .from_writer(Vec::new());
        if sheets.len() > 1 {
            if i > 0 {
                out.push(b'\n');
            }
            writer.write_record([s.title.as_str()])?;
        }
        writer.write_record(&s.headers)?;
        for row in &s.rows {
            writer.write_record(row.iter().map(|c| c.csv(french)))?;
        }
        out.extend(writer.into_inner()?);
    }
    Ok(out)
}

/// An xlsx workbook: one worksheet per sheet, bold headers, columns sized to their text.
pub fn render_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let bold = XlsxFormat::new().set_bold();
    let percent = XlsxFormat::new().set_num_format("0.0%");
    let date = XlsxFormat::new().set_num_format("yyyy-mm-dd");
    for s in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&s.name)?;
        let mut widths: Vec<usize> = s.headers.iter().map(|h| h.chars().count()).collect();
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                match cell {
                    Cell::Text(t) => {
                        ws.write_string(r, col, t)?;
                    }
                    Cell::Int(n) => {
                        ws.write_number(r, col, *n as f64)?;
                    }
                    Cell::Num(x) => {
                        ws.write_number(r, col, *x)?;
                    }
                    Cell::Pct(Some(x)) => {
                        ws.write_number_with_format(r, col, *x, &percent)?;
                    }
                    Cell::Date(d) => {
                        ws.write_string_with_format(r, col, d.to_string(), &date)?;
                    }
                    Cell::Pct(None) | Cell::Empty => {}
                }
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(cell.display().chars().count());
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).min(60.0))?;
        }
    }
    Ok(book.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        let mut s = Sheet::new("Sorties", "Sorties 2025", &["catégorie", "sorties", "part"]);
        s.row(vec![
            Cell::text("Emploi durable"),
            Cell::Int(1),
            Cell::Pct(Some(0.25)),
        ]);
        s.row(vec![Cell::text("ETP"), Cell::Num(12.5), Cell::Pct(None)]);
        s
    }

    #[test]
    fn csv_for_french_spreadsheets() {
        let plain = String::from_utf8(render_csv(&[sheet()], false).unwrap()).unwrap();
        assert_eq!(
            plain,
            "catégorie,sorties,part\nEmploi durable,1,0.25\nETP,12.5,\n"
        );
        let french = render_csv(&[sheet()], true).unwrap();
        assert_eq!(&french[..3], b"\xEF\xBB\xBF");
        assert_eq!(
            String::from_utf8(french[3..].to_vec()).unwrap(),
            "catégorie;sorties;part\nEmploi durable;1;0,25\nETP;12,5;\n"
        );
    }

    #[test]
    fn numbers_are_shown_without_noise() {
        assert_eq!(Cell::Num(3.0).display(), "3");
        assert_eq!(Cell::Num(5.0 / 6.0).display(), "0.8333");
        assert_eq!(Cell::Pct(Some(0.8)).display(), "80.0 %");
    }

    #[test]
    fn an_xlsx_workbook_is_written() {
        let bytes = render_xlsx(&[sheet()]).unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
    }
}
