//! The typed shape every report is built into once: a document of tables of cells, notes
//! and charts. Each output format (`render`, `xlsx`, `html`) renders this same document.

pub use crate::i18n::format::{people_date, people_number};
use crate::reference::Lang;
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
    /// A code of the data (CSV) shown to people as its words (tables, page, xlsx).
    Coded {
        code: String,
        label: String,
    },
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

    /// `code` in the CSV, `label` where people read it.
    pub fn coded(code: impl Into<String>, label: impl Into<String>) -> Cell {
        Cell::Coded {
            code: code.into(),
            label: label.into(),
        }
    }

    pub fn count(n: usize) -> Cell {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// As people read it in a table, in the current language.
    pub fn display(&self) -> String {
        self.display_in(crate::i18n::lang())
    }

    /// As people read it: in French `14/05/1998`, `1 234,5` and `80,0 %`; in English
    /// `1998-05-14`, `1234.5` and `80.0 %`.
    pub fn display_in(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Coded { label, .. } => label.clone(),
            Cell::Int(n) => people_number(&n.to_string(), lang),
            Cell::Num(x) => people_number(&trim_number(*x), lang),
            Cell::Pct(Some(x)) => people_number(&format!("{:.1}", (*x * 100.0) + 0.0), lang) + " %",
            Cell::Pct(None) | Cell::Empty => "—".into(),
            Cell::Date(d) => people_date(*d, lang),
            Cell::Bool(b) => {
                crate::i18n::message_in(lang, if *b { "cell-yes" } else { "cell-no" }, &[])
            }
        }
    }

    /// As a CSV field; `french` writes decimal commas.
    pub fn csv(&self, french: bool) -> String {
        let number = |s: String| if french { s.replace('.', ",") } else { s };
        match self {
            Cell::Text(s) | Cell::Coded { code: s, .. } => s.clone(),
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
    /// The column names of the data: the CSV's header line, what `keep` picks by.
    pub keys: Vec<String>,
    /// The column titles people read (table, Markdown, page, xlsx), one per key.
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Part of the CSV: a script reads a report's main tables, not the ones beside them.
    pub in_csv: bool,
    /// Part of the printable page, which leaves the structure and so carries no names.
    pub in_page: bool,
}

impl Sheet {
    /// A sheet whose column titles are its keys.
    pub fn new(name: &str, title: impl Into<String>, keys: &[&str]) -> Sheet {
        Sheet::with_labels(name, title, keys.iter().map(|k| (*k, *k)))
    }

    /// A sheet whose columns are `(key, title)`: the key for scripts (the CSV), the title
    /// for people.
    pub fn with_labels<K: Into<String>, H: Into<String>>(
        name: &str,
        title: impl Into<String>,
        columns: impl IntoIterator<Item = (K, H)>,
    ) -> Sheet {
        let (keys, headers) = columns
            .into_iter()
            .map(|(k, h)| (k.into(), h.into()))
            .unzip();
        Sheet {
            name: name.chars().take(31).collect(),
            title: title.into(),
            keys,
            headers,
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

    /// The same sheet with only the columns of these keys, in their order.
    pub fn keep(mut self, keys: &[&str]) -> Sheet {
        let picked: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.keys.iter().position(|x| x == k))
            .collect();
        self.keys = picked.iter().map(|&i| self.keys[i].clone()).collect();
        self.headers = picked.iter().map(|&i| self.headers[i].clone()).collect();
        for row in &mut self.rows {
            *row = picked.iter().map(|&i| row[i].clone()).collect();
        }
        self
    }

    /// Row `i` as people read it, made when the row is drawn.
    pub fn display_row(&self, i: usize) -> Vec<String> {
        self.rows[i].iter().map(Cell::display).collect()
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
        let en = |c: Cell| c.display_in(Lang::En);
        assert_eq!(en(Cell::Num(3.0)), "3");
        assert_eq!(en(Cell::Num(5.0 / 6.0)), "0.8333");
        assert_eq!(en(Cell::Num(-0.00001)), "0");
        assert_eq!(en(Cell::Num(1234.5)), "1234.5");
        assert_eq!(en(Cell::Pct(Some(0.8))), "80.0 %");
        assert_eq!(en(Cell::Pct(Some(-0.0))), "0.0 %");
        assert_eq!(en(Cell::Pct(None)), "—");
    }

    #[test]
    fn french_numbers_and_dates_read_the_french_way() {
        let fr = |c: Cell| c.display_in(Lang::Fr);
        assert_eq!(fr(Cell::Num(1234.5)), "1\u{202f}234,5");
        assert_eq!(fr(Cell::Num(-1234567.0)), "-1\u{202f}234\u{202f}567");
        assert_eq!(fr(Cell::Num(999.25)), "999,25");
        assert_eq!(fr(Cell::Int(12000)), "12\u{202f}000");
        assert_eq!(fr(Cell::Pct(Some(0.8))), "80,0 %");
        assert_eq!(fr(Cell::Pct(Some(1.0))), "100,0 %");
        let day = NaiveDate::from_ymd_opt(1998, 5, 14).unwrap();
        assert_eq!(fr(Cell::Date(day)), "14/05/1998");
        assert_eq!(Cell::Date(day).display_in(Lang::En), "1998-05-14");
        assert_eq!(Cell::Date(day).csv(true), "1998-05-14", "ISO for scripts");
    }

    #[test]
    fn a_coded_cell_keeps_its_code_for_scripts_and_shows_its_words() {
        let c = Cell::coded("too_short", "trop courte");
        assert_eq!(c.csv(false), "too_short");
        assert_eq!(c.display_in(Lang::Fr), "trop courte");
    }

    #[test]
    fn a_sheet_keeps_the_columns_named() {
        let mut s = Sheet::with_labels("s", "t", [("a", "A"), ("b", "B"), ("c", "C")]);
        s.row(vec![Cell::Int(1), Cell::Int(2), Cell::Int(3)]);
        let kept = s.keep(&["c", "a"]);
        assert_eq!(kept.keys, ["c", "a"]);
        assert_eq!(kept.headers, ["C", "A"]);
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
