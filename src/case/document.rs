//! Writing case files with `toml_edit`: a new file in the documented layout, and the
//! values the commands put into an existing document without touching the rest.

use super::model::*;
use chrono::{Datelike, NaiveDate};
mod edit;

pub use edit::*;

use toml_edit::{DocumentMut, Item, Table, Value, value};

/// A TOML date (`2025-03-03`, no quotes).
pub fn date_value(date: NaiveDate) -> Value {
    Value::from(toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: date.year() as u16,
            month: date.month() as u8,
            day: date.day() as u8,
        }),
        time: None,
        offset: None,
    })
}

/// Whole numbers stay integers (`26`, not `26.0`) so files read as people write them.
pub fn number_value(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// A table in the documented layout: `[name]` preceded by a blank line.
fn section() -> Table {
    let mut t = Table::new();
    t.decor_mut().set_prefix("\n");
    t
}

fn put_str(t: &mut Table, key: &str, v: &str) {
    t[key] = value(v);
}

fn put_opt_str(t: &mut Table, key: &str, v: Option<&String>) {
    if let Some(v) = v {
        t[key] = value(v.as_str());
    }
}

fn put_date(t: &mut Table, key: &str, d: NaiveDate) {
    t[key] = Item::Value(date_value(d));
}

fn put_opt_date(t: &mut Table, key: &str, d: Option<NaiveDate>) {
    if let Some(d) = d {
        put_date(t, key, d);
    }
}

pub fn contract_table(c: &Contract) -> Table {
    let mut t = section();
    put_str(&mut t, "kind", &c.kind);
    put_date(&mut t, "start", c.start);
    put_opt_date(&mut t, "end", c.end);
    t["weekly_hours"] = Item::Value(number_value(c.weekly_hours));
    put_opt_date(&mut t, "planned_end", c.planned_end);
    put_opt_str(&mut t, "position", c.position.as_ref());
    put_opt_str(&mut t, "derogation", c.derogation.as_ref());
    t
}

pub fn interview_table(i: &Interview) -> Table {
    let mut t = section();
    put_date(&mut t, "date", i.date);
    put_str(&mut t, "kind", &i.kind);
    put_str(&mut t, "by", &i.by);
    put_opt_str(&mut t, "medium", i.medium.as_ref());
    put_opt_str(&mut t, "attendance", i.attendance.as_ref());
    if let Some(d) = i.duration_minutes {
        t["duration_minutes"] = value(i64::from(d));
    }
    put_opt_str(&mut t, "topic", i.topic.as_ref());
    put_opt_str(&mut t, "notes", i.notes.as_ref());
    t
}

pub fn barrier_table(b: &Barrier) -> Table {
    let mut t = section();
    t["number"] = value(i64::from(b.number));
    put_str(&mut t, "category", &b.category);
    put_date(&mut t, "noted_on", b.noted_on);
    put_str(&mut t, "detail", &b.detail);
    put_str(&mut t, "status", &b.status);
    put_opt_date(&mut t, "resolved_on", b.resolved_on);
    put_opt_str(&mut t, "resolution_note", b.resolution_note.as_ref());
    if !b.actions.is_empty() {
        t["actions"] = Item::ArrayOfTables(b.actions.iter().map(action_table).collect());
    }
    t
}

pub fn eligibility_table(e: &Eligibility) -> Table {
    let mut t = section();
    put_date(&mut t, "date", e.date);
    put_str(&mut t, "by", &e.by);
    t["criteria"] = value(
        e.criteria
            .iter()
            .map(String::as_str)
            .collect::<toml_edit::Array>(),
    );
    if let Some(why) = &e.derogation {
        put_str(&mut t, "derogation", why);
    }
    if !e.proofs.is_empty() {
        t["proofs"] = Item::ArrayOfTables(e.proofs.iter().map(proof_table).collect());
    }
    t
}

pub fn proof_table(p: &Proof) -> Table {
    let mut t = section();
    put_str(&mut t, "criterion", &p.criterion);
    if !p.document.is_empty() {
        put_str(&mut t, "document", &p.document);
    }
    if let Some(d) = p.dated {
        put_date(&mut t, "dated", d);
    }
    if p.certified {
        t["certified"] = toml_edit::value(true);
    }
    if let Some(d) = p.certified_on {
        put_date(&mut t, "certified_on", d);
    }
    t
}

pub fn pass_table(pass: &Pass) -> Table {
    let mut t = section();
    put_str(&mut t, "number", &pass.number);
    put_date(&mut t, "start", pass.start);
    put_date(&mut t, "end", pass.end);
    if !pass.suspensions.is_empty() {
        t["suspensions"] =
            Item::ArrayOfTables(pass.suspensions.iter().map(suspension_table).collect());
    }
    if !pass.prolongations.is_empty() {
        t["prolongations"] =
            Item::ArrayOfTables(pass.prolongations.iter().map(prolongation_table).collect());
    }
    t
}

pub fn suspension_table(s: &Suspension) -> Table {
    let mut t = section();
    put_date(&mut t, "from", s.from);
    put_date(&mut t, "to", s.to);
    put_str(&mut t, "reason", &s.reason);
    put_opt_str(&mut t, "derogation", s.derogation.as_ref());
    t
}

pub fn prolongation_table(p: &Prolongation) -> Table {
    let mut t = section();
    put_str(&mut t, "reason", &p.reason);
    put_date(&mut t, "to", p.to);
    put_opt_str(&mut t, "decided_by", p.decided_by.as_ref());
    put_opt_str(&mut t, "derogation", p.derogation.as_ref());
    t
}

pub fn action_table(a: &BarrierAction) -> Table {
    let mut t = section();
    put_date(&mut t, "date", a.date);
    put_str(&mut t, "text", &a.text);
    put_opt_str(&mut t, "partner", a.partner.as_ref());
    put_opt_str(&mut t, "support", a.support.as_ref());
    t
}

pub fn project_table(p: &Project) -> Table {
    let mut t = section();
    put_str(&mut t, "target", &p.target);
    put_opt_str(&mut t, "rome", p.rome.as_ref());
    put_date(&mut t, "set_on", p.set_on);
    if !p.previous.is_empty() {
        t["previous"] =
            Item::ArrayOfTables(p.previous.iter().map(previous_project_table).collect());
    }
    t
}

pub fn previous_project_table(p: &PreviousProject) -> Table {
    let mut t = section();
    put_str(&mut t, "target", &p.target);
    put_opt_str(&mut t, "rome", p.rome.as_ref());
    put_date(&mut t, "set_on", p.set_on);
    put_date(&mut t, "replaced_on", p.replaced_on);
    t
}

pub fn skill_table(s: &Skill) -> Table {
    let mut t = section();
    put_str(&mut t, "kind", &s.kind);
    put_str(&mut t, "name", &s.name);
    t["level"] = value(i64::from(s.level));
    put_date(&mut t, "assessed_on", s.assessed_on);
    put_opt_str(&mut t, "by", s.by.as_ref());
    t
}

pub fn training_table(tr: &Training) -> Table {
    let mut t = section();
    put_str(&mut t, "title", &tr.title);
    put_str(&mut t, "organism", &tr.organism);
    put_date(&mut t, "start", tr.start);
    put_opt_date(&mut t, "end", tr.end);
    if tr.qualifying {
        t["qualifying"] = value(true);
    }
    put_opt_str(&mut t, "certification", tr.certification.as_ref());
    t
}

pub fn immersion_table(i: &Immersion) -> Table {
    let mut t = section();
    put_str(&mut t, "employer", &i.employer);
    put_str(&mut t, "job", &i.job);
    put_date(&mut t, "start", i.start);
    put_date(&mut t, "end", i.end);
    t
}

pub fn hours_table(h: &HoursLine) -> Table {
    let mut t = section();
    put_str(&mut t, "month", &h.month);
    t["hours"] = Item::Value(number_value(h.hours));
    put_opt_str(&mut t, "client_kind", h.client_kind.as_ref());
    t
}

pub fn followup_table(f: &Followup) -> Table {
    let mut t = section();
    put_date(&mut t, "date", f.date);
    put_str(&mut t, "situation", &f.situation);
    put_opt_str(&mut t, "notes", f.notes.as_ref());
    t
}

pub fn exit_table(x: &Exit) -> Table {
    let mut t = section();
    put_date(&mut t, "date", x.date);
    put_str(&mut t, "reason", &x.reason);
    put_opt_str(&mut t, "employer", x.employer.as_ref());
    put_opt_str(&mut t, "job", x.job.as_ref());
    if let Some(m) = x.contract_months {
        t["contract_months"] = value(i64::from(m));
    }
    put_opt_str(&mut t, "acquired", x.acquired.as_ref());
    put_opt_str(&mut t, "options", x.options.as_ref());
    put_opt_str(&mut t, "next_steps", x.next_steps.as_ref());
    put_opt_str(&mut t, "partners", x.partners.as_ref());
    t
}

/// The text of a new case file, in the layout of `docs/format.md`.
pub fn render_new(case: &CaseFile) -> String {
    let mut doc = DocumentMut::new();
    doc["schema"] = value(i64::from(case.schema));
    doc["id"] = value(case.id.as_str());

    let p = &case.person;
    let mut person = section();
    put_str(&mut person, "last_name", &p.last_name);
    put_str(&mut person, "first_name", &p.first_name);
    put_date(&mut person, "birth_date", p.birth_date);
    put_str(&mut person, "sex", &p.sex);
    put_opt_str(&mut person, "postcode", p.postcode.as_ref());
    put_opt_date(&mut person, "anonymised_on", p.anonymised_on);
    doc["person"] = Item::Table(person);

    let r = &case.recruitment;
    let mut recruitment = section();
    put_opt_date(&mut recruitment, "applied_on", r.applied_on);
    put_date(&mut recruitment, "hired_on", r.hired_on);
    put_opt_str(&mut recruitment, "prescriber", r.prescriber.as_ref());
    doc["recruitment"] = Item::Table(recruitment);

    if let Some(e) = &case.eligibility {
        doc["eligibility"] = Item::Table(eligibility_table(e));
    }
    if let Some(pass) = &case.pass {
        doc["pass"] = Item::Table(pass_table(pass));
    }

    if let Some(p) = &case.project {
        doc["project"] = Item::Table(project_table(p));
    }
    let arrays: [(&str, Vec<Table>); 7] = [
        (
            "contracts",
            case.contracts.iter().map(contract_table).collect(),
        ),
        ("skills", case.skills.iter().map(skill_table).collect()),
        (
            "trainings",
            case.trainings.iter().map(training_table).collect(),
        ),
        (
            "immersions",
            case.immersions.iter().map(immersion_table).collect(),
        ),
        ("hours", case.hours.iter().map(hours_table).collect()),
        (
            "interviews",
            case.interviews.iter().map(interview_table).collect(),
        ),
        (
            "barriers",
            case.barriers.iter().map(barrier_table).collect(),
        ),
    ];
    for (key, tables) in arrays {
        if !tables.is_empty() {
            doc[key] = Item::ArrayOfTables(tables.into_iter().collect());
        }
    }
    if let Some(x) = &case.exit {
        doc["exit"] = Item::Table(exit_table(x));
    }
    if !case.followups.is_empty() {
        doc["followups"] = Item::ArrayOfTables(case.followups.iter().map(followup_table).collect());
    }
    format!("# Dossier {}\n{}", case.id, doc)
}

#[cfg(test)]
mod tests;
