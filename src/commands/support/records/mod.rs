//! `iae interview|hours|contract|training|skill|immersion|followup remove|amend` and
//! `iae barrier action-remove`: a record chosen by its date (its month for hours, its name
//! for a skill), taken out of the file or changed field by field, the rest untouched.

use crate::case::date::parse_cli;
use crate::case::names::fold;
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError};
use anyhow::Result;
use clap::Args;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

mod amend;
mod kind;

pub use amend::{AmendArgs, amend};
pub use kind::Kind;
use kind::Type;

/// Which record of one salarié.
#[derive(Debug, Args)]
pub struct RecordRef {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// Which record: its date (YYYY-MM-DD; the start of a contract, training or
    /// immersion), its month for hours (YYYY-MM), its name for a skill
    pub which: String,
    /// When several records share that date: the first, second… of them
    #[arg(long, value_name = "N")]
    pub nth: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub record: RecordRef,
}

/// A short, one-line account of a record, days and numbers as people read them:
/// `01/04/2025, suivi, C. Roux, 30 min`, `03/2025, 35,5 h`.
pub fn summary(table: &Table) -> String {
    use crate::i18n::format::{people_month, people_number};
    let lang = crate::i18n::lang();
    table
        .iter()
        .filter_map(|(key, item)| Some((key, item.as_value()?)))
        .map(|(key, v)| {
            let day = v
                .as_datetime()
                .filter(|d| d.time.is_none())
                .and_then(|d| d.date)
                .and_then(|d| {
                    chrono::NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                });
            let text = match (day, v.as_str()) {
                (Some(day), _) => crate::i18n::day(day),
                (None, Some(s)) if key == "month" => people_month(s, lang),
                (None, Some(s)) => s.to_string(),
                (None, None) if v.is_integer() || v.is_float() => {
                    let number = people_number(v.to_string().trim(), lang);
                    match key {
                        "duration_minutes" => format!("{number} min"),
                        "hours" | "weekly_hours" => format!("{number} h"),
                        _ => number,
                    }
                }
                (None, None) => v.to_string().trim().to_string(),
            };
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(39).collect::<String>())
            } else {
                text
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text of a field as `which` is compared with it.
fn field_text(table: &Table, field: &str) -> Option<String> {
    let v = table.get(field)?.as_value()?;
    Some(match v.as_str() {
        Some(s) if field == "name" => fold(s),
        Some(s) => s.trim().to_string(),
        None => v.to_string().trim().to_string(),
    })
}

/// `which` as typed, in the form `field_text` gives: a date checked and normalised.
fn wanted(kind: Kind, which: &str) -> Result<String> {
    match kind.which_field() {
        "name" => Ok(fold(which)),
        "month" => {
            if let Some(month) = crate::commands::typed_month(which) {
                Ok(month)
            } else {
                Err(UserError::new(crate::t!("record-bad-month", which = which))
                    .status(Status::Usage)
                    .into())
            }
        }
        _ => Ok(parse_cli(which)
            .map_err(|e| UserError::new(e).status(Status::Usage))?
            .to_string()),
    }
}

/// The index in `array` of the record `r` designates, or an error listing what there is.
pub fn locate(array: &ArrayOfTables, kind: Kind, r: &RecordRef, whose: &str) -> Result<usize> {
    let want = wanted(kind, &r.which)?;
    let field = kind.which_field();
    let hits: Vec<usize> = array
        .iter()
        .enumerate()
        .filter(|(_, t)| field_text(t, field).as_deref() == Some(want.as_str()))
        .map(|(i, _)| i)
        .collect();
    if hits.is_empty() {
        let known: Vec<String> = array
            .iter()
            .filter_map(|t| t.get(field).and_then(Item::as_value))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .map(|s| s.trim().to_string())
            .collect();
        let mut err = UserError::new(crate::t!(
            "record-none",
            of = kind.noun("of"),
            who = whose,
            which = r.which.clone()
        ));
        err = if known.is_empty() {
            err.hint(crate::t!("record-none-at-all", of = kind.noun("of")))
        } else {
            err.hint(crate::t!(
                "record-there-are",
                records = kind.noun("records"),
                list = known.join(", ")
            ))
        };
        return Err(err.into());
    }
    match (r.nth, hits.as_slice()) {
        (None, [one]) => Ok(*one),
        (None, many) => {
            let lines: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    format!(
                        "  {}) {}",
                        n + 1,
                        summary(array.get(*i).expect("a located record"))
                    )
                })
                .collect();
            Err(UserError::new(format!(
                "{}\n{}",
                crate::t!(
                    "record-several",
                    records = kind.noun("records"),
                    count = many.len(),
                    which = r.which.clone()
                ),
                lines.join("\n")
            ))
            .hint(crate::t!("record-several-hint"))
            .into())
        }
        (Some(n), hits) if n >= 1 && n <= hits.len() => Ok(hits[n - 1]),
        (Some(n), hits) => {
            Err(
                UserError::new(crate::t!("record-nth-out", nth = n, count = hits.len()))
                    .status(Status::Usage)
                    .into(),
            )
        }
    }
}

fn array_mut(doc: &mut Table, kind: Kind) -> Result<&mut ArrayOfTables> {
    match doc
        .get_mut(kind.key())
        .and_then(Item::as_array_of_tables_mut)
    {
        Some(a) => Ok(a),
        None => Err(UserError::new(crate::t!("record-none-at-all", of = kind.noun("of"))).into()),
    }
}

/// Take the designated record out of `parent[kind.key()]`; returns its summary.
pub fn remove_in(parent: &mut Table, kind: Kind, r: &RecordRef, whose: &str) -> Result<String> {
    let array = array_mut(parent, kind)?;
    let index = locate(array, kind, r, whose)?;
    let said = summary(array.get(index).expect("a located record"));
    array.remove(index);
    if array.is_empty() {
        parent.remove(kind.key());
    }
    Ok(said)
}

fn whose(store: &crate::store::Store, id: &crate::store::id::CaseId) -> Result<String> {
    let (_, case) = store.read(id)?;
    Ok(format!("{} ({id})", case.display_name()))
}

/// `iae <group> remove ID WHICH`.
pub fn remove(ctx: &Ctx, kind: Kind, a: RemoveArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.record.id)?;
    let who = whose(&store, &id)?;
    let (said, _) = store.update(&id, |doc: &mut DocumentMut, _| {
        remove_in(doc.as_table_mut(), kind, &a.record, &who)
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "record-removed",
            the = kind.noun("the"),
            who = who,
            record = said
        )
    );
    Ok(())
}
