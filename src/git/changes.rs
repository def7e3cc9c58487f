//! What changed between two versions of a case file, as facts of the parcours (an
//! interview added, a contract's end moved, a barrier lifted): what `iae log` tells, and
//! what `iae sync` names in its commits (ids, sections, dates — never a person's name).

use super::merge::{Canon, canon, canon_table, identities, join};
use crate::reference::{Lang, Reference};
use serde::Serialize;
use toml_edit::{DocumentMut, Item, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

/// One change, in data; `words` says it for a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `case` (the whole file), `interviews`, `barriers.actions`, `exit`, `person`…
    pub section: String,
    pub change: Kind,
    /// The entry's date, month or number (`2025-04-02`, `2025-04`, `3`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// The entry it belongs to (the barrier of an action).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The code that names the entry (interview kind, barrier category, exit reason…),
    /// or the date a barrier was lifted.
    #[serde(skip)]
    label: Option<String>,
}

/// A version that is not a readable case file.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable;

/// The changes from `old` to `new` (`None`: the file does not exist in that version).
pub fn diff(old: Option<&str>, new: Option<&str>) -> Result<Vec<Change>, Unreadable> {
    let parse = |t: &str| t.parse::<DocumentMut>().map_err(|_| Unreadable);
    let mut out = Vec::new();
    match (old, new) {
        (None, None) => {}
        (None, Some(new)) => {
            let new = parse(new)?;
            let hired = new
                .get("recruitment")
                .and_then(|r| r.get("hired_on"))
                .and_then(canon)
                .map(|c| shown(&c));
            out.push(Change::new("case", Kind::Added, hired, None));
        }
        (Some(_), None) => out.push(Change::new("case", Kind::Removed, None, None)),
        (Some(old), Some(new)) => {
            let (old, new) = (parse(old)?, parse(new)?);
            diff_table("", old.as_table(), new.as_table(), None, None, &mut out);
        }
    }
    Ok(out)
}

impl Change {
    fn new(section: &str, change: Kind, entry: Option<String>, label: Option<String>) -> Change {
        Change {
            section: section.to_string(),
            change,
            entry,
            parent: None,
            field: None,
            before: None,
            after: None,
            label,
        }
    }

    /// A change that is only a note on the version (unreadable, history cut short).
    pub fn note(section: &str) -> Change {
        Change::new(section, Kind::Changed, None, None)
    }

    /// Words with no personal data, for a commit message, as a command would say it:
    /// `interview add 7K3M9Q 2025-04-02`, `contract change 7K3M9Q 2025-03-03 end`.
    pub fn token(&self, id: &str) -> String {
        let change = match self.change {
            Kind::Added => "add",
            Kind::Removed => "remove",
            Kind::Changed => "change",
        };
        let noun = match self.section.as_str() {
            "case" if self.change == Kind::Added => return format!("recruit {id}"),
            "case" if self.field.is_none() => "case",
            "interviews" => "interview",
            "contracts" => "contract",
            "barriers" => "barrier",
            "barriers.actions" => "barrier action",
            "pass.suspensions" => "pass suspension",
            "pass.prolongations" => "pass prolongation",
            "eligibility.proofs" => "eligibility proof",
            "skills" => "skill",
            "trainings" => "training",
            "immersions" => "immersion",
            "followups" => "followup",
            "project.previous" => "project previous",
            other => other,
        };
        let mut words = vec![noun.to_string(), change.to_string(), id.to_string()];
        words.extend(self.parent.iter().cloned());
        words.extend(self.entry.iter().cloned());
        words.extend(self.field.iter().cloned());
        words.join(" ")
    }

