//! `iae show`: one salarié's whole parcours — a readable timeline for people, the file's
//! own data (plus `computed`) for scripts.
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id (7K3M9Q) or a name (accents and case do not matter)
    pub who: String,
}

use super::Ctx;
use crate::case::CaseFile;
use crate::output::{self, Format, Row};
use crate::reference::{Lang, Reference};
use crate::rules::dates::age_on;
use crate::rules::parcours::{interview_due, months_in_parcours, phase_label, phase_on};
use crate::rules::pass::{current_end, grouped_number};
use anyhow::Result;
use serde::Serialize;
use serde_json::{Value, json};

pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = super::resolve_who(&store, &args.who)?;
    let (_, case) = store.read(&id)?;
    match ctx.format {
        Format::Table => output::out(&timeline(
            &case,
            &store.reference,
            ctx.lang,
            ctx.today,
            store.structure.interview_every_days,
        )),
        Format::Json | Format::Yaml => {
            output::print_value(&with_computed(&case, ctx.today)?, ctx.format)
        }
        f => output::print_rows(&flatten(&with_computed(&case, ctx.today)?), f),
    }
}

/// The case as JSON with the derived values under `computed`.
fn with_computed(case: &CaseFile, today: NaiveDate) -> Result<Value> {
    let mut value = serde_json::to_value(case)?;
    value["computed"] = json!({
        "status": if case.is_exited() { "exited" } else { "active" },
        "age": age_on(case.person.birth_date, today),
        "age_at_hiring": age_on(case.person.birth_date, case.recruitment.hired_on),
        "phase": phase_on(case, today),
        "months_in_parcours": months_in_parcours(case, today),
        "pass_current_end": case.pass.as_ref().map(|p| current_end(p).to_string()),
        "last_interview": case.last_attended_interview().map(|d| d.to_string()),
    });
    Ok(value)
}

/// One `field,value` row per leaf, for CSV and Markdown.
#[derive(Debug, Serialize)]
struct FieldRow {
    field: String,
    value: String,
}

impl Row for FieldRow {
    fn headers() -> Vec<&'static str> {
        vec!["field", "value"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.field.clone(), self.value.clone()]
    }
}

fn flatten(value: &Value) -> Vec<FieldRow> {
    fn walk(prefix: String, value: &Value, rows: &mut Vec<FieldRow>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(key, v, rows);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(format!("{prefix}[{i}]"), v, rows);
                }
            }
            Value::Null => {}
            Value::String(s) => rows.push(FieldRow {
                field: prefix,
                value: s.clone(),
            }),
            other => rows.push(FieldRow {
                field: prefix,
                value: other.to_string(),
            }),
        }
    }
    let mut rows = Vec::new();
    walk(String::new(), value, &mut rows);
    rows
}

struct Event {
    date: NaiveDate,
    order: u8,
    lines: Vec<String>,
}

fn indent_notes(notes: &str) -> Vec<String> {
    notes
        .trim_end()
        .lines()
        .map(|l| format!("      {l}"))
        .collect()
}

