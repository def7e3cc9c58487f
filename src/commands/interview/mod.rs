//! `iae interview add|list`: the interviews of the parcours, with their notes.

pub mod add;
pub mod list;

use crate::case::date;
use crate::commands::Ctx;
use crate::commands::IdArg;
use crate::commands::interview::add::InterviewAddArgs;
use crate::commands::support::records::{self, AmendArgs, Kind, RemoveArgs};
use crate::output::{self, Row};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum InterviewCmd {
    /// Record an interview (with notes from --notes, --notes-file, or $EDITOR on a terminal)
    Add(InterviewAddArgs),
    /// The interviews of one salarié
    List(IdArg),
    /// Take one interview out of the file, chosen by its date
    Remove(RemoveArgs),
    /// Change fields of one interview, chosen by its date: --set FIELD=VALUE, --unset FIELD
    Amend(AmendArgs),
}

#[derive(Debug, Serialize)]
struct InterviewRow {
    #[serde(with = "date")]
    date: NaiveDate,
    kind: String,
    /// The kind in words, for people.
    #[serde(skip)]
    kind_words: String,
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
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-interview-date"),
            crate::t!("col-interview-kind"),
            crate::t!("col-interview-by"),
            crate::t!("col-interview-attendance"),
            crate::t!("col-interview-notes"),
        ]
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
            crate::i18n::day(self.date),
            self.kind_words.clone(),
            self.by.clone(),
            crate::case::vocab::Attendance::words_of(&self.attendance),
            output::ellipsis(first_line, 40),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: InterviewCmd) -> Result<()> {
    match cmd {
        InterviewCmd::Add(args) => add::run(ctx, args),
        InterviewCmd::List(args) => list::run(ctx, args),
        InterviewCmd::Remove(a) => records::remove(ctx, Kind::Interview, a),
        InterviewCmd::Amend(a) => records::amend(ctx, Kind::Interview, a),
    }
}