    /// The change in words, in `lang`.
    pub fn words(&self, reference: &Reference, lang: Lang) -> String {
        use fluent_bundle::FluentValue;
        let label = self.label.clone().map(|code| match self.section.as_str() {
            "interviews" => lower_first(&reference.interview_kinds.label(&code, lang)),
            "barriers" => lower_first(&reference.barrier_categories.label(&code, lang)),
            "exit" => lower_first(&reference.exit_reasons.label(&code, lang)),
            "contracts" => reference.contract_kinds.label(&code, lang),
            _ => code,
        });
        let section = self.section.replace('.', "-");
        // The file's ISO days, as people read them in `lang`.
        let day = |text: String| match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(d) => crate::i18n::format::people_date(d, lang),
            Err(_) => text,
        };
        let label = label.map(day);
        let dash = || "—".to_string();
        let args = [
            ("section", FluentValue::from(section.clone())),
            (
                "entry",
                FluentValue::from(day(self.entry.clone().unwrap_or_default())),
            ),
            (
                "parent",
                FluentValue::from(day(self.parent.clone().unwrap_or_default())),
            ),
            (
                "label",
                FluentValue::from(label.clone().unwrap_or_default()),
            ),
            (
                "field",
                FluentValue::from(self.field.clone().unwrap_or_default()),
            ),
            (
                "before",
                FluentValue::from(self.before.clone().map_or_else(dash, day)),
            ),
            (
                "after",
                FluentValue::from(self.after.clone().map_or_else(dash, day)),
            ),
            ("date", FluentValue::from(label.clone().unwrap_or_default())),
        ];
        let say = |id: &str| crate::i18n::message_in(lang, id, &args);
        let event = is_event(&self.section);
        match (self.section.as_str(), self.change, self.field.as_deref()) {
            ("case", Kind::Added, _) => say("log-created"),
            ("case", Kind::Removed, _) => say("log-deleted"),
            (_, Kind::Added, None) if event => say("log-entry-added"),
            (_, Kind::Removed, None) if event => say("log-entry-removed"),
            (_, Kind::Added, None) => say("log-section-added"),
            (_, Kind::Removed, None) => say("log-section-removed"),
            ("barriers", _, Some("status")) if self.after.as_deref() == Some("resolved") => {
                say("log-barrier-resolved")
            }
            ("barriers", _, Some("status")) if self.after.as_deref() == Some("abandoned") => {
                say("log-barrier-abandoned")
            }
            ("contracts", _, Some("end")) => say("log-contract-end"),
            _ => {
                let what = say("log-entry-name");
                let mut args = args.to_vec();
                args.push(("what", FluentValue::from(what)));
                let long = |v: &Option<String>| {
                    v.as_ref()
                        .is_some_and(|v| v.contains('\n') || v.chars().count() > 40)
                };
                let id = if long(&self.before) || long(&self.after) {
                    "log-field-rewritten"
                } else {
                    "log-field-changed"
                };
                crate::i18n::message_in(lang, id, &args)
            }
        }
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn is_event(section: &str) -> bool {
    entry_field(section).is_some()
}

/// The field that names an entry of an array of events.
fn entry_field(path: &str) -> Option<&'static str> {
    Some(match path {
        "interviews" | "barriers.actions" | "followups" => "date",
        "contracts" | "trainings" | "immersions" => "start",
        "barriers" => "number",
        "hours" => "month",
        "pass.suspensions" => "from",
        "pass.prolongations" => "to",
        "eligibility.proofs" => "criterion",
        "skills" => "assessed_on",
        "project.previous" => "set_on",
        _ => return None,
    })
}

/// The code that says what an entry or a section is (its kind, category, reason…).
fn label_field(path: &str) -> Option<&'static str> {
    Some(match path {
        "interviews" | "contracts" => "kind",
        "barriers" => "category",
        "hours" => "hours",
        "skills" => "name",
        "trainings" => "title",
        "exit" => "reason",
        "project" => "target",
        _ => return None,
    })
}

/// The date a section added at once is known by.
fn section_date(path: &str) -> Option<&'static str> {
    Some(match path {
        "exit" | "eligibility" => "date",
        "pass" => "start",
        "project" => "set_on",
        _ => return None,
    })
}

fn field_text(t: &Table, field: Option<&str>) -> Option<String> {
    t.get(field?).and_then(canon).map(|c| shown(&c))
}

