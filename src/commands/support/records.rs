//! `iae interview|hours|contract|training|skill|immersion|followup remove|amend` and
//! `iae barrier action-remove`: a record chosen by its date (its month for hours, its name
//! for a skill), taken out of the file or changed field by field, the rest untouched.

use crate::case::date::parse_cli;
use crate::case::document::{date_value, number_value, replace_value};
use crate::case::names::fold;
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError};
use anyhow::Result;
use clap::Args;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// The kinds of records a case file holds as `[[...]]` tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Interview,
    Hours,
    Contract,
    Training,
    Skill,
    Immersion,
    Followup,
    BarrierAction,
}

/// How a field's value is typed on the command line and written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Date,
    Text,
    Int,
    Number,
    Bool,
}

impl Kind {
    /// The array of tables in the file.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Interview => "interviews",
            Kind::Hours => "hours",
            Kind::Contract => "contracts",
            Kind::Training => "trainings",
            Kind::Skill => "skills",
            Kind::Immersion => "immersions",
            Kind::Followup => "followups",
            Kind::BarrierAction => "actions",
        }
    }

    /// The record's name in messages: `the` ("l'entretien"), `of` ("d'entretien"),
    /// `records` ("entretiens").
    fn noun(self, form: &str) -> String {
        crate::i18n::message(&format!("record-{form}-{}", self.key()), &[])
    }

    /// The field that designates a record on the command line.
    pub fn which_field(self) -> &'static str {
        match self {
            Kind::Interview | Kind::Followup | Kind::BarrierAction => "date",
            Kind::Hours => "month",
            Kind::Contract | Kind::Training | Kind::Immersion => "start",
            Kind::Skill => "name",
        }
    }

    /// The fields `amend` may change, with their types (those of `case::model`).
    fn fields(self) -> &'static [(&'static str, Type)] {
        use Type::*;
        match self {
            Kind::Interview => &[
                ("date", Date),
                ("kind", Text),
                ("by", Text),
                ("medium", Text),
                ("attendance", Text),
                ("duration_minutes", Int),
                ("topic", Text),
                ("notes", Text),
            ],
            Kind::Hours => &[("month", Text), ("hours", Number), ("client_kind", Text)],
            Kind::Contract => &[
                ("kind", Text),
                ("start", Date),
                ("end", Date),
                ("weekly_hours", Number),
                ("planned_end", Date),
                ("position", Text),
                ("derogation", Text),
            ],
            Kind::Training => &[
                ("title", Text),
                ("organism", Text),
                ("start", Date),
                ("end", Date),
                ("qualifying", Bool),
                ("certification", Text),
            ],
            Kind::Skill => &[
                ("kind", Text),
                ("name", Text),
                ("level", Int),
                ("assessed_on", Date),
                ("by", Text),
            ],
            Kind::Immersion => &[
                ("employer", Text),
                ("job", Text),
                ("start", Date),
                ("end", Date),
            ],
            Kind::Followup => &[("date", Date), ("situation", Text), ("notes", Text)],
            Kind::BarrierAction => &[
                ("date", Date),
                ("text", Text),
                ("partner", Text),
                ("support", Text),
            ],
        }
    }

    fn field_type(self, field: &str) -> Option<Type> {
        self.fields()
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, t)| *t)
    }
}

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

#[derive(Debug, Args)]
pub struct AmendArgs {
    #[command(flatten)]
    pub record: RecordRef,
    /// A field and its new value, e.g. --set end=2025-09-30 (repeatable)
    #[arg(long = "set", value_name = "CHANGE")]
    pub set: Vec<String>,
    /// A field to take out of the record, e.g. --unset topic (repeatable)
    #[arg(long, value_name = "FIELD")]
    pub unset: Vec<String>,
}

