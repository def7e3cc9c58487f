//! An xlsx workbook of a report: one worksheet per sheet, bold headers, numbers as
//! numbers, dates as date cells, columns sized to their text.

use super::sheet::{Cell, Document, Sheet};
use crate::reference::Lang;
use anyhow::Result;
use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format as XlsxFormat, Workbook, Worksheet};

struct Formats {
    bold: XlsxFormat,
    percent: XlsxFormat,
    date: XlsxFormat,
}

/// The workbook of every sheet of `doc`.
pub fn render_xlsx(doc: &Document) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let formats = Formats {
        bold: XlsxFormat::new().set_bold(),
        percent: XlsxFormat::new().set_num_format("0.0%"),
        date: XlsxFormat::new().set_num_format(match crate::i18n::lang() {
            Lang::Fr => "dd/mm/yyyy",
            Lang::En => "yyyy-mm-dd",
        }),
    };
    for s in doc.sheets() {
        let ws = book.add_worksheet();
        ws.set_name(&s.name)?;
        write_sheet(ws, s, &formats)?;
    }
    Ok(book.save_to_buffer()?)
}

fn write_sheet(ws: &mut Worksheet, s: &Sheet, f: &Formats) -> Result<()> {
    let mut widths: Vec<usize> = s.headers.iter().map(|h| h.chars().count()).collect();
    for (c, h) in s.headers.iter().enumerate() {
        ws.write_string_with_format(0, column(c), h, &f.bold)?;
    }
    for (r, row) in s.rows.iter().enumerate() {
        let r = u32::try_from(r + 1)?;
        for (c, cell) in row.iter().enumerate() {
            write_cell(ws, r, column(c), cell, f)?;
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(cell.display().chars().count());
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(column(c), (*w as f64 + 2.0).min(60.0))?;
    }
    Ok(())
}

fn column(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn write_cell(ws: &mut Worksheet, r: u32, col: u16, cell: &Cell, f: &Formats) -> Result<()> {
    // `+ 0.0` turns a negative zero into zero, which spreadsheets would show as `-0`.
    match cell {
        Cell::Text(t) | Cell::Coded { label: t, .. } => ws.write_string(r, col, t)?,
        Cell::Int(n) => ws.write_number(r, col, *n as f64)?,
        Cell::Num(x) => ws.write_number(r, col, *x + 0.0)?,
        Cell::Pct(Some(x)) => ws.write_number_with_format(r, col, *x + 0.0, &f.percent)?,
        Cell::Date(d) => {
            let day = ExcelDateTime::from_ymd(
                u16::try_from(d.year())?,
                u8::try_from(d.month())?,
                u8::try_from(d.day())?,
            )?;
            ws.write_date_with_format(r, col, &day, &f.date)?
        }
        Cell::Bool(b) => ws.write_boolean(r, col, *b)?,
        Cell::Pct(None) | Cell::Empty => ws,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_xlsx_workbook_is_written() {
        let mut s = Sheet::with_labels("Sorties", "Sorties 2025", [("date", "date"), ("n", "n")]);
        s.row(vec![
            Cell::Date(chrono::NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()),
            Cell::Num(-0.0),
        ]);
        let mut doc = Document::new();
        doc.table(s);
        let bytes = render_xlsx(&doc).unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        use calamine::{Data, Reader, Xlsx};
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let range = book.worksheet_range("Sorties").unwrap();
        let date = range.get_value((1, 0)).unwrap();
        assert!(matches!(date, Data::DateTime(_)), "{date:?}");
        // Day 45716 of the spreadsheet calendar (1900 system) is 2025-02-28.
        assert_eq!(date.to_string(), "45716");
        match range.get_value((1, 1)).unwrap() {
            Data::Float(x) => assert!(x.is_sign_positive(), "no -0"),
            other => panic!("{other:?}"),
        }
    }
}
