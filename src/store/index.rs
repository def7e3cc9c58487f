//! The index `.iae/index`: a rebuildable cache of what the whole-structure commands need
//! from each case file, keyed by the file's size, modification time and inode (git's
//! index is the model). A command stats every file and parses only those whose key
//! changed; the index is never trusted over the files, and deleting it changes no result.
//!
//! The file: a header (magic, fingerprint of the layout), then one record per case file in
//! id order — `len: u32`, `crc32: u32`, then `len` bytes: a [`Head`] and a [`Body`] in
//! postcard — then a trailer (`u32::MAX`, the number of records). A damaged index
//! (bad magic, checksum, order, truncation) is dropped whole and rebuilt.
//!
//! Racy entries (git's rule): a file whose modification time falls in the same second as
//! the index's own, or later, may have changed again without its key changing, so it is
//! parsed again. Tool writes append their file's entry to `.iae/index.journal`, under the
//! lock; the next rewrite of the index folds the journal in.

use crate::case::finding::Seg;
use crate::case::model::{CaseFile, Person, compact};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, Metadata};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

pub const INDEX: &str = "index";
pub const JOURNAL: &str = "index.journal";
const MAGIC: &[u8; 8] = b"IAEINDEX";
const TRAILER: u32 = u32::MAX;
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

/// The start of a record: enough to find people without decoding their whole file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    /// The file id (the file name without `.toml`).
    pub name: String,
    pub key: Key,
    /// None when the file did not parse last time (it is parsed again every time).
    pub person: Option<Person>,
}

/// The rest of a record: the case as the whole-structure commands see it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Body {
    pub case: CaseFile,
    pub unknown_keys: Vec<Vec<Seg>>,
}

/// One record as stored: its bytes (length and checksum included) and its head.
#[derive(Debug, Clone)]
pub struct Record {
    pub head: Head,
    pub bytes: Vec<u8>,
}

impl Record {
    /// Encode a record; `body` (a [`Body`]'s fields) is None for a file that does not
    /// parse. Postcard writes a struct as the tuple of its fields.
    pub fn encode(head: &Head, body: Option<(&CaseFile, &[Vec<Seg>])>) -> Vec<u8> {
        let payload = compact(|| {
            let head = postcard::to_extend(head, Vec::with_capacity(1024))?;
            match body {
                Some(body) => postcard::to_extend(&body, head),
                None => Ok(head),
            }
        })
        .unwrap_or_default();
        let mut out = Vec::with_capacity(payload.len() + 8);
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }

    /// The body of a stored record (None if it has none or does not decode).
    pub fn body(bytes: &[u8]) -> Option<Body> {
        let payload = bytes.get(8..)?;
        let (_, rest) = postcard::take_from_bytes::<Head>(payload).ok()?;
        postcard::from_bytes::<Body>(rest).ok()
    }
}

/// The layout's fingerprint: a fully filled sample case encoded, and the program's
/// version. Any change of the model changes it, and the index is then rebuilt.
pub fn fingerprint() -> u32 {
    let sample = crate::case::parse::parse_case(SAMPLE).map(|p| p.value).ok();
    let body = sample.map(|case| Body {
        case,
        unknown_keys: vec![vec![Seg::Key("k".into()), Seg::Index(1)]],
    });
    let head = Head {
        name: "7K3M9Q".into(),
        key: Key {
            size: 1,
            mtime_s: 2,
            mtime_ns: 3,
            ino: 4,
        },
        person: body.as_ref().map(|b| b.case.person.clone()),
    };
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(&Record::encode(
        &head,
        body.as_ref().map(|b| (&b.case, b.unknown_keys.as_slice())),
    ));
    hasher.finalize()
}

/// Why an index could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// None yet, or written by another version: rebuilt silently.
    Absent,
    /// Present but damaged: rebuilt with a note.
    Damaged,
}

/// The heads of a readable index, with where each record lies in the file.
#[derive(Debug)]
pub struct Heads {
    pub file: File,
    /// The index's modification time, in seconds (the racy rule's reference).
    pub written_s: i64,
    /// (head, offset of the record, length of the record with its 8-byte prefix)
    pub entries: Vec<(Head, u64, u32)>,
}

