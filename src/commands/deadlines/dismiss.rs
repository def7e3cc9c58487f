//! `iae deadlines dismiss ID ITEM --reason …`.

use crate::case::CaseFile;
use crate::case::date::parse_cli;
use crate::case::document::{date_value, push_table};
use crate::case::names::fold;
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError};
use crate::report::deadlines::{Deadline, deadlines};
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
    /// The item's kind, as `report deadlines` lists it: its code (exit_without_bilan,
    /// followup_due…) or its words ("exit without bilan")
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
    let ((name, date, words), _) = store.update(&id, |doc, case| {
        let open: Vec<_> = deadlines(
            [(id.as_str(), case)],
            &store.structure,
            &store.reference,
            ctx.today,
            LOOK_AHEAD_DAYS,
        )
        .into_iter()
        .filter(|d| d.dismissed.is_none())
        .collect();
        // The item as a script writes it (its code) or as the table shows it (its words).
        let wanted = fold(&a.item);
        let items: Vec<_> = open
            .iter()
            .filter(|d| d.what.code() == a.item.trim() || fold(&d.what.words()) == wanted)
            .filter(|d| a.date.is_none_or(|date| d.date == date))
            .collect();
        let item = match items.as_slice() {
            [one] => *one,
            [] => return Err(no_such_item(case, &a.item, &open)),
            many => {
                let dates: Vec<String> = many.iter().map(|d| crate::i18n::day(d.date)).collect();
                return Err(UserError::new(crate::t!(
                    "dismiss-several",
                    count = many.len(),
                    item = many[0].what.words(),
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
        Ok((case.display_name(), item.date, item.what.words()))
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "dismiss-done",
            who = format!("{name} ({id})"),
            item = words,
            date = crate::i18n::day(date),
            reason = a.reason.trim()
        )
    );
    Ok(())
}

/// The refusal when none of the person's pending items is `item`: those items listed.
fn no_such_item(case: &CaseFile, item: &str, open: &[Deadline]) -> anyhow::Error {
    let hint = if open.is_empty() {
        crate::t!("dismiss-no-item-hint")
    } else {
        let theirs: Vec<String> = open
            .iter()
            .map(|d| {
                crate::t!(
                    "dismiss-item-listed",
                    code = d.what.code(),
                    words = d.what.words(),
                    date = crate::i18n::day(d.date)
                )
            })
            .collect();
        crate::t!("dismiss-their-items", items = theirs.join(", "))
    };
    UserError::new(crate::t!(
        "dismiss-no-item",
        who = case.display_name(),
        item = item
    ))
    .hint(hint)
    .into()
}
