//! `iae pass set|suspend|prolong|show`: the PASS IAE and what moves its end.

use super::{Ctx, known_code, parse_id};
use crate::case::date;
use crate::case::document::{
    date_value, insert_table, pass_table, prolongation_table, replace_value, suspension_table,
};
use crate::case::model::{Pass, Prolongation, Suspension};
use crate::case::validate::is_pass_number;
use crate::cli::{IdArg, PassCmd, PassProlongArgs, PassSetArgs, PassSuspendArgs};
use crate::error::hinted;
use crate::output::{self, Format, Row};
use crate::rules::pass::{
    Step, current_end, default_end, grouped_number, prolongation_problems, steps,
    suspension_problems,
};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;
use toml_edit::{Item, Table};

pub fn run(ctx: &Ctx, cmd: PassCmd) -> Result<()> {
    match cmd {
        PassCmd::Set(a) => set(ctx, a),
        PassCmd::Suspend(a) => suspend(ctx, a),
        PassCmd::Prolong(a) => prolong(ctx, a),
        PassCmd::Show(a) => show(ctx, a),
    }
}

fn set(ctx: &Ctx, a: PassSetArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    let number: String = a.number.chars().filter(|c| !c.is_whitespace()).collect();
    if !is_pass_number(&number) {
        bail!("--number {}: a PASS IAE number is 12 digits", a.number);
    }
    let (end, _) = store.update(&id, |doc, case| {
        let start = a.start.unwrap_or(case.recruitment.hired_on);
        let end = a.end.unwrap_or_else(|| default_end(start));
        if end < start {
            bail!("--end {end} is before the start {start}");
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
        "PASS IAE {} of {id}, valid until {end} as issued.",
        grouped_number(&number)
    );
    Ok(())
}

fn the_pass<'c>(pass: &'c Option<Pass>, id: &str) -> Result<&'c Pass> {
    pass.as_ref().ok_or_else(|| {
        hinted(
            format!("{id} has no PASS IAE recorded"),
            format!("`iae pass set {id} --number N` first"),
        )
    })
}

fn pass_section_mut(doc: &mut toml_edit::DocumentMut) -> Result<&mut Table> {
    doc.get_mut("pass")
        .and_then(Item::as_table_mut)
        .ok_or_else(|| anyhow::anyhow!("[pass] is not written as a table; fix it with `iae edit`"))
}

/// Refuse a rule broken without a derogation; with one, say it is recorded.
fn gate(problems: &[String], derogation: &Option<String>, what: &str) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    if derogation.is_none() {
        return Err(hinted(
            format!(
                "this {what} breaks the rules; nothing was written:\n  - {}",
                problems.join("\n  - ")
            ),
            "if the administration granted an exception, add --derogation \"why\" (it is stored in the file)",
        ));
    }
    for p in problems {
        eprintln!("note: recorded with a derogation: {p}");
    }
    Ok(())
}

fn suspend(ctx: &Ctx, a: PassSuspendArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.suspension_reasons,
        &a.reason,
        "--reason",
        "suspension reason",
    )?;
    let reason = store
        .reference
        .suspension_reasons
        .get(&a.reason)
        .cloned()
        .expect("checked above");
    let suspension = Suspension {
        from: a.from,
        to: a.to,
        reason: a.reason.clone(),
        derogation: a.derogation.clone(),
    };
    let kind = store.structure.kind.clone();
    let (end, _) = store.update(&id, |doc, case| {
        let pass = the_pass(&case.pass, id.as_str())?;
        let problems = suspension_problems(pass, &suspension, &reason, &kind, ctx.today);
        gate(&problems, &a.derogation, "suspension")?;
        let index = pass
            .suspensions
            .iter()
            .filter(|s| s.from <= suspension.from)
            .count();
        insert_table(
            pass_section_mut(doc)?,
            "suspensions",
            index,
            suspension_table(&suspension),
        )?;
        let mut after = pass.clone();
        after.suspensions.push(suspension.clone());
        Ok(current_end(&after))
    })?;
    if let Some(condition) = &reason.note {
        eprintln!("note: {condition}");
    }
    eprintln!(
        "PASS of {id} suspended from {} to {}: it now ends on {end}.",
        a.from, a.to
    );
    Ok(())
}

