//! One PASS number in two files (W013): said when a number is written; the groups
//! `check` reports.

use super::*;
use across::{groups, pass_digits};

/// Said when a PASS number is written: the other salariés who already have it (W013).
/// The file is written all the same: which of the two is wrong is for a person to see.
pub fn warn_shared_pass(store: &Store, id: &crate::case::id::CaseId) -> Result<()> {
    // Through the index: a stat of each file, no parse of the unchanged ones.
    let people = store
        .scan(|l| {
            let digits = pass_digits(&l.case.pass.as_ref()?.number);
            (!digits.is_empty()).then(|| (l.file_id.clone(), l.case.display_name(), digits))
        })?
        .items;
    for (number, group) in groups(&people, |(_, _, n)| Some(n.as_str())) {
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
