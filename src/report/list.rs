//! The rows of `iae list`: who, since when, until when, last seen.

use crate::case::{CaseFile, date, names::fold};
use crate::rules::pass::current_end;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Active,
    Exited,
    All,
}

#[derive(Debug, Clone, Serialize)]
pub struct ListRow {
    pub id: String,
    pub name: String,
    #[serde(with = "date")]
    pub hired_on: NaiveDate,
    #[serde(with = "date::option")]
    pub contract_end: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub pass_end: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub last_interview: Option<NaiveDate>,
    pub status: &'static str,
}

/// Rows for the cases kept by `filter` whose name contains `search`, sorted by name.
pub fn list_rows<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    filter: Filter,
    search: Option<&str>,
) -> Vec<ListRow> {
    let search = search.map(fold);
    let rows: Vec<ListRow> = cases
        .into_iter()
        .filter(|(_, c)| match filter {
            Filter::Active => !c.is_exited(),
            Filter::Exited => c.is_exited(),
            Filter::All => true,
        })
        .filter(|(_, c)| {
            search.as_deref().is_none_or(|s| {
                fold(&format!("{} {}", c.person.first_name, c.person.last_name)).contains(s)
                    || fold(&format!("{} {}", c.person.last_name, c.person.first_name)).contains(s)
            })
        })
        .map(|(id, c)| ListRow {
            id: id.to_string(),
            name: c.display_name(),
            hired_on: c.recruitment.hired_on,
            contract_end: c.current_contract().and_then(|k| k.end),
            pass_end: c.pass.as_ref().map(current_end),
            last_interview: c.last_attended_interview(),
            status: if c.is_exited() { "exited" } else { "active" },
        })
        .collect();
    sort_rows(rows)
}

/// By name (accents and case aside), then id; each name folded once.
pub fn sort_rows(mut rows: Vec<ListRow>) -> Vec<ListRow> {
    rows.sort_by_cached_key(|r| (fold(&r.name), r.id.clone()));
    rows
}
