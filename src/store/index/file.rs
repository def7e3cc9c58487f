//! The index file: reading its heads, reading bodies by offset, writing a new one.
//!
//! Layout: a header (magic, fingerprint); the body records of the entries that have one,
//! in id order; the head records of every entry, in id order; a footer of 24 bytes —
//! where the heads start (`u64`), how many there are (`u64`), the CRC-32 of those 16
//! bytes and `u32::MAX`. The heads are read and checked whole (each record's checksum,
//! the id order, the bodies' lengths adding up to where the heads start); a body's
//! checksum is checked when it is read.

use super::{HEADER_LEN, Head, HeadStart, Key, MAX_RECORD, Unusable, checked, decode_head, header};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

const FOOTER_LEN: u64 = 24;
/// How every layout of the index has begun: one of another layout is rebuilt silently.
const KIN: &[u8] = b"IAEIND";
const END: u32 = u32::MAX;

/// Where one entry lies: its head record in [`Heads::bytes`], its body in the file.
#[derive(Debug, Clone)]
pub struct HeadAt {
    pub name: Box<str>,
    pub key: Key,
    /// The person is known (the file parsed when the entry was made).
    pub parsed: bool,
    head_at: u32,
    head_len: u32,
    pub body_at: u64,
    pub body_len: u32,
}

/// The heads of a readable index: their records (a tenth of the file) and where each
/// entry's parts lie.
#[derive(Debug)]
pub struct Heads {
    pub file: File,
    /// The index's modification time, in seconds (the racy rule's reference).
    pub written_s: i64,
    bytes: Vec<u8>,
    pub entries: Vec<HeadAt>,
}

impl Heads {
    /// The head record of entry `i`, as stored.
    pub fn record(&self, i: usize) -> &[u8] {
        let e = &self.entries[i];
        &self.bytes[e.head_at as usize..(e.head_at + e.head_len) as usize]
    }

    /// The head of entry `i` (checked when the index was opened).
    pub fn head(&self, i: usize) -> Option<Head> {
        decode_head(self.record(i))
    }
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(b)
}

/// Open the index at `path` and read its heads, checking every head record, the id
/// order, and that the bodies fill the file up to the heads. Bodies are read later, by
/// offset.
pub fn read_heads(path: &Path) -> Result<Heads, Unusable> {
    let mut file = File::open(path).map_err(|_| Unusable::Absent)?;
    let meta = file.metadata().map_err(|_| Unusable::Absent)?;
    let written_s = Key::of(&meta).mtime_s;
    let len = meta.len();
    let mut head = [0u8; HEADER_LEN as usize];
    if file.read_exact(&mut head).is_err() || !head.starts_with(KIN) {
        return Err(Unusable::Damaged);
    }
    if head[..] != header()[..] {
        return Err(Unusable::Absent);
    }
    if len < HEADER_LEN + FOOTER_LEN {
        return Err(Unusable::Damaged);
    }
    let mut footer = [0u8; FOOTER_LEN as usize];
    file.seek(SeekFrom::Start(len - FOOTER_LEN))
        .and_then(|_| file.read_exact(&mut footer))
        .map_err(|_| Unusable::Damaged)?;
    let heads_at = u64_at(&footer, 0);
    let count = u64_at(&footer, 8);
    let crc = u32::from_le_bytes([footer[16], footer[17], footer[18], footer[19]]);
    let end = u32::from_le_bytes([footer[20], footer[21], footer[22], footer[23]]);
    if end != END
        || crc != crc32fast::hash(&footer[..16])
        || heads_at < HEADER_LEN
        || heads_at > len - FOOTER_LEN
        || len - FOOTER_LEN - heads_at > u64::from(u32::MAX)
    {
        return Err(Unusable::Damaged);
    }
    let mut bytes = vec![0u8; (len - FOOTER_LEN - heads_at) as usize];
    file.seek(SeekFrom::Start(heads_at))
        .and_then(|_| file.read_exact(&mut bytes))
        .map_err(|_| Unusable::Damaged)?;
    let entries = entries(&bytes, heads_at).ok_or(Unusable::Damaged)?;
    if entries.len() as u64 != count {
        return Err(Unusable::Damaged);
    }
    Ok(Heads {
        file,
        written_s,
        bytes,
        entries,
    })
}

/// Walk the head records of `bytes`; None at the first sign of damage.
fn entries(bytes: &[u8], heads_at: u64) -> Option<Vec<HeadAt>> {
    let mut entries: Vec<HeadAt> = Vec::new();
    let mut rest = bytes;
    let mut body_at = HEADER_LEN;
    while !rest.is_empty() {
        let (payload, after) = checked(rest)?;
        // The head's first fields; the person is decoded when someone asks for it.
        let (head, _) = postcard::take_from_bytes::<HeadStart>(payload).ok()?;
        if entries.last().is_some_and(|e| *e.name >= *head.name) || head.body_len > MAX_RECORD {
            return None;
        }
        let head_at = (bytes.len() - rest.len()) as u32;
        entries.push(HeadAt {
            name: head.name.into(),
            key: head.key,
            // A file that parsed has a body.
            parsed: head.body_len > 0,
            head_at,
            head_len: (rest.len() - after.len()) as u32,
            body_at,
            body_len: head.body_len,
        });
        body_at += u64::from(head.body_len);
        rest = after;
    }
    (body_at == heads_at).then_some(entries)
}

