//! `iae eligibility criteria|check|record|proof`: who may be hired, and why.

use super::{Ctx, known_code, parse_id};
use crate::case::document::{
    date_value, eligibility_table, proof_table, push_table, replace_value,
};
use crate::case::model::{Eligibility, Proof};
use crate::cli::{
    CriteriaArgs, DiagnosisBy, EligibilityCheckArgs, EligibilityCmd, EligibilityRecordArgs,
    ProofArgs,
};
use crate::error::hinted;
use crate::output::sheet::{Cell, Sheet, render_csv};
use crate::output::{self, Format, Row};
use crate::reference::{Lang, Reference};
use crate::rules::eligibility::{Verdict, assess, assess_case, required_level2};
use anyhow::{Result, bail};
use serde::Serialize;
use toml_edit::{Array, Item, value};

pub fn run(ctx: &Ctx, cmd: EligibilityCmd) -> Result<()> {
    match cmd {
        EligibilityCmd::Criteria(a) => criteria(ctx, a),
        EligibilityCmd::Check(a) => check(ctx, a),
        EligibilityCmd::Record(a) => record(ctx, a),
        EligibilityCmd::Proof(a) => proof(ctx, a),
    }
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
                format!("{} months", self.proof_months)
            },
        ]
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
            known_code(&reference.kinds, &k, "--kind", "kind of structure")?;
            Ok((k, reference))
        }
        None => {
            let store = ctx.open()?;
            Ok((store.structure.kind.clone(), store.reference))
        }
    }
}

fn criteria(ctx: &Ctx, a: CriteriaArgs) -> Result<()> {
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

fn unknown_criteria(unknown: &[String], reference: &Reference) -> anyhow::Error {
    hinted(
        format!("unknown criterion: {}", unknown.join(", ")),
        format!("the criteria are: {}", reference.criteria.list()),
    )
}

fn check(ctx: &Ctx, a: EligibilityCheckArgs) -> Result<()> {
    let verdict = match &a.id {
        Some(text) => {
            let store = ctx.open()?;
            let id = parse_id(text)?;
            let (_, case) = store.read(&id)?;
            let kind = match &a.kind {
                Some(k) => kind_of(ctx, Some(k))?.0,
                None => store.structure.kind.clone(),
            };
            match assess_case(&case, &kind, &store.reference) {
                None => {
                    return Err(hinted(
                        format!("{id} has no eligibility diagnosis recorded"),
                        format!(
                            "`iae eligibility record {id} --by employer|prescriber --date D --criteria a,b`"
                        ),
                    ));
                }
                Some(Err(unknown)) => return Err(unknown_criteria(&unknown, &store.reference)),
                Some(Ok(v)) => v,
            }
        }
        None => {
            let (kind, reference) = kind_of(ctx, a.kind.as_deref())?;
            let by_prescriber = a.diagnosis_by == Some(DiagnosisBy::Prescriber);
            assess(
                &a.criteria,
                a.birth_date,
                by_prescriber,
                &kind,
                a.on.unwrap_or(ctx.today),
                &reference,
            )
            .map_err(|unknown| unknown_criteria(&unknown, &reference))?
        }
    };
    match ctx.format {
        Format::Table | Format::Markdown => output::out(&render(&verdict, ctx.lang))?,
        Format::Csv => {
            let mut sheet = Sheet::new("verdict", "", &Verdict::headers());
            sheet.row(verdict.cells().into_iter().map(Cell::Text).collect());
            output::out_bytes(&render_csv(&[sheet], false)?)?
        }
        f => output::print_value(&verdict, f)?,
    }
    if verdict.eligible {
        Ok(())
    } else {
        Err(crate::error::quiet(crate::error::Status::No))
    }
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
    fn cells(&self) -> Vec<String> {
        vec![
            self.eligible.to_string(),
            self.kind.clone(),
            self.by.clone(),
            self.on.to_string(),
            self.level1.join(" "),
            self.level2.join(" "),
            self.required_level2.to_string(),
            self.problems.join(" | "),
            self.reason.clone(),
        ]
    }
}

fn render(v: &Verdict, lang: Lang) -> String {
    let mut out = format!(
        "{} ({}, diagnosis by the {} on {}): {}\n",
        match (v.eligible, lang) {
            (true, Lang::Fr) => "Éligible",
            (false, Lang::Fr) => "Non éligible",
            (true, Lang::En) => "Eligible",
            (false, Lang::En) => "Not eligible",
        },
        v.kind,
        v.by,
        v.on,
        v.reason
    );
    out.push_str(&format!(
        "  level 1: {}\n  level 2: {} (needed: {})\n",
        if v.level1.is_empty() {
            "—".into()
        } else {
            v.level1.join(", ")
        },
        if v.level2.is_empty() {
            "—".into()
        } else {
            v.level2.join(", ")
        },
        v.required_level2
    ));
    for p in &v.problems {
        out.push_str(&format!("  problem: {p}\n"));
    }
    out
}

fn record(ctx: &Ctx, a: EligibilityRecordArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    for c in &a.criteria {
        known_code(&store.reference.criteria, c, "--criteria", "criterion")?;
    }
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
                };
                doc["eligibility"] = Item::Table(eligibility_table(&e));
            }
        }
        Ok(())
    })?;
    eprintln!(
        "Recorded the diagnosis of {id} ({}, {}).",
        a.by.code(),
        a.date
    );
    Ok(())
}

fn proof(ctx: &Ctx, a: ProofArgs) -> Result<()> {
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