/// A value as a person reads it: dates as written, whole numbers without `.0`.
fn shown(c: &Canon) -> String {
    match c {
        Canon::Str(s) | Canon::Date(s) => s.clone(),
        Canon::Num(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Canon::Num(n) => n.to_string(),
        Canon::Bool(b) => b.to_string(),
        Canon::List(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        Canon::Map(_) => "{…}".to_string(),
    }
}

fn diff_table(
    path: &str,
    old: &Table,
    new: &Table,
    entry: Option<&str>,
    parent: Option<&str>,
    out: &mut Vec<Change>,
) {
    let mut keys: Vec<&str> = new.iter().map(|(k, _)| k).collect();
    keys.extend(old.iter().map(|(k, _)| k).filter(|k| !new.contains_key(k)));
    let status_lifted = path == "barriers"
        && new
            .get("status")
            .and_then(Item::as_str)
            .is_some_and(|s| s == "resolved" || s == "abandoned")
        && canon_opt(old.get("status")) != canon_opt(new.get("status"));
    for key in keys {
        let (o, n) = (old.get(key), new.get(key));
        if canon_opt(o) == canon_opt(n) {
            continue;
        }
        let sub = join(path, key);
        let aot = |i: Option<&Item>| -> Option<Vec<Table>> {
            match i {
                Some(Item::ArrayOfTables(a)) => Some(a.iter().cloned().collect()),
                None => Some(Vec::new()),
                _ => None,
            }
        };
        let is_aot = |i: Option<&Item>| matches!(i, Some(Item::ArrayOfTables(_)));
        if (is_aot(o) || is_aot(n))
            && let (Some(ov), Some(nv)) = (aot(o), aot(n))
        {
            diff_events(&sub, &ov, &nv, entry.or(parent), out);
            continue;
        }
        match (o, n) {
            (Some(Item::Table(ot)), Some(Item::Table(nt))) => {
                diff_table(&sub, ot, nt, entry, parent, out);
            }
            (None, Some(Item::Table(nt))) => out.push(Change::new(
                &sub,
                Kind::Added,
                field_text(nt, section_date(&sub)),
                field_text(nt, label_field(&sub)),
            )),
            (Some(Item::Table(_)), None) => out.push(Change::new(&sub, Kind::Removed, None, None)),
            _ => {
                if status_lifted && key == "resolved_on" {
                    continue;
                }
                let mut change = Change::new(
                    if path.is_empty() { "case" } else { path },
                    Kind::Changed,
                    entry.map(str::to_string),
                    None,
                );
                change.parent = parent.map(str::to_string);
                change.field = Some(key.to_string());
                change.before = o.and_then(canon).map(|c| shown(&c));
                change.after = n.and_then(canon).map(|c| shown(&c));
                change.label = if status_lifted && key == "status" {
                    field_text(new, Some("resolved_on"))
                } else {
                    field_text(new, label_field(path))
                };
                out.push(change);
            }
        }
    }
}

fn canon_opt(i: Option<&Item>) -> Option<Canon> {
    i.and_then(canon)
}

fn diff_events(
    path: &str,
    old: &[Table],
    new: &[Table],
    parent: Option<&str>,
    out: &mut Vec<Change>,
) {
    let (ok, nk) = (identities(path, old), identities(path, new));
    let entry_of = |t: &Table| field_text(t, entry_field(path));
    let label_of = |t: &Table| field_text(t, label_field(path));
    for (t, k) in new.iter().zip(&nk) {
        match ok.iter().position(|o| o == k) {
            None => {
                let mut c = Change::new(path, Kind::Added, entry_of(t), label_of(t));
                c.parent = parent.map(str::to_string);
                out.push(c);
            }
            Some(i) if canon_table(&old[i]) != canon_table(t) => {
                diff_table(path, &old[i], t, entry_of(t).as_deref(), parent, out);
            }
            Some(_) => {}
        }
    }
    for (t, k) in old.iter().zip(&ok) {
        if !nk.contains(k) {
            let mut c = Change::new(path, Kind::Removed, entry_of(t), label_of(t));
            c.parent = parent.map(str::to_string);
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests;
