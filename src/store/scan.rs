//! One pass over every case file, through the index: stat every file, decode the entries
//! whose key is current, parse the others, and bring the index up to date. Files go by
//! in batches, so memory holds one batch and what the caller keeps.

mod one;

use super::index::{self, Entry, Head, Heads, Journal, Key, Unusable};
use super::load::{Loaded, PersonEntry, Unreadable, load_one, slim, stray};
use super::{LOCAL, SALARIES, Store};
use crate::store::id::CaseId;
use anyhow::{Context, Result, bail};
use one::{Keeping, one};
use rayon::prelude::*;

/// Files handled together: enough to keep both cores busy, few enough to stay small.
const BATCH: usize = 2048;

/// A name lookup that finds more changed files than this (and more than a quarter of
/// the structure) rewrites the index rather than journaling their entries.
const JOURNAL_MOST: usize = 1024;

/// What the caller wants of each file.
pub(super) enum Visit<'a, T> {
    /// The whole (slimmed) case.
    Cases(&'a (dyn Fn(&Loaded) -> Option<T> + Sync)),
    /// Only who it is: index entries are not read beyond their head. The caller's choice
    /// runs in parallel, on each person as it is decoded, so that a lookup keeps only
    /// the people it is about.
    People(&'a (dyn Fn(PersonEntry) -> Option<T> + Sync)),
}

/// What a pass gives beside the items handed to its sink.
#[derive(Debug)]
pub(super) struct Passed {
    pub unreadable: Vec<Unreadable>,
    /// Every case file seen, read or not.
    pub files: usize,
}

/// A file of `salaries/` and its key (None if it could not be stat'ed).
struct Listed {
    name: String,
    key: Option<Key>,
}

/// Where a file's data comes from in this pass.
enum Source<'j> {
    /// The index entry is current: its number among the heads.
    Index(usize),
    /// The journal's entry is current.
    Journal(&'j (Head, Entry)),
    /// Parse the file.
    Parse,
    /// Not a case file name: reported, never indexed.
    BadName,
}

struct Plan<'j> {
    name: String,
    key: Option<Key>,
    source: Source<'j>,
}

/// How this pass brings the index up to date.
enum Upkeep {
    /// It is current.
    Nothing,
    /// Write a whole new index.
    Rewrite(index::Writer),
    /// Append the entries of the files parsed to the journal (a name lookup that found
    /// a few changed files: rewriting the index would cost more than the lookup).
    Journal(Vec<Entry>),
}

/// One file's outcome: what it gives the caller, its entry for the index, and whether its
/// stored body was found damaged.
struct Done<T> {
    kept: Result<Option<T>, Box<Unreadable>>,
    entry: Option<Entry>,
    damaged: bool,
}

impl Store {
    /// Visit every case file in id order, giving `sink` what `visit` keeps of each.
    pub(super) fn pass<T: Send>(
        &self,
        visit: Visit<'_, T>,
        locked: bool,
        sink: &mut (dyn FnMut(T) + Send),
    ) -> Result<Passed> {
        let local = self.root.join(LOCAL);
        // The directory is listed and stat'ed while the index's heads are read.
        let (listed, (heads, journal)) = rayon::join(
            || self.list(),
            || {
                (
                    open_index(&local.join(index::INDEX)),
                    index::read_journal(&local.join(index::JOURNAL)),
                )
            },
        );
        let (listed, strays) = listed?;
        let people = matches!(visit, Visit::People(_));
        let (plans, dirty) = plan(listed, heads.as_ref(), &journal);
        let mut upkeep = choose_upkeep(&local, &plans, heads.as_ref(), &journal, people, dirty);
        let mut out = Passed {
            files: plans.len() + strays.len(),
            unreadable: strays,
        };
        let mut damaged = false;
        let mut bodies = heads.as_ref().map(|h| index::Bodies::new(&h.file));
        let copying = matches!(upkeep, Upkeep::Rewrite(_));
        let keeping = Keeping {
            stored: copying,
            parsed: !matches!(upkeep, Upkeep::Nothing),
        };
        // Each batch is parsed while the one before is handed on and the next one's
        // stored bodies are read: the index written and the caller's sink do not hold
        // the cores up.
        let batches: Vec<&[Plan]> = plans.chunks(BATCH).collect();
        let read_stored = |batch: Option<&&[Plan]>, bodies: &mut Option<index::Bodies>| {
            let batch = batch.copied().unwrap_or_default();
            stored_bodies(batch, heads.as_ref(), bodies.as_mut(), !people || copying)
        };
        let mut stored = read_stored(batches.first(), &mut bodies);
        let mut previous: Vec<Done<T>> = Vec::new();
        for (k, batch) in batches.iter().enumerate() {
            let this = std::mem::take(&mut stored);
            let (done, next) = rayon::join(
                || {
                    batch
                        .par_iter()
                        .zip(this)
                        .map(|(p, bytes)| one(self, p, heads.as_ref(), bytes, &visit, keeping))
                        .collect::<Vec<Done<T>>>()
                },
                || {
                    for d in previous.drain(..) {
                        hand_on(d, &mut damaged, &mut upkeep, &mut *sink, &mut out);
                    }
                    read_stored(batches.get(k + 1), &mut bodies)
                },
            );
            previous = done;
            stored = next;
        }
        for d in previous {
            hand_on(d, &mut damaged, &mut upkeep, &mut *sink, &mut out);
        }
        drop(bodies);
        if damaged {
            note_damaged();
        }
        self.upkeep(upkeep, heads, &journal, damaged, locked);
        Ok(out)
    }

