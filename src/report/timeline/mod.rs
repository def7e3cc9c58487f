//! The human view of one case: a header (identity, PASS, eligibility, next interview,
//! project) and every dated event of the parcours, each with its kind, grouped by phase.
//! `iae show` renders it; the words follow the chosen language.

use crate::case::CaseFile;
use crate::case::date::age_on;
use crate::reference::{Lang, Reference};
use crate::rules::parcours::{interview_due, months_in_parcours, phase_label, phase_on};
use crate::rules::pass::{current_end, grouped_number};
use chrono::NaiveDate;
use events::{
    barrier_events, contract_events, exit_event, followup_events, immersion_events,
    interview_events, project_events, recruitment_events, skill_events, suspension_events,
    training_events,
};
use fluent_bundle::FluentValue;

mod events;

/// What an event is. On the same day, events show in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventKind {
    Application,
    Diagnosis,
    Hiring,
    Contract,
    Suspension,
    Interview,
    Project,
    Skill,
    Training,
    Immersion,
    BarrierNoted,
    BarrierAction,
    BarrierEnded,
    Exit,
    Followup,
}

impl EventKind {
    /// Events of the recruitment itself, shown in phase 1 when dated before the hiring.
    fn is_recruitment(self) -> bool {
        self <= EventKind::Suspension
    }

    /// Events of the exit and after it, always in phase 4.
    fn is_exit(self) -> bool {
        self >= EventKind::Exit
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub date: NaiveDate,
    pub kind: EventKind,
    /// The first line says what happened; the others (notes, bilan) are details.
    pub lines: Vec<String>,
}

/// The events of one phase of the parcours.
#[derive(Debug, Clone)]
pub struct Section {
    pub phase: u8,
    pub title: String,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone)]
pub struct Timeline {
    /// The language its words are in, and its days.
    pub lang: Lang,
    pub header: Vec<String>,
    pub sections: Vec<Section>,
}

/// The words of the timeline in one language.
pub(super) struct Words<'a> {
    pub(super) r: &'a Reference,
    pub(super) lang: Lang,
}

impl Words<'_> {
    /// The message `id` of `timeline.ftl` in this language.
    pub(super) fn m(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        crate::i18n::message_in(self.lang, id, args)
    }

    /// A day as people read it in this language.
    pub(super) fn day(&self, d: NaiveDate) -> FluentValue<'static> {
        FluentValue::from(crate::i18n::format::people_date(d, self.lang))
    }

    /// A number as people read it in this language (`26,5` in French).
    pub(super) fn number(&self, value: f64) -> FluentValue<'static> {
        FluentValue::from(crate::i18n::format::people_number(
            &value.to_string(),
            self.lang,
        ))
    }
}

/// A Fluent argument from anything displayed as text (dates, codes, labels).
pub(super) fn s(value: impl std::fmt::Display) -> FluentValue<'static> {
    FluentValue::from(value.to_string())
}

/// A Fluent argument from a number, so that plurals follow it.
pub(super) fn n(value: i64) -> FluentValue<'static> {
    FluentValue::from(value)
}

pub fn timeline(
    case: &CaseFile,
    r: &Reference,
    lang: Lang,
    today: NaiveDate,
    every_days: u32,
) -> Timeline {
    let w = Words { r, lang };
    let mut header = vec![status_line(case, &w, today), person_line(case, &w, today)];
    header.extend(pass_line(case, &w, today));
    header.extend(eligibility_line(case, &w));
    header.push(w.m(
        "timeline-months",
        &[("months", s(months_in_parcours(case, today)))],
    ));
    header.extend(next_interview_line(case, &w, today, every_days));
    header.extend(project_line(case, &w));

    let mut events = recruitment_events(case, &w);
    events.extend(contract_events(case, &w));
    events.extend(suspension_events(case, &w));
    events.extend(interview_events(case, &w));
    for b in &case.barriers {
        events.extend(barrier_events(b, &w));
    }
    events.extend(project_events(case, &w));
    events.extend(skill_events(case, &w));
    events.extend(training_events(case, &w));
    events.extend(immersion_events(case, &w));
    events.extend(followup_events(case, &w));
    events.extend(exit_event(case, &w));
    events.sort_by_key(|e| (e.date, e.kind));
    Timeline {
        lang,
        header,
        sections: by_phase(case, events, lang),
    }
}

