//! Tables for people, drawn into a writer. A table is laid out from one pass over its
//! rows' cells, then drawn a slice of rows at a time (a few slices at once, in parallel,
//! written in order), each slice's cells made when it is drawn: a listing of the whole
//! structure never holds every row's cells at once, nor the whole table as one text.

use super::slices;
use super::text::{ellipsis, longest_word, text_of, width};
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use rayon::prelude::*;
use std::borrow::Cow;
use std::io::{self, Write};

/// The longest text a terminal cell shows; the whole text is read with `show` or
/// `--format json`.
pub const MAX_CELL_CHARS: usize = 2000;

/// A borderless table with a header rule, fitted to the width. Cells wrap between words
/// only: a code, an id, a date or a name is never cut. When the headers would not fit
/// whole, their long words are shortened with an ellipsis; when even the cells' longest
/// words do not fit side by side, the rows are shown as records.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    table_dropping(headers, rows, &[])
}

/// Like `table`, but when the words do not all fit side by side, the `droppable` columns
/// are left out one after the other (in that order) before the rows become records.
pub fn table_dropping(headers: &[&str], rows: &[Vec<String>], droppable: &[usize]) -> String {
    text_of(|w| write_table(w, headers, droppable, rows.len(), |i| rows[i].clone()))
}

/// `table_dropping` of `len` rows drawn into `w`, without a line break at its end. The
/// cells of row `i` are `cells(i)`, asked for twice: once to lay the table out, once to
/// draw it.
pub fn write_table<W: Write + ?Sized>(
    w: &mut W,
    headers: &[&str],
    droppable: &[usize],
    len: usize,
    cells: impl Fn(usize) -> Vec<String> + Sync,
) -> io::Result<()> {
    write_in_slices(w, headers, droppable, len, &cells, slices::ROWS)
}

/// `write_table`, drawn `slice` rows at a time when it has more.
fn write_in_slices<W: Write + ?Sized>(
    w: &mut W,
    headers: &[&str],
    droppable: &[usize],
    len: usize,
    cells: &(dyn Fn(usize) -> Vec<String> + Sync),
    slice: usize,
) -> io::Result<()> {
    let width = usize::from(width());
    let measured = measure(headers.len(), len, cells, len > slice);
    let kept = kept_columns(headers, &measured.longest, droppable, width);
    let headers: Vec<&str> = kept.iter().map(|&i| headers[i]).collect();
    // The layout counts widths in 16 bits: a cell is cut at MAX_CELL_CHARS characters.
    let pick = |of: &[usize]| kept.iter().map(|&i| of[i].max(1)).collect();
    let columns = Columns {
        words: pick(&measured.words),
        whole: pick(&measured.whole),
    };
    let row = |i: usize| -> Vec<String> {
        let mut cells = cells(i);
        kept.iter()
            .filter_map(|&k| cells.get_mut(k).map(std::mem::take))
            .map(capped_owned)
            .collect()
    };
    let (shown, lower) = fit_headers(&headers, &columns, width);
    if lower.iter().sum::<usize>() + 2 * headers.len() + 1 > width {
        return write_records(w, &headers, len, row);
    }
    let constraints: Vec<ColumnConstraint> = lower
        .iter()
        .map(|l| ColumnConstraint::LowerBoundary(Width::Fixed(cells_width(*l + 1))))
        .collect();
    let Some(shapes) = measured.shapes else {
        return write_drawn(w, Some(&shown), (0..len).map(row), &constraints);
    };
    // A long table is laid out once, on the shapes of its cells, then drawn a slice of
    // rows at a time with those widths: the same lines, each row's cells made only for
    // its slice.
    let probe = frame_with(Some(&shown), shapes.rows(&kept), &constraints);
    let fixed: Vec<ColumnConstraint> = slices::arranged_widths(&probe)
        .into_iter()
        .map(|w| ColumnConstraint::Absolute(Width::Fixed(w)))
        .collect();
    // The slices are drawn in parallel, a few at a time, and written in order.
    let starts: Vec<usize> = (0..len).step_by(slice).collect();
    for group in starts.chunks(2 * rayon::current_num_threads()) {
        let drawn: Vec<io::Result<Vec<u8>>> = group
            .par_iter()
            .map(|&start| {
                let mut text = Vec::new();
                if start > 0 {
                    text.push(b'\n');
                }
                let header = (start == 0).then_some(shown.as_slice());
                let end = len.min(start.saturating_add(slice));
                write_drawn(&mut text, header, (start..end).map(row), &fixed)?;
                Ok(text)
            })
            .collect();
        for text in drawn {
            w.write_all(&text?)?;
        }
    }
    Ok(())
}