    /// The files of `salaries/` in name order, stat'ed in parallel, and the entries that
    /// are not case files. Nothing is skipped silently.
    fn list(&self) -> Result<(Vec<Listed>, Vec<Unreadable>)> {
        let dir = self.salaries_dir();
        if !dir.is_dir() {
            bail!(crate::t!(
                "cmd-store-no-salaries",
                dir = dir.display().to_string()
            ));
        }
        let cannot = || crate::t!("cmd-cannot-read", path = dir.display().to_string());
        let mut files = Vec::new();
        let mut strays = Vec::new();
        for entry in std::fs::read_dir(&dir).with_context(cannot)? {
            let entry = entry.with_context(cannot)?;
            match stray(&entry) {
                Some(u) => strays.push(u),
                None => files.push(entry),
            }
        }
        strays.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        // Stat'ed through the directory's handle: no path to walk for each file.
        let mut listed: Vec<Listed> = files
            .par_iter()
            .map(|e| Listed {
                name: e.file_name().to_string_lossy().into_owned(),
                key: e.metadata().ok().map(|m| Key::of(&m)),
            })
            .collect();
        drop(files);
        listed.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        Ok((listed, strays))
    }

    /// Bring the index up to date after a pass, under the lock (taken here unless the
    /// caller holds it). A failure only costs a parse next time.
    fn upkeep(
        &self,
        upkeep: Upkeep,
        heads: Option<Heads>,
        journal: &Journal,
        damaged: bool,
        locked: bool,
    ) {
        let local = self.root.join(LOCAL);
        let index_path = local.join(index::INDEX);
        let journal_path = local.join(index::JOURNAL);
        let pending = matches!(upkeep, Upkeep::Rewrite(_))
            || matches!(&upkeep, Upkeep::Journal(e) if !e.is_empty())
            || damaged;
        if !pending {
            return;
        }
        let lock = if locked { None } else { self.lock().ok() };
        if !locked && lock.is_none() {
            return;
        }
        drop(heads);
        match upkeep {
            Upkeep::Rewrite(w) => {
                if w.commit(&index_path).is_ok() {
                    let grown = std::fs::metadata(&journal_path)
                        .map(|m| m.len())
                        .unwrap_or(0);
                    if grown == journal.len && journal.len > 0 {
                        let _ = std::fs::remove_file(&journal_path);
                    }
                }
            }
            // A damaged body was found without a new index being written: the next pass
            // rebuilds it.
            _ if damaged => {
                let _ = std::fs::remove_file(&index_path);
            }
            Upkeep::Journal(entries) => {
                let _ = index::append_journal(&journal_path, &entries);
            }
            Upkeep::Nothing => {}
        }
    }
}

/// Open the index's heads; a damaged index is noted and rebuilt.
fn open_index(path: &std::path::Path) -> Option<Heads> {
    match index::read_heads(path) {
        Ok(h) => Some(h),
        Err(Unusable::Absent) => None,
        Err(Unusable::Damaged) => {
            note_damaged();
            None
        }
    }
}

fn note_damaged() {
    eprintln!(
        "{}",
        crate::t!("index-damaged", path = format!("{LOCAL}/{}", index::INDEX))
    );
}

/// A file name without its `.toml` (as `trim_end_matches`, without its searcher: this
/// runs for every file of every pass).
fn stem(name: &str) -> &str {
    let mut stem = name;
    while let Some(s) = stem.strip_suffix(".toml") {
        stem = s;
    }
    stem
}

