//! `iae show`: one salarié's whole parcours — a readable timeline for people, the file's
//! own data (plus `computed`) for scripts.

use super::Ctx;
use crate::case::CaseFile;
use crate::output::{self, Format, Row};
use crate::report::timeline::{Timeline, timeline};
use crate::rules::dates::age_on;
use crate::rules::parcours::{months_in_parcours, phase_on};
use crate::rules::pass::current_end;
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id (7K3M9Q) or a name (accents and case do not matter)
    pub who: String,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = super::resolve_who(&store, &args.who)?;
    let (_, case) = store.read(&id)?;
    match ctx.format {
        Format::Table => output::out(&render_timeline(&timeline(
            &case,
            &store.reference,
            ctx.lang,
            ctx.today,
            store.structure.interview_every_days,
        ))),
        Format::Json | Format::Yaml => {
            output::print_value(&with_computed(&case, ctx.today)?, ctx.format)
        }
        f => output::print_rows(&flatten(&with_computed(&case, ctx.today)?), f),
    }
}

/// The case as JSON with the derived values under `computed`.
fn with_computed(case: &CaseFile, today: NaiveDate) -> Result<Value> {
    let mut value = serde_json::to_value(case)?;
    value["computed"] = json!({
        "status": if case.is_exited() { "exited" } else { "active" },
        "age": age_on(case.person.birth_date, today),
        "age_at_hiring": age_on(case.person.birth_date, case.recruitment.hired_on),
        "phase": phase_on(case, today),
        "months_in_parcours": months_in_parcours(case, today),
        "pass_current_end": case.pass.as_ref().map(|p| current_end(p).to_string()),
        "last_interview": case.last_attended_interview().map(|d| d.to_string()),
    });
    Ok(value)
}

/// One `field,value` row per leaf, for CSV and Markdown.
#[derive(Debug, Serialize)]
struct FieldRow {
    field: String,
    value: String,
}

impl Row for FieldRow {
    fn headers() -> Vec<&'static str> {
        vec!["field", "value"]
    }
    fn labels() -> Vec<String> {
        vec![crate::t!("col-show-field"), crate::t!("col-show-value")]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.field.clone(), self.value.clone()]
    }
}

fn flatten(value: &Value) -> Vec<FieldRow> {
    fn walk(prefix: String, value: &Value, rows: &mut Vec<FieldRow>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(key, v, rows);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(format!("{prefix}[{i}]"), v, rows);
                }
            }
            Value::Null => {}
            Value::String(s) => rows.push(FieldRow {
                field: prefix,
                value: s.clone(),
            }),
            other => rows.push(FieldRow {
                field: prefix,
                value: other.to_string(),
            }),
        }
    }
    let mut rows = Vec::new();
    walk(String::new(), value, &mut rows);
    rows
}

/// The timeline as text: the header, then each phase with its dated events.
pub fn render_timeline(t: &Timeline) -> String {
    let mut out = String::new();
    for line in &t.header {
        out.push_str(line);
        out.push('\n');
    }
    for section in &t.sections {
        out.push_str(&format!("\nPhase {} — {}\n", section.phase, section.title));
        for e in &section.events {
            let mut lines = e.lines.iter();
            if let Some(first) = lines.next() {
                let day = crate::i18n::format::people_date(e.date, t.lang);
                out.push_str(&format!("  {day}  {first}\n"));
            }
            for l in lines {
                let line = format!("    {l}");
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    out
}
