//! The three-way merge of one case file (the `merge=iae` driver): events merge as sets of
//! entries, numbered barriers never collide, and a real conflict is narrowed to one key.
//!
//! The result starts from our version, so our comments, blank lines and order survive;
//! their changes since the common base are applied onto it.

use crate::case::document::{number_value, replace_value};
use std::collections::{BTreeMap, HashMap, HashSet};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

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

fn sentinel(n: usize) -> String {
    format!("@@iae-merge-conflict-{n}@@")
}

/// Replace the line holding the sentinel by git's markers around both versions.
fn put_markers(text: &str, sentinel: &str, conflict: &Conflict) -> String {
    let quoted = format!("\"{sentinel}\"");
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        if line.contains(&quoted) {
            out.push_str("<<<<<<< ours\n");
            push_block(&mut out, &conflict.ours);
            out.push_str("=======\n");
            push_block(&mut out, &conflict.theirs);
            out.push_str(">>>>>>> theirs\n");
        } else {
            out.push_str(line);
        }
    }
    out
}

fn push_block(out: &mut String, block: &str) {
    let block = block.trim_matches('\n');
    if !block.is_empty() {
        out.push_str(block);
        out.push('\n');
    }
}

/// A value as data, whatever its formatting: what "the same" means in a merge.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Canon {
    Str(String),
    Num(f64),
    Bool(bool),
    Date(String),
    List(Vec<Canon>),
    Map(BTreeMap<String, Canon>),
}

pub(crate) fn canon_value(v: &Value) -> Canon {
    match v {
        Value::String(s) => Canon::Str(s.value().clone()),
        Value::Integer(i) => Canon::Num(*i.value() as f64),
        Value::Float(f) => Canon::Num(*f.value()),
        Value::Boolean(b) => Canon::Bool(*b.value()),
        Value::Datetime(d) => Canon::Date(d.value().to_string()),
        Value::Array(a) => Canon::List(a.iter().map(canon_value).collect()),
        Value::InlineTable(t) => Canon::Map(
            t.iter()
                .map(|(k, v)| (k.to_string(), canon_value(v)))
                .collect(),
        ),
    }
}

pub(crate) fn canon_table(t: &Table) -> Canon {
    Canon::Map(
        t.iter()
            .filter_map(|(k, v)| canon(v).map(|c| (k.to_string(), c)))
            .collect(),
    )
}

pub(crate) fn canon(item: &Item) -> Option<Canon> {
    match item {
        Item::None => None,
        Item::Value(v) => Some(canon_value(v)),
        Item::Table(t) => Some(canon_table(t)),
        Item::ArrayOfTables(a) => Some(Canon::List(a.iter().map(canon_table).collect())),
    }
}

fn canon_opt(item: Option<&Item>) -> Option<Canon> {
    item.and_then(canon)
}

pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The fields that tell one entry of an array of events from another: the same interview
/// is the same date, kind and counsellor, whatever its notes became.
pub fn identity_fields(path: &str) -> &'static [&'static str] {
    match path {
        "interviews" => &["date", "kind", "by"],
        "contracts" => &["start"],
        "barriers" => &["number"],
        "barriers.actions" => &["date", "text"],
        "hours" => &["month", "client_kind"],
        "pass.suspensions" => &["from"],
        "pass.prolongations" => &["to"],
        "eligibility.proofs" => &["criterion", "document"],
        "skills" => &["kind", "name", "assessed_on"],
        "trainings" => &["title", "start"],
        "immersions" => &["employer", "start"],
        "followups" => &["date"],
        "project.previous" => &["target", "set_on"],
        _ => &[],
    }
}

