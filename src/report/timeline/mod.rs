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
    pub header: Vec<String>,
    pub sections: Vec<Section>,
}

/// The words of the timeline in one language.
pub(super) struct Words<'a> {
    pub(super) r: &'a Reference,
    pub(super) lang: Lang,
}

impl Words<'_> {
    pub(super) fn t(&self, fr: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(fr, en)
    }
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
    header.push(format!(
        "{} : {}",
        w.t("Mois de parcours", "Months in parcours"),
        months_in_parcours(case, today)
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
        Some(x) => format!("{} {}", w.t("sorti·e le", "left on"), x.date),
        None => format!(
            "{} (phase {} — {})",
            w.t("en parcours", "in parcours"),
            phase_on(case, today),
            phase_label(phase_on(case, today), w.lang)
        ),
    };
    format!("{} — {} — {status}", case.display_name(), case.id)
}

fn person_line(case: &CaseFile, w: &Words, today: NaiveDate) -> String {
    let p = &case.person;
    format!(
        "{} {} ({} {}), {}{}",
        w.t("Né·e le", "Born on"),
        p.birth_date,
        age_on(p.birth_date, today),
        w.t("ans", "years old"),
        w.r.sexes.label(&p.sex, w.lang),
        p.postcode
            .as_ref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default()
    )
}

fn pass_line(case: &CaseFile, w: &Words, today: NaiveDate) -> Option<String> {
    let pass = case.pass.as_ref()?;
    let end = current_end(pass);
    let left = crate::rules::dates::days_left(end, today);
    Some(format!(
        "PASS IAE {} : {} {} {} {} ({} {end}{}{})",
        grouped_number(&pass.number),
        w.t("du", "from"),
        pass.start,
        w.t("au", "to"),
        pass.end,
        w.t("fin actuelle", "current end"),
        if pass.suspensions.is_empty() {
            String::new()
        } else {
            format!(", {} suspension(s)", pass.suspensions.len())
        },
        if left > 0 && case.exit.is_none() {
            format!(", {left} {}", w.t("jours restants", "days left"))
        } else {
            String::new()
        }
    ))
}

fn eligibility_line(case: &CaseFile, w: &Words) -> Option<String> {
    let e = case.eligibility.as_ref()?;
    let criteria: Vec<String> = e
        .criteria
        .iter()
        .map(|c| format!("{c} ({})", w.r.criteria.label(c, w.lang)))
        .collect();
    Some(format!(
        "{} {} {} {} — {}",
        w.t("Éligibilité : diagnostic du", "Eligibility: diagnosis of"),
        e.date,
        w.t("par", "by"),
        if e.by == "prescriber" {
            w.t("un prescripteur habilité", "an authorised prescriber")
        } else {
            w.t("la SIAE", "the SIAE")
        },
        if criteria.is_empty() {
            w.t("aucun critère", "no criterion").to_string()
        } else {
            criteria.join(", ")
        }
    ))
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
    Some(if due < today {
        format!(
            "{} {due}",
            w.t(
                "Entretien en retard : attendu au plus tard le",
                "Interview overdue: due by"
            )
        )
    } else {
        format!(
            "{} {due}",
            w.t("Prochain entretien : au plus tard le", "Next interview: by")
        )
    })
}

fn project_line(case: &CaseFile, w: &Words) -> Option<String> {
    let p = case.project.as_ref()?;
    Some(format!(
        "{} : {}{}",
        w.t("Projet professionnel", "Professional project"),
        p.target,
        p.rome
            .as_ref()
            .map(|r| format!(" (ROME {r})"))
            .unwrap_or_default()
    ))
}
