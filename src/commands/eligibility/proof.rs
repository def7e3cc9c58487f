//! `iae eligibility proof`.

use crate::case::date::parse_cli;
use crate::case::document::{proof_table, push_table};
use crate::case::model::Proof;
use crate::commands::{Ctx, known_code, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct ProofArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// The criterion it proves
    pub criterion: String,
    /// The document (e.g. "Attestation CAF")
    #[arg(
        long,
        required_unless_present = "certified_on",
        conflicts_with = "certified_on"
    )]
    pub document: Option<String>,
    /// Date of the document
    #[arg(long, value_parser = parse_cli, required_unless_present = "certified_on")]
    pub dated: Option<NaiveDate>,
    /// The platform certified the criterion from an administration's data on this day
    /// (replaces a document)
    #[arg(long, value_parser = parse_cli, conflicts_with = "dated")]
    pub certified_on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: ProofArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.criteria,
        &a.criterion,
        "CRITERION",
        "criterion",
    )?;
    if a.certified_on.is_some()
        && !crate::rules::eligibility::is_certifiable(&store.reference, &a.criterion)
    {
        let certifiable: Vec<&str> = store
            .reference
            .criteria
            .entries
            .iter()
            .filter(|e| e.certifiable == Some(true))
            .map(|e| e.code.as_str())
            .collect();
        return Err(crate::error::UserError::new(crate::t!(
            "criterion-not-certifiable",
            criterion = a.criterion.as_str()
        ))
        .hint(crate::t!(
            "criterion-certifiable-hint",
            criteria = certifiable.join(", ")
        ))
        .status(crate::error::Status::Usage)
        .into());
    }
    let document = a.document.as_deref().map(str::trim).unwrap_or_default();
    if a.certified_on.is_none() && document.is_empty() {
        bail!(crate::t!("cmd-document-empty"));
    }
    let proof = Proof {
        criterion: a.criterion.clone(),
        document: document.to_string(),
        dated: a.dated,
        certified: a.certified_on.is_some(),
        certified_on: a.certified_on,
    };
    let (claimed, _) = store.update(&id, |doc, case| {
        let Some(e) = &case.eligibility else {
            bail!(crate::t!("cmd-proof-no-diagnosis", id = id.as_str()));
        };
        let Some(t) = doc.get_mut("eligibility").and_then(Item::as_table_mut) else {
            bail!(crate::t!("cmd-eligibility-not-table", id = id.as_str()));
        };
        push_table(t, "proofs", proof_table(&proof))?;
        Ok(e.criteria.contains(&proof.criterion))
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-proof-recorded",
            criterion = a.criterion.as_str(),
            id = id.as_str()
        )
    );
    if !claimed {
        eprintln!(
            "{}",
            crate::t!("cmd-proof-not-claimed", criterion = a.criterion.as_str())
        );
    }
    if let Some(dated) = a.dated {
        crate::commands::support::future::warn(
            ctx.today,
            crate::rules::future::Dated::Proof,
            dated,
        );
    }
    Ok(())
}
