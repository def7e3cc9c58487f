//! The three-way merge of one case file (the `merge=iae` driver): events merge as sets of
//! entries, numbered barriers never collide, and a real conflict is narrowed to one key.
//!
//! The result starts from our version, so our comments, blank lines and order survive;
//! their changes since the common base are applied onto it.

use crate::case::document::{number_value, replace_value};
use std::collections::{HashMap, HashSet};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

mod events;
mod identity;
mod markers;
pub use identity::identity_fields;
pub(crate) use identity::{Canon, canon, canon_table, canon_value, identities, join};
use identity::{
    canon_opt, is_scalar_array, max_position, order_key, set_item_positions, set_positions,
    status_stage,
};
use markers::{put_markers, sentinel};

/// What the merge produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged file; it holds git's conflict markers when `conflicts` is not empty.
    pub text: String,
    /// The keys both sides changed differently (`contracts.end`), in file order.
    pub conflicts: Vec<String>,
    /// Barriers both sides added under the same number: (their number, the new one).
    pub renumbered: Vec<(i64, i64)>,
}

/// One side is not a TOML document: the caller falls back to git's text merge.
#[derive(Debug, Clone, PartialEq)]
pub struct NotToml;

/// Merge `ours` and `theirs`, which both started from `base` (empty when the file is new
/// on both sides). `comment` words the note left on a renumbered barrier.
pub fn merge_case(
    base: &str,
    ours: &str,
    theirs: &str,
    comment: &dyn Fn(i64, i64) -> String,
) -> Result<Merged, NotToml> {
    let parse = |text: &str| text.parse::<DocumentMut>().map_err(|_| NotToml);
    let (base, mut result, theirs) = (parse(base)?, parse(ours)?, parse(theirs)?);
    let mut merger = Merger {
        conflicts: Vec::new(),
        renumbered: Vec::new(),
        comment,
    };
    merger.table(
        "",
        result.as_table_mut(),
        Some(base.as_table()),
        theirs.as_table(),
    );
    let mut text = result.to_string();
    for (n, conflict) in merger.conflicts.iter().enumerate() {
        text = put_markers(&text, &sentinel(n), conflict);
    }
    if merger.conflicts.is_empty() && text.parse::<DocumentMut>().is_err() {
        // Never hand back a file the merge itself broke: let git's text merge speak.
        return Err(NotToml);
    }
    Ok(Merged {
        text,
        conflicts: merger.conflicts.into_iter().map(|c| c.path).collect(),
        renumbered: merger.renumbered,
    })
}

struct Conflict {
    path: String,
    ours: String,
    theirs: String,
}

struct Merger<'a> {
    conflicts: Vec<Conflict>,
    renumbered: Vec<(i64, i64)>,
    comment: &'a dyn Fn(i64, i64) -> String,
}

