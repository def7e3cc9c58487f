//! The index `.iae/index`: a rebuildable cache of what the whole-structure commands need
//! from each case file, keyed by the file's size, modification time and inode (git's
//! index is the model). A command stats every file and parses only those whose key
//! changed; the index is never trusted over the files, and deleting it changes no result.
//!
//! Each case file has an entry in two parts: its [`Head`] (id, key, person) and its
//! [`Body`] (the case as the whole-structure commands see it). The file keeps the bodies
//! first and the heads together at the end, so that a name lookup reads the heads only
//! (a tenth of the file); see [`file`] for the layout. Every record carries a CRC-32; a
//! damaged index is dropped whole and rebuilt.
//!
//! Racy entries (git's rule): a file whose modification time falls in the same second as
//! the index's own, or later, may have changed again without its key changing, so it is
//! parsed again. Tool writes and name lookups append the entries of the files they wrote
//! or parsed to `.iae/index.journal`, under the lock; the next whole-structure pass folds
//! the journal into a new index.

pub mod file;
pub mod journal;
mod sample;

use crate::case::finding::Seg;
use crate::case::model::{CaseFile, Person, compact};
use serde::{Deserialize, Serialize};
use std::fs::Metadata;

pub use file::{Bodies, Heads, Writer, read_heads};
pub use journal::{Journal, append_journal, read_journal};

pub const INDEX: &str = "index";
pub const JOURNAL: &str = "index.journal";
/// The first bytes of the index and of the journal, before the fingerprint.
const MAGIC: &[u8; 8] = b"IAEINDX2";
/// A record larger than this is damage, not a case file.
const MAX_RECORD: u32 = 64 << 20;

/// What identifies a version of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub size: u64,
    pub mtime_s: i64,
    pub mtime_ns: u32,
    pub ino: u64,
}

impl Key {
    pub fn of(meta: &Metadata) -> Key {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Key {
                size: meta.size(),
                mtime_s: meta.mtime(),
                mtime_ns: meta.mtime_nsec() as u32,
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let since = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .unwrap_or_default();
            Key {
                size: meta.len(),
                mtime_s: since.as_secs() as i64,
                mtime_ns: since.subsec_nanos(),
                ino: 0,
            }
        }
    }

    /// Git's racy rule: modified in the second the index was written, or after.
    pub fn racy(&self, written_s: i64) -> bool {
        self.mtime_s >= written_s
    }
}

/// The first part of an entry: enough to find people without reading their case.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    /// The file id (the file name without `.toml`).
    pub name: String,
    pub key: Key,
    /// The length of the entry's body record (prefix included); 0 when it has none.
    pub body_len: u32,
    /// None when the file did not parse last time (it is parsed again every time).
    pub person: Option<Person>,
}

/// The start of a head, read without copying: what matching files with entries needs.
#[derive(Debug, Deserialize)]
pub struct HeadStart<'a> {
    pub name: &'a str,
    pub key: Key,
    pub body_len: u32,
}

/// TOML 1.1-only syntax found in a file when it was read (W012), placed in its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toml11 {
    pub line: usize,
    pub column: usize,
    /// `\e`, `\x`, `multi-line inline table`, `trailing comma in an inline table`.
    pub what: String,
}

/// The second part of an entry: the case as the whole-structure commands see it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Body {
    pub case: CaseFile,
    pub unknown_keys: Vec<Vec<Seg>>,
    pub toml11: Vec<Toml11>,
}

/// What a parsed file gives its entry.
pub type Parts<'a> = (&'a CaseFile, &'a [Vec<Seg>], &'a [Toml11]);

/// One entry, encoded: its head record and its body record (empty for a file that does
/// not parse). A record is `len: u32`, `crc32: u32`, then `len` bytes of postcard.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub head: Vec<u8>,
    pub body: Vec<u8>,
}

impl Entry {
    /// Encode the entry of the file `name` at `key`; `parts` is None for a file that does
    /// not parse. Postcard writes a struct as the tuple of its fields.
    pub fn encode(name: &str, key: Key, person: Option<&Person>, parts: Option<Parts>) -> Entry {
        let body = parts
            .and_then(|body| compact(|| postcard::to_stdvec(&body)).ok())
            .map(|payload| record(&payload))
            .unwrap_or_default();
        let head = Head {
            name: name.to_string(),
            key,
            person: person.cloned(),
            body_len: body.len() as u32,
        };
        let head = compact(|| postcard::to_stdvec(&head))
            .map(|payload| record(&payload))
            .unwrap_or_default();
        Entry { head, body }
    }
}

fn record(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 8);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload of the record at the start of `bytes`, if its checksum holds, and the
/// bytes after it.
fn checked(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let prefix = bytes.get(..8)?;
    let len = u32::from_le_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]);
    let crc = u32::from_le_bytes([prefix[4], prefix[5], prefix[6], prefix[7]]);
    if len > MAX_RECORD {
        return None;
    }
    let payload = bytes.get(8..8 + len as usize)?;
    (crc32fast::hash(payload) == crc).then(|| (payload, &bytes[8 + len as usize..]))
}

