//! The parcours: contracts, interviews, barriers and their actions, project, skills,
//! trainings, immersions and monthly hours.

use super::{Checker, MAX_WEEKLY_HOURS, is_rome, parse_month};
use crate::case::finding::{Code, Finding};
use crate::case::model::{Barrier, CaseFile};
use crate::case::vocab::{Attendance, BarrierStatus, ClientKind, Medium, Support};
use crate::{path, t};

pub(super) fn contracts(c: &mut Checker, case: &CaseFile) {
    for (i, k) in case.contracts.iter().enumerate() {
        let codes = &c.reference.contract_kinds;
        c.code_in(
            codes,
            &k.kind,
            path!["contracts", i, "kind"],
            "check-what-contract-kind",
        );
        if let Some(end) = k.end
            && end < k.start
        {
            c.push(Finding::new(
                Code::Chronology,
                path!["contracts", i, "end"],
                t!(
                    "check-contract-ends-before-start",
                    end = crate::i18n::day(end),
                    start = crate::i18n::day(k.start)
                ),
            ));
        }
        if k.start < case.recruitment.hired_on {
            c.push(
                Finding::new(
                    Code::Chronology,
                    path!["contracts", i, "start"],
                    t!(
                        "check-contract-before-hiring",
                        start = crate::i18n::day(k.start),
                        hired = crate::i18n::day(case.recruitment.hired_on)
                    ),
                )
                .hint(t!("check-contract-before-hiring-hint")),
            );
        }
        if !(k.weekly_hours > 0.0 && k.weekly_hours <= MAX_WEEKLY_HOURS) {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["contracts", i, "weekly_hours"],
                    t!("check-weekly-hours-impossible", hours = k.weekly_hours),
                )
                .hint(t!("check-weekly-hours-impossible-hint")),
            );
        }
    }
}

pub(super) fn interviews(c: &mut Checker, case: &CaseFile) {
    let start = case.recruitment.applied_on;
    for (i, iv) in case.interviews.iter().enumerate() {
        let codes = &c.reference.interview_kinds;
        c.code_in(
            codes,
            &iv.kind,
            path!["interviews", i, "kind"],
            "check-what-interview-kind",
        );
        if let Some(m) = &iv.medium {
            c.one_of(
                Medium::CODES,
                m,
                path!["interviews", i, "medium"],
                "check-what-medium",
            );
        }
        if let Some(a) = &iv.attendance {
            c.one_of(
                Attendance::CODES,
                a,
                path!["interviews", i, "attendance"],
                "check-what-attendance",
            );
        }
        if let Some(applied) = start
            && iv.date < applied
        {
            c.push(Finding::new(
                Code::Chronology,
                path!["interviews", i, "date"],
                t!(
                    "check-interview-before-application",
                    date = crate::i18n::day(iv.date),
                    applied = crate::i18n::day(applied)
                ),
            ));
        }
        if let Some(exit) = &case.exit
            && iv.date > exit.date
            && iv.kind != "post_sortie"
        {
            c.push(
                Finding::new(
                    Code::Chronology,
                    path!["interviews", i, "date"],
                    t!(
                        "check-interview-after-exit",
                        kind = iv.kind.as_str(),
                        date = crate::i18n::day(iv.date),
                        exit = crate::i18n::day(exit.date)
                    ),
                )
                .hint(t!("check-interview-after-exit-hint")),
            );
        }
    }
}

pub(super) fn barriers(c: &mut Checker, case: &CaseFile) {
    let mut numbers = std::collections::BTreeSet::new();
    for (i, b) in case.barriers.iter().enumerate() {
        if !numbers.insert(b.number) {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["barriers", i, "number"],
                    t!("check-barrier-number-twice", number = b.number),
                )
                .hint(t!(
                    "barrier-renumber-hint",
                    id = case.id.as_str(),
                    free = case.barriers.iter().map(|b| b.number).max().unwrap_or(0) + 1
                )),
            );
        }
        let codes = &c.reference.barrier_categories;
        c.code_in(
            codes,
            &b.category,
            path!["barriers", i, "category"],
            "check-what-barrier-category",
        );
        c.one_of(
            BarrierStatus::CODES,
            &b.status,
            path!["barriers", i, "status"],
            "check-what-barrier-status",
        );
        barrier_dates(c, i, b);
        for (j, a) in b.actions.iter().enumerate() {
            if a.date < b.noted_on {
                c.push(Finding::new(
                    Code::Chronology,
                    path!["barriers", i, "actions", j, "date"],
                    t!(
                        "check-action-before-barrier",
                        date = crate::i18n::day(a.date),
                        noted = crate::i18n::day(b.noted_on)
                    ),
                ));
            }
            if let Some(s) = &a.support {
                c.one_of(
                    Support::CODES,
                    s,
                    path!["barriers", i, "actions", j, "support"],
                    "check-what-support",
                );
            }
        }
    }
}

