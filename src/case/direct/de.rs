//! A serde deserializer that walks the events in document order. A table is its pairs,
//! then its sub-tables' headers; an array of tables is its consecutive `[[…]]` headers.
//! Anything else — a key or table given twice, a table reopened later, a type that does
//! not fit — stops it with `Bail`, and the general reader takes the file.

use super::events::Ev;
use super::value::visit_value;
use serde::de::value::{BorrowedStrDeserializer, StrDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;

/// The direct reader gives way to the general one; why does not matter, as the general
/// one will say it.
#[derive(Debug)]
pub(super) struct Bail;

impl std::fmt::Display for Bail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("left to the general reader")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: std::fmt::Display>(_: T) -> Bail {
        Bail
    }
}

/// The most keys a table may have here; more go to the general reader.
const KEYS: usize = 48;

/// A table's place: its header's keys, `keys[start..end]` (the root: none).
#[derive(Clone, Copy)]
pub(super) struct Path {
    start: usize,
    end: usize,
}

pub(super) struct Doc<'a, 'de> {
    pub(super) evs: &'a [Ev<'de>],
    keys: &'a [Cow<'de, str>],
    pub(super) pos: usize,
}

impl<'a, 'de> Doc<'a, 'de> {
    pub(super) fn new(evs: &'a [Ev<'de>], keys: &'a [Cow<'de, str>]) -> Self {
        Doc { evs, keys, pos: 0 }
    }

    /// Every event was read.
    pub(super) fn finished(&self) -> bool {
        self.pos == self.evs.len()
    }

    fn path(&self, p: Path) -> &'a [Cow<'de, str>] {
        &self.keys[p.start..p.end]
    }

    /// The header at the cursor, if it lies strictly under `p`.
    fn header_under(&self, p: Path) -> Option<(bool, Path)> {
        let Some(&Ev::Header { array, start, end }) = self.evs.get(self.pos) else {
            return None;
        };
        let h = Path {
            start: start as usize,
            end: end as usize,
        };
        let depth = p.end - p.start;
        let under = h.end - h.start > depth && self.keys[h.start..h.start + depth] == *self.path(p);
        under.then_some((array, h))
    }

    /// The cursor is on `[[p]]`.
    fn element_header(&self, p: Path) -> bool {
        matches!(self.evs.get(self.pos), Some(&Ev::Header { array: true, start, end })
            if self.keys[start as usize..end as usize] == *self.path(p))
    }
}

/// The whole document: the root table.
impl<'de> Deserializer<'de> for &mut Doc<'_, 'de> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        let root = Path { start: 0, end: 0 };
        visitor.visit_map(Table::new(self, root))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
        struct enum identifier ignored_any
    }
}

/// What follows a key: the value of a pair, a table reached by its header (or made on
/// the way to one), or an array of tables.
#[derive(Clone, Copy)]
pub(super) enum Next {
    Value,
    Table(Path),
    Tables(Path),
}

/// A table's entries: its pairs, then the tables under it.
struct Table<'r, 'a, 'de> {
    doc: &'r mut Doc<'a, 'de>,
    path: Path,
    seen: [&'a str; KEYS],
    count: usize,
    next: Next,
}

impl<'r, 'a, 'de> Table<'r, 'a, 'de> {
    fn new(doc: &'r mut Doc<'a, 'de>, path: Path) -> Self {
        Table {
            doc,
            path,
            seen: [""; KEYS],
            count: 0,
            next: Next::Value,
        }
    }

    /// The next key of this table and what follows it, or `None` at its end.
    fn next_key(&mut self) -> Result<Option<&'a Cow<'de, str>>, Bail> {
        let keys = self.doc.keys;
        let key = match self.doc.evs.get(self.doc.pos) {
            None => return Ok(None),
            Some(&Ev::Key(k)) => {
                self.doc.pos += 1;
                self.next = Next::Value;
                &keys[k as usize]
            }
            Some(Ev::Header { .. }) => {
                let Some((array, h)) = self.doc.header_under(self.path) else {
                    return Ok(None);
                };
                let depth = self.path.end - self.path.start;
                let child = Path {
                    start: h.start,
                    end: h.start + depth + 1,
                };
                self.next = if child.end < h.end {
                    // `[a.b.c]` with no `[a.b]`: a table made on the way.
                    Next::Table(child)
                } else if array {
                    Next::Tables(h)
                } else {
                    self.doc.pos += 1;
                    Next::Table(h)
                };
                &keys[h.start + depth]
            }
            Some(_) => return Err(Bail),
        };
        if self.count == KEYS || self.seen[..self.count].contains(&key.as_ref()) {
            return Err(Bail);
        }
        self.seen[self.count] = key.as_ref();
        self.count += 1;
        Ok(Some(key))
    }
}

pub(super) fn key_seed<'de, K: DeserializeSeed<'de>>(
    seed: K,
    key: &Cow<'de, str>,
) -> Result<K::Value, Bail> {
    match key {
        Cow::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::new(s)),
        Cow::Owned(s) => seed.deserialize(StrDeserializer::new(s.as_str())),
    }
}

impl<'de> MapAccess<'de> for Table<'_, '_, 'de> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Bail> {
        match self.next_key()? {
            Some(key) => key_seed(seed, key).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Bail> {
        seed.deserialize(EntryDe {
            doc: &mut *self.doc,
            next: self.next,
        })
    }
}

/// What follows a key, at the cursor.
pub(super) struct EntryDe<'r, 'a, 'de> {
    pub(super) doc: &'r mut Doc<'a, 'de>,
    pub(super) next: Next,
}

impl<'de> Deserializer<'de> for EntryDe<'_, '_, 'de> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        let doc = self.doc;
        match self.next {
            Next::Value => visit_value(doc, visitor),
            Next::Table(path) => {
                let value = visitor.visit_map(Table::new(&mut *doc, path))?;
                // A visitor that stopped early leaves pairs or tables the general reader
                // drops.
                match doc.evs.get(doc.pos) {
                    Some(Ev::Key(_)) => Err(Bail),
                    Some(Ev::Header { .. }) if doc.header_under(path).is_some() => Err(Bail),
                    _ => Ok(value),
                }
            }
            Next::Tables(path) => {
                let value = visitor.visit_seq(Elements {
                    doc: &mut *doc,
                    path,
                })?;
                // A visitor that stopped early leaves tables the general reader must see.
                if doc.element_header(path) {
                    return Err(Bail);
                }
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        visitor.visit_newtype_struct(self)
    }

    /// An unknown key's value or table is walked as a known one, with the same checks:
    /// the general reader refuses a key given twice or a number out of range there too.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf unit unit_struct seq tuple tuple_struct map struct enum identifier
    }
}

struct Elements<'r, 'a, 'de> {
    doc: &'r mut Doc<'a, 'de>,
    path: Path,
}

impl<'de> SeqAccess<'de> for Elements<'_, '_, 'de> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Bail> {
        if !self.doc.element_header(self.path) {
            return Ok(None);
        }
        self.doc.pos += 1;
        seed.deserialize(EntryDe {
            doc: &mut *self.doc,
            next: Next::Table(self.path),
        })
        .map(Some)
    }
}