fn prolong(ctx: &Ctx, a: PassProlongArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.prolongation_reasons,
        &a.reason,
        "--reason",
        "prolongation reason",
    )?;
    let reason = store
        .reference
        .prolongation_reasons
        .get(&a.reason)
        .cloned()
        .expect("checked above");
    let prolongation = Prolongation {
        reason: a.reason.clone(),
        to: a.to,
        decided_by: a.decided_by.clone(),
        derogation: a.derogation.clone(),
    };
    let kind = store.structure.kind.clone();
    store.update(&id, |doc, case| {
        let pass = the_pass(&case.pass, id.as_str())?;
        let training_end = case.trainings.iter().filter_map(|t| t.end).max();
        let problems = prolongation_problems(pass, a.to, &reason, &kind, ctx.today, training_end);
        gate(&problems, &a.derogation, "prolongation")?;
        let index = pass.prolongations.iter().filter(|p| p.to <= a.to).count();
        insert_table(
            pass_section_mut(doc)?,
            "prolongations",
            index,
            prolongation_table(&prolongation),
        )
    })?;
    let decider = match reason.decided_by.as_deref() {
        Some("prescriber") => "an authorised prescriber",
        _ => "the SIAE",
    };
    eprintln!(
        "PASS of {id} prolonged until {} ({}, decided by {decider}).",
        a.to, reason.code
    );
    Ok(())
}

#[derive(Debug, Serialize)]
struct StepRow {
    event: String,
    #[serde(with = "date::option")]
    from: Option<NaiveDate>,
    #[serde(with = "date::option")]
    to: Option<NaiveDate>,
    reason: Option<String>,
    #[serde(with = "date")]
    end: NaiveDate,
}

impl Row for StepRow {
    fn headers() -> Vec<&'static str> {
        vec!["event", "from", "to", "reason", "end"]
    }
    fn cells(&self) -> Vec<String> {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            self.event.clone(),
            day(self.from),
            day(self.to),
            self.reason.clone().unwrap_or_default(),
            self.end.to_string(),
        ]
    }
}

#[derive(Debug, Serialize)]
struct PassView {
    number: String,
    #[serde(with = "date")]
    start: NaiveDate,
    #[serde(with = "date")]
    issued_end: NaiveDate,
    #[serde(with = "date")]
    current_end: NaiveDate,
    days_left: i64,
    steps: Vec<StepRow>,
}

fn show(ctx: &Ctx, a: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    let (_, case) = store.read(&id)?;
    let pass = the_pass(&case.pass, id.as_str())?;
    let rows: Vec<StepRow> = steps(pass)
        .into_iter()
        .map(|s| match s {
            Step::Issued(end) => StepRow {
                event: "issued".into(),
                from: Some(pass.start),
                to: None,
                reason: None,
                end,
            },
            Step::Suspended { suspension, end } => StepRow {
                event: "suspended".into(),
                from: Some(suspension.from),
                to: Some(suspension.to),
                reason: Some(suspension.reason),
                end,
            },
            Step::Prolonged {
                prolongation,
                start,
                end,
            } => StepRow {
                event: "prolonged".into(),
                from: Some(start),
                to: Some(prolongation.to),
                reason: Some(prolongation.reason),
                end,
            },
        })
        .collect();
    let end = current_end(pass);
    let view = PassView {
        number: pass.number.clone(),
        start: pass.start,
        issued_end: pass.end,
        current_end: end,
        days_left: (end - ctx.today).num_days().max(-1) + 1,
        steps: rows,
    };
    match ctx.format {
        Format::Json | Format::Yaml => output::print_value(&view, ctx.format),
        Format::Table => {
            output::out(&format!(
                "PASS IAE {} — {}\n",
                grouped_number(&view.number),
                id
            ))?;
            output::print_rows(&view.steps, Format::Table)?;
            output::out(&format!(
                "Current end: {end}; {}\n",
                if view.days_left > 0 {
                    format!("{} days left (today included)", view.days_left)
                } else {
                    "expired".into()
                }
            ))
        }
        f => output::print_rows(&view.steps, f),
    }
}
