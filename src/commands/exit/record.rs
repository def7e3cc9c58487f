//! `iae exit record`.

use super::*;
use crate::case::date::parse_cli;
use crate::case::document::exit_table;
use crate::case::model::Exit;
use crate::commands::support::{self, prompt};
use crate::commands::{Ctx, parse_id};
use crate::error::hinted;
use crate::reference::Lang;
use crate::t;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::Item;

#[derive(Debug, Args)]
pub struct ExitArgs {
    /// The id of the case file
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
}

pub fn run(ctx: &Ctx, mut a: ExitArgs) -> Result<()> {
    let store = ctx.open()?;
    let Some(id_text) = a.id.clone() else {
        bail!("give the id: `iae exit ID --date D --reason CODE`");
    };
    let id = parse_id(&id_text)?;
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
        bail!("an exit needs a date and a reason");
    };
    let Some(entry) = reasons.get(&reason) else {
        return Err(hinted(
            format!("--reason {reason}: not a known exit reason; nothing was written"),
            "`iae exit reasons` lists them; a structure can add its own in iae.toml",
        ));
    };
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
                format!(
                    "{} already left on {} ({}); nothing was written",
                    case.full_name(),
                    previous.date,
                    previous.reason
                ),
                format!("if that exit is a mistake, `iae exit cancel {id}` first"),
            ));
        }
        if date < case.recruitment.hired_on {
            bail!(
                "--date {date} is before the hiring on {}: the exit date is the last day worked; nothing was written",
                case.recruitment.hired_on
            );
        }
        if let Some(later) = case.contracts.iter().find(|k| k.start > date) {
            bail!(
                "a contract starts on {}, after the exit on {date}: correct it with `iae edit {id}` first; nothing was written",
                later.start
            );
        }
        // Open contracts end on the exit date.
        let mut ended = 0;
        if let Some(contracts) = doc.get_mut("contracts").and_then(Item::as_array_of_tables_mut) {
            for (table, contract) in contracts.iter_mut().zip(&case.contracts) {
                if contract.end.is_none_or(|end| end > date) {
                    end_contract(table, contract, date);
                    ended += 1;
                }
            }
        }
        doc["exit"] = Item::Table(exit_table(&exit));
        let has_bilan = case.interviews.iter().any(|i| i.kind == "bilan_final");
        Ok((ended, has_bilan))
    })?;
    let (ended, has_bilan) = ended;
    let category = entry.category.as_deref().unwrap_or("");
    eprintln!(
        "Recorded the exit of {id} on {date}: {} ({}).",
        entry.label(ctx.lang),
        store.reference.exit_categories.label(category, ctx.lang)
    );
    if ended > 0 {
        eprintln!("{ended} contract(s) now end on {date}.");
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
            "warning: no bilan_final interview is recorded for {id}: the bilan final is expected before the exit"
        );
    }
    if !entry.certain.unwrap_or(true) {
        eprintln!(
            "note: the category of \"{reason}\" is not confirmed{}",
            entry
                .note
                .as_ref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}

pub(super) fn ask_missing(
    a: &mut ExitArgs,
    lang: Lang,
    reasons: &crate::reference::Codes,
) -> Result<()> {
    if a.date.is_none() {
        a.date = prompt::ask(
            "Date de sortie, dernier jour travaillé (YYYY-MM-DD)",
            false,
            crate::case::date::parse_cli,
        )?;
    }
    if a.reason.is_none() {
        for (i, e) in reasons.entries.iter().enumerate() {
            eprintln!("  {:>2}. {:<24} {}", i + 1, e.code, e.label(lang));
        }
        a.reason = prompt::ask("Motif de sortie (numéro ou code)", false, |s| {
            if let Ok(n) = s.parse::<usize>()
                && let Some(e) = n.checked_sub(1).and_then(|i| reasons.entries.get(i))
            {
                return Ok(e.code.clone());
            }
            if reasons.contains(s) {
                Ok(s.to_string())
            } else {
                Err(format!("{s}: not in the list"))
            }
        })?;
    }
    let text = |s: &str| Ok::<_, String>(s.to_string());
    for (field, question) in [
        (&mut a.employer, "Employeur"),
        (&mut a.job, "Poste ou formation"),
        (&mut a.acquired, "Bilan : acquis"),
        (&mut a.options, "Bilan : pistes envisagées"),
        (&mut a.next_steps, "Bilan : suites préparées"),
        (&mut a.partners, "Bilan : partenaires"),
    ] {
        if field.is_none() {
            *field = prompt::ask(question, true, text)?;
        }
    }
    Ok(())
}
