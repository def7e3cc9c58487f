//! `iae eligibility check`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::vocab::DiagnosisBy;
use crate::commands::{Ctx, resolve_who};
use crate::error::hinted;
use crate::output::render::render_csv;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::output::{self, Format, Row};
use crate::reference::Lang;
use crate::rules::eligibility::{Verdict, assess, assess_case};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct EligibilityCheckArgs {
    /// A case file; without it, the verdict for the options below
    pub id: Option<String>,
    /// Kind of structure (default: this structure's)
    #[arg(long)]
    pub kind: Option<String>,
    /// Criteria claimed, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub criteria: Vec<String>,
    /// Birth date, for jeune and senior
    #[arg(long, value_parser = parse_cli)]
    pub birth_date: Option<NaiveDate>,
    #[arg(long, value_enum)]
    pub diagnosis_by: Option<DiagnosisBy>,
    /// Date of the diagnosis (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: EligibilityCheckArgs) -> Result<()> {
    let verdict = match &a.id {
        Some(text) => {
            let store = ctx.open()?;
            let id = resolve_who(&store, text)?;
            let (_, case) = store.read(&id)?;
            let kind = match &a.kind {
                Some(k) => kind_of(ctx, Some(k))?.0,
                None => store.structure.kind.clone(),
            };
            match assess_case(&case, &kind, &store.reference) {
                None => {
                    return Err(hinted(
                        crate::t!("cmd-no-diagnosis", id = id.as_str()),
                        crate::t!("cmd-no-diagnosis-hint", id = id.as_str()),
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
            sheet.row(
                super::verdict_codes(&verdict)
                    .into_iter()
                    .map(Cell::Text)
                    .collect(),
            );
            let mut doc = Document::new();
            doc.table(sheet);
            output::out_bytes(&render_csv(&doc, false)?)?
        }
        f => output::print_value(&verdict, f)?,
    }
    if verdict.eligible {
        Ok(())
    } else {
        Err(crate::error::quiet(crate::error::Status::No))
    }
}

pub(crate) fn render(v: &Verdict, lang: Lang) -> String {
    use crate::i18n::message_in;
    use fluent_bundle::FluentValue;
    let list = |l: &[String]| {
        if l.is_empty() {
            "—".to_string()
        } else {
            l.join(", ")
        }
    };
    let mut out = message_in(
        lang,
        "cmd-verdict",
        &[
            (
                "eligible",
                FluentValue::from(if v.eligible { "yes" } else { "no" }),
            ),
            ("kind", FluentValue::from(v.kind.as_str())),
            ("by", FluentValue::from(v.by.as_str())),
            (
                "on",
                FluentValue::from(crate::i18n::format::people_date(v.on, lang)),
            ),
            ("reason", FluentValue::from(v.reason.as_str())),
        ],
    );
    out.push('\n');
    for (id, value) in [
        ("cmd-verdict-level1", list(&v.level1)),
        ("cmd-verdict-level2", list(&v.level2)),
    ] {
        let args = [
            ("criteria", FluentValue::from(value)),
            ("needed", FluentValue::from(v.required_level2)),
        ];
        out.push_str(&format!("  {}\n", message_in(lang, id, &args)));
    }
    for p in &v.problems {
        let args = [("problem", FluentValue::from(p.as_str()))];
        out.push_str(&format!(
            "  {}\n",
            message_in(lang, "cmd-verdict-problem", &args)
        ));
    }
    out
}
