//! Barrier listings: who has which barrier, since when, and the last thing done about it.

use crate::case::{CaseFile, date};
use crate::output::Row;
use crate::reference::{Lang, Reference};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct BarrierRow {
    pub id: String,
    pub name: String,
    pub number: u32,
    pub category: String,
    pub category_label: String,
    pub detail: String,
    pub status: String,
    #[serde(with = "date")]
    pub noted_on: NaiveDate,
    /// Days since it was noted (to its end when closed).
    pub days: i64,
    #[serde(with = "date::option")]
    pub resolved_on: Option<NaiveDate>,
    #[serde(with = "date::option")]
    pub last_action_on: Option<NaiveDate>,
    pub last_action: Option<String>,
}

impl Row for BarrierRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "n°",
            "category",
            "status",
            "since",
            "last action",
        ]
    }
    fn keys() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "number",
            "category",
            "category_label",
            "detail",
            "status",
            "noted_on",
            "days",
            "resolved_on",
            "last_action_on",
            "last_action",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.number.to_string(),
            self.category.clone(),
            self.status.clone(),
            format!("{} ({} d)", self.noted_on, self.days),
            match (&self.last_action_on, &self.last_action) {
                (Some(d), Some(t)) => format!("{d} {}", crate::output::ellipsis(t, 24)),
                _ => "—".into(),
            },
        ]
    }
}

/// The barriers of `cases`, open ones only if `open_only`, by person then number.
pub fn barrier_rows<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    open_only: bool,
    reference: &Reference,
    lang: Lang,
    today: NaiveDate,
) -> Vec<BarrierRow> {
    let mut rows = Vec::new();
    for (id, case) in cases {
        for b in &case.barriers {
            if open_only && !b.is_open() {
                continue;
            }
            let last = b.actions.iter().max_by_key(|a| a.date);
            let end = b.resolved_on.unwrap_or(today);
            rows.push(BarrierRow {
                id: id.to_string(),
                name: case.display_name(),
                number: b.number,
                category: b.category.clone(),
                category_label: reference.barrier_categories.label(&b.category, lang),
                detail: b.detail.clone(),
                status: b.status.clone(),
                noted_on: b.noted_on,
                days: (end - b.noted_on).num_days(),
                resolved_on: b.resolved_on,
                last_action_on: last.map(|a| a.date),
                last_action: last.map(|a| a.text.clone()),
            });
        }
    }
    rows.sort_by(|a, b| (&a.name, &a.id, a.number).cmp(&(&b.name, &b.id, b.number)));
    rows
}
