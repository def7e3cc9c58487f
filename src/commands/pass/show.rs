//! `iae pass show`.

use super::*;
use crate::commands::IdArg;
use crate::commands::{Ctx, parse_id};
use crate::output::{self, Format};
use crate::rules::pass::{Step, current_end, grouped_number, steps};
use anyhow::Result;

pub fn run(ctx: &Ctx, a: IdArg) -> Result<()> {
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
