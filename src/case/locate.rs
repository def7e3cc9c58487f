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
    let doc = Document::parse(text.to_string()).ok()?;
    let span = in_table(doc.as_table(), path, None)?;
    Some(line_col(text, span.start))
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
    fn a_missing_key_points_at_its_parent() {
        assert_eq!(
            locate(TEXT, &path!["person", "first_name"]).map(|l| l.0),
            Some(3)
        );
        assert_eq!(locate(TEXT, &path!["nothing"]), None);
    }
}