impl Merger<'_> {
    /// Merge `theirs` into `result` (a copy of ours), key by key.
    fn table(&mut self, path: &str, result: &mut Table, base: Option<&Table>, theirs: &Table) {
        let mut keys: Vec<String> = result.iter().map(|(k, _)| k.to_string()).collect();
        for (k, _) in theirs.iter() {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_string());
            }
        }
        for key in keys {
            self.key(path, result, base, theirs, &key);
        }
    }

    fn key(
        &mut self,
        path: &str,
        result: &mut Table,
        base: Option<&Table>,
        theirs: &Table,
        key: &str,
    ) {
        let b = base.and_then(|t| t.get(key));
        let t = theirs.get(key);
        let (cb, co, ct) = (canon_opt(b), canon_opt(result.get(key)), canon_opt(t));
        if co == ct || ct == cb {
            return;
        }
        let sub = join(path, key);
        // All entries of an array removed on one side: an empty array, merged as a set.
        let empty = Item::ArrayOfTables(ArrayOfTables::new());
        let events_on_one_side = matches!(result.get(key), Some(Item::ArrayOfTables(_)))
            || matches!(t, Some(Item::ArrayOfTables(_)));
        let t = if events_on_one_side && t.is_none() {
            Some(&empty)
        } else {
            t
        };
        if events_on_one_side && result.get(key).is_none() {
            result.insert(key, empty.clone());
        }
        let parent_end = max_position(result);
        match (result.get_mut(key), t) {
            (Some(Item::Table(o)), Some(Item::Table(t))) => {
                self.table(&sub, o, b.and_then(Item::as_table), t);
                return;
            }
            (Some(Item::ArrayOfTables(o)), Some(Item::ArrayOfTables(t))) => {
                let anchor = o.iter().map(max_position).max().unwrap_or(parent_end);
                self.events(&sub, o, b.and_then(Item::as_array_of_tables), t, anchor);
                if o.is_empty() {
                    result.remove(key);
                }
                return;
            }
            _ => {}
        }
        if co == cb {
            self.take(result, key, t, theirs);
            return;
        }
        if is_scalar_array(result.get(key)) && is_scalar_array(t) {
            self.scalar_set(result, key, b, t);
            return;
        }
        if let (Some(Canon::Num(o)), Some(Canon::Num(tn))) = (&co, &ct)
            && sub == "hours.hours"
        {
            // `iae hours add` adds to the month's line: both additions count.
            let base = match cb {
                Some(Canon::Num(b)) => b,
                _ => 0.0,
            };
            if let Some(slot) = result.get_mut(key) {
                replace_value(slot, number_value(o + tn - base));
            }
            return;
        }
        if sub == "barriers.status"
            && let (Some(Canon::Str(o)), Some(Canon::Str(tv))) = (&co, &ct)
            && let (Some(ro), Some(rt)) = (status_stage(o), status_stage(tv))
            && ro != rt
        {
            // A barrier moves forward: an action makes it `in_progress`, a resolution
            // ends it. The further stage holds both sides' news.
            if rt > ro
                && let (Some(slot), Some(Item::Value(v))) = (result.get_mut(key), t)
            {
                replace_value(slot, v.clone());
            }
            return;
        }
        self.conflict(&sub, result, key, t);
    }

    /// Their version of a key ours left as it was.
    fn take(&mut self, result: &mut Table, key: &str, t: Option<&Item>, theirs: &Table) {
        let Some(t) = t else {
            result.remove(key);
            return;
        };
        match (result.get_mut(key), t) {
            (Some(slot @ Item::Value(_)), Item::Value(v)) => replace_value(slot, v.clone()),
            _ => {
                let mut item = t.clone();
                let position = max_position(result);
                set_item_positions(&mut item, position);
                match theirs.key(key) {
                    Some(k) if result.get(key).is_none() => {
                        result.insert_formatted(k, item);
                    }
                    _ => {
                        result.insert(key, item);
                    }
                }
            }
        }
    }

    /// A list of codes (`criteria = ["rsa", "qpv"]`): what each side added or removed.
    fn scalar_set(&mut self, result: &mut Table, key: &str, b: Option<&Item>, t: Option<&Item>) {
        let values = |item: Option<&Item>| -> Vec<Canon> {
            match item {
                Some(Item::Value(Value::Array(a))) => a.iter().map(canon_value).collect(),
                _ => Vec::new(),
            }
        };
        let (base, theirs) = (values(b), values(t));
        let Some(Item::Value(Value::Array(ours))) = result.get_mut(key) else {
            return;
        };
        let removed: Vec<&Canon> = base.iter().filter(|v| !theirs.contains(v)).collect();
        ours.retain(|v| !removed.contains(&&canon_value(v)));
        let have: Vec<Canon> = ours.iter().map(canon_value).collect();
        let added: Vec<Value> = match t {
            Some(Item::Value(Value::Array(a))) => a
                .iter()
                .filter(|v| {
                    let c = canon_value(v);
                    !base.contains(&c) && !have.contains(&c)
                })
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        let mut fresh = Array::new();
        for v in ours.iter() {
            fresh.push_formatted(v.clone());
        }
        for mut v in added {
            v.decor_mut().clear();
            fresh.push(v);
        }
        fresh.fmt();
        *fresh.decor_mut() = ours.decor().clone();
        *ours = fresh;
    }

    /// Both sides changed `key` differently: keep both behind git's markers.
    fn conflict(&mut self, path: &str, result: &mut Table, key: &str, t: Option<&Item>) {
        let block = |item: Option<&Item>| -> String {
            match item {
                None | Some(Item::None) => String::new(),
                Some(Item::Value(v)) => {
                    let mut v = v.clone();
                    v.decor_mut().clear();
                    format!("{key} = {v}")
                }
                Some(item) => {
                    let mut doc = DocumentMut::new();
                    let mut item = item.clone();
                    set_item_positions(&mut item, 0);
                    doc.insert(key, item);
                    doc.to_string()
                }
            }
        };
        let conflict = Conflict {
            path: path.to_string(),
            ours: block(result.get(key)),
            theirs: block(t),
        };
        let n = self.conflicts.len();
        self.conflicts.push(conflict);
        result.insert(key, Item::Value(Value::from(sentinel(n))));
    }
}

#[cfg(test)]
mod tests;
