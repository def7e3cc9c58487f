//! One rendering path for every report: a [`Document`] and its data become the bytes of
//! one format, the same whether they go to stdout or to a file.

use super::sheet::{Block, Document, Sheet};
use super::text::text_of;
use super::{Format, csv_error, wrap, write_json, write_markdown, write_table};
use anyhow::Result;
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};

/// What a report is rendered as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Table,
    Markdown,
    /// `french`: `;` separator, UTF-8 BOM and decimal commas, as French spreadsheets expect.
    Csv {
        french: bool,
    },
    Json,
    Yaml,
    Xlsx,
    Html,
}

impl Kind {
    /// The kind for stdout in a `--format`.
    pub fn of_format(format: Format, french_csv: bool) -> Kind {
        match format {
            Format::Table => Kind::Table,
            Format::Markdown => Kind::Markdown,
            Format::Csv => Kind::Csv { french: french_csv },
            Format::Json => Kind::Json,
            Format::Yaml => Kind::Yaml,
        }
    }

    /// The kind a file's extension asks for (case-insensitive), if any.
    pub fn of_extension(ext: &str, french_csv: bool) -> Option<Kind> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" => Kind::Table,
            "md" => Kind::Markdown,
            "csv" => Kind::Csv { french: french_csv },
            "json" => Kind::Json,
            "yaml" | "yml" => Kind::Yaml,
            "xlsx" => Kind::Xlsx,
            "html" | "htm" => Kind::Html,
            _ => return None,
        })
    }
}

/// The bytes of `doc` (JSON and YAML: of `data`, the report's figures) in `kind`; none for
/// an HTML page of a report that is not made as a page.
pub fn render<T: Serialize>(doc: &Document, data: &T, kind: Kind) -> Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    let written = write_report(&mut bytes, kind, data, |_| Cow::Borrowed(doc))?;
    Ok(written.then_some(bytes))
}

/// A report in `kind` written into `w`: JSON and YAML of its figures `data`, every other
/// kind of the document `document` makes of them, made only for those kinds (so a long
/// report can move its rows into the cells, not copy them). False, and nothing written,
/// for an HTML page of a report that is not made as a page.
pub fn write_report<'d, T: Serialize, W: Write>(
    w: &mut W,
    kind: Kind,
    data: T,
    document: impl FnOnce(T) -> Cow<'d, Document>,
) -> Result<bool> {
    match kind {
        Kind::Json => write_json(w, &data)?,
        Kind::Yaml => yaml_serde::to_writer(&mut *w, &data)?,
        Kind::Table => write_text_tables(w, &document(data))?,
        Kind::Markdown => write_markdown_tables(w, &document(data))?,
        Kind::Csv { french } => write_csv(w, &document(data), french)?,
        Kind::Xlsx => w.write_all(&super::xlsx::render_xlsx(&document(data))?)?,
        Kind::Html => match super::html::page(&document(data)) {
            Some(page) => w.write_all(page.as_bytes())?,
            None => return Ok(false),
        },
    }
    Ok(true)
}

fn headers(s: &Sheet) -> Vec<&str> {
    s.headers.iter().map(String::as_str).collect()
}

/// The tables and notes of `doc` written one after the other, a blank line between them
/// (the charts are for the page: the same figures are in a table).
fn write_blocks<W: Write + ?Sized>(
    w: &mut W,
    doc: &Document,
    table: impl Fn(&mut W, &Sheet) -> io::Result<()>,
    note: impl Fn(&mut W, &str) -> io::Result<()>,
) -> io::Result<()> {
    let parts = doc
        .blocks
        .iter()
        .filter(|block| !matches!(block, Block::Bars(..)));
    for (i, block) in parts.enumerate() {
        if i > 0 {
            w.write_all(b"\n")?;
        }
        match block {
            Block::Table(s) => table(w, s)?,
            Block::Note(text) => note(w, text)?,
            Block::Bars(..) => {}
        }
    }
    Ok(())
}

/// Text tables with their titles, and the notes folded at 80 columns.
pub fn render_table(doc: &Document) -> String {
    text_of(|w| write_text_tables(w, doc))
}

/// `render_table` written into `w`, each long table a slice of rows at a time.
fn write_text_tables<W: Write + ?Sized>(w: &mut W, doc: &Document) -> io::Result<()> {
    write_blocks(
        w,
        doc,
        |w, s| {
            writeln!(w, "{}", s.title)?;
            write_table(w, &headers(s), &[], s.rows.len(), |i| s.display_row(i))?;
            w.write_all(b"\n")
        },
        |w, text| w.write_all(wrap(text, 80).as_bytes()),
    )
}

/// Markdown: a `##` title and a table per sheet, the notes as paragraphs.
pub fn render_markdown(doc: &Document) -> String {
    text_of(|w| write_markdown_tables(w, doc))
}

