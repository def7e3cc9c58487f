//! `.iae/index.journal`: the entries of the files written by the tool, or parsed by a name
//! lookup, since the index was last rewritten — the header of the index, then each
//! entry's head record followed by its body record. Appended under the lock; read whole;
//! a damaged tail ends it (those files are parsed instead).

use super::{Entry, HEADER_LEN, Head, Key, checked, header};
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::Path;

/// The journal's entries by file id (the last one wins), and its modification time.
#[derive(Debug, Default)]
pub struct Journal {
    pub entries: HashMap<String, (Head, Entry)>,
    pub written_s: i64,
    /// Its length when read: a rewrite of the index removes it only if it did not grow.
    pub len: u64,
}

/// Read `.iae/index.journal`.
pub fn read_journal(path: &Path) -> Journal {
    let Ok(bytes) = std::fs::read(path) else {
        return Journal::default();
    };
    let written_s = std::fs::metadata(path)
        .map(|m| Key::of(&m).mtime_s)
        .unwrap_or(i64::MIN);
    let mut entries = HashMap::new();
    if bytes.get(..HEADER_LEN as usize) == Some(&header()[..]) {
        let mut rest = &bytes[HEADER_LEN as usize..];
        while let Some((payload, after)) = checked(rest) {
            let Ok(head) = postcard::from_bytes::<Head>(payload) else {
                break;
            };
            let head_record = &rest[..rest.len() - after.len()];
            let Some(body_record) = after.get(..head.body_len as usize) else {
                break;
            };
            let entry = Entry {
                head: head_record.to_vec(),
                body: body_record.to_vec(),
            };
            rest = &after[head.body_len as usize..];
            entries.insert(head.name.clone(), (head, entry));
        }
    }
    Journal {
        entries,
        written_s,
        len: bytes.len() as u64,
    }
}

/// Append entries to the journal (the caller holds the lock).
pub fn append_journal<'a>(
    path: &Path,
    entries: impl IntoIterator<Item = &'a Entry>,
) -> std::io::Result<()> {
    let mut file = File::options().create(true).append(true).open(path)?;
    let mut out = Vec::new();
    if file.metadata()?.len() == 0 {
        out.extend_from_slice(&header());
    }
    for e in entries {
        out.extend_from_slice(&e.head);
        out.extend_from_slice(&e.body);
    }
    file.write_all(&out)
}
