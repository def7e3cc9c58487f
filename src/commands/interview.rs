//! `iae interview add|list`: the interviews of the parcours, with their notes.

use super::{Ctx, known_code, parse_id};
use crate::case::date;
use crate::case::document::{insert_table, interview_table};
use crate::case::model::Interview;
use crate::cli::{Attendance, IdArg, InterviewAddArgs, code_of};
use crate::output::{self, Format, Row};
use crate::rules::parcours::interview_due;
use crate::store::{LOCAL, Store};
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

pub fn add(ctx: &Ctx, a: InterviewAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.interview_kinds,
        &a.kind,
        "--kind",
        "interview kind",
    )?;
    if a.by.trim().is_empty() {
        bail!("--by is empty: say who held the interview");
    }
    let notes = match (a.notes, &a.notes_file) {
        (Some(n), _) => Some(n),
        (None, Some(file)) => Some(
            std::fs::read_to_string(file)
                .with_context(|| format!("cannot read the notes file {}", file.display()))?,
        ),
        (None, None) if ctx.interactive => compose_notes(&store)?,
        (None, None) => None,
    }
    .filter(|n| !n.trim().is_empty());
    let interview = Interview {
        date: a.date,
        kind: a.kind.clone(),
        by: a.by.trim().to_string(),
        medium: a.medium.map(|m| code_of(&m)),
        attendance: (a.attendance != Attendance::Present).then(|| code_of(&a.attendance)),
        duration_minutes: a.duration,
        topic: a.topic,
        notes,
    };
    store.update(&id, |doc, case| {
        if let Some(exit) = &case.exit
            && interview.date > exit.date
            && interview.kind != "post_sortie"
        {
            bail!(
                "{id} left on {}: an interview after the exit is a post_sortie interview (--kind post_sortie); nothing was written",
                exit.date
            );
        }
        let index = case.interviews.iter().filter(|i| i.date <= interview.date).count();
        insert_table(doc.as_table_mut(), "interviews", index, interview_table(&interview))
    })?;
    eprintln!(
        "Recorded the interview of {id} on {} ({}).",
        interview.date,
        store
            .reference
            .interview_kinds
            .label(&interview.kind, ctx.lang)
    );
    Ok(())
}

/// On a terminal: the notes typed in $VISUAL / $EDITOR (an empty file means none).
fn compose_notes(store: &Store) -> Result<Option<String>> {
    let editor = super::edit::editor()?;
    let dir = store.root.join(LOCAL);
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("notes-{}.md", std::process::id()));
    std::fs::write(&path, "")?;
    let result = super::edit::open_editor(&editor, &path).and_then(|()| {
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
    });
    let _ = std::fs::remove_file(&path);
    result
        .map(Some)
        .context("the notes were not recorded; nothing was written")
}

#[derive(Debug, Serialize)]
struct InterviewRow {
    #[serde(with = "date")]
    date: NaiveDate,
    kind: String,
    by: String,
    medium: Option<String>,
    attendance: String,
    duration_minutes: Option<u32>,
    topic: Option<String>,
    notes: Option<String>,
}

impl Row for InterviewRow {
    fn headers() -> Vec<&'static str> {
        vec!["date", "kind", "by", "attendance", "notes"]
    }
    fn keys() -> Vec<&'static str> {
        vec![
            "date",
            "kind",
            "by",
            "medium",
            "attendance",
            "duration_minutes",
            "topic",
            "notes",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let first_line = self
            .notes
            .as_deref()
            .and_then(|n| n.lines().find(|l| !l.trim().is_empty()))
            .or(self.topic.as_deref())
            .unwrap_or("");
        vec![
            self.date.to_string(),
            self.kind.clone(),
            self.by.clone(),
            self.attendance.clone(),
            output::ellipsis(first_line, 40),
        ]
    }
}

pub fn list(ctx: &Ctx, a: IdArg) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    let (_, case) = store.read(&id)?;
    let rows: Vec<InterviewRow> = case
        .interviews
        .iter()
        .map(|i| InterviewRow {
            date: i.date,
            kind: i.kind.clone(),
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
            eprintln!("Overdue: an interview was due by {due} (one every {every} days).");
        } else {
            eprintln!("Next interview due by {due} (one every {every} days).");
        }
    }
    Ok(())
}
