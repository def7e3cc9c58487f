//! `iae eligibility criteria|check|record|proof`: who may be hired, and why.

pub mod audit;
pub mod check;
pub mod criteria;
pub mod proof;
pub mod record;

use crate::commands::eligibility::check::EligibilityCheckArgs;
use crate::commands::eligibility::criteria::CriteriaArgs;
use crate::commands::eligibility::proof::ProofArgs;
use crate::commands::eligibility::record::EligibilityRecordArgs;
use crate::commands::{Ctx, known_code};
use crate::error::hinted;
use crate::output::Row;
use crate::reference::Reference;
use crate::rules::eligibility::Verdict;
use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum EligibilityCmd {
    /// The administrative criteria: level, label, proof, proof validity
    Criteria(CriteriaArgs),
    /// The verdict for a case file (ID), or for what-if criteria
    Check(EligibilityCheckArgs),
    /// Record a new diagnosis (it replaces the previous one; git keeps the history)
    Record(EligibilityRecordArgs),
    /// Record the proof (justificatif) of a criterion
    Proof(ProofArgs),
    /// The hires of a period on the structure's own diagnosis, each criterion with its
    /// proof or certification, and what is missing or expired (contrôle a posteriori)
    Audit(crate::commands::eligibility::audit::EligibilityAuditArgs),
}

pub fn run(ctx: &Ctx, cmd: EligibilityCmd) -> Result<()> {
    match cmd {
        EligibilityCmd::Criteria(a) => criteria::run(ctx, a),
        EligibilityCmd::Check(a) => check::run(ctx, a),
        EligibilityCmd::Record(a) => record::run(ctx, a),
        EligibilityCmd::Proof(a) => proof::run(ctx, a),
        EligibilityCmd::Audit(a) => audit::run(ctx, a),
    }
}

/// The kind asked for, checked; else the structure's.
fn kind_of(ctx: &Ctx, kind: Option<&str>) -> Result<(String, Reference)> {
    match kind {
        Some(k) => {
            let k = k.trim().to_uppercase();
            let reference = match ctx.open() {
                Ok(store) => store.reference,
                Err(_) => Reference::embedded().clone(),
            };
            known_code(&reference.kinds, &k, "--kind", "kind-of-structure")?;
            Ok((k, reference))
        }
        None => {
            let store = ctx.open()?;
            Ok((store.structure.kind.clone(), store.reference))
        }
    }
}

/// Refuse criteria the platform's form refuses together, naming both.
pub fn refuse_contradictions(criteria: &[String]) -> Result<()> {
    match crate::rules::eligibility::contradictions(criteria)
        .into_iter()
        .next()
    {
        None => Ok(()),
        Some(message) => Err(crate::error::UserError::new(message)
            .hint(crate::t!("criteria-contradict-hint"))
            .status(crate::error::Status::Usage)
            .into()),
    }
}

fn unknown_criteria(unknown: &[String], reference: &Reference) -> anyhow::Error {
    hinted(
        crate::t!(
            "cmd-unknown-criterion",
            count = unknown.len(),
            criteria = unknown.join(", ")
        ),
        crate::t!("cmd-criteria-are", list = reference.criteria.list()),
    )
}

#[derive(Debug, Serialize)]
struct CriterionRow {
    code: String,
    level: u8,
    label: String,
    proof: String,
    proof_months: u32,
}

impl Row for CriterionRow {
    fn headers() -> Vec<&'static str> {
        vec!["code", "level", "label", "proof", "valid"]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-criterion-code"),
            crate::t!("col-criterion-level"),
            crate::t!("col-criterion-label"),
            crate::t!("col-criterion-proof"),
            crate::t!("col-criterion-valid"),
        ]
    }
    fn keys() -> Vec<&'static str> {
        vec!["code", "level", "label", "proof", "proof_months"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.level.to_string(),
            self.label.clone(),
            self.proof.clone(),
            if self.proof_months == 0 {
                "—".into()
            } else {
                crate::t!("cell-months", count = self.proof_months)
            },
        ]
    }
}

/// The verdict as data, for CSV: codes, ISO day, `true`/`false`.
fn verdict_codes(v: &Verdict) -> Vec<String> {
    vec![
        v.eligible.to_string(),
        v.kind.clone(),
        v.by.clone(),
        v.on.to_string(),
        v.level1.join(" "),
        v.level2.join(" "),
        v.required_level2.to_string(),
        v.problems.join(" | "),
        v.reason.clone(),
    ]
}

impl Row for Verdict {
    fn headers() -> Vec<&'static str> {
        vec![
            "eligible",
            "kind",
            "by",
            "on",
            "level1",
            "level2",
            "required_level2",
            "problems",
            "reason",
        ]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-verdict-eligible"),
            crate::t!("col-verdict-kind"),
            crate::t!("col-verdict-by"),
            crate::t!("col-verdict-on"),
            crate::t!("col-verdict-level1"),
            crate::t!("col-verdict-level2"),
            crate::t!("col-verdict-required_level2"),
            crate::t!("col-verdict-problems"),
            crate::t!("col-verdict-reason"),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            crate::t!(if self.eligible { "cell-yes" } else { "cell-no" }),
            self.kind.clone(),
            crate::case::vocab::DiagnosisBy::words_of(&self.by),
            crate::i18n::day(self.on),
            self.level1.join(" "),
            self.level2.join(" "),
            self.required_level2.to_string(),
            self.problems.join(" | "),
            self.reason.clone(),
        ]
    }
}
