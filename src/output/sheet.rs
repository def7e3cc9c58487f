//! The typed shape every report is built into once: a document of tables of cells, notes
//! and charts. Each output format (`render`, `xlsx`, `html`) renders this same document.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Num(f64),
    /// A fraction shown as a percentage; none when it cannot be computed.
    Pct(Option<f64>),
    Date(NaiveDate),
    Bool(bool),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }

    pub fn opt_num(x: Option<f64>) -> Cell {
        x.map_or(Cell::Empty, Cell::Num)
    }

    pub fn count(n: usize) -> Cell {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// As people read it in a table.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) => trim_number(*x),
            Cell::Pct(Some(x)) => format!("{:.1} %", (*x * 100.0) + 0.0),
            Cell::Pct(None) | Cell::Empty => "—".into(),
            Cell::Date(d) => d.to_string(),
            Cell::Bool(true) => crate::t!("cell-yes"),
            Cell::Bool(false) => crate::t!("cell-no"),
        }
    }

    /// As a CSV field; `french` writes decimal commas.
    pub fn csv(&self, french: bool) -> String {
        let number = |s: String| if french { s.replace('.', ",") } else { s };
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) | Cell::Pct(Some(x)) => number(trim_number(*x)),
            Cell::Pct(None) | Cell::Empty => String::new(),
            Cell::Date(d) => d.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }

    /// Whether it reads as a number (aligned right in the HTML page).
    pub fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Num(_) | Cell::Pct(_))
    }
}

/// Up to 4 decimals, without trailing zeros (12.5, 0.8333, 3), and never `-0`.
pub fn trim_number(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// A table of typed cells with its title and the short name of its xlsx tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Short name (xlsx tab, at most 31 characters).
    pub name: String,
    /// Title line above the table.
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Part of the CSV: a script reads a report's main tables, not the ones beside them.
    pub in_csv: bool,
    /// Part of the printable page, which leaves the structure and so carries no names.
    pub in_page: bool,
}

impl Sheet {
    pub fn new(name: &str, title: impl Into<String>, headers: &[&str]) -> Sheet {
        Sheet {
            name: name.chars().take(31).collect(),
            title: title.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            in_csv: true,
            in_page: true,
        }
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    /// A table shown beside the main ones, left out of the CSV.
    pub fn beside(mut self) -> Sheet {
        self.in_csv = false;
        self
    }

    /// A table with names, left out of the printable page.
    pub fn off_page(mut self) -> Sheet {
        self.in_page = false;
        self
    }

    /// The same sheet with only the columns named, in their order.
    pub fn keep(mut self, headers: &[&str]) -> Sheet {
        let picked: Vec<usize> = headers
            .iter()
            .filter_map(|h| self.headers.iter().position(|x| x == h))
            .collect();
        self.headers = picked.iter().map(|&i| self.headers[i].clone()).collect();
        for row in &mut self.rows {
            *row = picked.iter().map(|&i| row[i].clone()).collect();
        }
        self
    }

    pub fn display_rows(&self) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|r| r.iter().map(Cell::display).collect())
            .collect()
    }
}

/// A part of a report.
#[derive(Debug, Clone)]
pub enum Block {
    Table(Sheet),
    /// A paragraph for people (how the figures were counted, a total).
    Note(String),
    /// A horizontal bar chart of the page: title and (label, value); the same figures are
    /// in a table, so only the page draws it.
    Bars(String, Vec<(String, f64)>),
}

/// A report built once, rendered in every format.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The title of the printable page; none when the report is not made as a page.
    pub page: Option<String>,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn new() -> Document {
        Document::default()
    }

    pub fn table(&mut self, sheet: Sheet) -> &mut Document {
        self.blocks.push(Block::Table(sheet));
        self
    }

    pub fn note(&mut self, text: impl Into<String>) -> &mut Document {
        self.blocks.push(Block::Note(text.into()));
        self
    }

    pub fn bars(&mut self, title: impl Into<String>, data: Vec<(String, f64)>) -> &mut Document {
        self.blocks.push(Block::Bars(title.into(), data));
        self
    }

    pub fn sheets(&self) -> impl Iterator<Item = &Sheet> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(s) => Some(s),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shown_without_noise() {
        assert_eq!(Cell::Num(3.0).display(), "3");
        assert_eq!(Cell::Num(5.0 / 6.0).display(), "0.8333");
        assert_eq!(Cell::Num(-0.00001).display(), "0");
        assert_eq!(Cell::Pct(Some(0.8)).display(), "80.0 %");
        assert_eq!(Cell::Pct(Some(-0.0)).display(), "0.0 %");
        assert_eq!(Cell::Pct(None).display(), "—");
    }

    #[test]
    fn a_sheet_keeps_the_columns_named() {
        let mut s = Sheet::new("s", "t", &["a", "b", "c"]);
        s.row(vec![Cell::Int(1), Cell::Int(2), Cell::Int(3)]);
        let kept = s.keep(&["c", "a"]);
        assert_eq!(kept.headers, ["c", "a"]);
        assert_eq!(kept.rows, [vec![Cell::Int(3), Cell::Int(1)]]);
    }

    #[test]
    fn csv_fields_keep_codes_and_french_decimals() {
        assert_eq!(Cell::Num(12.5).csv(true), "12,5");
        assert_eq!(Cell::Pct(Some(0.25)).csv(false), "0.25");
        assert_eq!(Cell::Bool(true).csv(false), "true");
        assert_eq!(Cell::Empty.csv(false), "");
    }
}
