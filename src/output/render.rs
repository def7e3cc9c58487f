//! One rendering path for every report: a [`Document`] and its data become the bytes of
//! one format, the same whether they go to stdout or to a file.

use super::sheet::{Block, Document, Sheet};
use super::{Format, markdown, table, wrap};
use anyhow::Result;
use serde::Serialize;

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
    Ok(Some(match kind {
        Kind::Table => render_table(doc).into_bytes(),
        Kind::Markdown => render_markdown(doc).into_bytes(),
        Kind::Csv { french } => render_csv(doc, french)?,
        Kind::Json => format!("{}\n", serde_json::to_string_pretty(data)?).into_bytes(),
        Kind::Yaml => yaml_serde::to_string(data)?.into_bytes(),
        Kind::Xlsx => super::xlsx::render_xlsx(doc)?,
        Kind::Html => match super::html::page(doc) {
            Some(page) => page.into_bytes(),
            None => return Ok(None),
        },
    }))
}

fn headers(s: &Sheet) -> Vec<&str> {
    s.headers.iter().map(String::as_str).collect()
}

/// The tables and notes of `doc` one after the other, a blank line between them (the
/// charts are for the page: the same figures are in a table).
fn blocks(
    doc: &Document,
    table: impl Fn(&Sheet) -> String,
    note: impl Fn(&str) -> String,
) -> String {
    let parts: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Table(s) => Some(table(s)),
            Block::Note(text) => Some(note(text)),
            Block::Bars(..) => None,
        })
        .collect();
    parts.join("\n")
}

/// Text tables with their titles, and the notes folded at 80 columns.
pub fn render_table(doc: &Document) -> String {
    blocks(
        doc,
        |s| format!("{}\n{}\n", s.title, table(&headers(s), &s.display_rows())),
        |text| wrap(text, 80),
    )
}

/// Markdown: a `##` title and a table per sheet, the notes as paragraphs.
pub fn render_markdown(doc: &Document) -> String {
    blocks(
        doc,
        |s| {
            format!(
                "## {}\n\n{}",
                s.title,
                markdown(&headers(s), &s.display_rows())
            )
        },
        |text| format!("{text}\n"),
    )
}

/// CSV of the sheets meant for it: one block per sheet (several separated by a blank line
/// and their title).
pub fn render_csv(doc: &Document, french: bool) -> Result<Vec<u8>> {
    let sheets: Vec<&Sheet> = doc.sheets().filter(|s| s.in_csv).collect();
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
        writer.write_record(&s.keys)?;
        for row in &s.rows {
            writer.write_record(row.iter().map(|c| c.csv(french)))?;
        }
        out.extend(writer.into_inner()?);
    }
    Ok(out)
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
}