/// A barrier's status against its end date, and its end against its noting.
fn barrier_dates(c: &mut Checker, i: usize, b: &Barrier) {
    match (b.is_open(), b.resolved_on) {
        (false, None) if BarrierStatus::CODES.contains(&b.status.as_str()) => c.push(
            Finding::new(
                Code::BadValue,
                path!["barriers", i, "status"],
                t!(
                    "check-barrier-ended-without-date",
                    number = b.number,
                    status = b.status.as_str()
                ),
            )
            .hint(t!("check-barrier-ended-without-date-hint")),
        ),
        (true, Some(_)) => c.push(
            Finding::new(
                Code::BadValue,
                path!["barriers", i, "resolved_on"],
                t!(
                    "check-barrier-open-with-date",
                    number = b.number,
                    status = b.status.as_str()
                ),
            )
            .hint(t!("check-barrier-open-with-date-hint")),
        ),
        _ => {}
    }
    if let Some(end) = b.resolved_on
        && end < b.noted_on
    {
        c.push(Finding::new(
            Code::Chronology,
            path!["barriers", i, "resolved_on"],
            t!(
                "check-barrier-ended-before-noted",
                end = crate::i18n::day(end),
                noted = crate::i18n::day(b.noted_on)
            ),
        ));
    }
}

pub(super) fn project_and_skills(c: &mut Checker, case: &CaseFile) {
    if let Some(p) = &case.project {
        if let Some(rome) = &p.rome
            && !is_rome(rome)
        {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["project", "rome"],
                    t!("check-rome-invalid", rome = rome.as_str()),
                )
                .hint(t!("check-rome-invalid-hint")),
            );
        }
        for (i, prev) in p.previous.iter().enumerate() {
            if prev.replaced_on < prev.set_on {
                c.push(Finding::new(
                    Code::Chronology,
                    path!["project", "previous", i, "replaced_on"],
                    t!(
                        "check-replaced-before-set",
                        replaced = crate::i18n::day(prev.replaced_on),
                        set = crate::i18n::day(prev.set_on)
                    ),
                ));
            }
        }
    }
    for (i, s) in case.skills.iter().enumerate() {
        let codes = &c.reference.skill_kinds;
        c.code_in(
            codes,
            &s.kind,
            path!["skills", i, "kind"],
            "check-what-skill-kind",
        );
        if !(1..=4).contains(&s.level) {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["skills", i, "level"],
                    t!("check-level-off-scale", level = s.level),
                )
                .hint(t!("check-level-off-scale-hint")),
            );
        }
    }
    for (i, t) in case.trainings.iter().enumerate() {
        if let Some(end) = t.end
            && end < t.start
        {
            c.push(Finding::new(
                Code::Chronology,
                path!["trainings", i, "end"],
                t!(
                    "check-training-ends-before-start",
                    end = crate::i18n::day(end),
                    start = crate::i18n::day(t.start)
                ),
            ));
        }
    }
    for (i, m) in case.immersions.iter().enumerate() {
        if m.end < m.start {
            c.push(Finding::new(
                Code::Chronology,
                path!["immersions", i, "end"],
                t!(
                    "check-immersion-ends-before-start",
                    end = crate::i18n::day(m.end),
                    start = crate::i18n::day(m.start)
                ),
            ));
        }
    }
}

pub(super) fn hours(c: &mut Checker, case: &CaseFile) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, h) in case.hours.iter().enumerate() {
        if parse_month(&h.month).is_none() {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["hours", i, "month"],
                    t!("check-month-invalid", month = h.month.as_str()),
                )
                .hint(t!("check-month-invalid-hint")),
            );
        }
        if !(h.hours >= 0.0 && h.hours <= 744.0) {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["hours", i, "hours"],
                    t!("check-month-hours-impossible", hours = h.hours),
                )
                .hint(t!("check-month-hours-impossible-hint")),
            );
        }
        if let Some(k) = &h.client_kind {
            c.one_of(
                ClientKind::CODES,
                k,
                path!["hours", i, "client_kind"],
                "check-what-client-kind",
            );
        }
        if !seen.insert((h.month.clone(), h.client_kind.clone())) {
            c.push(
                Finding::new(
                    Code::BadValue,
                    path!["hours", i, "month"],
                    t!("check-month-twice", month = h.month.as_str()),
                )
                .hint(t!("check-month-twice-hint")),
            );
        }
    }
}