/// The human view: identity, then every event in date order under its phase.
pub fn timeline(
    case: &CaseFile,
    r: &Reference,
    lang: Lang,
    today: NaiveDate,
    every_days: u32,
) -> String {
    let t = |fr: &'static str, en: &'static str| lang.pick(fr, en);
    let mut out = String::new();
    let status = match &case.exit {
        Some(x) => format!("{} {}", t("sorti·e le", "left on"), x.date),
        None => format!(
            "{} (phase {} — {})",
            t("en parcours", "in parcours"),
            phase_on(case, today),
            phase_label(phase_on(case, today), lang)
        ),
    };
    out.push_str(&format!(
        "{} — {} — {status}\n",
        case.display_name(),
        case.id
    ));
    let p = &case.person;
    out.push_str(&format!(
        "{} {} ({} {}), {}{}\n",
        t("Né·e le", "Born on"),
        p.birth_date,
        age_on(p.birth_date, today),
        t("ans", "years old"),
        r.sexes.label(&p.sex, lang),
        p.postcode
            .as_ref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default()
    ));
    if let Some(pass) = &case.pass {
        let end = current_end(pass);
        let left = (end - today).num_days();
        out.push_str(&format!(
            "PASS IAE {} : {} {} {} {} ({} {end}{}{})\n",
            grouped_number(&pass.number),
            t("du", "from"),
            pass.start,
            t("au", "to"),
            pass.end,
            t("fin actuelle", "current end"),
            if pass.suspensions.is_empty() {
                String::new()
            } else {
                format!(", {} suspension(s)", pass.suspensions.len())
            },
            if left >= 0 && case.exit.is_none() {
                format!(", {left} {}", t("jours restants", "days left"))
            } else {
                String::new()
            }
        ));
    }
    if let Some(e) = &case.eligibility {
        let criteria: Vec<String> = e
            .criteria
            .iter()
            .map(|c| format!("{c} ({})", r.criteria.label(c, lang)))
            .collect();
        out.push_str(&format!(
            "{} {} {} {} — {}\n",
            t("Éligibilité : diagnostic du", "Eligibility: diagnosis of"),
            e.date,
            t("par", "by"),
            if e.by == "prescriber" {
                t("un prescripteur habilité", "an authorised prescriber")
            } else {
                t("la SIAE", "the SIAE")
            },
            if criteria.is_empty() {
                t("aucun critère", "no criterion").to_string()
            } else {
                criteria.join(", ")
            }
        ));
    }
    out.push_str(&format!(
        "{} : {}\n",
        t("Mois de parcours", "Months in parcours"),
        months_in_parcours(case, today)
    ));
    if case.exit.is_none() {
        let due = interview_due(case, every_days);
        out.push_str(&if due < today {
            format!(
                "{} {due}\n",
                t(
                    "Entretien en retard : attendu au plus tard le",
                    "Interview overdue: due by"
                )
            )
        } else {
            format!(
                "{} {due}\n",
                t("Prochain entretien : au plus tard le", "Next interview: by")
            )
        });
    }
    if let Some(p) = &case.project {
        out.push_str(&format!(
            "{} : {}{}\n",
            t("Projet professionnel", "Professional project"),
            p.target,
            p.rome
                .as_ref()
                .map(|r| format!(" (ROME {r})"))
                .unwrap_or_default()
        ));
    }

    let mut events = Vec::new();
    let rec = &case.recruitment;
    if let Some(applied) = rec.applied_on {
        let via = rec
            .prescriber
            .as_ref()
            .map(|p| format!(" via {}", r.prescribers.label(p, lang)))
            .unwrap_or_default();
        events.push(Event {
            date: applied,
            order: 0,
            lines: vec![format!("{}{via}", t("Candidature", "Application"))],
        });
    }
    if let Some(e) = &case.eligibility {
        events.push(Event {
            date: e.date,
            order: 1,
            lines: vec![t("Diagnostic d'éligibilité", "Eligibility diagnosis").into()],
        });
    }
    events.push(Event {
        date: rec.hired_on,
        order: 2,
        lines: vec![t("Embauche", "Hiring").into()],
    });
    for k in &case.contracts {
        let until = k
            .end
            .map(|e| format!(" {} {e}", t("jusqu'au", "until")))
            .unwrap_or_default();
        let mut line = format!(
            "{} {}{until}, {} {}",
            t("Contrat", "Contract"),
            r.contract_kinds.label(&k.kind, lang),
            k.weekly_hours,
            t("h/semaine", "h/week")
        );
        if let Some(pos) = &k.position {
            line.push_str(&format!(" — {pos}"));
        }
        events.push(Event {
            date: k.start,
            order: 3,
            lines: vec![line],
        });
    }
    if let Some(pass) = &case.pass {
        for s in &pass.suspensions {
            events.push(Event {
                date: s.from,
                order: 4,
                lines: vec![format!(
                    "{} {} ({})",
                    t("PASS suspendu jusqu'au", "PASS suspended until"),
                    s.to,
                    r.suspension_reasons.label(&s.reason, lang)
                )],
            });
        }
    }
    for i in &case.interviews {
        let mut lines = vec![format!(
            "{} {} {}{}{}",
            r.interview_kinds.label(&i.kind, lang),
            t("avec", "with"),
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
        events.push(Event {
            date: i.date,
            order: 5,
            lines,
        });
    }
    for b in &case.barriers {
        let label = r.barrier_categories.label(&b.category, lang);
        events.push(Event {
            date: b.noted_on,
            order: 6,
            lines: vec![format!(
                "{} {} {} : {label} — {}",
                t("Frein n°", "Barrier no."),
                b.number,
                t("repéré", "noted"),
                b.detail
            )],
        });
        for a in &b.actions {
            let partner = a
                .partner
                .as_ref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            events.push(Event {
                date: a.date,
                order: 7,
                lines: vec![format!(
                    "{} {} : {}{partner}",
                    t("Frein n°", "Barrier no."),
                    b.number,
                    a.text
                )],
            });
        }
        if let Some(end) = b.resolved_on {
            let how = if b.status == "abandoned" {
                t("abandonné", "abandoned")
            } else {
                t("levé", "lifted")
            };
            let how = match &b.resolution_note {
                Some(note) => format!("{how} — {note}"),
                None => how.to_string(),
            };
            events.push(Event {
                date: end,
                order: 8,
                lines: vec![format!(
                    "{} {} {how}",
                    t("Frein n°", "Barrier no."),
                    b.number
                )],
            });
        }
    }
    if let Some(p) = &case.project {
        for prev in &p.previous {
            events.push(Event {
                date: prev.set_on,
                order: 5,
                lines: vec![format!(
                    "{} : {} ({} {})",
                    t("Projet", "Project"),
                    prev.target,
                    t("remplacé le", "replaced on"),
                    prev.replaced_on
                )],
            });
        }
        events.push(Event {
            date: p.set_on,
            order: 5,
            lines: vec![format!("{} : {}", t("Projet", "Project"), p.target)],
        });
    }
    for sk in &case.skills {
        events.push(Event {
            date: sk.assessed_on,
            order: 5,
            lines: vec![format!(
                "{} ({}) : {} — {} {}/4{}",
                t("Compétence", "Skill"),
                r.skill_kinds.label(&sk.kind, lang),
                sk.name,
                t("niveau", "level"),
                sk.level,
                sk.by
                    .as_ref()
                    .map(|b| format!(", {} {b}", t("évaluée par", "assessed by")))
                    .unwrap_or_default()
            )],
        });
    }
    for tr in &case.trainings {
        let mut line = format!(
            "{} : {} ({})",
            t("Formation", "Training"),
            tr.title,
            tr.organism
        );
        if tr.qualifying {
            line.push_str(t(", qualifiante", ", qualifying"));
        }
        if let Some(end) = tr.end {
            line.push_str(&format!(", {} {end}", t("jusqu'au", "until")));
        }
        if let Some(c) = &tr.certification {
            line.push_str(&format!(" — certification : {c}"));
        }
        events.push(Event {
            date: tr.start,
            order: 5,
            lines: vec![line],
        });
    }
    for m in &case.immersions {
        events.push(Event {
            date: m.start,
            order: 5,
            lines: vec![format!(
                "{} {} : {}, {} {}",
                t("Immersion (PMSMP) chez", "Immersion (PMSMP) at"),
                m.employer,
                m.job,
                t("jusqu'au", "until"),
                m.end
            )],
        });
    }
    for f in &case.followups {
        let mut lines = vec![format!(
            "{} : {}",
            t("Suivi après la sortie", "After-exit follow-up"),
            r.exit_reasons.label(&f.situation, lang)
        )];
        if let Some(n) = &f.notes {
            lines.extend(indent_notes(n));
        }
        events.push(Event {
            date: f.date,
            order: 10,
            lines,
        });
    }
    if let Some(x) = &case.exit {
        let reason = r.exit_reasons.get(&x.reason);
        let category = reason
            .and_then(|e| e.category.as_deref())
            .map(|c| format!(" — {}", r.exit_categories.label(c, lang)))
            .unwrap_or_default();
        let mut lines = vec![format!(
            "{} : {}{category}",
            t("Sortie", "Exit"),
            r.exit_reasons.label(&x.reason, lang)
        )];
        for (label, value) in [
            (t("Employeur", "Employer"), &x.employer),
            (t("Poste", "Job"), &x.job),
            (t("Acquis", "Acquired"), &x.acquired),
            (t("Pistes", "Options"), &x.options),
            (t("Suites", "Next steps"), &x.next_steps),
            (t("Partenaires", "Partners"), &x.partners),
        ] {
            if let Some(v) = value {
                lines.push(format!("      {label} : {v}"));
            }
        }
        events.push(Event {
            date: x.date,
            order: 9,
            lines,
        });
    }
    events.sort_by_key(|e| (e.date, e.order));

    let mut current_phase = 0;
    for e in &events {
        let phase = if e.order <= 4 && e.date <= case.recruitment.hired_on {
            1
        } else if e.order >= 9 {
            4
        } else {
            phase_on(case, e.date)
        };
        if phase != current_phase {
            current_phase = phase;
            out.push_str(&format!("\nPhase {phase} — {}\n", phase_label(phase, lang)));
        }
        let mut lines = e.lines.iter();
        if let Some(first) = lines.next() {
            out.push_str(&format!("  {}  {first}\n", e.date));
        }
        for l in lines {
            let line = format!("    {l}");
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}
