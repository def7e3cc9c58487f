//! `iae hours add`.

use crate::case::document::{hours_table, insert_in_date_order, number_value, replace_value};
use crate::case::model::HoursLine;
use crate::case::vocab::ClientKind;
use crate::commands::Ctx;
use crate::rules::hours::{COMPANY_CAP_HOURS, company_hours_in_window};
use anyhow::{Result, bail};
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct HoursAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// Month, YYYY-MM (or MM/YYYY)
    #[arg(long)]
    pub month: String,
    /// Hours worked (decimal, e.g. 35.5)
    #[arg(long, value_parser = crate::commands::parse_hours, allow_negative_numbers = true)]
    pub hours: f64,
    /// Kind of client the person was placed with (AI)
    #[arg(long, value_enum)]
    pub client_kind: Option<ClientKind>,
}

pub fn run(ctx: &Ctx, mut a: HoursAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = crate::commands::resolve_who(&store, &a.id)?;
    match crate::commands::typed_month(&a.month) {
        Some(month) => a.month = month,
        None => bail!(crate::t!("cmd-hours-month", month = a.month.as_str())),
    }
    if a.hours <= 0.0 {
        return Err(
            crate::error::UserError::new(crate::t!("hours-not-positive", hours = a.hours))
                .status(crate::error::Status::Usage)
                .into(),
        );
    }
    if a.hours > 744.0 {
        bail!(crate::t!("cmd-hours-range", hours = a.hours.to_string()));
    }
    let client_kind = a.client_kind.map(|k| k.code().to_string());
    let (total, _) = store.update(&id, |doc, case| {
        let existing = case
            .hours
            .iter()
            .position(|h| h.month == a.month && h.client_kind == client_kind);
        let total = match existing {
            Some(i) => {
                let total = case.hours[i].hours + a.hours;
                let lines = doc
                    .get_mut("hours")
                    .and_then(Item::as_array_of_tables_mut)
                    .and_then(|t| t.get_mut(i));
                match lines {
                    Some(line) => replace_value(&mut line["hours"], number_value(total)),
                    None => bail!(crate::t!("cmd-hours-not-tables", id = id.as_str())),
                }
                total
            }
            None => {
                let line = HoursLine {
                    month: a.month.clone(),
                    hours: a.hours,
                    client_kind: client_kind.clone(),
                };
                insert_in_date_order(doc.as_table_mut(), "hours", "month", hours_table(&line))?;
                a.hours
            }
        };
        Ok(total)
    })?;
    let line = crate::t!(
        "cmd-hours-total",
        id = id.as_str(),
        total = crate::i18n::format::people_number(&total.to_string(), ctx.lang),
        month = crate::i18n::format::people_month(&a.month, ctx.lang)
    );
    match client_kind {
        Some(k) => eprintln!(
            "{line} ({})",
            crate::case::vocab::ClientKind::words_of(&k.to_string())
        ),
        None => eprintln!("{line}"),
    }
    if store.structure.kind == "AI" {
        let (_, case) = store.read(&id)?;
        let company = company_hours_in_window(&case);
        if company > COMPANY_CAP_HOURS {
            eprintln!(
                "{} {}",
                crate::t!("warning-prefix"),
                crate::t!(
                    "cmd-hours-company-cap",
                    hours = company.to_string(),
                    cap = COMPANY_CAP_HOURS.to_string()
                )
            );
        }
    }
    crate::commands::support::future::warn_month(ctx.today, &a.month);
    Ok(())
}
