//! What makes two entries "the same" in a merge: values compared as data, events by their
//! identity fields, their date order, and where `toml_edit` writes them.

use std::collections::{BTreeMap, HashMap};
use toml_edit::{Item, Table, Value};

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

pub(super) fn canon_opt(item: Option<&Item>) -> Option<Canon> {
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
pub(super) fn order_field(path: &str) -> Option<&'static str> {
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

pub(super) fn order_key(path: &str, t: &Table) -> Option<String> {
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
pub(super) fn max_position(t: &Table) -> isize {
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
pub(super) fn set_positions(t: &mut Table, position: isize) {
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

pub(super) fn set_item_positions(item: &mut Item, position: isize) {
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
pub(super) fn status_stage(status: &str) -> Option<u8> {
    match status {
        "identified" => Some(0),
        "in_progress" => Some(1),
        "resolved" | "abandoned" => Some(2),
        _ => None,
    }
}

pub(super) fn is_scalar_array(item: Option<&Item>) -> bool {
    matches!(item, Some(Item::Value(Value::Array(a)))
        if a.iter().all(|v| !matches!(v, Value::Array(_) | Value::InlineTable(_))))
}