fn by_phase(case: &CaseFile, events: Vec<Event>, lang: Lang) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for e in events {
        let phase = if e.kind.is_recruitment() && e.date <= case.recruitment.hired_on {
            1
        } else if e.kind.is_exit() {
            4
        } else {
            phase_on(case, e.date)
        };
        match sections.last_mut() {
            Some(s) if s.phase == phase => s.events.push(e),
            _ => sections.push(Section {
                phase,
                title: phase_label(phase, lang).to_string(),
                events: vec![e],
            }),
        }
    }
    sections
}

pub(super) fn event(date: NaiveDate, kind: EventKind, line: String) -> Event {
    Event {
        date,
        kind,
        lines: vec![line],
    }
}

pub(super) fn indent_notes(notes: &str) -> Vec<String> {
    notes
        .trim_end()
        .lines()
        .map(|l| format!("      {l}"))
        .collect()
}

fn status_line(case: &CaseFile, w: &Words, today: NaiveDate) -> String {
    let status = match &case.exit {
        Some(x) => w.m("timeline-left-on", &[("date", w.day(x.date))]),
        None => {
            let phase = phase_on(case, today);
            w.m(
                "timeline-in-parcours",
                &[
                    ("phase", n(phase.into())),
                    ("label", s(phase_label(phase, w.lang))),
                ],
            )
        }
    };
    format!("{} — {} — {status}", case.display_name(), case.id)
}

fn person_line(case: &CaseFile, w: &Words, today: NaiveDate) -> String {
    let p = &case.person;
    let born = w.m(
        "timeline-born",
        &[
            ("date", w.day(p.birth_date)),
            ("age", n(age_on(p.birth_date, today).into())),
            ("sex", s(w.r.sexes.label(&p.sex, w.lang))),
        ],
    );
    match &p.postcode {
        Some(c) => format!("{born}, {c}"),
        None => born,
    }
}

fn pass_line(case: &CaseFile, w: &Words, today: NaiveDate) -> Option<String> {
    let pass = case.pass.as_ref()?;
    let end = current_end(pass);
    let left = crate::rules::dates::days_left(end, today);
    let suspensions = if pass.suspensions.is_empty() {
        String::new()
    } else {
        let count = pass.suspensions.len() as i64;
        w.m("timeline-pass-suspensions", &[("count", n(count))])
    };
    let left = if left > 0 && case.exit.is_none() {
        w.m("timeline-pass-days-left", &[("count", n(left))])
    } else {
        String::new()
    };
    Some(w.m(
        "timeline-pass",
        &[
            ("number", s(grouped_number(&pass.number))),
            ("start", w.day(pass.start)),
            ("end", w.day(pass.end)),
            ("current", w.day(end)),
            ("suspensions", s(suspensions)),
            ("left", s(left)),
        ],
    ))
}

fn eligibility_line(case: &CaseFile, w: &Words) -> Option<String> {
    let e = case.eligibility.as_ref()?;
    let criteria: Vec<String> = e
        .criteria
        .iter()
        .map(|c| format!("{c} ({})", w.r.criteria.label(c, w.lang)))
        .collect();
    let criteria = if criteria.is_empty() {
        w.m("timeline-no-criterion", &[])
    } else {
        criteria.join(", ")
    };
    let id = if e.by == "prescriber" {
        "timeline-eligibility-prescriber"
    } else {
        "timeline-eligibility-siae"
    };
    Some(w.m(id, &[("date", w.day(e.date)), ("criteria", s(criteria))]))
}

fn next_interview_line(
    case: &CaseFile,
    w: &Words,
    today: NaiveDate,
    every_days: u32,
) -> Option<String> {
    if case.exit.is_some() {
        return None;
    }
    let due = interview_due(case, every_days);
    let id = if due < today {
        "timeline-interview-overdue"
    } else {
        "timeline-interview-next"
    };
    Some(w.m(id, &[("date", w.day(due))]))
}

fn project_line(case: &CaseFile, w: &Words) -> Option<String> {
    let p = case.project.as_ref()?;
    let rome = p
        .rome
        .as_ref()
        .map(|r| format!(" (ROME {r})"))
        .unwrap_or_default();
    Some(format!(
        "{}{rome}",
        w.m("timeline-project-line", &[("target", s(&p.target))])
    ))
}
