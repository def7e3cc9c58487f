//! `iae <group> amend ID WHICH --set FIELD=VALUE`: a record changed field by field, moved
//! to its place in date order when its date changed.

use super::{Kind, RecordRef, Type, array_mut, field_text, locate, summary, whose};
use crate::case::date::parse_cli;
use crate::case::document::{date_order_index, date_value, number_value, replace_value};
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError};
use anyhow::Result;
use clap::Args;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

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
fn amend_in(
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
    let target = date_order_index(array, kind.which_field(), &key, Some(index));
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
        crate::commands::support::future::warn_amended(ctx.today, kind, &a.set);
    }
    Ok(())
}