/// The field events are kept in order of.
fn order_field(path: &str) -> Option<&'static str> {
    Some(match path {
        "interviews" | "barriers.actions" | "followups" => "date",
        "contracts" | "trainings" | "immersions" => "start",
        "barriers" => "number",
        "hours" => "month",
        "pass.suspensions" => "from",
        "pass.prolongations" => "to",
        "eligibility.proofs" => "dated",
        "skills" => "assessed_on",
        "project.previous" => "replaced_on",
        _ => return None,
    })
}

fn order_key(path: &str, t: &Table) -> Option<String> {
    let field = order_field(path)?;
    match canon(t.get(field)?)? {
        Canon::Num(n) => Some(format!("{n:020.3}")),
        Canon::Str(s) | Canon::Date(s) => Some(s),
        _ => None,
    }
}

/// Each entry's identity, with its rank among entries of the same identity so that two
/// identical entries stay two.
pub(crate) fn identities(path: &str, tables: &[Table]) -> Vec<String> {
    let fields = identity_fields(path);
    let mut seen: HashMap<String, usize> = HashMap::new();
    tables
        .iter()
        .map(|t| {
            let base = if fields.is_empty() {
                format!("{:?}", canon_table(t))
            } else {
                format!(
                    "{:?}",
                    fields
                        .iter()
                        .map(|f| t.get(f).and_then(canon))
                        .collect::<Vec<_>>()
                )
            };
            let rank = seen.entry(base.clone()).or_default();
            *rank += 1;
            format!("{base}#{rank}")
        })
        .collect()
}

/// The largest document position in a table and everything under it.
fn max_position(t: &Table) -> isize {
    let mut max = t.position().unwrap_or(0);
    for (_, item) in t.iter() {
        match item {
            Item::Table(sub) => max = max.max(max_position(sub)),
            Item::ArrayOfTables(a) => {
                for sub in a.iter() {
                    max = max.max(max_position(sub));
                }
            }
            _ => {}
        }
    }
    max
}

/// Give a table brought from their side, and all under it, one position, so it is
/// written right after the tables that come before it in ours.
fn set_positions(t: &mut Table, position: isize) {
    t.set_position(position);
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) => set_positions(sub, position),
            Item::ArrayOfTables(a) => {
                for sub in a.iter_mut() {
                    set_positions(sub, position);
                }
            }
            _ => {}
        }
    }
}

fn set_item_positions(item: &mut Item, position: isize) {
    match item {
        Item::Table(t) => set_positions(t, position),
        Item::ArrayOfTables(a) => {
            for t in a.iter_mut() {
                set_positions(t, position);
            }
        }
        _ => {}
    }
}

/// How far a barrier has gone: noted, worked on, ended (lifted or abandoned).
fn status_stage(status: &str) -> Option<u8> {
    match status {
        "identified" => Some(0),
        "in_progress" => Some(1),
        "resolved" | "abandoned" => Some(2),
        _ => None,
    }
}