/// A short, one-line account of a record: `2025-04-01, suivi, C. Roux`.
pub fn summary(table: &Table) -> String {
    table
        .iter()
        .filter_map(|(_, item)| item.as_value())
        .map(|v| {
            let text = match v.as_str() {
                Some(s) => s.to_string(),
                None => v.to_string().trim().to_string(),
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
            let ok = parse_cli(&format!("{}-01", which.trim())).is_ok() && which.trim().len() == 7;
            if ok {
                Ok(which.trim().to_string())
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

/// Parse `FIELD=VALUE` for `kind`, typed as the field is in the file.
fn parse_set(kind: Kind, text: &str) -> Result<(String, Value)> {
    let Some((field, raw)) = text.split_once('=') else {
        return Err(UserError::new(crate::t!("record-set-shape", set = text))
            .status(Status::Usage)
            .into());
    };
    let field = field.trim();
    let usage = |e: String| UserError::new(e).status(Status::Usage);
    let Some(ty) = kind.field_type(field) else {
        return Err(usage(crate::t!(
            "record-no-field",
            field = field,
            of = kind.noun("of")
        ))
        .hint(crate::t!("record-fields", list = field_list(kind)))
        .into());
    };
    let bad = || usage(crate::t!("record-bad-value", field = field, value = raw));
    let value = match ty {
        Type::Date => date_value(parse_cli(raw).map_err(usage)?),
        Type::Text => Value::from(raw.trim()),
        Type::Int => Value::from(raw.trim().parse::<i64>().map_err(|_| bad())?),
        Type::Number => number_value(raw.trim().parse::<f64>().map_err(|_| bad())?),
        Type::Bool => Value::from(match raw.trim() {
            "true" | "oui" | "yes" => true,
            "false" | "non" | "no" => false,
            _ => return Err(bad().into()),
        }),
    };
    Ok((field.to_string(), value))
}

fn field_list(kind: Kind) -> String {
    kind.fields()
        .iter()
        .map(|(f, _)| *f)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Change the designated record of `parent[kind.key()]`; returns its summaries before
/// and after. A record whose date changed moves to its place in date order.
pub fn amend_in(
    parent: &mut Table,
    kind: Kind,
    a: &AmendArgs,
    whose: &str,
) -> Result<(String, String)> {
    if a.set.is_empty() && a.unset.is_empty() {
        return Err(UserError::new(crate::t!("record-amend-nothing"))
            .hint(crate::t!("record-fields", list = field_list(kind)))
            .status(Status::Usage)
            .into());
    }
    let changes: Vec<(String, Value)> = a
        .set
        .iter()
        .map(|s| parse_set(kind, s))
        .collect::<Result<_>>()?;
    for field in &a.unset {
        if kind.field_type(field).is_none() {
            return Err(UserError::new(crate::t!(
                "record-no-field",
                field = field.as_str(),
                of = kind.noun("of")
            ))
            .hint(crate::t!("record-fields", list = field_list(kind)))
            .status(Status::Usage)
            .into());
        }
    }
    let array = array_mut(parent, kind)?;
    let index = locate(array, kind, &a.record, whose)?;
    let before = summary(array.get(index).expect("a located record"));
    let table = array.get_mut(index).expect("a located record");
    for (field, value) in changes {
        match table.get_mut(&field) {
            Some(slot) => replace_value(slot, value),
            None => {
                table.insert(&field, Item::Value(value));
            }
        }
    }
    for field in &a.unset {
        table.remove(field);
    }
    let after = summary(table);
    move_to_date_order(array, kind, index);
    Ok((before, after))
}

/// The position a record whose `which_field` reads `key` takes in `array` (without the
/// record itself at `skip`): after every record on or before that day, so records stay in
/// date order in the file.
pub fn date_order_index(
    array: &ArrayOfTables,
    kind: Kind,
    key: &str,
    skip: Option<usize>,
) -> usize {
    let field = kind.which_field();
    array
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != skip)
        .filter(|(_, t)| field_text(t, field).is_some_and(|k| k.as_str() <= key))
        .count()
}

fn move_to_date_order(array: &mut ArrayOfTables, kind: Kind, index: usize) {
    if kind == Kind::Skill {
        return;
    }
    let Some(key) = array
        .get(index)
        .and_then(|t| field_text(t, kind.which_field()))
    else {
        return;
    };
    let target = date_order_index(array, kind, &key, Some(index));
    if target == index {
        return;
    }
    // The file is written in the order of the tables' positions, not of the array: the
    // moved record takes the slot of the one whose place it takes.
    let mut slots: Vec<Option<isize>> = array.iter().map(Table::position).collect();
    slots.sort();
    let mut tables: Vec<Table> = array.iter().cloned().collect();
    let moved = tables.remove(index);
    tables.insert(target, moved);
    if slots.iter().all(Option::is_some) {
        for (table, slot) in tables.iter_mut().zip(slots.into_iter().flatten()) {
            table.set_position(slot);
        }
    }
    *array = tables.into_iter().collect();
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

/// `iae <group> amend ID WHICH --set FIELD=VALUE`.
pub fn amend(ctx: &Ctx, kind: Kind, a: AmendArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.record.id)?;
    let who = whose(&store, &id)?;
    let ((before, after), written) = store.update(&id, |doc: &mut DocumentMut, _| {
        amend_in(doc.as_table_mut(), kind, &a, &who)
    })?;
    if written {
        eprintln!(
            "{}",
            crate::t!(
                "record-amended",
                the = kind.noun("the"),
                who = who,
                before = before,
                after = after
            )
        );
    } else {
        eprintln!("{}", crate::t!("record-unchanged", the = kind.noun("the")));
    }
    if written {
        super::future::warn_amended(ctx.today, kind, &a.set);
    }
    Ok(())
}
