//! One PASS number in two files (W013): said when a number is written; the groups
//! `check` reports.

use super::*;

/// Said when a PASS number is written: the other salariés who already have it (W013).
/// The file is written all the same: which of the two is wrong is for a person to see.
pub fn warn_shared_pass(store: &Store, id: &crate::case::id::CaseId) -> Result<()> {
    // Through the index: a stat of each file, no parse of the unchanged ones.
    let people = store
        .scan(|l| {
            let number = l.case.pass.as_ref()?.number.clone();
            Some((l.file_id.clone(), l.case.display_name(), number))
        })?
        .items;
    for (number, group) in same_pass_number(&people, |(_, _, n)| Some(n.as_str())) {
        if !group.iter().any(|(file_id, _, _)| file_id == id.as_str()) {
            continue;
        }
        let others: Vec<String> = group
            .iter()
            .filter(|(file_id, _, _)| file_id != id.as_str())
            .map(|(file_id, name, _)| format!("{name} ({file_id})"))
            .collect();
        eprintln!(
            "{} {} {}",
            crate::t!("warning-prefix"),
            Code::SharedPassNumber,
            crate::t!(
                "pass-number-shared",
                number = number,
                others = others.join(", ")
            )
        );
        eprintln!("  {}", crate::t!("pass-number-shared-hint"));
    }
    Ok(())
}

/// Files that give one PASS IAE number (spaces aside) to more than one salarié.
pub fn same_pass_number<'a, T>(
    items: &'a [T],
    number: impl Fn(&T) -> Option<&str>,
) -> Vec<(String, Vec<&'a T>)> {
    let mut by_number: BTreeMap<String, Vec<&'a T>> = BTreeMap::new();
    for item in items {
        if let Some(n) = number(item) {
            let digits: String = n.chars().filter(|c| !c.is_whitespace()).collect();
            if !digits.is_empty() {
                by_number.entry(digits).or_default().push(item);
            }
        }
    }
    by_number.into_iter().filter(|(_, g)| g.len() > 1).collect()
}