/// `render_markdown` written into `w`.
fn write_markdown_tables<W: Write + ?Sized>(w: &mut W, doc: &Document) -> io::Result<()> {
    write_blocks(
        w,
        doc,
        |w, s| {
            write!(w, "## {}\n\n", s.title)?;
            write_markdown(w, &headers(s), s.rows.len(), |i| s.display_row(i))
        },
        |w, text| writeln!(w, "{text}"),
    )
}

/// CSV of the sheets meant for it: one block per sheet (several separated by a blank line
/// and their title).
pub fn render_csv(doc: &Document, french: bool) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_csv(&mut bytes, doc, french)?;
    Ok(bytes)
}

/// `render_csv` written into `w`.
fn write_csv<W: Write + ?Sized>(w: &mut W, doc: &Document, french: bool) -> Result<()> {
    let sheets: Vec<&Sheet> = doc.sheets().filter(|s| s.in_csv).collect();
    if french {
        w.write_all("\u{feff}".as_bytes())?;
    }
    for (i, s) in sheets.iter().enumerate() {
        if sheets.len() > 1 && i > 0 {
            w.write_all(b"\n")?;
        }
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .delimiter(if french { b';' } else { b',' })
            .from_writer(&mut *w);
        if sheets.len() > 1 {
            writer.write_record([s.title.as_str()]).map_err(csv_error)?;
        }
        writer.write_record(&s.keys).map_err(csv_error)?;
        for row in &s.rows {
            writer
                .write_record(row.iter().map(|c| c.csv(french)))
                .map_err(csv_error)?;
        }
        writer.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::sheet::Cell;

    fn doc() -> Document {
        let mut s = Sheet::with_labels(
            "Sorties",
            "Sorties 2025",
            [
                ("category", "catégorie"),
                ("exits", "sorties"),
                ("share", "part"),
            ],
        );
        s.row(vec![
            Cell::text("Emploi durable"),
            Cell::Int(1),
            Cell::Pct(Some(0.25)),
        ]);
        s.row(vec![Cell::text("ETP"), Cell::Num(12.5), Cell::Pct(None)]);
        let mut beside = Sheet::with_labels("Taux", "Taux", [("figure", "indicateur")]);
        beside.row(vec![Cell::text("x")]);
        let mut d = Document::new();
        d.table(s)
            .table(beside.beside())
            .note("Méthode : à la main.");
        d
    }

    #[test]
    fn csv_for_french_spreadsheets_has_the_main_tables_only() {
        let plain = String::from_utf8(render_csv(&doc(), false).unwrap()).unwrap();
        assert_eq!(
            plain,
            "category,exits,share\nEmploi durable,1,0.25\nETP,12.5,\n"
        );
        let french = render_csv(&doc(), true).unwrap();
        assert_eq!(&french[..3], b"\xEF\xBB\xBF");
        assert_eq!(
            String::from_utf8(french[3..].to_vec()).unwrap(),
            "category;exits;share\nEmploi durable;1;0,25\nETP;12,5;\n"
        );
    }

    #[test]
    fn markdown_has_every_table_and_note() {
        let md = render_markdown(&doc());
        assert!(md.starts_with("## Sorties 2025\n\n| catégorie | sorties | part |\n"));
        assert!(md.contains("## Taux\n\n| indicateur |\n| --- |\n| x |\n"));
        assert!(md.ends_with("\nMéthode : à la main.\n"));
    }

    #[test]
    fn the_page_exists_only_for_a_page_report() {
        let data = serde_json::json!({});
        assert!(render(&doc(), &data, Kind::Html).unwrap().is_none());
        let mut page = doc();
        page.page = Some("Bilan".into());
        assert!(render(&page, &data, Kind::Html).unwrap().is_some());
    }

    #[test]
    fn extensions_choose_the_kind() {
        assert_eq!(Kind::of_extension("MD", false), Some(Kind::Markdown));
        assert_eq!(
            Kind::of_extension("csv", true),
            Some(Kind::Csv { french: true })
        );
        assert_eq!(Kind::of_extension("pdf", false), None);
    }

    #[test]
    fn a_long_sheet_is_written_as_the_table_of_its_cells() {
        let mut s = Sheet::with_labels("Long", "Long", [("id", "id"), ("what", "quoi")]);
        for i in 0..2_500 {
            s.row(vec![
                Cell::text(format!("{i:06}")),
                Cell::coded("x", "bilan de sortie à faire ".repeat(1 + i % 3)),
            ]);
        }
        let cells: Vec<Vec<String>> = (0..s.rows.len()).map(|i| s.display_row(i)).collect();
        let whole = format!("Long\n{}\n", super::super::table(&["id", "quoi"], &cells));
        let mut d = Document::new();
        d.table(s).note("Fin.");
        assert_eq!(render_table(&d), format!("{whole}\nFin.\n"));
        let md = render_markdown(&d);
        assert_eq!(md.lines().count(), 2 + 2 + 2_500 + 2);
    }
}