/// Read body records one after the other, by offset, in increasing order.
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

/// A new index being written beside the old one, renamed over it when complete. The
/// bodies go to the file as they come; the heads (a tenth of it) wait in memory.
#[derive(Debug)]
pub struct Writer {
    out: BufWriter<tempfile::NamedTempFile>,
    heads: Vec<u8>,
    at: u64,
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
        out.write_all(&header())?;
        Ok(Writer {
            out,
            heads: Vec::new(),
            at: HEADER_LEN,
            count: 0,
        })
    }

    /// Add the next entry (in id order): its head record and its body record.
    pub fn push(&mut self, head: &[u8], body: &[u8]) -> std::io::Result<()> {
        self.out.write_all(body)?;
        self.heads.extend_from_slice(head);
        self.at += body.len() as u64;
        self.count += 1;
        Ok(())
    }

    /// Finish the file and put it in place of `target`.
    pub fn commit(mut self, target: &Path) -> std::io::Result<()> {
        self.out.write_all(&self.heads)?;
        let mut footer = Vec::with_capacity(FOOTER_LEN as usize);
        footer.extend_from_slice(&self.at.to_le_bytes());
        footer.extend_from_slice(&self.count.to_le_bytes());
        footer.extend_from_slice(&crc32fast::hash(&footer).to_le_bytes());
        footer.extend_from_slice(&END.to_le_bytes());
        self.out.write_all(&footer)?;
        let tmp = self.out.into_inner().map_err(|e| e.into_error())?;
        tmp.persist(target).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Entry, decode_body};
    use super::*;

    fn key(n: u64) -> Key {
        Key {
            size: n,
            mtime_s: 1,
            mtime_ns: 2,
            ino: n,
        }
    }

    #[test]
    fn heads_are_read_alone_and_bodies_by_offset() {
        let dir = tempfile::tempdir().unwrap();
        let case = crate::case::parse::parse_case(super::super::sample::SAMPLE)
            .unwrap()
            .value;
        let mut w = Writer::new(dir.path()).unwrap();
        let entries = [
            Entry::encode(
                "AAAAAA",
                key(1),
                Some(&case.person),
                Some((&case, &[], &[])),
            ),
            Entry::encode("BBBBBB", key(2), None, None),
            Entry::encode(
                "CCCCCC",
                key(3),
                Some(&case.person),
                Some((&case, &[], &[])),
            ),
        ];
        for e in &entries {
            w.push(&e.head, &e.body).unwrap();
        }
        let path = dir.path().join("index");
        w.commit(&path).unwrap();
        let heads = read_heads(&path).unwrap();
        let names: Vec<&str> = heads.entries.iter().map(|e| &*e.name).collect();
        assert_eq!(names, ["AAAAAA", "BBBBBB", "CCCCCC"]);
        assert!(!heads.entries[1].parsed && heads.entries[1].body_len == 0);
        let mut bodies = Bodies::new(&heads.file);
        let c = &heads.entries[2];
        let body = decode_body(&bodies.read(c.body_at, c.body_len).unwrap()).unwrap();
        assert_eq!(body.case, case);
        assert_eq!(heads.head(2).unwrap().key, key(3));

        // A flipped byte among the heads, a cut footer: damaged.
        let good = std::fs::read(&path).unwrap();
        let mut bad = good.clone();
        let at = good.len() - 30;
        bad[at] ^= 1;
        std::fs::write(&path, &bad).unwrap();
        assert_eq!(read_heads(&path).unwrap_err(), Unusable::Damaged);
        std::fs::write(&path, &good[..good.len() - 8]).unwrap();
        assert_eq!(read_heads(&path).unwrap_err(), Unusable::Damaged);
        std::fs::write(&path, &good[..5]).unwrap();
        assert_eq!(read_heads(&path).unwrap_err(), Unusable::Damaged);
        // An index of the previous layout, or of another version: rebuilt silently.
        let mut other = b"IAEINDEX".to_vec();
        other.extend_from_slice(&good[8..]);
        std::fs::write(&path, &other).unwrap();
        assert_eq!(read_heads(&path).unwrap_err(), Unusable::Absent);
        let mut other = good.clone();
        other[8] ^= 1;
        std::fs::write(&path, &other).unwrap();
        assert_eq!(read_heads(&path).unwrap_err(), Unusable::Absent);
    }
}
