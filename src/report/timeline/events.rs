//! The dated events of a case, one function per section of the file.

use super::{Event, EventKind, Words, event, indent_notes};
use crate::case::CaseFile;
use crate::case::model::Barrier;
use crate::case::vocab::BarrierStatus;

pub(super) fn recruitment_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn contract_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn suspension_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn interview_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn barrier_events(b: &Barrier, w: &Words) -> Vec<Event> {
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

pub(super) fn project_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn skill_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn training_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn immersion_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn followup_events(case: &CaseFile, w: &Words) -> Vec<Event> {
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

pub(super) fn exit_event(case: &CaseFile, w: &Words) -> Option<Event> {
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