/// Whether a stored record's checksum holds.
pub fn sound(record: &[u8]) -> bool {
    checked(record).is_some()
}

/// The head of a head record (None if damaged).
pub fn decode_head(record: &[u8]) -> Option<Head> {
    postcard::from_bytes(checked(record)?.0).ok()
}

/// The body of a body record (None if it has none or is damaged).
pub fn decode_body(record: &[u8]) -> Option<Body> {
    postcard::from_bytes(checked(record)?.0).ok()
}

/// The layout's fingerprint: a fully filled sample case encoded, and the program's
/// version. Any change of the model changes it, and the index is then rebuilt.
pub fn fingerprint() -> u32 {
    let sample = crate::case::parse::parse_case(sample::SAMPLE)
        .map(|p| p.value)
        .ok();
    let keys = vec![vec![Seg::Key("k".into()), Seg::Index(1)]];
    let toml11 = vec![Toml11 {
        line: 1,
        column: 2,
        what: "\\e".into(),
    }];
    let key = Key {
        size: 1,
        mtime_s: 2,
        mtime_ns: 3,
        ino: 4,
    };
    let entry = Entry::encode(
        "7K3M9Q",
        key,
        sample.as_ref().map(|c| &c.person),
        sample
            .as_ref()
            .map(|c| (c, keys.as_slice(), toml11.as_slice())),
    );
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(&entry.head);
    hasher.update(&entry.body);
    hasher.finalize()
}

/// The magic and the fingerprint that open the index and the journal.
fn header() -> Vec<u8> {
    let mut header = MAGIC.to_vec();
    header.extend_from_slice(&fingerprint().to_le_bytes());
    header
}

const HEADER_LEN: u64 = 12;

/// Why an index could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// None yet, or written by another version: rebuilt silently.
    Absent,
    /// Present but damaged: rebuilt with a note.
    Damaged,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_parses_so_the_fingerprint_covers_every_field() {
        let parsed = crate::case::parse::parse_case(sample::SAMPLE).unwrap();
        assert!(parsed.unknown_keys.is_empty(), "{:?}", parsed.unknown_keys);
    }

    #[test]
    fn an_entry_round_trips_with_empty_and_filled_fields() {
        let full = crate::case::parse::parse_case(sample::SAMPLE)
            .unwrap()
            .value;
        let mut empty = full.clone();
        empty.pass = None;
        empty.recruitment.applied_on = None;
        empty.contracts[0].end = None;
        let key = Key {
            size: 10,
            mtime_s: -1,
            mtime_ns: 5,
            ino: 7,
        };
        let keys = vec![vec![Seg::Key("x".into())]];
        for case in [full, empty] {
            let entry = Entry::encode("7K3M9Q", key, Some(&case.person), Some((&case, &keys, &[])));
            let head = decode_head(&entry.head).unwrap();
            assert_eq!((head.name.as_str(), head.key), ("7K3M9Q", key));
            assert_eq!(head.person.as_ref(), Some(&case.person));
            assert_eq!(head.body_len as usize, entry.body.len());
            let body = decode_body(&entry.body).unwrap();
            assert_eq!((body.case, body.unknown_keys), (case, keys.clone()));
        }
        let unparsed = Entry::encode("7K3M9Q", key, None, None);
        assert!(unparsed.body.is_empty());
        assert_eq!(decode_head(&unparsed.head).unwrap().body_len, 0);
    }

    #[test]
    fn a_damaged_record_does_not_decode() {
        let case = crate::case::parse::parse_case(sample::SAMPLE)
            .unwrap()
            .value;
        let key = Key {
            size: 1,
            mtime_s: 1,
            mtime_ns: 1,
            ino: 1,
        };
        let mut entry = Entry::encode("7K3M9Q", key, Some(&case.person), Some((&case, &[], &[])));
        let middle = entry.body.len() / 2;
        entry.body[middle] ^= 0x5a;
        assert!(decode_body(&entry.body).is_none());
        entry.head.truncate(entry.head.len() - 1);
        assert!(decode_head(&entry.head).is_none());
    }

    #[test]
    fn every_field_of_the_model_is_written_in_the_binary_form() {
        // A field left out by `skip_serializing_if` would shift the others in postcard:
        // the model's predicates must be the ones `compact` turns off.
        let model = include_str!("../../case/model.rs");
        for line in model.lines().filter(|l| l.contains("skip_serializing_if")) {
            assert!(
                [
                    "\"skip_none\"",
                    "\"skip_empty\"",
                    "\"skip_empty_str\"",
                    "\"skip_false\""
                ]
                .iter()
                .any(|p| line.contains(p)),
                "{line}"
            );
        }
    }

    #[test]
    fn racy_means_the_same_second_as_the_index_or_later() {
        let key = |s| Key {
            size: 1,
            mtime_s: s,
            mtime_ns: 999_999_999,
            ino: 1,
        };
        assert!(!key(99).racy(100));
        assert!(key(100).racy(100));
        assert!(key(101).racy(100));
    }
}
