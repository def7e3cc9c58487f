//! The dated events of a case, one function per section of the file.

use super::{Event, EventKind, Words, event, indent_notes, n, s};
use crate::case::CaseFile;
use crate::case::model::Barrier;
use crate::case::vocab::BarrierStatus;

pub(super) fn recruitment_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    let rec = &case.recruitment;
    let mut events = Vec::new();
    if let Some(applied) = rec.applied_on {
        let line = match &rec.prescriber {
            Some(p) => w.m(
                "timeline-application-via",
                &[("prescriber", s(w.r.prescribers.label(p, w.lang)))],
            ),
            None => w.m("timeline-application", &[]),
        };
        events.push(event(applied, EventKind::Application, line));
    }
    if let Some(e) = &case.eligibility {
        let line = w.m("timeline-diagnosis", &[]);
        events.push(event(e.date, EventKind::Diagnosis, line));
    }
    let line = w.m("timeline-hiring", &[]);
    events.push(event(rec.hired_on, EventKind::Hiring, line));
    events
}

pub(super) fn contract_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.contracts
        .iter()
        .map(|k| {
            let kind = s(w.r.contract_kinds.label(&k.kind, w.lang));
            let hours = w.number(k.weekly_hours);
            let mut line = match k.end {
                Some(e) => w.m(
                    "timeline-contract-until",
                    &[("kind", kind), ("end", w.day(e)), ("hours", hours)],
                ),
                None => w.m("timeline-contract", &[("kind", kind), ("hours", hours)]),
            };
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
        .map(|sp| {
            let line = w.m(
                "timeline-suspension",
                &[
                    ("to", w.day(sp.to)),
                    (
                        "reason",
                        s(w.r.suspension_reasons.label(&sp.reason, w.lang)),
                    ),
                ],
            );
            event(sp.from, EventKind::Suspension, line)
        })
        .collect()
}

pub(super) fn interview_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.interviews
        .iter()
        .map(|i| {
            let mut lines = vec![format!(
                "{}{}{}",
                w.m(
                    "timeline-interview",
                    &[
                        ("kind", s(w.r.interview_kinds.label(&i.kind, w.lang))),
                        ("by", s(&i.by)),
                    ],
                ),
                i.topic
                    .as_ref()
                    .map(|topic| format!(" — {topic}"))
                    .unwrap_or_default(),
                if i.attended() {
                    String::new()
                } else {
                    let code = i.attendance.as_deref().unwrap_or("");
                    let words = crate::case::vocab::Attendance::from_code(code)
                        .map_or_else(|| code.to_string(), |a| w.m(&a.message_id(), &[]));
                    format!(" ({words})")
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
    let number = w.m("timeline-barrier-number", &[("number", n(b.number.into()))]);
    let label = w.r.barrier_categories.label(&b.category, w.lang);
    let noted = w.m(
        "timeline-barrier-noted",
        &[
            ("number", n(b.number.into())),
            ("label", s(label)),
            ("detail", s(&b.detail)),
        ],
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
        let id = if b.status == BarrierStatus::Abandoned.code() {
            "timeline-barrier-abandoned"
        } else {
            "timeline-barrier-lifted"
        };
        let how = w.m(id, &[("number", n(b.number.into()))]);
        let line = match &b.resolution_note {
            Some(note) => format!("{how} — {note}"),
            None => how,
        };
        events.push(event(end, EventKind::BarrierEnded, line));
    }
    events
}

pub(super) fn project_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    let Some(p) = &case.project else {
        return Vec::new();
    };
    let mut events: Vec<Event> = p
        .previous
        .iter()
        .map(|prev| {
            let line = w.m(
                "timeline-project-replaced",
                &[
                    ("target", s(&prev.target)),
                    ("date", w.day(prev.replaced_on)),
                ],
            );
            event(prev.set_on, EventKind::Project, line)
        })
        .collect();
    let line = w.m("timeline-project", &[("target", s(&p.target))]);
    events.push(event(p.set_on, EventKind::Project, line));
    events
}

pub(super) fn skill_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.skills
        .iter()
        .map(|sk| {
            let mut args = vec![
                ("kind", s(w.r.skill_kinds.label(&sk.kind, w.lang))),
                ("name", s(&sk.name)),
                ("level", s(sk.level)),
            ];
            let id = match &sk.by {
                Some(by) => {
                    args.push(("by", s(by)));
                    "timeline-skill-by"
                }
                None => "timeline-skill",
            };
            let line = w.m(id, &args);
            event(sk.assessed_on, EventKind::Skill, line)
        })
        .collect()
}

pub(super) fn training_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.trainings
        .iter()
        .map(|tr| {
            let mut line = w.m(
                "timeline-training",
                &[("title", s(&tr.title)), ("organism", s(&tr.organism))],
            );
            if tr.qualifying {
                line.push_str(&w.m("timeline-training-qualifying", &[]));
            }
            if let Some(end) = tr.end {
                line.push_str(&w.m("timeline-training-until", &[("end", w.day(end))]));
            }
            if let Some(c) = &tr.certification {
                line.push(' ');
                line.push_str(&w.m(
                    "timeline-training-certification",
                    &[("certification", s(c))],
                ));
            }
            event(tr.start, EventKind::Training, line)
        })
        .collect()
}

pub(super) fn immersion_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.immersions
        .iter()
        .map(|m| {
            let line = w.m(
                "timeline-immersion",
                &[
                    ("employer", s(&m.employer)),
                    ("job", s(&m.job)),
                    ("end", w.day(m.end)),
                ],
            );
            event(m.start, EventKind::Immersion, line)
        })
        .collect()
}

pub(super) fn followup_events(case: &CaseFile, w: &Words) -> Vec<Event> {
    case.followups
        .iter()
        .map(|f| {
            let mut lines = vec![w.m(
                "timeline-followup",
                &[("situation", s(w.r.exit_reasons.label(&f.situation, w.lang)))],
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
    let exit = w.m(
        "timeline-exit",
        &[("reason", s(w.r.exit_reasons.label(&x.reason, w.lang)))],
    );
    let mut lines = vec![format!("{exit}{category}")];
    for (id, value) in [
        ("timeline-exit-employer", &x.employer),
        ("timeline-exit-job", &x.job),
        ("timeline-exit-acquired", &x.acquired),
        ("timeline-exit-options", &x.options),
        ("timeline-exit-next-steps", &x.next_steps),
        ("timeline-exit-partners", &x.partners),
    ] {
        if let Some(v) = value {
            lines.push(format!("      {}", w.m(id, &[("value", s(v))])));
        }
    }
    Some(Event {
        date: x.date,
        kind: EventKind::Exit,
        lines,
    })
}