/// Read every head of the index at `path`, checking every record's checksum and the
/// trailer. Bodies are read later, by offset.
pub fn read_heads(path: &Path) -> Result<Heads, Unusable> {
    let file = File::open(path).map_err(|_| Unusable::Absent)?;
    let meta = file.metadata().map_err(|_| Unusable::Absent)?;
    let written_s = Key::of(&meta).mtime_s;
    let mut r = BufReader::with_capacity(1 << 16, &file);
    let mut header = [0u8; 12];
    if r.read_exact(&mut header).is_err() || &header[..8] != MAGIC {
        return Err(Unusable::Damaged);
    }
    if u32::from_le_bytes([header[8], header[9], header[10], header[11]]) != fingerprint() {
        return Err(Unusable::Absent);
    }
    let mut entries: Vec<(Head, u64, u32)> = Vec::new();
    let mut offset = 12u64;
    let mut payload = Vec::new();
    loop {
        let mut prefix = [0u8; 8];
        r.read_exact(&mut prefix).map_err(|_| Unusable::Damaged)?;
        let len = u32::from_le_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]);
        let crc = u32::from_le_bytes([prefix[4], prefix[5], prefix[6], prefix[7]]);
        if len == TRAILER {
            let mut count = [0u8; 8];
            r.read_exact(&mut count).map_err(|_| Unusable::Damaged)?;
            let mut rest = [0u8; 1];
            let ends = matches!(r.read(&mut rest), Ok(0));
            if u64::from_le_bytes(count) != entries.len() as u64 || crc != 0 || !ends {
                return Err(Unusable::Damaged);
            }
            break;
        }
        if len > MAX_RECORD {
            return Err(Unusable::Damaged);
        }
        payload.resize(len as usize, 0);
        r.read_exact(&mut payload).map_err(|_| Unusable::Damaged)?;
        if crc32fast::hash(&payload) != crc {
            return Err(Unusable::Damaged);
        }
        let (head, _) =
            postcard::take_from_bytes::<Head>(&payload).map_err(|_| Unusable::Damaged)?;
        if entries.last().is_some_and(|(h, _, _)| h.name >= head.name) {
            return Err(Unusable::Damaged);
        }
        entries.push((head, offset, len + 8));
        offset += u64::from(len) + 8;
    }
    drop(r);
    Ok(Heads {
        file,
        written_s,
        entries,
    })
}

/// Read stored records one after the other, by offset, in increasing order.
#[derive(Debug)]
pub struct Bodies<'a> {
    r: BufReader<&'a File>,
    at: u64,
}

impl<'a> Bodies<'a> {
    pub fn new(file: &'a File) -> Bodies<'a> {
        Bodies {
            r: BufReader::with_capacity(1 << 16, file),
            at: u64::MAX,
        }
    }

    pub fn read(&mut self, offset: u64, len: u32) -> Option<Vec<u8>> {
        if self.at != offset {
            self.r.seek(SeekFrom::Start(offset)).ok()?;
        }
        let mut bytes = vec![0u8; len as usize];
        self.r.read_exact(&mut bytes).ok()?;
        self.at = offset + u64::from(len);
        Some(bytes)
    }
}

/// The journal's records by file id (the last one wins), and its modification time.
#[derive(Debug, Default)]
pub struct Journal {
    pub records: HashMap<String, Record>,
    pub written_s: i64,
    /// Its length when read: a rewrite of the index removes it only if it did not grow.
    pub len: u64,
}

/// Read `.iae/index.journal`; a damaged tail ends it (the files are parsed instead).
pub fn read_journal(path: &Path) -> Journal {
    let Ok(bytes) = std::fs::read(path) else {
        return Journal::default();
    };
    let written_s = std::fs::metadata(path)
        .map(|m| Key::of(&m).mtime_s)
        .unwrap_or(i64::MIN);
    let mut records = HashMap::new();
    if bytes
        .get(..12)
        .is_some_and(|h| &h[..8] == MAGIC && h[8..12] == fingerprint().to_le_bytes())
    {
        let mut at = 12;
        while let Some(prefix) = bytes.get(at..at + 8) {
            let len = u32::from_le_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]) as usize;
            let crc = u32::from_le_bytes([prefix[4], prefix[5], prefix[6], prefix[7]]);
            let Some(payload) = bytes.get(at + 8..at + 8 + len) else {
                break;
            };
            if crc32fast::hash(payload) != crc {
                break;
            }
            let Ok((head, _)) = postcard::take_from_bytes::<Head>(payload) else {
                break;
            };
            let record = Record {
                head,
                bytes: bytes[at..at + 8 + len].to_vec(),
            };
            records.insert(record.head.name.clone(), record);
            at += 8 + len;
        }
    }
    Journal {
        records,
        written_s,
        len: bytes.len() as u64,
    }
}

/// Append one record to the journal (the caller holds the lock).
pub fn append_journal(path: &Path, record: &[u8]) -> std::io::Result<()> {
    let mut file = File::options().create(true).append(true).open(path)?;
    if file.metadata()?.len() == 0 {
        let mut header = MAGIC.to_vec();
        header.extend_from_slice(&fingerprint().to_le_bytes());
        file.write_all(&header)?;
    }
    file.write_all(record)
}

/// A new index being written beside the old one, renamed over it when complete.
#[derive(Debug)]
pub struct Writer {
    out: BufWriter<tempfile::NamedTempFile>,
    count: u64,
}

