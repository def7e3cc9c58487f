//! Who a command is about: an id (7K3M9Q) or a name, resolved the same way by every command
//! that takes one. A mistyped id or name gets "did you mean …" rather than a bare refusal.

use crate::case::model::Person;
use crate::case::names::fold;
use crate::error::{Status, UserError};
use crate::store::id::CaseId;
use crate::store::{PersonEntry, Store};
use anyhow::Result;

/// How well a folded query matches a name, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// Every word of the query starts a word of the name ("mar" → MARTINE).
    Prefix,
    /// Every word of the query is a whole word of the name ("sofia" → Sofia, not Sofiane).
    Whole,
    /// Whole words, one of them a word of the last name ("martin" → MARTIN Léa, not
    /// LEFÈVRE Martine).
    LastName,
}

/// How `folded_query` matches the name `first last`, if it does.
pub fn name_match(first: &str, last: &str, folded_query: &str) -> Option<Match> {
    let first = fold(first);
    let last = fold(last);
    let words: Vec<&str> = first.split(' ').chain(last.split(' ')).collect();
    let query: Vec<&str> = folded_query.split(' ').filter(|w| !w.is_empty()).collect();
    if query.is_empty() || !query.iter().all(|q| words.iter().any(|w| w.starts_with(q))) {
        return None;
    }
    if !query.iter().all(|q| words.contains(q)) {
        Some(Match::Prefix)
    } else if query.iter().any(|q| last.split(' ').any(|w| w == *q)) {
        Some(Match::LastName)
    } else {
        Some(Match::Whole)
    }
}

fn person_match(person: &Person, folded_query: &str) -> Option<Match> {
    name_match(&person.first_name, &person.last_name, folded_query)
}

/// The items of the best match among `scored`: the cases a query designates.
fn best_tier<T>(scored: Vec<(Match, T)>) -> Vec<T> {
    let best = scored.iter().map(|(m, _)| *m).max();
    scored
        .into_iter()
        .filter(|(m, _)| Some(*m) == best)
        .map(|(_, l)| l)
        .collect()
}

/// Cases whose id is one character away from `query`, or one of whose name words is
/// within two edits of a word of it: the "did you mean" list.
fn near<'a>(people: &'a [PersonEntry], query: &str) -> Vec<&'a PersonEntry> {
    let upper = query.trim().to_ascii_uppercase();
    let folded = fold(query);
    people
        .iter()
        .filter(|l| {
            let id_close = strsim::levenshtein(&l.file_id, &upper) <= 1;
            let name = fold(&format!("{} {}", l.person.first_name, l.person.last_name));
            let name_close = folded.split(' ').any(|q| {
                q.chars().count() >= 3
                    && name
                        .split(' ')
                        .any(|w| strsim::levenshtein(w, q) <= 2.min(q.chars().count() / 3 + 1))
            });
            id_close || name_close
        })
        .collect()
}

fn describe(l: &PersonEntry) -> String {
    crate::t!(
        "name-candidate",
        id = l.file_id.clone(),
        name = format!(
            "{} {}",
            l.person.last_name.to_uppercase(),
            l.person.first_name
        ),
        gender = l.person.sex.as_str(),
        birth = crate::i18n::day(l.person.birth_date)
    )
}

/// The case `who` designates, or an error listing the candidates (several matches) or
/// the near misses (none). An existing id is taken as is, without reading every file; a
/// name is looked up in the index (a stat of each file, no parse of unchanged ones).
pub fn resolve(store: &Store, who: &str) -> Result<CaseId> {
    if let Ok(id) = CaseId::parse(who)
        && store.case_path(&id).exists()
    {
        return Ok(id);
    }
    if fold(who).is_empty() {
        return Err(UserError::new(crate::t!("who-empty"))
            .status(Status::Usage)
            .into());
    }
    // The names are matched as the index's heads are decoded, in parallel: only the
    // matches are kept. Everyone is read again only to say who is near a miss.
    let wanted = fold(who);
    let set = store.people_where(|p| person_match(&p.person, &wanted).map(|m| (m, p)))?;
    set.report_skipped();
    let found = best_tier(set.items);
    match found.as_slice() {
        [one] => Ok(CaseId::parse(&one.file_id).map_err(anyhow::Error::msg)?),
        [] => {
            let everyone = store.people()?.items;
            let close = near(&everyone, who);
            let mut err = UserError::new(crate::t!("who-none", query = who));
            if close.is_empty() {
                err = err.hint(crate::t!("who-list-hint"));
            } else {
                let list: Vec<String> = close.iter().map(|l| describe(l)).collect();
                err = err.hint(crate::t!("who-did-you-mean", list = list.join(", ")));
            }
            Err(err.into())
        }
        many => {
            let list: Vec<String> = many.iter().map(|l| format!("  {}", describe(l))).collect();
            Err(UserError::new(format!(
                "{}\n{}",
                crate::t!("name-ambiguous", who = who, count = many.len()),
                list.join("\n")
            ))
            .hint(crate::t!("hint-name-ambiguous"))
            .into())
        }
    }
}

/// `resolve` for an optional argument: `None` stays `None`.
pub fn resolve_opt(store: &Store, who: Option<&str>) -> Result<Option<CaseId>> {
    who.map(|w| resolve(store, w)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_last_name_beats_a_first_name_beats_a_beginning() {
        assert_eq!(name_match("Léa", "MARTIN", "martin"), Some(Match::LastName));
        assert_eq!(
            name_match("Martine", "LEFÈVRE", "martin"),
            Some(Match::Prefix)
        );
        assert_eq!(name_match("Léa", "MARTIN", "lea"), Some(Match::Whole));
        assert_eq!(name_match("Marc", "LÉA", "lea"), Some(Match::LastName));
        assert!(Match::LastName > Match::Whole && Match::Whole > Match::Prefix);
    }

    #[test]
    fn every_word_must_match_in_any_order() {
        assert_eq!(
            name_match("Sofia", "MARTÍNEZ", "sofia mar"),
            Some(Match::Prefix)
        );
        assert_eq!(
            name_match("Sofia", "MARTÍNEZ", "martinez sofia"),
            Some(Match::LastName)
        );
        assert_eq!(name_match("Sofia", "MARTÍNEZ", "sofia dupont"), None);
        assert_eq!(name_match("Sofia", "MARTÍNEZ", ""), None);
        assert_eq!(
            name_match("Jean-Noël", "N'DIAYE", "noel n diaye"),
            Some(Match::LastName)
        );
    }
}
