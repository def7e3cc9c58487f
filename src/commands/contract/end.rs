//! `iae contract end`.

use crate::case::date::parse_cli;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct ContractEndArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// Last day worked
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
}

pub fn run(ctx: &Ctx, a: ContractEndArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    store.update(&id, |doc, case| {
        let found = case
            .contracts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.start <= a.on && c.end.is_none_or(|e| e >= a.on))
            .max_by_key(|(_, c)| c.start);
        let Some((index, contract)) = found else {
            bail!(crate::t!(
                "cmd-no-contract-running",
                id = id.as_str(),
                date = crate::i18n::day(a.on)
            ));
        };
        let table = doc
            .get_mut("contracts")
            .and_then(Item::as_array_of_tables_mut)
            .and_then(|t| t.get_mut(index))
            .ok_or_else(|| {
                anyhow::anyhow!(crate::t!("cmd-contracts-not-tables", id = id.as_str()))
            })?;
        crate::commands::exit::end_contract(table, contract, a.on);
        Ok(())
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-contract-ended",
            id = id.as_str(),
            date = crate::i18n::day(a.on)
        )
    );
    Ok(())
}
