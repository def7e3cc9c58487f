//! `iae deadlines dismiss ID ITEM --reason …`.

use crate::case::date::parse_cli;
use crate::case::document::{date_value, push_table};
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError};
use crate::report::deadlines::deadlines;
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use toml_edit::{Table, value};

/// Items further ahead than this are not dismissed: they are not due yet.
const LOOK_AHEAD_DAYS: u64 = 366;

#[derive(Debug, Args)]
pub struct DismissArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// The item's kind, as `report deadlines` lists it (exit_without_bilan, followup_due…)
    pub item: String,
    /// Why it is set aside (stored in the file)
    #[arg(long)]
    pub reason: String,
    /// The item's date, when the person has several items of that kind
    #[arg(long, value_parser = parse_cli)]
    pub date: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: DismissArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    if a.reason.trim().is_empty() {
        return Err(UserError::new(crate::t!("dismiss-no-reason"))
            .status(Status::Usage)
            .into());
    }
    let ((name, date), _) = store.update(&id, |doc, case| {
        let items: Vec<_> = deadlines(
            [(id.as_str(), case)],
            &store.structure,
            &store.reference,
            ctx.today,
            LOOK_AHEAD_DAYS,
        )
        .into_iter()
        .filter(|d| d.what.code() == a.item && d.dismissed.is_none())
        .filter(|d| a.date.is_none_or(|date| d.date == date))
        .collect();
        let item = match items.as_slice() {
            [one] => one,
            [] => {
                return Err(UserError::new(crate::t!(
                    "dismiss-no-item",
                    who = case.display_name(),
                    item = a.item.as_str()
                ))
                .hint(crate::t!("dismiss-no-item-hint"))
                .into());
            }
            many => {
                let dates: Vec<String> = many.iter().map(|d| crate::i18n::day(d.date)).collect();
                return Err(UserError::new(crate::t!(
                    "dismiss-several",
                    count = many.len(),
                    item = a.item.as_str(),
                    dates = dates.join(", ")
                ))
                .status(Status::Usage)
                .into());
            }
        };
        let mut table = Table::new();
        table.insert("what", value(item.what.code()));
        table.insert("date", toml_edit::Item::Value(date_value(item.date)));
        table.insert("reason", value(a.reason.trim()));
        table.insert("on", toml_edit::Item::Value(date_value(ctx.today)));
        push_table(doc.as_table_mut(), "dismissed", table)?;
        Ok((case.display_name(), item.date))
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "dismiss-done",
            who = format!("{name} ({id})"),
            item = a.item.as_str(),
            date = crate::i18n::day(date),
            reason = a.reason.trim()
        )
    );
    Ok(())
}
