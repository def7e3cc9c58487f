//! `iae exit record`.

use super::close::{Written, write_exit};
use super::*;
use crate::case::CaseFile;
use crate::case::date::parse_cli;
use crate::case::finding::Code;
use crate::case::id::CaseId;
use crate::case::model::Exit;
use crate::commands::support::{self, prompt};
use crate::commands::{Ctx, resolve_who};
use crate::error::{Status, UserError, hinted};
use crate::reference::Lang;
use crate::store::Store;
use crate::t;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ExitArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: Option<String>,
    /// Last day worked, YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub date: Option<NaiveDate>,
    /// Exit reason code (see `iae exit reasons`)
    #[arg(long)]
    pub reason: Option<String>,
    /// Employer hiring the person
    #[arg(long)]
    pub employer: Option<String>,
    /// Job found, or training entered
    #[arg(long)]
    pub job: Option<String>,
    /// Length of the contract found, in months
    #[arg(long)]
    pub contract_months: Option<u32>,
    /// Bilan: what was acquired
    #[arg(long)]
    pub acquired: Option<String>,
    /// Bilan: the options considered
    #[arg(long)]
    pub options: Option<String>,
    /// Bilan: the next steps prepared
    #[arg(long)]
    pub next_steps: Option<String>,
    /// Bilan: partners involved
    #[arg(long)]
    pub partners: Option<String>,
    /// What became of the barriers still open: resolved, abandoned, or keep them open
    /// (asked on a terminal; kept open otherwise)
    #[arg(long, value_enum)]
    pub barriers: Option<OpenBarriers>,
}

/// What the exit does with the barriers still open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OpenBarriers {
    /// Lifted during the parcours
    Resolved,
    /// Left unsolved
    Abandoned,
    /// Still open (followed after the exit)
    Keep,
}

pub fn run(ctx: &Ctx, mut a: ExitArgs) -> Result<()> {
    let store = ctx.open()?;
    let Some(id_text) = a.id.clone() else {
        bail!(crate::t!("cmd-exit-give-id"));
    };
    let id = resolve_who(&store, &id_text)?;
    let reasons = &store.reference.exit_reasons;
    if a.date.is_none() || a.reason.is_none() {
        ask_date_and_reason(ctx, &store, &mut a)?;
    }
    let (Some(date), Some(reason)) = (a.date, a.reason.clone()) else {
        bail!(crate::t!("cmd-exit-needs-date-reason"));
    };
    let Some(entry) = reasons.get(&reason) else {
        let mut err = UserError::new(crate::t!(
            "cmd-exit-unknown-reason",
            reason = reason.as_str()
        ))
        .status(Status::Usage);
        if let Some(code) = reasons.closest(&reason) {
            err = err.hint(crate::t!("cmd-did-you-mean-code", code = code));
        }
        return Err(err.hint(crate::t!("cmd-exit-unknown-reason-hint")).into());
    };
    if a.barriers.is_none() && ctx.interactive {
        a.barriers = ask_open_barriers(&store, &id)?;
    }
    let barriers = a.barriers;
    let exit = Exit {
        date,
        reason,
        employer: a.employer,
        job: a.job,
        contract_months: a.contract_months,
        acquired: a.acquired,
        options: a.options,
        next_steps: a.next_steps,
        partners: a.partners,
    };
    let (written, _) = store.update(&id, |doc, case| {
        refuse_impossible(case, &id, date, reasons)?;
        let written = write_exit(doc, case, &exit, barriers);
        Ok(written)
    })?;
    tell_recorded(ctx, &store, &id, entry, &exit, &written, barriers);
    warn_about(&store, &id, entry, &exit, written.has_bilan);
    crate::commands::support::future::warn(ctx.today, crate::rules::future::Dated::Exit, date);
    Ok(())
}

