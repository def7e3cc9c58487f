//! `iae exit`: record the exit and its bilan, list the reasons, or cancel a mistaken exit.

pub mod cancel;
mod close;
pub mod reasons;
pub mod record;

use crate::case::document::{date_value, replace_value};
use crate::commands::Ctx;
use crate::commands::IdArg;
use crate::commands::exit::record::ExitArgs;
use crate::output::Row;
use crate::reference::{Entry, Lang};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;
use toml_edit::Item;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ExitCmd {
    #[command(subcommand)]
    pub action: Option<ExitAction>,
    #[command(flatten)]
    pub record: ExitArgs,
}

#[derive(Debug, Subcommand)]
pub enum ExitAction {
    /// The exit reasons in force (official typology, with this structure's overrides)
    Reasons,
    /// Remove a mistaken exit (the file's git history keeps it)
    Cancel(IdArg),
}

pub fn run(ctx: &Ctx, cmd: ExitCmd) -> Result<()> {
    match cmd.action {
        Some(ExitAction::Reasons) => reasons::run(ctx),
        Some(ExitAction::Cancel(args)) => cancel::run(ctx, args),
        None => record::run(ctx, cmd.record),
    }
}

/// End `contract` (its table in the file) on `date`, keeping the end first agreed as
/// `planned_end`: the length rules judge the contract on it.
pub(crate) fn end_contract(
    table: &mut toml_edit::Table,
    contract: &crate::case::model::Contract,
    date: chrono::NaiveDate,
) {
    if let Some(agreed) = contract.end
        && contract.planned_end.is_none()
    {
        table.insert("planned_end", Item::Value(date_value(agreed)));
    }
    match table.get_mut("end") {
        Some(slot) => replace_value(slot, date_value(date)),
        None => {
            table.insert("end", Item::Value(date_value(date)));
        }
    }
}

#[derive(Debug, Serialize)]
struct ReasonRow {
    code: String,
    label: String,
    category: String,
    certain: bool,
    overridden: bool,
    note: Option<String>,
}

impl ReasonRow {
    fn new(e: &Entry, lang: Lang) -> ReasonRow {
        ReasonRow {
            code: e.code.clone(),
            label: e.label(lang).to_string(),
            category: e.category.clone().unwrap_or_default(),
            certain: e.certain.unwrap_or(true),
            overridden: e.overridden,
            note: e.note(lang).map(str::to_string),
        }
    }
}

impl Row for ReasonRow {
    fn headers() -> Vec<&'static str> {
        vec!["code", "label", "category", "certain"]
    }
    fn labels() -> Vec<String> {
        ["code", "label", "category", "certain"]
            .iter()
            .map(|h| crate::i18n::message(&format!("cmd-reasons-col-{h}"), &[]))
            .collect()
    }
    fn keys() -> Vec<&'static str> {
        vec!["code", "label", "category", "certain", "overridden", "note"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            format!("{}{}", self.code, if self.overridden { " *" } else { "" }),
            self.label.clone(),
            self.category.clone(),
            crate::t!(if self.certain {
                "cmd-reasons-certain"
            } else {
                "cmd-reasons-uncertain"
            }),
        ]
    }
}
