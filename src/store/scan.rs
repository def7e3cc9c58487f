//! One pass over every case file, through the index: stat every file, decode the entries
//! whose key is current, parse the others, and write a new index when anything changed.
//! Files go by in batches, so memory holds one batch and what the caller keeps.

use super::index::{self, Head, Heads, Key, Record, Unusable};
use super::{LOCAL, Loaded, PersonEntry, SALARIES, Scanned, Store, Unreadable, load_one};
use crate::case::model::{CaseFile, Person};
use crate::store::id::CaseId;
use anyhow::{Context, Result, bail};
use rayon::prelude::*;

/// Files handled together: enough to keep both cores busy, few enough to stay small.
const BATCH: usize = 2048;

/// What the caller wants of each file.
pub(super) enum Visit<'a, T> {
    /// The whole (slimmed) case.
    Cases(&'a (dyn Fn(&Loaded) -> Option<T> + Sync)),
    /// Only who it is: index entries are not decoded beyond their head.
    People(&'a (dyn Fn(PersonEntry) -> T + Sync)),
}

/// Where a file's data comes from in this pass.
enum Source {
    /// The index entry is current: the record at this offset, of this length.
    Index(u64, u32, Option<Person>),
    /// The journal's entry is current.
    Journal(Vec<u8>, Option<Person>),
    /// Parse the file.
    Parse,
    /// Not a case file name: reported, never indexed.
    BadName,
}

struct Plan {
    name: String,
    key: Option<Key>,
    source: Source,
}

/// One file's outcome: what it gives the caller, and its record for the new index.
struct Done<T> {
    kept: Result<Option<T>, Box<Unreadable>>,
    record: Option<Vec<u8>>,
}

/// Leave out of the case what no whole-structure command reads — the free text of
/// interviews and follow-ups, most of a file's bytes — so that the index stays small.
/// Applied to parsed and indexed cases alike, so results never depend on the index.
pub fn slim(case: &mut CaseFile) {
    for interview in &mut case.interviews {
        interview.notes = None;
        interview.topic = None;
    }
    for followup in &mut case.followups {
        followup.notes = None;
    }
}

impl Store {
    pub(super) fn pass<T: Send>(&self, visit: Visit<'_, T>, locked: bool) -> Result<Scanned<T>> {
        let dir = self.salaries_dir();
        if !dir.is_dir() {
            bail!(crate::t!(
                "cmd-store-no-salaries",
                dir = dir.display().to_string()
            ));
        }
        // Every entry of salaries/ is a case file or a finding: nothing is skipped silently.
        let mut names: Vec<String> = Vec::new();
        let mut strays: Vec<Unreadable> = Vec::new();
        let entries = std::fs::read_dir(&dir)
            .with_context(|| crate::t!("cmd-cannot-read", path = dir.display().to_string()))?;
        for entry in entries {
            let entry = entry
                .with_context(|| crate::t!("cmd-cannot-read", path = dir.display().to_string()))?;
            match super::stray(&entry) {
                Some(u) => strays.push(u),
                None => names.push(entry.file_name().to_string_lossy().into_owned()),
            }
        }
        names.sort_unstable();
        strays.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        let keys: Vec<Option<Key>> = names
            .par_iter()
            .map(|n| std::fs::metadata(dir.join(n)).ok().map(|m| Key::of(&m)))
            .collect();

        let local = self.root.join(LOCAL);
        let index_path = local.join(index::INDEX);
        let heads = match index::read_heads(&index_path) {
            Ok(h) => Some(h),
            Err(Unusable::Absent) => None,
            Err(Unusable::Damaged) => {
                eprintln!(
                    "{}",
                    crate::t!("index-damaged", path = format!("{LOCAL}/{}", index::INDEX))
                );
                None
            }
        };
        let journal = index::read_journal(&local.join(index::JOURNAL));
        let (plans, mut dirty) = plan(names, keys, heads.as_ref(), &journal);
        dirty |= heads.is_none() || !journal.records.is_empty();

        let mut writer = if dirty {
            index::Writer::new(&local).ok()
        } else {
            None
        };
        let people = matches!(visit, Visit::People(_));
        let mut bodies = heads.as_ref().map(|h| index::Bodies::new(&h.file));
        let mut out = Scanned {
            items: Vec::new(),
            files: plans.len() + strays.len(),
            unreadable: strays,
        };
        for batch in plans.chunks(BATCH) {
            // The stored bytes, read in order on this thread; decoded in parallel below.
            let stored: Vec<Option<Vec<u8>>> = batch
                .iter()
                .map(|p| match &p.source {
                    Source::Index(offset, len, _) if !people || writer.is_some() => {
                        bodies.as_mut().and_then(|b| b.read(*offset, *len))
                    }
                    Source::Journal(bytes, _) => Some(bytes.clone()),
                    _ => None,
                })
                .collect();
            let done: Vec<Done<T>> = batch
                .par_iter()
                .zip(stored)
                .map(|(p, bytes)| one(self, p, bytes, &visit, writer.is_some()))
                .collect();
            for d in done {
                if let (Some(w), Some(record)) = (writer.as_mut(), &d.record)
                    && w.push(record).is_err()
                {
                    writer = None;
                }
                match d.kept {
                    Ok(Some(item)) => out.items.push(item),
                    Ok(None) => {}
                    Err(u) => out.unreadable.push(*u),
                }
            }
        }
        drop(bodies);
        if let Some(w) = writer {
            // Renamed into place under the lock; a failure only costs a parse next time.
            let lock = if locked { None } else { self.lock().ok() };
            if locked || lock.is_some() {
                let _ = w.commit(&index_path);
                let journal_path = local.join(index::JOURNAL);
                let grown = std::fs::metadata(&journal_path)
                    .map(|m| m.len())
                    .unwrap_or(0);
                if grown == journal.len && journal.len > 0 {
                    let _ = std::fs::remove_file(&journal_path);
                }
            }
        }
        Ok(out)
    }
}

/// Match the files (sorted) with the index entries (sorted) and the journal: each file
/// gets its source. Returns whether the index must be rewritten.
fn plan(
    names: Vec<String>,
    keys: Vec<Option<Key>>,
    heads: Option<&Heads>,
    journal: &index::Journal,
) -> (Vec<Plan>, bool) {
    let entries: &[(Head, u64, u32)] = heads.map_or(&[], |h| &h.entries);
    let written_s = heads.map_or(i64::MIN, |h| h.written_s);
    let mut dirty = false;
    let mut at = 0;
    let mut plans = Vec::with_capacity(names.len());
    for (name, key) in names.into_iter().zip(keys) {
        let stem = name.trim_end_matches(".toml");
        if CaseId::parse(stem).map(|id| id.as_str() == stem) != Ok(true) {
            plans.push(Plan {
                name,
                key,
                source: Source::BadName,
            });
            continue;
        }
        while at < entries.len() && entries[at].0.name.as_str() < stem {
            dirty = true; // an entry for a file that is gone
            at += 1;
        }
        let entry = entries.get(at).filter(|e| e.0.name == stem);
        if entry.is_some() {
            at += 1;
        }
        let source = match key {
            None => Source::Parse,
            Some(key) => {
                if let Some(r) = journal
                    .records
                    .get(stem)
                    .filter(|r| r.head.key == key && !key.racy(journal.written_s))
                {
                    Source::Journal(r.bytes.clone(), r.head.person.clone())
                } else {
                    match entry {
                        Some((head, offset, len)) if head.key == key => {
                            if head.person.is_none() {
                                // Did not parse last time, and has not changed since.
                                Source::Parse
                            } else if key.racy(written_s) {
                                dirty = true;
                                Source::Parse
                            } else {
                                Source::Index(*offset, *len, head.person.clone())
                            }
                        }
                        _ => {
                            dirty = true;
                            Source::Parse
                        }
                    }
                }
            }
        };
        plans.push(Plan { name, key, source });
    }
    if at < entries.len() {
        dirty = true;
    }
    (plans, dirty)
}

/// Handle one file: decode its record or parse it, give it to the caller, and make its
/// record for the new index when one is written.
fn one<T>(
    store: &Store,
    p: &Plan,
    bytes: Option<Vec<u8>>,
    visit: &Visit<'_, T>,
    writing: bool,
) -> Done<T> {
    let stem = p.name.trim_end_matches(".toml");
    let rel_path = format!("{SALARIES}/{}", p.name);
    let indexed_person = match &p.source {
        Source::Index(_, _, person) | Source::Journal(_, person) => person.as_ref(),
        _ => None,
    };
    // People from an index entry: the head is enough.
    if let (Visit::People(give), Some(person)) = (visit, indexed_person) {
        return Done {
            kept: Ok(Some(give(PersonEntry {
                file_id: stem.to_string(),
                person: person.clone(),
            }))),
            record: bytes,
        };
    }
    let decoded = match (&p.source, &bytes) {
        (Source::Index(..) | Source::Journal(..), Some(b)) => Record::body(b),
        _ => None,
    };
    let (loaded, record) = match decoded {
        Some(body) => (
            Ok(Loaded {
                file_id: stem.to_string(),
                rel_path,
                case: body.case,
                unknown_keys: body.unknown_keys,
            }),
            bytes,
        ),
        None => {
            let path = store.root.join(&rel_path);
            let mut loaded = load_one(&path);
            if let Ok(l) = &mut loaded {
                slim(&mut l.case);
            }
            let record = match (&p.source, p.key, writing) {
                (Source::BadName, _, _) | (_, None, _) | (_, _, false) => None,
                (_, Some(key), true) => {
                    let head = Head {
                        name: stem.to_string(),
                        key,
                        person: loaded.as_ref().ok().map(|l| l.case.person.clone()),
                    };
                    let body = loaded
                        .as_ref()
                        .ok()
                        .map(|l| (&l.case, l.unknown_keys.as_slice()));
                    Some(Record::encode(&head, body))
                }
            };
            (loaded, record)
        }
    };
    let kept = match loaded {
        Err(u) => Err(u),
        Ok(l) => Ok(match visit {
            Visit::Cases(keep) => keep(&l),
            Visit::People(give) => Some(give(PersonEntry {
                file_id: l.file_id,
                person: l.case.person,
            })),
        }),
    };
    Done { kept, record }
}
