//! Finds the line of a field from its path, for messages that point at `file:line`.
//! Only called when something is reported, so loading stays a single fast parse.

use super::finding::Seg;
use std::ops::Range;
use toml_edit::{Document, Item, Table, Value};

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The line and column of the deepest part of `path` present in `text`.
pub fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    Locator::new(text).locate(path)
}

/// One text parsed once and its line starts indexed, to place many findings in it: each
/// costs a walk down its path and a binary search, not a parse and a count of the text.
pub struct Locator<'a> {
    text: &'a str,
    doc: Option<Document<String>>,
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Locator<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            doc: None,
            line_starts,
        }
        .parsed()
    }

    fn parsed(mut self) -> Locator<'a> {
        self.doc = Document::parse(self.text.to_string()).ok();
        self
    }

    /// As `locate`.
    pub fn locate(&self, path: &[Seg]) -> Option<(usize, usize)> {
        let span = in_table(self.doc.as_ref()?.as_table(), path, None)?;
        Some(self.line_col(span.start))
    }

    /// As `line_col`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

type Span = Option<Range<usize>>;

fn in_table(table: &Table, path: &[Seg], best: Span) -> Span {
    let Some((Seg::Key(k), rest)) = path.split_first() else {
        return best;
    };
    let Some((key, item)) = table.get_key_value(k) else {
        return best;
    };
    in_item(item, rest, key.span().or(best))
}

fn in_item(item: &Item, path: &[Seg], best: Span) -> Span {
    match (path.first(), item) {
        (Some(Seg::Key(_)), Item::Table(t)) => in_table(t, path, best),
        (Some(Seg::Index(i)), Item::ArrayOfTables(a)) => match a.get(*i) {
            Some(t) => in_table(t, &path[1..], t.span().or(best)),
            None => best,
        },
        (Some(_), Item::Value(v)) => in_value(v, path, best),
        _ => best,
    }
}

fn in_value(value: &Value, path: &[Seg], best: Span) -> Span {
    match (path.split_first(), value) {
        (Some((Seg::Key(k), rest)), Value::InlineTable(t)) => match (t.key(k), t.get(k)) {
            (Some(key), Some(v)) => in_value(v, rest, key.span().or(best)),
            _ => best,
        },
        (Some((Seg::Index(i), rest)), Value::Array(a)) => match a.get(*i) {
            Some(v) => in_value(v, rest, v.span().or(best)),
            None => best,
        },
        _ => best,
    }
}

#[cfg(test)]
#[allow(clippy::useless_vec)]
mod tests {
    use super::*;
    use crate::path;

    const TEXT: &str = "schema = 1\n\n[person]\nlast_name = \"Martin\"\n\n[[contracts]]\nkind = \"cddi\"\n\n[[contracts]]\nkind = \"x\"\nend = 2025-01-01\n\n[eligibility]\ncriteria = [\"rsa\",\n  \"nope\"]\n";

    #[test]
    fn finds_keys_tables_and_array_elements() {
        assert_eq!(locate(TEXT, &path!["person", "last_name"]), Some((4, 1)));
        assert_eq!(locate(TEXT, &path!["contracts", 1, "end"]), Some((11, 1)));
        assert_eq!(locate(TEXT, &path!["contracts", 1, "kind"]), Some((10, 1)));
        assert_eq!(
            locate(TEXT, &path!["eligibility", "criteria", 1]).map(|l| l.0),
            Some(15)
        );
    }

    #[test]
    fn the_locator_agrees_with_line_col_everywhere() {
        let text = "a = 1\nbé = \"x\"\n\n[t]\nc = 2";
        let locator = Locator::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                locator.line_col(offset),
                line_col(text, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn a_missing_key_points_at_its_parent() {
        assert_eq!(
            locate(TEXT, &path!["person", "first_name"]).map(|l| l.0),
            Some(3)
        );
        assert_eq!(locate(TEXT, &path!["nothing"]), None);
    }
}
