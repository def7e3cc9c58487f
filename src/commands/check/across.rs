//! The checks across files: duplicate ids (E005), the same person in several files
//! (W001, and W008 between their files), one PASS number in several files (W013). Each
//! file gives what they need as it is read (`Who`, in parallel); the groups are found
//! with one hash map per check.

use super::*;
use std::collections::HashMap;
use std::hash::Hash;

/// What the checks across files need of each one.
pub(super) struct Who {
    pub(super) rel_path: String,
    id: String,
    key: (String, String, chrono::NaiveDate),
    name: String,
    born: chrono::NaiveDate,
    /// The PASS number's digits (`pass_digits`).
    pass_number: Option<String>,
    /// "MARTIN Sofia", as listings show a person.
    display: String,
}

impl Who {
    pub(super) fn of(l: &Loaded) -> Who {
        Who {
            rel_path: l.rel_path.clone(),
            id: l.case.id.clone(),
            key: l.case.person.key(),
            name: l.case.full_name(),
            born: l.case.person.birth_date,
            pass_number: l
                .case
                .pass
                .as_ref()
                .map(|p| pass_digits(&p.number))
                .filter(|d| !d.is_empty()),
            display: l.case.display_name(),
        }
    }
}

/// Across files: duplicate ids (E005), the same person in two files (W001, and W008
/// between their files), one PASS number in two files (W013).
/// The warnings only when `warnings` is set.
pub(super) fn across_files(store: &Store, cases: &[Who], warnings: bool) -> Vec<(String, Finding)> {
    let mut out = shared_ids(cases);
    if warnings {
        out.extend(same_persons(store, cases));
        out.extend(shared_pass_numbers(cases));
    }
    out
}

/// E005 on each file of an id held by several files.
fn shared_ids(cases: &[Who]) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    for (id, group) in groups(cases, |l| Some(l.id.as_str())) {
        let files: Vec<&str> = group.iter().map(|l| l.rel_path.as_str()).collect();
        for l in &group {
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    Code::BadId,
                    vec![Seg::Key("id".into())],
                    crate::t!(
                        "cmd-check-id-shared",
                        id = id.to_string(),
                        files = files.join(", ")
                    ),
                )
                .hint(crate::t!("cmd-check-id-shared-hint")),
            ));
        }
    }
    out
}

/// W001 on each file of a person recorded in several, and the waiting period (W008)
/// each of those files owes to the others.
fn same_persons(store: &Store, cases: &[Who]) -> Vec<(String, Finding)> {
    let groups = groups(cases, |l| Some(&l.key));
    // The same person in several files is rare: their whole files are read again, in
    // parallel.
    let read: Vec<Vec<Option<CaseFile>>> = groups
        .par_iter()
        .map(|(_, group)| group.iter().map(|w| read_again(store, w)).collect())
        .collect();
    let mut out = Vec::new();
    for ((_, group), cases) in groups.iter().zip(&read) {
        for (l, case) in group.iter().zip(cases) {
            let earlier = group
                .iter()
                .zip(cases)
                .filter(|(o, _)| o.rel_path != l.rel_path)
                .filter_map(|(o, c)| Some((o.rel_path.as_str(), c.as_ref()?)));
            if let Some(case) = case {
                out.extend(
                    crate::rules::findings::waiting_period_findings(case, earlier)
                        .into_iter()
                        .map(|f| (l.rel_path.clone(), f)),
                );
            }
            let others: Vec<&str> = group
                .iter()
                .filter(|o| o.rel_path != l.rel_path)
                .map(|o| o.rel_path.as_str())
                .collect();
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    Code::SamePerson,
                    vec![Seg::Key("person".into())],
                    crate::t!(
                        "cmd-check-same-person",
                        name = l.name.as_str(),
                        birth = crate::i18n::day(l.born),
                        files = others.join(", ")
                    ),
                )
                .hint(crate::t!("cmd-check-same-person-hint")),
            ));
        }
    }
    out
}

/// W013 on each file of a PASS number held by several.
fn shared_pass_numbers(cases: &[Who]) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    for (number, group) in groups(cases, |w| w.pass_number.as_deref()) {
        for l in &group {
            let others: Vec<String> = group
                .iter()
                .filter(|o| o.rel_path != l.rel_path)
                .map(|o| format!("{} ({})", o.display, o.rel_path))
                .collect();
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    Code::SharedPassNumber,
                    vec![Seg::Key("pass".into()), Seg::Key("number".into())],
                    crate::t!(
                        "pass-number-shared",
                        number = number,
                        others = others.join(", ")
                    ),
                )
                .hint(crate::t!("pass-number-shared-hint")),
            ));
        }
    }
    out
}

/// A file of a group read again, whole.
fn read_again(store: &Store, w: &Who) -> Option<CaseFile> {
    let stem = w
        .rel_path
        .trim_start_matches("salaries/")
        .trim_end_matches(".toml");
    let id = CaseId::parse(stem).ok()?;
    store.read(&id).ok().map(|(_, c)| c)
}

/// The items that share a key with another, by key in key order, each group in the
/// items' order; items without a key are left out.
pub fn groups<'a, T, K: Hash + Ord>(
    items: &'a [T],
    key: impl Fn(&'a T) -> Option<K>,
) -> Vec<(K, Vec<&'a T>)> {
    let mut by_key: HashMap<K, Vec<&'a T>> = HashMap::with_capacity(items.len());
    for item in items {
        if let Some(k) = key(item) {
            by_key.entry(k).or_default().push(item);
        }
    }
    let mut shared: Vec<(K, Vec<&'a T>)> =
        by_key.into_iter().filter(|(_, g)| g.len() > 1).collect();
    shared.sort_by(|a, b| a.0.cmp(&b.0));
    shared
}

/// A PASS number as it is compared: its digits and letters, without spaces.
pub fn pass_digits(number: &str) -> String {
    number.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::{groups, pass_digits};

    #[test]
    fn groups_are_the_shared_keys_in_key_order_and_items_in_their_order() {
        let items = [("b", 1), ("a", 2), ("c", 3), ("b", 4), ("a", 5), ("", 6)];
        let found = groups(&items, |(k, _)| (!k.is_empty()).then_some(*k));
        let found: Vec<(&str, Vec<i32>)> = found
            .into_iter()
            .map(|(k, g)| (k, g.iter().map(|(_, n)| *n).collect()))
            .collect();
        assert_eq!(found, vec![("a", vec![2, 5]), ("b", vec![1, 4])]);
    }

    #[test]
    fn pass_numbers_are_compared_without_their_spaces() {
        assert_eq!(
            pass_digits("99999 23 00001 2"),
            "999992300001 2".replace(' ', "")
        );
        assert_eq!(pass_digits("  "), "");
    }
}
