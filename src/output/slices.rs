//! Long tables laid out once and drawn a slice of rows at a time.
//!
//! comfy-table lays a table out from each column's cells (their widths, and how they
//! split at a trial width), then formats and draws every row at once: a table of tens of
//! thousands of rows held three copies of its cells. Its layout depends on each column's
//! cells through their *shape* only (where the spaces and line breaks fall, how wide each
//! run of characters is), and never on how many times a shape occurs, so a probe table
//! of the distinct shapes of each column gets the same widths; the rows are then drawn a
//! slice at a time with those widths fixed.

use comfy_table::Table;
use std::collections::BTreeSet;

/// How many rows are drawn at once; a table of at most this many is drawn whole.
pub const ROWS: usize = 1024;

/// The distinct shapes of each column's cells.
#[derive(Default)]
pub struct Shapes {
    columns: Vec<BTreeSet<String>>,
}

impl Shapes {
    /// Count the shape of `cell`, in the column `column`.
    pub fn add(&mut self, column: usize, cell: &str) {
        if self.columns.len() <= column {
            self.columns.resize_with(column + 1, BTreeSet::new);
        }
        self.columns[column].insert(shape(cell));
    }

    /// Rows for a probe table of the columns `kept`: their distinct shapes, side by side.
    pub fn rows(mut self, kept: &[usize]) -> Vec<Vec<String>> {
        let columns: Vec<BTreeSet<String>> = kept
            .iter()
            .map(|&i| {
                self.columns
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default()
            })
            .collect();
        let height = columns.iter().map(BTreeSet::len).max().unwrap_or(0);
        let mut iters: Vec<_> = columns.into_iter().map(BTreeSet::into_iter).collect();
        (0..height)
            .map(|_| {
                iters
                    .iter_mut()
                    .map(|it| it.next().unwrap_or_default())
                    .collect()
            })
            .collect()
    }
}

/// `cell` with every character but spaces and line breaks replaced by as many `x` as
/// the columns it takes on a terminal.
fn shape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for c in cell.chars() {
        match c {
            ' ' | '\n' => out.push(c),
            c => {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                out.extend(std::iter::repeat_n('x', w));
            }
        }
    }
    out
}

/// The width of each column (its padding included) as `probe` lays them out: read off
/// its header rule, drawn `─` over each column with a space between columns and one `─`
/// at each end.
pub fn arranged_widths(probe: &Table) -> Vec<u16> {
    let rule = probe
        .lines()
        .find(|l| l.starts_with('─'))
        .expect("a table with a header draws its rule");
    let mut widths: Vec<u16> = rule
        .trim_end()
        .split(' ')
        .map(|run| u16::try_from(run.chars().count()).unwrap_or(u16::MAX))
        .collect();
    if let Some(first) = widths.first_mut() {
        *first -= 1;
    }
    if let Some(last) = widths.last_mut() {
        *last -= 1;
    }
    widths
}
