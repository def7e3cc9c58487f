//! The human view of one case: a header (identity, PASS, eligibility, next interview,
//! project) and every dated event of the parcours, each with its kind, grouped by phase.
//! `iae show` renders it; the words follow the chosen language.

use crate::case::CaseFile;
use crate::case::date::age_on;
use crate::case::model::Barrier;
use crate::case::vocab::BarrierStatus;
use crate::reference::{Lang, Reference};
use crate::rules::parcours::{interview_due, months_in_parcours, phase_label, phase_on};
use crate::rules::pass::{current_end, grouped_number};
use chrono::NaiveDate;

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
struct Words<'a> {
    r: &'a Reference,
    lang: Lang,
}

impl Words<'_> {
    fn t(&self, fr: &'static str, en: &'static str) -> &'static str {
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

fn event(date: NaiveDate, kind: EventKind, line: String) -> Event {
    Event {
        date,
        kind,
        lines: vec![line],
    }
}

fn indent_notes(notes: &str) -> Vec<String> {
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
    let left = (end - today).num_days();
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
        if left >= 0 && case.exit.is_none() {
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

fn recruitment_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    let rec = &case.recruitment;
    let mut events = Vec::new();
    if let Some(applied) = rec.applied_on {
        let via = rec
            .prescriber
            .as_ref()
            .map(|p| format!(" via {}", w.r.prescribers.label(p, w.lang)))
            .unwrap_or_default();
        let line = format!("{}{via}", w.t("Candidature", "Application"));
        events.push(event(applied, EventKind::Application, line));
    }
    if let Some(e) = &case.eligibility {
        let line = w
            .t("Diagnostic d'éligibilité", "Eligibility diagnosis")
            .into();
        events.push(event(e.date, EventKind::Diagnosis, line));
    }
    let line = w.t("Embauche", "Hiring").into();
    events.push(event(rec.hired_on, EventKind::Hiring, line));
    events
}

fn contract_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.contracts
        .iter()
        .map(|k| {
            let until = k
                .end
                .map(|e| format!(" {} {e}", w.t("jusqu'au", "until")))
                .unwrap_or_default();
            let mut line = format!(
                "{} {}{until}, {} {}",
                w.t("Contrat", "Contract"),
                w.r.contract_kinds.label(&k.kind, w.lang),
                k.weekly_hours,
                w.t("h/semaine", "h/week")
            );
            if let Some(pos) = &k.position {
                line.push_str(&format!(" — {pos}"));
            }
            event(k.start, EventKind::Contract, line)
        })
        .collect()
}

fn suspension_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    let Some(pass) = &case.pass else {
        return Vec::new();
    };
    pass.suspensions
        .iter()
        .map(|s| {
            let line = format!(
                "{} {} ({})",
                w.t("PASS suspendu jusqu'au", "PASS suspended until"),
                s.to,
                w.r.suspension_reasons.label(&s.reason, w.lang)
            );
            event(s.from, EventKind::Suspension, line)
        })
        .collect()
}

fn interview_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.interviews
        .iter()
        .map(|i| {
            let mut lines = vec![format!(
                "{} {} {}{}{}",
                w.r.interview_kinds.label(&i.kind, w.lang),
                w.t("avec", "with"),
                i.by,
                i.topic
                    .as_ref()
                    .map(|topic| format!(" — {topic}"))
                    .unwrap_or_default(),
                if i.attended() {
                    String::new()
                } else {
                    format!(" ({})", i.attendance.as_deref().unwrap_or(""))
                }
            )];
            if let Some(n) = &i.notes {
                lines.extend(indent_notes(n));
            }
            Event {
                date: i.date,
                kind: EventKind::Interview,
                lines,
            }
        })
        .collect()
}

fn barrier_events(b: &Barrier, w: &Words) -> Vec<Event> {
    let number = format!("{} {}", w.t("Frein n°", "Barrier no."), b.number);
    let label = w.r.barrier_categories.label(&b.category, w.lang);
    let noted = format!(
        "{number} {} : {label} — {}",
        w.t("repéré", "noted"),
        b.detail
    );
    let mut events = vec![event(b.noted_on, EventKind::BarrierNoted, noted)];
    for a in &b.actions {
        let partner = a
            .partner
            .as_ref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        let line = format!("{number} : {}{partner}", a.text);
        events.push(event(a.date, EventKind::BarrierAction, line));
    }
    if let Some(end) = b.resolved_on {
        let how = if b.status == BarrierStatus::Abandoned.code() {
            w.t("abandonné", "abandoned")
        } else {
            w.t("levé", "lifted")
        };
        let how = match &b.resolution_note {
            Some(note) => format!("{how} — {note}"),
            None => how.to_string(),
        };
        events.push(event(
            end,
            EventKind::BarrierEnded,
            format!("{number} {how}"),
        ));
    }
    events
}

