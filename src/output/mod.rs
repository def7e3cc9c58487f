//! Rows and figures → what people and scripts read: a table (comfy-table, fitted to the
//! terminal), JSON, CSV, YAML or Markdown. Everything for stdout goes through here, so a
//! closed pipe is an error `main` can recognise and end quietly. What goes to stdout is
//! written into it (buffered) as it is rendered, never first made into one text: a
//! listing of the whole structure is tens of megabytes of it.

pub mod html;
pub mod render;
pub mod sheet;
mod slices;
mod table;
mod text;

pub use table::{MAX_CELL_CHARS, table, table_dropping, write_table};
pub use text::{ellipsis, markdown, wrap, write_markdown};
pub mod xlsx;

use anyhow::Result;
use serde::Serialize;
use std::io::{BufWriter, StdoutLock, Write};

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
/// Rows are plain data: a long table draws them on several threads.
pub trait Row: Serialize + Sync {
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

/// A borrowed row is shown as the row: a listing can be sorted and printed as
/// references to rows held elsewhere, without moving them into one vector.
impl<R: Row> Row for &R {
    fn headers() -> Vec<&'static str> {
        R::headers()
    }
    fn labels() -> Vec<String> {
        R::labels()
    }
    fn droppable() -> Vec<usize> {
        R::droppable()
    }
    fn keys() -> Vec<&'static str> {
        R::keys()
    }
    fn cells(&self) -> Vec<String> {
        (**self).cells()
    }
}

/// Write text to stdout.
pub fn out(text: &str) -> Result<()> {
    out_bytes(text.as_bytes())
}

/// Write bytes to stdout.
pub fn out_bytes(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// Stdout, locked for the whole output and buffered: what is rendered in small pieces
/// leaves in large ones.
pub type Stdout = BufWriter<StdoutLock<'static>>;

/// Render into stdout with `write`, then flush it: a failure of the last bytes (a closed
/// pipe) is reported, not lost when the buffer is dropped.
pub fn to_stdout(write: impl FnOnce(&mut Stdout) -> Result<()>) -> Result<()> {
    let mut stdout = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut stdout)?;
    stdout.flush()?;
    Ok(())
}

/// Print a listing in the chosen format.
pub fn print_rows<R: Row>(rows: &[R], format: Format) -> Result<()> {
    to_stdout(|w| write_rows(w, rows, format))
}

/// A listing in the chosen format, written into `w` as it is rendered: a long table is
/// drawn a slice of rows at a time, each row's cells made for its slice only.
pub fn write_rows<R: Row, W: Write>(w: &mut W, rows: &[R], format: Format) -> Result<()> {
    match format {
        Format::Table | Format::Markdown => write_grid(w, rows, format == Format::Markdown),
        // The rows serialized one by one, as `write_row_stream` writes them.
        Format::Json | Format::Yaml | Format::Csv => write_row_stream(w, rows.iter(), format),
    }
}

/// `write_rows` for rows made as they are written: JSON, YAML and CSV take each row as it
/// comes and let it go; a table and Markdown, which measure their columns first, hold
/// them. The bytes are those `write_rows` writes for the same rows.
pub fn write_row_stream<R: Row, W: Write>(
    w: &mut W,
    rows: impl Iterator<Item = R>,
    format: Format,
) -> Result<()> {
    match format {
        Format::Table | Format::Markdown => {
            let rows: Vec<R> = rows.collect();
            write_grid(w, &rows, format == Format::Markdown)
        }
        Format::Json => write_json(w, &Streamed::new(rows)),
        Format::Yaml => Ok(yaml_serde::to_writer(w, &Streamed::new(rows))?),
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *w);
            let mut none = true;
            for row in rows {
                none = false;
                writer.serialize(row).map_err(csv_error)?;
            }
            if none {
                writer.write_record(R::keys()).map_err(csv_error)?;
            }
            writer.flush()?;
            Ok(())
        }
    }
}

