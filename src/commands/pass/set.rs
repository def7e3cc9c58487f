//! `iae pass set`.

use crate::case::date::parse_cli;
use crate::case::document::{date_value, pass_table, replace_value};
use crate::case::model::Pass;
use crate::case::validate::is_pass_number;
use crate::commands::{Ctx, resolve_who};
use crate::rules::pass::{default_end, grouped_number};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct PassSetArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// 12 digits (spaces allowed)
    #[arg(long)]
    pub number: String,
    /// First day (default: the hiring date)
    #[arg(long, value_parser = parse_cli)]
    pub start: Option<NaiveDate>,
    /// Last day as issued (default: start + 730 days − 1)
    #[arg(long, value_parser = parse_cli)]
    pub end: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: PassSetArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let number: String = a.number.chars().filter(|c| !c.is_whitespace()).collect();
    if !is_pass_number(&number) {
        bail!(crate::t!(
            "cmd-pass-number-digits",
            number = a.number.as_str()
        ));
    }
    let (end, _) = store.update(&id, |doc, case| {
        let start = a.start.unwrap_or(case.recruitment.hired_on);
        let end = a.end.unwrap_or_else(|| default_end(start));
        if end < start {
            bail!(crate::t!(
                "cmd-pass-end-before-start",
                end = crate::i18n::day(end),
                start = crate::i18n::day(start)
            ));
        }
        match doc.get_mut("pass").and_then(Item::as_table_mut) {
            Some(t) => {
                replace_value(&mut t["number"], number.as_str().into());
                replace_value(&mut t["start"], date_value(start));
                replace_value(&mut t["end"], date_value(end));
            }
            None => {
                let pass = Pass {
                    number: number.clone(),
                    start,
                    end,
                    suspensions: Vec::new(),
                    prolongations: Vec::new(),
                };
                doc["pass"] = Item::Table(pass_table(&pass));
            }
        }
        Ok(end)
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-pass-set",
            number = grouped_number(&number),
            id = id.as_str(),
            end = crate::i18n::day(end)
        )
    );
    crate::commands::check::warn_shared_pass(&store, &id)?;
    if let Some(start) = a.start {
        crate::commands::support::future::warn(
            ctx.today,
            crate::rules::future::Dated::PassStart,
            start,
        );
    }
    Ok(())
}