/// The date and the reason were not given: off a terminal that is a usage error; on one,
/// they are asked, among the reasons of this kind of structure only (EITI has its own).
fn ask_date_and_reason(ctx: &Ctx, store: &Store, a: &mut ExitArgs) -> Result<()> {
    if !ctx.interactive {
        let missing = support::missing(&[
            ("--date", a.date.is_none()),
            ("--reason", a.reason.is_none()),
        ]);
        return Err(support::missing_flags(&missing, t!("hint-exit-reasons")));
    }
    let offered = crate::reference::Codes {
        entries: store
            .reference
            .exit_reasons
            .entries
            .iter()
            .filter(|e| e.is_for_kind(&store.structure.kind))
            .cloned()
            .collect(),
    };
    ask_missing(a, ctx.lang, &offered)
}

/// On a terminal, when barriers are still open: what became of them.
fn ask_open_barriers(store: &Store, id: &CaseId) -> Result<Option<OpenBarriers>> {
    let (_, case) = store.read(id)?;
    let open: Vec<String> = case
        .barriers
        .iter()
        .filter(|b| b.is_open())
        .map(|b| {
            let category = store
                .reference
                .barrier_categories
                .label(&b.category, crate::i18n::lang());
            format!("n° {} {category} ({})", b.number, b.detail)
        })
        .collect();
    if open.is_empty() {
        return Ok(None);
    }
    eprintln!("{}", t!("exit-open-barriers", list = open.join(", ")));
    prompt::ask(&t!("exit-barriers-question"), false, |s| match s.trim() {
        "r" | "resolved" | "levés" | "leves" => Ok(OpenBarriers::Resolved),
        "a" | "abandoned" | "abandonnés" | "abandonnes" => Ok(OpenBarriers::Abandoned),
        "k" | "keep" | "o" | "ouverts" => Ok(OpenBarriers::Keep),
        other => Err(t!("exit-barriers-answer", answer = other)),
    })
}

/// An exit already recorded, or dated before the hiring, is refused.
fn refuse_impossible(
    case: &CaseFile,
    id: &CaseId,
    date: NaiveDate,
    reasons: &crate::reference::Codes,
) -> Result<()> {
    if let Some(previous) = &case.exit {
        return Err(hinted(
            crate::t!(
                "cmd-exit-already",
                name = case.full_name(),
                gender = case.person.sex.as_str(),
                date = crate::i18n::day(previous.date),
                reason = reasons.label(&previous.reason, crate::i18n::lang())
            ),
            crate::t!("cmd-exit-already-hint", id = id.as_str()),
        ));
    }
    if date < case.recruitment.hired_on {
        bail!(crate::t!(
            "cmd-exit-before-hiring",
            date = crate::i18n::day(date),
            hired = crate::i18n::day(case.recruitment.hired_on)
        ));
    }
    Ok(())
}

/// Say what was recorded and what it did to the contracts and the barriers.
fn tell_recorded(
    ctx: &Ctx,
    store: &Store,
    id: &CaseId,
    entry: &Entry,
    exit: &Exit,
    written: &Written,
    barriers: Option<OpenBarriers>,
) {
    let date = crate::i18n::day(exit.date);
    let category = entry.category.as_deref().unwrap_or("");
    eprintln!(
        "{}",
        crate::t!(
            "cmd-exit-recorded",
            id = id.as_str(),
            date = date.as_str(),
            reason = entry.label(ctx.lang),
            category = store.reference.exit_categories.label(category, ctx.lang)
        )
    );
    if written.ended > 0 {
        eprintln!(
            "{}",
            crate::t!(
                "cmd-contracts-end-at-exit",
                count = written.ended,
                date = date.as_str()
            )
        );
    }
    if !written.dropped.is_empty() {
        let dropped: Vec<String> = (written.dropped.iter())
            .map(|(kind, start)| {
                t!(
                    "exit-dropped-contract",
                    kind = store.reference.contract_kinds.label(kind, ctx.lang),
                    start = crate::i18n::day(*start)
                )
            })
            .collect();
        eprintln!(
            "{}",
            t!(
                "exit-contracts-dropped",
                count = written.dropped.len(),
                list = dropped.join(", "),
                date = date.as_str()
            )
        );
    }
    if written.closed > 0 {
        let outcome = if barriers == Some(OpenBarriers::Resolved) {
            "resolved"
        } else {
            "abandoned"
        };
        eprintln!(
            "{}",
            t!(
                "exit-barriers-closed",
                count = written.closed,
                outcome = outcome,
                date = date.as_str()
            )
        );
    }
    if written.still_open > 0 {
        eprintln!(
            "{}",
            t!(
                "exit-barriers-kept",
                count = written.still_open,
                id = id.to_string()
            )
        );
    }
}