/// How a pass will bring the index up to date: a whole new index when there is none or
/// a whole-structure pass found it out of date, the journal for a lookup that found a
/// few changed files.
fn choose_upkeep(
    local: &std::path::Path,
    plans: &[Plan],
    heads: Option<&Heads>,
    journal: &Journal,
    people: bool,
    dirty: bool,
) -> Upkeep {
    let parses = plans
        .iter()
        .filter(|p| matches!(p.source, Source::Parse))
        .count();
    let rewrite = match (heads, people) {
        (None, _) => true,
        (Some(_), false) => dirty || journal.len > 0,
        (Some(h), true) => parses > JOURNAL_MOST.max(h.entries.len() / 4),
    };
    if rewrite {
        index::Writer::new(local).map_or(Upkeep::Nothing, Upkeep::Rewrite)
    } else if dirty {
        Upkeep::Journal(Vec::new())
    } else {
        Upkeep::Nothing
    }
}

/// The stored bodies of a batch's files whose entry is current, read in order from the
/// index (when `wanted`: a lookup needs only the heads, unless it copies the bodies).
fn stored_bodies(
    batch: &[Plan],
    heads: Option<&Heads>,
    mut bodies: Option<&mut index::Bodies>,
    wanted: bool,
) -> Vec<Option<Vec<u8>>> {
    batch
        .iter()
        .map(|p| match (&p.source, heads, bodies.as_deref_mut()) {
            (Source::Index(i), Some(h), Some(b)) if wanted => {
                let e = &h.entries[*i];
                b.read(e.body_at, e.body_len)
            }
            _ => None,
        })
        .collect()
}

/// Hand one file's outcome on: its item to the sink, its entry to the index.
fn hand_on<T>(
    d: Done<T>,
    damaged: &mut bool,
    upkeep: &mut Upkeep,
    sink: &mut (dyn FnMut(T) + Send),
    out: &mut Passed,
) {
    *damaged |= d.damaged;
    keep_entry(upkeep, d.entry);
    match d.kept {
        Ok(Some(item)) => sink(item),
        Ok(None) => {}
        Err(u) => out.unreadable.push(*u),
    }
}

/// Keep a file's entry for the new index or the journal.
fn keep_entry(upkeep: &mut Upkeep, entry: Option<Entry>) {
    let Some(entry) = entry else { return };
    match upkeep {
        Upkeep::Rewrite(w) => {
            if w.push(&entry.head, &entry.body).is_err() {
                *upkeep = Upkeep::Nothing;
            }
        }
        Upkeep::Journal(list) => list.push(entry),
        Upkeep::Nothing => {}
    }
}

/// Match the files (sorted) with the index entries (sorted) and the journal: each file
/// gets its source. Returns whether the index is out of date.
fn plan<'j>(
    listed: Vec<Listed>,
    heads: Option<&Heads>,
    journal: &'j Journal,
) -> (Vec<Plan<'j>>, bool) {
    let entries = heads.map_or(&[][..], |h| &h.entries[..]);
    let written_s = heads.map_or(i64::MIN, |h| h.written_s);
    let mut dirty = false;
    let mut at = 0;
    let mut plans = Vec::with_capacity(listed.len());
    for Listed { name, key } in listed {
        let stem = stem(&name);
        while at < entries.len() && &*entries[at].name < stem {
            dirty = true; // an entry for a file that is gone
            at += 1;
        }
        let entry = (at < entries.len() && &*entries[at].name == stem).then_some(at);
        if entry.is_some() {
            at += 1;
        }
        // Only case files have entries: a name the index holds is an id.
        if entry.is_none() && !CaseId::is_written(stem) {
            plans.push(Plan {
                name,
                key,
                source: Source::BadName,
            });
            continue;
        }
        let source = match key {
            None => Source::Parse,
            Some(key) => match journal.entries.get(stem) {
                Some(j) if j.0.key == key && !key.racy(journal.written_s) => Source::Journal(j),
                _ => match entry {
                    // Did not parse last time, and has not changed since.
                    Some(i) if entries[i].key == key && !entries[i].parsed => Source::Parse,
                    Some(i) if entries[i].key == key && !key.racy(written_s) => Source::Index(i),
                    _ => {
                        dirty = true;
                        Source::Parse
                    }
                },
            },
        };
        plans.push(Plan { name, key, source });
    }
    dirty |= at < entries.len();
    (plans, dirty)
}
