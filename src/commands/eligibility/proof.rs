//! `iae eligibility proof`.

use crate::case::date::parse_cli;
use crate::case::document::{proof_table, push_table};
use crate::case::model::Proof;
use crate::commands::{Ctx, known_code, parse_id};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct ProofArgs {
    pub id: String,
    /// The criterion it proves
    pub criterion: String,
    /// The document (e.g. "Attestation CAF")
    #[arg(long)]
    pub document: String,
    /// Date of the document
    #[arg(long, value_parser = parse_cli)]
    pub dated: NaiveDate,
}

pub fn run(ctx: &Ctx, a: ProofArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.criteria,
        &a.criterion,
        "CRITERION",
        "criterion",
    )?;
    if a.document.trim().is_empty() {
        bail!("--document is empty: name the document");
    }
    let proof = Proof {
        criterion: a.criterion.clone(),
        document: a.document.trim().to_string(),
        dated: a.dated,
    };
    let (claimed, _) = store.update(&id, |doc, case| {
        let Some(e) = &case.eligibility else {
            bail!("{id} has no eligibility diagnosis: `iae eligibility record` first");
        };
        let Some(t) = doc.get_mut("eligibility").and_then(Item::as_table_mut) else {
            bail!("[eligibility] is not written as a table; fix it with `iae edit {id}`");
        };
        push_table(t, "proofs", proof_table(&proof))?;
        Ok(e.criteria.contains(&proof.criterion))
    })?;
    eprintln!("Recorded the proof of {} for {id}.", a.criterion);
    if !claimed {
        eprintln!(
            "note: {} is not among the criteria of the diagnosis",
            a.criterion
        );
    }
    Ok(())
}