/// What one pass over a table's rows learns of each column.
struct Measured {
    /// The longest word of the whole cells: whether the columns fit side by side.
    longest: Vec<usize>,
    /// The longest word of the cells as shown (cut at `MAX_CELL_CHARS`).
    words: Vec<usize>,
    /// Their width when kept on one line (see `whole_width`).
    whole: Vec<usize>,
    /// The shapes of the cells as shown, when the table is drawn in slices.
    shapes: Option<slices::Shapes>,
}

/// Each column's needs, from the cells of `len` rows; the shapes too if `shapes`.
fn measure(
    columns: usize,
    len: usize,
    cells: &dyn Fn(usize) -> Vec<String>,
    shapes: bool,
) -> Measured {
    let mut m = Measured {
        longest: vec![0; columns],
        words: vec![0; columns],
        whole: vec![0; columns],
        shapes: shapes.then(slices::Shapes::default),
    };
    for i in 0..len {
        for (c, cell) in cells(i).iter().enumerate().take(columns) {
            let longest = longest_word(cell);
            let shown = capped(cell);
            let words = match shown {
                Cow::Borrowed(_) => longest,
                Cow::Owned(ref cut) => longest_word(cut),
            };
            m.longest[c] = m.longest[c].max(longest);
            m.words[c] = m.words[c].max(words);
            m.whole[c] = m.whole[c].max(whole_width(&shown));
            if let Some(shapes) = &mut m.shapes {
                shapes.add(c, &shown);
            }
        }
    }
    m
}

/// The columns shown: all of them when their longest words fit side by side in `width`;
/// else the `droppable` ones are left out one after the other until the rest fit; all of
/// them again (to be shown as records) when the rest never fit.
fn kept_columns(
    headers: &[&str],
    longest: &[usize],
    droppable: &[usize],
    width: usize,
) -> Vec<usize> {
    let all: Vec<usize> = (0..headers.len()).collect();
    let mut kept = all.clone();
    let mut drop = droppable.iter();
    loop {
        if fits(headers, longest, &kept, width) {
            return kept;
        }
        match drop.next() {
            Some(i) => kept.retain(|k| k != i),
            None => return all,
        }
    }
}

/// Whether the longest word of every `kept` column fits side by side in `width`.
fn fits(headers: &[&str], longest: &[usize], kept: &[usize], width: usize) -> bool {
    let least: usize = kept
        .iter()
        .map(|&i| longest[i].max(1).max(longest_word(headers[i]).min(4)))
        .sum();
    // A border column before the first column, and a padding and a separator after each.
    least + 2 * kept.len() < width
}

/// A cell as a table shows it: cut at `MAX_CELL_CHARS`.
fn capped(cell: &str) -> Cow<'_, str> {
    if cell.len() <= MAX_CELL_CHARS {
        Cow::Borrowed(cell)
    } else {
        Cow::Owned(ellipsis(cell, MAX_CELL_CHARS))
    }
}

fn capped_owned(cell: String) -> String {
    match capped(&cell) {
        Cow::Borrowed(_) => cell,
        Cow::Owned(cut) => cut,
    }
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

/// The lines of that table drawn into `w`, their trailing spaces cut.
fn write_drawn<W: Write + ?Sized>(
    w: &mut W,
    header: Option<&[String]>,
    rows: impl IntoIterator<Item = Vec<String>>,
    constraints: &[ColumnConstraint],
) -> io::Result<()> {
    write_lines(w, &frame_with(header, rows, constraints))
}

/// The lines of `t`, their trailing spaces cut, a line break between them.
fn write_lines<W: Write + ?Sized>(w: &mut W, t: &Table) -> io::Result<()> {
    for (i, line) in t.lines().enumerate() {
        if i > 0 {
            w.write_all(b"\n")?;
        }
        w.write_all(line.trim_end().as_bytes())?;
    }
    Ok(())
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
fn write_records<W: Write + ?Sized>(
    w: &mut W,
    headers: &[&str],
    len: usize,
    row: impl Fn(usize) -> Vec<String>,
) -> io::Result<()> {
    let label = headers.iter().map(|h| h.chars().count()).max().unwrap_or(0);
    for i in 0..len {
        if i > 0 {
            w.write_all(b"\n\n")?;
        }
        let row = row(i);
        let mut t = Table::new();
        t.load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width());
        let value = row.iter().map(|c| longest_word(c)).max().unwrap_or(0);
        for (h, cell) in headers.iter().zip(row) {
            t.add_row(vec![h.to_string(), cell]);
        }
        // Two spaces between the header and its value.
        for (column, least) in t.column_iter_mut().zip([label + 1, value]) {
            column.set_padding((0, 1));
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(cells_width(
                least + 1,
            ))));
        }
        write_lines(w, &t)?;
    }
    Ok(())
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
mod tests;
