//! `iae eligibility criteria`.

use super::*;
use crate::commands::Ctx;
use crate::output::{self};
use crate::reference::Reference;
use crate::rules::eligibility::required_level2;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct CriteriaArgs {
    /// Also say how many level-2 criteria this kind of structure needs
    #[arg(long)]
    pub kind: Option<String>,
}

pub fn run(ctx: &Ctx, a: CriteriaArgs) -> Result<()> {
    let reference = match &a.kind {
        Some(_) => kind_of(ctx, a.kind.as_deref())?.1,
        None => ctx
            .open()
            .map(|s| s.reference)
            .unwrap_or_else(|_| Reference::embedded().clone()),
    };
    let rows: Vec<CriterionRow> = reference
        .criteria
        .entries
        .iter()
        .map(|e| CriterionRow {
            code: e.code.clone(),
            level: e.level.unwrap_or(2),
            label: e.label(ctx.lang).to_string(),
            proof: e.proof.clone().unwrap_or_default(),
            proof_months: e.proof_months.unwrap_or(0),
        })
        .collect();
    output::print_rows(&rows, ctx.format)?;
    if let Some(kind) = &a.kind {
        let kind = kind.trim().to_uppercase();
        let n = required_level2(&kind, &reference);
        eprintln!(
            "{kind}: eligible with one level-1 criterion, or {n} level-2 criteria; a diagnosis by an authorised prescriber needs none."
        );
    }
    Ok(())
}
