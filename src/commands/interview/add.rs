//! `iae interview add`.

use crate::case::date::parse_cli;
use crate::case::document::{insert_in_date_order, interview_table};
use crate::case::model::Interview;
use crate::case::vocab::Attendance;
use crate::case::vocab::Medium;
use crate::commands::{Ctx, known_code, resolve_who};
use crate::store::{LOCAL, Store};
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct InterviewAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// YYYY-MM-DD
    #[arg(long, value_parser = parse_cli)]
    pub date: NaiveDate,
    /// accueil, suivi, bilan_intermediaire, bilan_final, collectif or post_sortie
    #[arg(long)]
    pub kind: String,
    /// Who held the interview
    #[arg(long)]
    pub by: String,
    #[arg(long, value_enum)]
    pub medium: Option<Medium>,
    #[arg(long, value_enum, default_value_t = Attendance::Present)]
    pub attendance: Attendance,
    /// Duration in minutes
    #[arg(long, value_name = "MIN")]
    pub duration: Option<u32>,
    /// Topic (e.g. the workshop's theme)
    #[arg(long)]
    pub topic: Option<String>,
    /// Notes (use --notes-file for long ones)
    #[arg(long, conflicts_with = "notes_file")]
    pub notes: Option<String>,
    /// Read the notes from a file
    #[arg(long, value_name = "FILE")]
    pub notes_file: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, a: InterviewAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.interview_kinds,
        &a.kind,
        "--kind",
        "interview-kind",
    )?;
    if a.by.trim().is_empty() {
        bail!(crate::t!("cmd-interview-by-empty"));
    }
    let notes = match (a.notes, &a.notes_file) {
        (Some(n), _) => Some(n),
        (None, Some(file)) => Some(std::fs::read_to_string(file).with_context(|| {
            crate::t!(
                "cmd-notes-file-unreadable",
                file = file.display().to_string()
            )
        })?),
        (None, None) if ctx.interactive => compose_notes(&store)?,
        (None, None) => None,
    }
    .filter(|n| !n.trim().is_empty());
    let interview = Interview {
        date: a.date,
        kind: a.kind.clone(),
        by: a.by.trim().to_string(),
        medium: a.medium.map(|m| m.code().to_string()),
        attendance: (a.attendance != Attendance::Present).then(|| a.attendance.code().to_string()),
        duration_minutes: a.duration,
        topic: a.topic,
        notes,
    };
    store.update(&id, |doc, case| {
        if let Some(exit) = &case.exit
            && interview.date > exit.date
            && interview.kind != "post_sortie"
        {
            bail!(crate::t!(
                "cmd-interview-after-exit",
                id = id.as_str(),
                gender = case.person.sex.as_str(),
                date = crate::i18n::day(exit.date)
            ));
        }
        insert_in_date_order(
            doc.as_table_mut(),
            "interviews",
            "date",
            interview_table(&interview),
        )
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-interview-recorded",
            id = id.as_str(),
            date = crate::i18n::day(interview.date),
            kind = store
                .reference
                .interview_kinds
                .label(&interview.kind, ctx.lang)
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::Interview,
        interview.date,
    );
    Ok(())
}

/// On a terminal: the notes typed in $VISUAL / $EDITOR (an empty file means none), or
/// typed right there when no editor is set.
pub(super) fn compose_notes(store: &Store) -> Result<Option<String>> {
    let Ok(editor) = crate::commands::support::editor::editor() else {
        return crate::commands::support::prompt::paragraph(&crate::t!("notes-inline"));
    };
    let dir = store.root.join(LOCAL);
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("notes-{}.md", std::process::id()));
    std::fs::write(&path, "")?;
    let result = crate::commands::support::editor::open_editor(&editor, &path).and_then(|()| {
        std::fs::read_to_string(&path)
            .with_context(|| crate::t!("cmd-cannot-read", path = path.display().to_string()))
    });
    let _ = std::fs::remove_file(&path);
    result
        .map(Some)
        .context(crate::t!("cmd-notes-not-recorded"))
}