/// Warn about what the exit leaves doubtful: a reason the facts contradict, a reason of
/// another kind of structure, no bilan, a category not certain.
fn warn_about(store: &Store, id: &CaseId, entry: &Entry, exit: &Exit, has_bilan: bool) {
    let reason = exit.reason.as_str();
    if let Some(contradiction) = crate::rules::exits::reason_contradiction(exit) {
        eprintln!(
            "{} {} {contradiction}",
            crate::t!("warning-prefix"),
            Code::ExitContradiction
        );
        eprintln!(
            "{} {}",
            crate::t!("hint-prefix"),
            crate::t!("exit-contradiction-hint")
        );
    }
    if let Some(kinds) = &entry.kinds
        && !kinds.contains(&store.structure.kind)
    {
        eprintln!(
            "{} {}",
            crate::t!("warning-prefix"),
            crate::t!(
                "exit-reason-kind",
                reason = reason,
                kinds = kinds.join(", "),
                kind = store.structure.kind.as_str()
            )
        );
    }
    if !has_bilan {
        eprintln!(
            "{} {}",
            crate::t!("warning-prefix"),
            crate::t!("cmd-exit-no-bilan", id = id.as_str())
        );
    }
    if !entry.certain.unwrap_or(true) {
        let message = match &entry.note {
            Some(note) => crate::t!(
                "cmd-exit-category-unsure-note",
                reason = reason,
                note = note.as_str()
            ),
            None => crate::t!("cmd-exit-category-unsure", reason = reason),
        };
        eprintln!("{message}");
    }
}

pub(super) fn ask_missing(
    a: &mut ExitArgs,
    lang: Lang,
    reasons: &crate::reference::Codes,
) -> Result<()> {
    if a.date.is_none() {
        a.date = prompt::ask(
            &crate::t!("cmd-ask-exit-date"),
            false,
            crate::case::date::parse_cli,
        )?;
    }
    if a.reason.is_none() {
        for (i, e) in reasons.entries.iter().enumerate() {
            eprintln!("  {:>2}. {:<24} {}", i + 1, e.code, e.label(lang));
        }
        a.reason = prompt::ask(&crate::t!("cmd-ask-exit-reason"), false, |s| {
            if let Ok(n) = s.parse::<usize>()
                && let Some(e) = n.checked_sub(1).and_then(|i| reasons.entries.get(i))
            {
                return Ok(e.code.clone());
            }
            if reasons.contains(s) {
                Ok(s.to_string())
            } else {
                Err(crate::t!("cmd-not-in-list", value = s))
            }
        })?;
    }
    let text = |s: &str| Ok::<_, String>(s.to_string());
    for (field, question) in [
        (&mut a.employer, "cmd-ask-exit-employer"),
        (&mut a.job, "cmd-ask-exit-job"),
        (&mut a.acquired, "cmd-ask-exit-acquired"),
        (&mut a.options, "cmd-ask-exit-options"),
        (&mut a.next_steps, "cmd-ask-exit-next-steps"),
        (&mut a.partners, "cmd-ask-exit-partners"),
    ] {
        if field.is_none() {
            *field = prompt::ask(&crate::t!(question), true, text)?;
        }
    }
    Ok(())
}
