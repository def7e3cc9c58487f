//! `iae pass show`.

use super::*;
use crate::commands::IdArg;
use crate::commands::{Ctx, resolve_who};
use crate::output::{self, Format};
use crate::reference::{Entry, Lang, Reference};
use crate::rules::pass::{
    Step, current_end, days_left_under_cap, grouped_number, is_historical, latest_prolonged_end,
    prolongation_problems, prolonged_days, steps,
};
use anyhow::Result;

pub fn run(ctx: &Ctx, a: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let (_, case) = store.read(&id)?;
    let pass = the_pass(&case.pass, id.as_str())?;
    let end = current_end(pass);
    let training_end = case.trainings.iter().filter_map(|t| t.end).max();
    let kind = store.structure.kind.as_str();
    let allowances: Vec<Allowance> = store
        .reference
        .prolongation_reasons
        .entries
        .iter()
        .filter(|r| !is_historical(r))
        .filter(|r| r.is_for_kind(kind))
        .map(|r| allowance(pass, r, kind, ctx.today, training_end, ctx.lang))
        .collect();
    let view = PassView {
        number: pass.number.clone(),
        start: pass.start,
        issued_end: pass.end,
        current_end: end,
        days_left: crate::rules::dates::days_left(end, ctx.today),
        steps: step_rows(pass, &store.reference, ctx.lang),
        prolonged_days: prolonged_days(pass),
        allowances,
    };
    match ctx.format {
        Format::Json | Format::Yaml => output::print_value(&view, ctx.format),
        Format::Table => print_table(&view, id.as_str()),
        f => output::print_rows(&view.steps, f),
    }
}

/// The PASS's story: issued, then each suspension and prolongation with the end it set.
fn step_rows(pass: &Pass, reference: &Reference, lang: Lang) -> Vec<StepRow> {
    steps(pass)
        .into_iter()
        .map(|s| match s {
            Step::Issued(end) => StepRow {
                event: "issued".into(),
                from: Some(pass.start),
                to: None,
                reason: None,
                reason_words: String::new(),
                end,
            },
            Step::Suspended { suspension, end } => StepRow {
                event: "suspended".into(),
                from: Some(suspension.from),
                to: Some(suspension.to),
                reason_words: (reference.suspension_reasons).label(&suspension.reason, lang),
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
                reason_words: (reference.prolongation_reasons).label(&prolongation.reason, lang),
                reason: Some(prolongation.reason),
                end,
            },
        })
        .collect()
}

/// What a prolongation for `reason` asked on `today` may still reach, and what stops it.
fn allowance(
    pass: &Pass,
    reason: &Entry,
    kind: &str,
    today: NaiveDate,
    training_end: Option<NaiveDate>,
    lang: Lang,
) -> Allowance {
    let end = current_end(pass);
    let already = prolonged_days(pass);
    let mut latest = latest_prolonged_end(reason, end, already).filter(|l| *l > end);
    if reason.code == "complete_training"
        && let (Some(l), Some(t)) = (latest, training_end)
    {
        latest = Some(l.min(t)).filter(|l| *l > end);
    }
    // With nothing left under the cap, nothing to explain; otherwise what stops the
    // longest decision (or, when none reaches past the end, a one-day one).
    let cap_used_up = days_left_under_cap(reason, already) == Some(0);
    let asked = latest.unwrap_or(end + chrono::Days::new(1));
    let blocked = if cap_used_up {
        Vec::new()
    } else {
        prolongation_problems(pass, asked, reason, kind, today, training_end)
    };
    Allowance {
        reason: reason.code.clone(),
        reason_words: reason.label(lang).to_string(),
        max_days: reason.max_days,
        max_total_days: reason.max_total_days,
        days_left: days_left_under_cap(reason, already),
        latest_end: latest,
        blocked,
    }
}

/// The table for people: the steps, the current end, and a line per reason offered.
fn print_table(view: &PassView, id: &str) -> Result<()> {
    output::out(&format!(
        "PASS IAE {} — {}\n",
        grouped_number(&view.number),
        id
    ))?;
    output::print_rows(&view.steps, Format::Table)?;
    let end = crate::i18n::day(view.current_end);
    let line = if view.days_left > 0 {
        crate::t!("cmd-pass-current-end", end = end, days = view.days_left)
    } else {
        crate::t!("cmd-pass-expired", end = end)
    };
    output::out(&format!("{line}\n"))?;
    output::out(&format!(
        "{}\n",
        crate::t!("pass-show-prolonged", days = view.prolonged_days)
    ))?;
    for a in &view.allowances {
        output::out(&format!("  {}\n", allowance_line(a)))?;
    }
    Ok(())
}

/// One reason's line: what is left under its cap and the latest end it may set, or why not.
fn allowance_line(a: &Allowance) -> String {
    let left = match (a.days_left, a.max_total_days) {
        (Some(left), Some(cap)) => crate::t!("pass-show-cap", left = left, cap = cap),
        _ => crate::t!("pass-show-no-cap"),
    };
    let latest = match a.latest_end {
        Some(l) if a.blocked.is_empty() => crate::t!("pass-show-latest", end = crate::i18n::day(l)),
        Some(l) => crate::t!(
            "pass-show-latest-blocked",
            end = crate::i18n::day(l),
            why = a.blocked.join(" ; ")
        ),
        None if a.blocked.is_empty() => crate::t!("pass-show-nothing-left"),
        None => crate::t!("pass-show-blocked", why = a.blocked.join(" ; ")),
    };
    crate::t!(
        "pass-show-line",
        reason = a.reason_words.as_str(),
        left = left,
        latest = latest
    )
}
