//! `iae interview list`.

use super::*;
use crate::commands::IdArg;
use crate::commands::{Ctx, resolve_who};
use crate::output::{self, Format};
use crate::rules::parcours::interview_due;
use anyhow::Result;

pub fn run(ctx: &Ctx, a: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let (_, case) = store.read(&id)?;
    let rows: Vec<InterviewRow> = case
        .interviews
        .iter()
        .map(|i| InterviewRow {
            date: i.date,
            kind: i.kind.clone(),
            kind_words: store.reference.interview_kinds.label(&i.kind, ctx.lang),
            by: i.by.clone(),
            medium: i.medium.clone(),
            attendance: i.attendance.clone().unwrap_or_else(|| "present".into()),
            duration_minutes: i.duration_minutes,
            topic: i.topic.clone(),
            notes: i.notes.clone(),
        })
        .collect();
    output::print_rows(&rows, ctx.format)?;
    if ctx.format == Format::Table && case.exit.is_none() {
        let every = store.structure.interview_every_days;
        let due = interview_due(&case, every);
        if due < ctx.today {
            eprintln!(
                "{}",
                crate::t!(
                    "cmd-interview-overdue",
                    due = crate::i18n::day(due),
                    every = every
                )
            );
        } else {
            eprintln!(
                "{}",
                crate::t!(
                    "cmd-interview-next",
                    due = crate::i18n::day(due),
                    every = every
                )
            );
        }
    }
    Ok(())
}