/// Rows as a table for people, or as a Markdown table.
fn write_grid<R: Row, W: Write>(w: &mut W, rows: &[R], markdown: bool) -> Result<()> {
    let labels = R::labels();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    if markdown {
        write_markdown(w, &labels, rows.len(), |i| rows[i].cells())?;
    } else {
        write_table(w, &labels, &R::droppable(), rows.len(), |i| rows[i].cells())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// Rows serialized as a sequence as they are drawn from their iterator (once).
struct Streamed<I>(std::cell::RefCell<Option<I>>);

impl<I> Streamed<I> {
    fn new(rows: I) -> Self {
        Streamed(std::cell::RefCell::new(Some(rows)))
    }
}

impl<I: Iterator> Serialize for Streamed<I>
where
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rows = self.0.borrow_mut().take();
        s.collect_seq(rows.into_iter().flatten())
    }
}

/// `write_rows` into a text (tests, and what is not printed).
pub fn render_rows<R: Row>(rows: &[R], format: Format) -> Result<String> {
    let mut bytes = Vec::new();
    write_rows(&mut bytes, rows, format)?;
    Ok(String::from_utf8(bytes)?)
}

/// Pretty JSON of `value`, then a line break. A write that failed is reported as the
/// `std::io::Error` it is, so that `main` recognises a closed pipe.
pub fn write_json<T: Serialize + ?Sized, W: Write + ?Sized>(w: &mut W, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(|e| {
        if e.is_io() {
            anyhow::Error::from(std::io::Error::from(e))
        } else {
            e.into()
        }
    })?;
    w.write_all(b"\n")?;
    Ok(())
}

/// A CSV error; when writing failed, the `std::io::Error` it wraps, so that `main`
/// recognises a closed pipe.
pub fn csv_error(e: csv::Error) -> anyhow::Error {
    if !e.is_io_error() {
        return e.into();
    }
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e.into(),
        other => anyhow::anyhow!("{other:?}"),
    }
}

/// Print one object (a report, a case) as JSON or YAML.
pub fn print_value<T: Serialize>(value: &T, format: Format) -> Result<()> {
    to_stdout(|w| match format {
        Format::Yaml => Ok(yaml_serde::to_writer(w, value)?),
        _ => write_json(w, value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

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
    fn rows_written_as_they_come_are_the_rows_serialized_whole() {
        let make = || {
            [("A", 1.5), ("B,C", 0.0), ("D\"E", 35.0)]
                .into_iter()
                .map(|(id, hours)| R { id, hours })
        };
        for &format in Format::value_variants() {
            for n in [0, 1, 3] {
                let rows: Vec<R> = make().take(n).collect();
                let mut streamed = Vec::new();
                write_row_stream(&mut streamed, make().take(n), format).unwrap();
                let whole = match format {
                    Format::Json => format!("{}\n", serde_json::to_string_pretty(&rows).unwrap()),
                    Format::Yaml => yaml_serde::to_string(&rows).unwrap(),
                    Format::Csv if n == 0 => "id,hours\n".to_string(),
                    Format::Csv => {
                        let mut csv = csv::Writer::from_writer(Vec::new());
                        rows.iter().for_each(|r| csv.serialize(r).unwrap());
                        String::from_utf8(csv.into_inner().unwrap()).unwrap()
                    }
                    Format::Table | Format::Markdown => render_rows(&rows, format).unwrap(),
                };
                let streamed = String::from_utf8(streamed).unwrap();
                assert_eq!(streamed, whole, "{format:?} {n}");
                assert_eq!(render_rows(&rows, format).unwrap(), whole, "{format:?} {n}");
            }
        }
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

    /// A reader that went away: every write fails as on a closed pipe.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_reported_as_such_in_every_format() {
        let rows = [R {
            id: "A",
            hours: 1.0,
        }];
        for &format in Format::value_variants() {
            let err = write_rows(&mut Closed, &rows, format).unwrap_err();
            let pipe = err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            });
            assert!(pipe, "{format:?}: {err:?}");
        }
    }

    #[test]
    fn json_and_yaml_written_are_the_texts_made_whole() {
        let rows: Vec<R> = (0..3_000)
            .map(|i| R {
                id: if i % 2 == 0 { "A|B" } else { "C" },
                hours: f64::from(i) / 4.0,
            })
            .collect();
        assert_eq!(
            render_rows(&rows, Format::Json).unwrap(),
            format!("{}\n", serde_json::to_string_pretty(&rows).unwrap())
        );
        assert_eq!(
            render_rows(&rows, Format::Yaml).unwrap(),
            yaml_serde::to_string(&rows).unwrap()
        );
    }
}