fn is_scalar_array(item: Option<&Item>) -> bool {
    matches!(item, Some(Item::Value(Value::Array(a)))
        if a.iter().all(|v| !matches!(v, Value::Array(_) | Value::InlineTable(_))))
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

    /// Arrays of events as sets of entries.
    fn events(
        &mut self,
        path: &str,
        result: &mut ArrayOfTables,
        base: Option<&ArrayOfTables>,
        theirs: &ArrayOfTables,
        anchor: isize,
    ) {
        let ours: Vec<Table> = result.iter().cloned().collect();
        let base: Vec<Table> = base
            .map(|b| b.iter().cloned().collect())
            .unwrap_or_default();
        let mut theirs: Vec<Table> = theirs.iter().cloned().collect();
        if path == "barriers" {
            self.renumber(&base, &ours, &mut theirs);
        }
        let (bk, ok, tk) = (
            identities(path, &base),
            identities(path, &ours),
            identities(path, &theirs),
        );
        let base_by: HashMap<&str, &Table> = bk.iter().map(|k| k.as_str()).zip(&base).collect();
        let theirs_by: HashMap<&str, &Table> = tk.iter().map(|k| k.as_str()).zip(&theirs).collect();
        let ours_keys: HashSet<&str> = ok.iter().map(|k| k.as_str()).collect();

        // (entry, brought from their side)
        let mut out: Vec<(Table, bool)> = Vec::new();
        for (o, k) in ours.iter().zip(&ok) {
            match (base_by.get(k.as_str()), theirs_by.get(k.as_str())) {
                (Some(b), Some(t)) => {
                    let mut merged = o.clone();
                    self.table(path, &mut merged, Some(b), t);
                    out.push((merged, false));
                }
                // Removed on their side: gone, unless ours changed it (a change is kept).
                (Some(b), None) => {
                    if canon_table(o) != canon_table(b) {
                        out.push((o.clone(), false));
                    }
                }
                (None, Some(t)) => {
                    let mut merged = o.clone();
                    self.table(path, &mut merged, None, t);
                    out.push((merged, false));
                }
                (None, None) => out.push((o.clone(), false)),
            }
        }
        for (t, k) in theirs.iter().zip(&tk) {
            if ours_keys.contains(k.as_str()) {
                continue;
            }
            if let Some(b) = base_by.get(k.as_str())
                && canon_table(t) == canon_table(b)
            {
                continue; // removed on our side, untouched on theirs
            }
            let index = match order_key(path, t) {
                Some(key) => out
                    .iter()
                    .rposition(|(e, _)| order_key(path, e).is_some_and(|e| e <= key))
                    .map_or_else(
                        || {
                            if out.iter().all(|(e, _)| order_key(path, e).is_some()) {
                                0
                            } else {
                                out.len()
                            }
                        },
                        |i| i + 1,
                    ),
                None => out.len(),
            };
            out.insert(index, (t.clone(), true));
        }
        for i in 0..out.len() {
            if !out[i].1 {
                continue;
            }
            let position = if i > 0 {
                max_position(&out[i - 1].0)
            } else {
                out.iter()
                    .find(|(_, new)| !new)
                    .and_then(|(e, _)| e.position())
                    .map_or(anchor, |p| p - 1)
            };
            set_positions(&mut out[i].0, position);
        }
        let mut fresh = ArrayOfTables::new();
        for (t, _) in out {
            fresh.push(t);
        }
        *result = fresh;
    }

    /// Barriers both sides added under the same number: ours keeps it, theirs takes the
    /// next free one and says so in a comment.
    fn renumber(&mut self, base: &[Table], ours: &[Table], theirs: &mut [Table]) {
        let number = |t: &Table| t.get("number").and_then(Item::as_integer);
        let base_numbers: HashSet<i64> = base.iter().filter_map(number).collect();
        let ours_new: HashMap<i64, &Table> = ours
            .iter()
            .filter_map(|t| number(t).map(|n| (n, t)))
            .filter(|(n, _)| !base_numbers.contains(n))
            .collect();
        let same = |a: &Table, b: &Table| {
            ["category", "noted_on", "detail"]
                .iter()
                .all(|f| canon_opt(a.get(f)) == canon_opt(b.get(f)))
        };
        let mut next = base
            .iter()
            .chain(ours)
            .chain(theirs.iter())
            .filter_map(number)
            .max()
            .unwrap_or(0)
            + 1;
        for t in theirs.iter_mut() {
            let Some(n) = number(t) else { continue };
            if base_numbers.contains(&n) {
                continue;
            }
            let Some(o) = ours_new.get(&n) else { continue };
            if same(o, t) {
                continue;
            }
            if let Some(slot) = t.get_mut("number") {
                replace_value(slot, Value::from(next));
            }
            let prefix = t
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("\n")
                .to_string();
            t.decor_mut()
                .set_prefix(format!("{prefix}# {}\n", (self.comment)(n, next)));
            self.renumbered.push((n, next));
            next += 1;
        }
    }
}

#[cfg(test)]
mod tests;
