//! One file in a pass: its stored entry decoded when it can be trusted, else the file
//! parsed, and its entry made for the index when one is kept.

use super::*;

/// A file's outcome from its current entry (index or journal); None if it has none, or
/// if the entry is damaged (the file is then parsed).
fn from_entry<T>(
    p: &Plan,
    heads: Option<&Heads>,
    body: Option<Vec<u8>>,
    visit: &Visit<'_, T>,
    keeping: Keeping,
) -> Option<Done<T>> {
    let stem = stem(&p.name);
    let stored: Option<(Head, &[u8], Vec<u8>)> = match (&p.source, heads) {
        (Source::Index(i), Some(h)) => h
            .head(*i)
            .map(|head| (head, h.record(*i), body.unwrap_or_default())),
        (Source::Journal(j), _) => Some((j.0.clone(), &j.1.head[..], j.1.body.clone())),
        _ => None,
    };
    let (head, head_record, body) = stored?;
    let kept = match visit {
        // People from an entry: the head is enough (a body copied into a new index
        // is checked all the same).
        Visit::People(give) if !keeping.stored || index::sound(&body) => Ok(give(PersonEntry {
            file_id: stem.to_string(),
            person: head.person?,
        })),
        Visit::People(_) => return None,
        Visit::Cases(keep) => {
            let b = index::decode_body(&body)?;
            Ok(keep(&Loaded {
                file_id: stem.to_string(),
                rel_path: format!("{SALARIES}/{}", p.name),
                case: b.case,
                unknown_keys: b.unknown_keys,
                toml11: b.toml11,
            }))
        }
    };
    let entry = keeping.stored.then(|| Entry {
        head: head_record.to_vec(),
        body,
    });
    Some(Done {
        kept,
        entry,
        damaged: false,
    })
}

/// What a pass does with the entries of the files it sees.
#[derive(Clone, Copy)]
pub(super) struct Keeping {
    /// The current entries go to a new index.
    pub(super) stored: bool,
    /// Parsed files get an entry (for a new index or the journal).
    pub(super) parsed: bool,
}

/// Handle one file: decode its entry or parse it, give it to the caller, and make its
/// entry for the index when one is kept.
pub(super) fn one<T>(
    store: &Store,
    p: &Plan,
    heads: Option<&Heads>,
    body: Option<Vec<u8>>,
    visit: &Visit<'_, T>,
    keeping: Keeping,
) -> Done<T> {
    if let Some(done) = from_entry(p, heads, body, visit, keeping) {
        return done;
    }
    // Parse the file: it changed, or its stored entry is damaged.
    let stem = stem(&p.name);
    let damaged = matches!(p.source, Source::Index(_));
    let mut loaded = load_one(&store.root, &p.name, p.key.map(|k| k.size));
    if let Ok(l) = &mut loaded {
        slim(&mut l.case);
    }
    let entry = match (&p.source, p.key) {
        (Source::BadName, _) | (_, None) => None,
        (_, Some(_)) if !keeping.parsed => None,
        (_, Some(key)) => Some(match &loaded {
            Ok(l) => Entry::encode(
                stem,
                key,
                Some(&l.case.person),
                Some((&l.case, &l.unknown_keys, &l.toml11)),
            ),
            Err(_) => Entry::encode(stem, key, None, None),
        }),
    };
    let kept = loaded.map(|l| match visit {
        Visit::Cases(keep) => keep(&l),
        Visit::People(give) => give(PersonEntry {
            file_id: l.file_id,
            person: l.case.person,
        }),
    });
    Done {
        kept,
        entry,
        damaged,
    }
}
