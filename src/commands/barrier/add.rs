//! `iae barrier add`.

use crate::case::date::parse_cli;
use crate::case::document::{barrier_table, insert_in_date_order};
use crate::case::model::Barrier;
use crate::case::vocab::BarrierStatus;
use crate::commands::{Ctx, known_code, resolve_who};
use crate::output::{self, Format};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

#[derive(Debug, Args)]
pub struct BarrierAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// logement, sante, mobilite, difficultes_financieres, difficultes_administratives,
    /// justice, contraintes_familiales, maitrise_langue or numerique
    #[arg(long)]
    pub category: String,
    /// What the barrier is, in words
    #[arg(long)]
    pub detail: String,
    /// When it was noted (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub noted_on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: BarrierAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.barrier_categories,
        &a.category,
        "--category",
        "barrier-category",
    )?;
    if a.detail.trim().is_empty() {
        bail!(crate::t!("cmd-barrier-detail-empty"));
    }
    let noted_on = a.noted_on.unwrap_or(ctx.today);
    let (number, _) = store.update(&id, |doc, case| {
        if let Some(exit) = &case.exit
            && noted_on > exit.date
        {
            bail!(crate::t!(
                "cmd-barrier-after-exit",
                id = id.as_str(),
                gender = case.person.sex.as_str(),
                date = crate::i18n::day(exit.date)
            ));
        }
        let number = case.barriers.iter().map(|b| b.number).max().unwrap_or(0) + 1;
        let barrier = Barrier {
            number,
            category: a.category.clone(),
            noted_on,
            detail: a.detail.trim().to_string(),
            status: BarrierStatus::Identified.code().into(),
            resolved_on: None,
            resolution_note: None,
            actions: Vec::new(),
        };
        insert_in_date_order(
            doc.as_table_mut(),
            "barriers",
            "noted_on",
            barrier_table(&barrier),
        )?;
        Ok(number)
    })?;
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::BarrierNoted,
        noted_on,
    );
    match ctx.format {
        Format::Json | Format::Yaml => {
            output::print_value(&json!({"id": id.as_str(), "number": number}), ctx.format)
        }
        _ => {
            eprintln!(
                "{}",
                crate::t!(
                    "cmd-barrier-noted",
                    number = number,
                    id = id.as_str(),
                    category = store
                        .reference
                        .barrier_categories
                        .label(&a.category, ctx.lang)
                )
            );
            output::out(&format!("{number}\n"))
        }
    }
}