fn project_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    let Some(p) = &case.project else {
        return Vec::new();
    };
    let project = w.t("Projet", "Project");
    let mut events: Vec<Event> = p
        .previous
        .iter()
        .map(|prev| {
            let line = format!(
                "{project} : {} ({} {})",
                prev.target,
                w.t("remplacé le", "replaced on"),
                prev.replaced_on
            );
            event(prev.set_on, EventKind::Project, line)
        })
        .collect();
    let line = format!("{project} : {}", p.target);
    events.push(event(p.set_on, EventKind::Project, line));
    events
}

fn skill_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.skills
        .iter()
        .map(|sk| {
            let line = format!(
                "{} ({}) : {} — {} {}/4{}",
                w.t("Compétence", "Skill"),
                w.r.skill_kinds.label(&sk.kind, w.lang),
                sk.name,
                w.t("niveau", "level"),
                sk.level,
                sk.by
                    .as_ref()
                    .map(|b| format!(", {} {b}", w.t("évaluée par", "assessed by")))
                    .unwrap_or_default()
            );
            event(sk.assessed_on, EventKind::Skill, line)
        })
        .collect()
}

fn training_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.trainings
        .iter()
        .map(|tr| {
            let mut line = format!(
                "{} : {} ({})",
                w.t("Formation", "Training"),
                tr.title,
                tr.organism
            );
            if tr.qualifying {
                line.push_str(w.t(", qualifiante", ", qualifying"));
            }
            if let Some(end) = tr.end {
                line.push_str(&format!(", {} {end}", w.t("jusqu'au", "until")));
            }
            if let Some(c) = &tr.certification {
                line.push_str(&format!(" — certification : {c}"));
            }
            event(tr.start, EventKind::Training, line)
        })
        .collect()
}

fn immersion_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.immersions
        .iter()
        .map(|m| {
            let line = format!(
                "{} {} : {}, {} {}",
                w.t("Immersion (PMSMP) chez", "Immersion (PMSMP) at"),
                m.employer,
                m.job,
                w.t("jusqu'au", "until"),
                m.end
            );
            event(m.start, EventKind::Immersion, line)
        })
        .collect()
}

fn followup_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.followups
        .iter()
        .map(|f| {
            let mut lines = vec![format!(
                "{} : {}",
                w.t("Suivi après la sortie", "After-exit follow-up"),
                w.r.exit_reasons.label(&f.situation, w.lang)
            )];
            if let Some(n) = &f.notes {
                lines.extend(indent_notes(n));
            }
            Event {
                date: f.date,
                kind: EventKind::Followup,
                lines,
            }
        })
        .collect()
}

fn exit_event(case: &CaseFile, w: &Words) -> Option<Event> {
    let x = case.exit.as_ref()?;
    let reason = w.r.exit_reasons.get(&x.reason);
    let category = reason
        .and_then(|e| e.category.as_deref())
        .map(|c| format!(" — {}", w.r.exit_categories.label(c, w.lang)))
        .unwrap_or_default();
    let mut lines = vec![format!(
        "{} : {}{category}",
        w.t("Sortie", "Exit"),
        w.r.exit_reasons.label(&x.reason, w.lang)
    )];
    for (label, value) in [
        (w.t("Employeur", "Employer"), &x.employer),
        (w.t("Poste", "Job"), &x.job),
        (w.t("Acquis", "Acquired"), &x.acquired),
        (w.t("Pistes", "Options"), &x.options),
        (w.t("Suites", "Next steps"), &x.next_steps),
        (w.t("Partenaires", "Partners"), &x.partners),
    ] {
        if let Some(v) = value {
            lines.push(format!("      {label} : {v}"));
        }
    }
    Some(Event {
        date: x.date,
        kind: EventKind::Exit,
        lines,
    })
}
