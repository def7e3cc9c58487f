//! `iae eligibility record`.

use crate::case::date::parse_cli;
use crate::case::document::{date_value, eligibility_table, replace_value};
use crate::case::model::Eligibility;
use crate::case::vocab::DiagnosisBy;
use crate::commands::{Ctx, known_code, resolve_who};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use toml_edit::{Array, Item, value};

#[derive(Debug, Args)]
pub struct EligibilityRecordArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    #[arg(long, value_enum)]
    pub by: DiagnosisBy,
    /// Date of the diagnosis
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// Criteria, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub criteria: Vec<String>,
}

pub fn run(ctx: &Ctx, a: EligibilityRecordArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    for c in &a.criteria {
        known_code(&store.reference.criteria, c, "--criteria", "criterion")?;
    }
    super::refuse_contradictions(&a.criteria)?;
    let criteria: Array = a.criteria.iter().map(String::as_str).collect();
    store.update(&id, |doc, _| {
        match doc.get_mut("eligibility").and_then(Item::as_table_mut) {
            Some(t) => {
                replace_value(&mut t["date"], date_value(a.date));
                replace_value(&mut t["by"], a.by.code().into());
                match t.get_mut("criteria") {
                    Some(slot) => replace_value(slot, criteria.clone().into()),
                    None => {
                        t.insert("criteria", value(criteria.clone()));
                    }
                }
            }
            None => {
                let e = Eligibility {
                    date: a.date,
                    by: a.by.code().to_string(),
                    criteria: a.criteria.clone(),
                    proofs: Vec::new(),
                    derogation: None,
                };
                doc["eligibility"] = Item::Table(eligibility_table(&e));
            }
        }
        Ok(())
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-diagnosis-recorded",
            id = id.as_str(),
            by = a.by.code(),
            date = crate::i18n::day(a.date)
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::Diagnosis,
        a.date,
    );
    Ok(())
}