impl Writer {
    pub fn new(dir: &Path) -> std::io::Result<Writer> {
        std::fs::create_dir_all(dir)?;
        let tmp = tempfile::Builder::new()
            .prefix(".index-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        // Readable as the case files are, by whoever shares the structure.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644));
        }
        let mut out = BufWriter::with_capacity(1 << 16, tmp);
        out.write_all(MAGIC)?;
        out.write_all(&fingerprint().to_le_bytes())?;
        Ok(Writer { out, count: 0 })
    }

    pub fn push(&mut self, record: &[u8]) -> std::io::Result<()> {
        self.count += 1;
        self.out.write_all(record)
    }

    /// Finish the file and put it in place of `target`.
    pub fn commit(mut self, target: &Path) -> std::io::Result<()> {
        self.out.write_all(&TRAILER.to_le_bytes())?;
        self.out.write_all(&0u32.to_le_bytes())?;
        self.out.write_all(&self.count.to_le_bytes())?;
        let tmp = self.out.into_inner().map_err(|e| e.into_error())?;
        tmp.persist(target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// A case with every section filled, so that the fingerprint covers every field.
const SAMPLE: &str = r#"schema = 1
id = "7K3M9Q"
[person]
last_name = "Exemple"
first_name = "Camille"
birth_date = 1990-01-02
sex = "F"
postcode = "75001"
[recruitment]
applied_on = 2025-01-03
hired_on = 2025-01-04
prescriber = "ft"
[eligibility]
date = 2025-01-05
by = "prescriber"
criteria = ["rsa"]
derogation = "d"
proofs = [{ criterion = "rsa", document = "attestation", dated = 2025-01-06 }]
[pass]
number = "999992512345"
start = 2025-01-07
end = 2027-01-06
suspensions = [{ from = 2025-02-01, to = 2025-02-10, reason = "maladie", derogation = "d" }]
prolongations = [{ reason = "r", to = 2027-06-01, decided_by = "x", derogation = "y" }]
[[contracts]]
kind = "cddi"
start = 2025-01-04
end = 2025-07-03
weekly_hours = 26.5
planned_end = 2025-08-01
position = "agent"
derogation = "z"
[[interviews]]
date = 2025-01-10
kind = "suivi"
by = "A. B."
medium = "site"
attendance = "present"
duration_minutes = 30
topic = "t"
notes = "n"
[[barriers]]
number = 1
category = "mobilite"
noted_on = 2025-01-11
detail = "d"
status = "resolved"
resolved_on = 2025-03-01
resolution_note = "r"
actions = [{ date = 2025-01-12, text = "t", partner = "p", support = "s" }]
[project]
target = "t"
rome = "K2204"
set_on = 2025-01-13
previous = [{ target = "o", rome = "K1", set_on = 2025-01-01, replaced_on = 2025-01-13 }]
[[skills]]
kind = "savoir_etre"
name = "n"
level = 3
assessed_on = 2025-01-14
by = "b"
[[trainings]]
title = "t"
organism = "o"
start = 2025-01-15
end = 2025-01-16
qualifying = true
certification = "c"
[[immersions]]
employer = "e"
job = "j"
start = 2025-01-17
end = 2025-01-18
[[hours]]
month = "2025-01"
hours = 120.5
client_kind = "company"
[exit]
date = 2025-07-03
reason = "cdi"
employer = "e"
job = "j"
contract_months = 12
acquired = "a"
options = "o"
next_steps = "n"
partners = "p"
[[followups]]
date = 2025-10-03
situation = "cdi"
notes = "n"
[[dismissed]]
what = "exit_without_bilan"
date = 2025-09-30
reason = "r"
on = 2025-10-04
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_parses_so_the_fingerprint_covers_every_field() {
        let parsed = crate::case::parse::parse_case(SAMPLE).unwrap();
        assert!(parsed.unknown_keys.is_empty(), "{:?}", parsed.unknown_keys);
    }

    #[test]
    fn a_record_round_trips_with_empty_and_filled_fields() {
        let full = crate::case::parse::parse_case(SAMPLE).unwrap().value;
        let mut empty = full.clone();
        empty.contracts.clear();
        empty.pass = None;
        empty.recruitment.applied_on = None;
        empty.contracts = full.contracts.clone();
        empty.contracts[0].end = None;
        for case in [full, empty] {
            let body = Body {
                case: case.clone(),
                unknown_keys: vec![vec![Seg::Key("x".into())]],
            };
            let head = Head {
                name: "7K3M9Q".into(),
                key: Key {
                    size: 10,
                    mtime_s: -1,
                    mtime_ns: 5,
                    ino: 7,
                },
                person: Some(case.person.clone()),
            };
            let bytes = Record::encode(&head, Some((&body.case, body.unknown_keys.as_slice())));
            assert_eq!(Record::body(&bytes).unwrap().case, case);
        }
    }

    #[test]
    fn every_field_of_the_model_is_written_in_the_binary_form() {
        // A field left out by `skip_serializing_if` would shift the others in postcard:
        // the model's predicates must be the ones `compact` turns off.
        let model = include_str!("../case/model.rs");
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
