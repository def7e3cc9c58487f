//! `iae exit record`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::exit_table;
use crate::case::model::Exit;
use crate::commands::support::{self, prompt};
use crate::commands::{Ctx, resolve_who};
use crate::error::hinted;
use crate::reference::Lang;
use crate::t;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

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
        if !ctx.interactive {
            let missing = support::missing(&[
                ("--date", a.date.is_none()),
                ("--reason", a.reason.is_none()),
            ]);
            return Err(support::missing_flags(&missing, t!("hint-exit-reasons")));
        }
        // Offer the reasons of this kind of structure only (EITI has its own).
        let offered = crate::reference::Codes {
            entries: reasons
                .entries
                .iter()
                .filter(|e| {
                    e.kinds
                        .as_ref()
                        .is_none_or(|k| k.contains(&store.structure.kind))
                })
                .cloned()
                .collect(),
        };
        ask_missing(&mut a, ctx.lang, &offered)?;
    }
    let (Some(date), Some(reason)) = (a.date, a.reason.clone()) else {
        bail!(crate::t!("cmd-exit-needs-date-reason"));
    };
    let Some(entry) = reasons.get(&reason) else {
        return Err(hinted(
            crate::t!("cmd-exit-unknown-reason", reason = reason.as_str()),
            crate::t!("cmd-exit-unknown-reason-hint"),
        ));
    };
    if a.barriers.is_none() && ctx.interactive {
        let (_, case) = store.read(&id)?;
        let open: Vec<String> = case
            .barriers
            .iter()
            .filter(|b| b.is_open())
            .map(|b| format!("n° {} {} ({})", b.number, b.category, b.detail))
            .collect();
        if !open.is_empty() {
            eprintln!("{}", t!("exit-open-barriers", list = open.join(", ")));
            a.barriers = prompt::ask(&t!("exit-barriers-question"), false, |s| match s.trim() {
                "r" | "resolved" | "levés" | "leves" => Ok(OpenBarriers::Resolved),
                "a" | "abandoned" | "abandonnés" | "abandonnes" => Ok(OpenBarriers::Abandoned),
                "k" | "keep" | "o" | "ouverts" => Ok(OpenBarriers::Keep),
                other => Err(t!("exit-barriers-answer", answer = other)),
            })?;
        }
    }
    let exit = Exit {
        date,
        reason: reason.clone(),
        employer: a.employer,
        job: a.job,
        contract_months: a.contract_months,
        acquired: a.acquired,
        options: a.options,
        next_steps: a.next_steps,
        partners: a.partners,
    };
    let (ended, _) = store.update(&id, |doc, case| {
        if let Some(previous) = &case.exit {
            return Err(hinted(
                crate::t!(
                    "cmd-exit-already",
                    name = case.full_name(),
                    date = previous.date.to_string(),
                    reason = previous.reason.as_str()
                ),
                crate::t!("cmd-exit-already-hint", id = id.as_str()),
            ));
        }
        if date < case.recruitment.hired_on {
            bail!(crate::t!(
                "cmd-exit-before-hiring",
                date = date.to_string(),
                hired = case.recruitment.hired_on.to_string()
            ));
        }
        // Open contracts end on the exit date; those that had not started are dropped.
        let mut ended = 0;
        let mut dropped = Vec::new();
        if let Some(contracts) = doc
            .get_mut("contracts")
            .and_then(Item::as_array_of_tables_mut)
        {
            for (table, contract) in contracts.iter_mut().zip(&case.contracts) {
                if contract.start <= date && contract.end.is_none_or(|end| end > date) {
                    end_contract(table, contract, date);
                    ended += 1;
                }
            }
            for (i, contract) in case.contracts.iter().enumerate().rev() {
                if contract.start > date {
                    contracts.remove(i);
                    dropped.push(format!("{} {}", contract.kind, contract.start));
                }
            }
            if contracts.is_empty() {
                doc.remove("contracts");
            }
        }
        dropped.reverse();
        // The barriers still open: closed on the exit date, or kept open.
        let mut closed = 0;
        if let Some(outcome) = a.barriers.filter(|b| *b != OpenBarriers::Keep)
            && let Some(barriers) = doc
                .get_mut("barriers")
                .and_then(Item::as_array_of_tables_mut)
        {
            let status = if outcome == OpenBarriers::Resolved {
                "resolved"
            } else {
                "abandoned"
            };
            for (table, barrier) in barriers.iter_mut().zip(&case.barriers) {
                if barrier.is_open() {
                    crate::case::document::replace_value(&mut table["status"], status.into());
                    table.insert(
                        "resolved_on",
                        Item::Value(crate::case::document::date_value(date)),
                    );
                    closed += 1;
                }
            }
        }
        let still_open = case.barriers.iter().filter(|b| b.is_open()).count() - closed;
        doc["exit"] = Item::Table(exit_table(&exit));
        let has_bilan = case.interviews.iter().any(|i| i.kind == "bilan_final");
        Ok((ended, has_bilan, dropped, closed, still_open))
    })?;
    let (ended, has_bilan, dropped, closed, still_open) = ended;
    let category = entry.category.as_deref().unwrap_or("");
    eprintln!(
        "{}",
        crate::t!(
            "cmd-exit-recorded",
            id = id.as_str(),
            date = date.to_string(),
            reason = entry.label(ctx.lang),
            category = store.reference.exit_categories.label(category, ctx.lang)
        )
    );
    if ended > 0 {
        eprintln!(
            "{}",
            crate::t!(
                "cmd-contracts-end-at-exit",
                count = ended,
                date = date.to_string()
            )
        );
    }
    if !dropped.is_empty() {
        eprintln!(
            "{}",
            t!(
                "exit-contracts-dropped",
                count = dropped.len(),
                list = dropped.join(", "),
                date = date.to_string()
            )
        );
    }
    if closed > 0 {
        let outcome = if a.barriers == Some(OpenBarriers::Resolved) {
            "resolved"
        } else {
            "abandoned"
        };
        eprintln!(
            "{}",
            t!(
                "exit-barriers-closed",
                count = closed,
                outcome = outcome,
                date = date.to_string()
            )
        );
    }
    if still_open > 0 {
        eprintln!(
            "{}",
            t!(
                "exit-barriers-kept",
                count = still_open,
                id = id.to_string()
            )
        );
    }
    if let Some(contradiction) = crate::rules::exits::reason_contradiction(&exit) {
        eprintln!("{}: W009 {contradiction}", crate::t!("warning-prefix"));
        eprintln!(
            "{}: {}",
            crate::t!("hint-prefix"),
            crate::t!("exit-contradiction-hint")
        );
    }
    if let Some(kinds) = &entry.kinds
        && !kinds.contains(&store.structure.kind)
    {
        eprintln!(
            "{}: {}",
            crate::t!("warning-prefix"),
            crate::t!(
                "exit-reason-kind",
                reason = reason.as_str(),
                kinds = kinds.join(", "),
                kind = store.structure.kind.as_str()
            )
        );
    }
    if !has_bilan {
        eprintln!(
            "{}: {}",
            crate::t!("warning-prefix"),
            crate::t!("cmd-exit-no-bilan", id = id.as_str())
        );
    }
    if !entry.certain.unwrap_or(true) {
        let message = match &entry.note {
            Some(note) => crate::t!(
                "cmd-exit-category-unsure-note",
                reason = reason.as_str(),
                note = note.as_str()
            ),
            None => crate::t!("cmd-exit-category-unsure", reason = reason.as_str()),
        };
        eprintln!("{message}");
    }
    crate::commands::support::future::warn(ctx.today, crate::rules::future::Dated::Exit, date);
    Ok(())
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
