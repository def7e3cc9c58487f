//! The exit, what may and may not come after it, and the follow-ups.

use super::{Checker, parse_month};
use crate::case::finding::{Code, Finding, Seg};
use crate::case::model::{CaseFile, Exit};
use crate::{path, t};

pub(super) fn exit(c: &mut Checker, case: &CaseFile) {
    let Some(x) = &case.exit else { return };
    let codes = &c.reference.exit_reasons;
    c.code_in(
        codes,
        &x.reason,
        path!["exit", "reason"],
        "check-what-exit-reason",
    );
    if x.date < case.recruitment.hired_on {
        c.push(
            Finding::new(
                Code::Chronology,
                path!["exit", "date"],
                t!(
                    "check-exit-before-hiring",
                    date = crate::i18n::day(x.date),
                    hired = crate::i18n::day(case.recruitment.hired_on)
                ),
            )
            .hint(t!("check-exit-before-hiring-hint")),
        );
    }
}

/// Nothing happens in the parcours after the exit but post-exit interviews and
/// follow-ups (checked with them).
pub(super) fn after_exit(c: &mut Checker, case: &CaseFile) {
    let Some(exit) = &case.exit else { return };
    if exit.date < case.recruitment.hired_on {
        // The exit date itself is wrong (E004 on exit.date): no cascade of findings.
        return;
    }
    for (path, date, what) in events_of_parcours(case, exit) {
        if date > exit.date {
            c.push(
                Finding::new(
                    Code::Chronology,
                    path,
                    t!(
                        "check-after-exit",
                        what = what,
                        date = crate::i18n::day(date),
                        exit = crate::i18n::day(exit.date)
                    ),
                )
                .hint(t!("check-after-exit-hint")),
            );
        }
    }
}

/// The dated records of the parcours an exit must come after, each with its path and
/// what it is in words (a training that is the exit's reason starts after it).
fn events_of_parcours(case: &CaseFile, exit: &Exit) -> Vec<(Vec<Seg>, chrono::NaiveDate, String)> {
    let mut events: Vec<(Vec<Seg>, chrono::NaiveDate, String)> = Vec::new();
    for (i, k) in case.contracts.iter().enumerate() {
        events.push((
            path!["contracts", i, "start"],
            k.start,
            t!("check-event-contract"),
        ));
    }
    for (i, b) in case.barriers.iter().enumerate() {
        events.push((
            path!["barriers", i, "noted_on"],
            b.noted_on,
            t!("check-event-barrier-noted", number = b.number),
        ));
        for (j, a) in b.actions.iter().enumerate() {
            events.push((
                path!["barriers", i, "actions", j, "date"],
                a.date,
                t!("check-event-barrier-action", number = b.number),
            ));
        }
    }
    for (i, s) in case.skills.iter().enumerate() {
        events.push((
            path!["skills", i, "assessed_on"],
            s.assessed_on,
            t!("check-event-skill"),
        ));
    }
    for (i, t) in case.trainings.iter().enumerate() {
        // Leaving for a qualifying training: that training starts after the exit.
        if exit.reason == "formation_qualifiante" {
            continue;
        }
        events.push((
            path!["trainings", i, "start"],
            t.start,
            t!("check-event-training"),
        ));
    }
    for (i, m) in case.immersions.iter().enumerate() {
        events.push((
            path!["immersions", i, "start"],
            m.start,
            t!("check-event-immersion"),
        ));
    }
    for (i, h) in case.hours.iter().enumerate() {
        if let Some(first) = parse_month(&h.month) {
            events.push((
                path!["hours", i, "month"],
                first,
                t!(
                    "check-event-hours",
                    month = crate::i18n::format::people_month(&h.month, crate::i18n::lang())
                ),
            ));
        }
    }
    events
}

pub(super) fn followups(c: &mut Checker, case: &CaseFile) {
    for (i, f) in case.followups.iter().enumerate() {
        let codes = &c.reference.exit_reasons;
        c.code_in(
            codes,
            &f.situation,
            path!["followups", i, "situation"],
            "check-what-situation",
        );
        match &case.exit {
            None => c.push(
                Finding::new(
                    Code::Chronology,
                    path!["followups", i, "date"],
                    t!("check-followup-without-exit"),
                )
                .hint(t!("check-followup-without-exit-hint")),
            ),
            Some(x) if f.date <= x.date => c.push(Finding::new(
                Code::Chronology,
                path!["followups", i, "date"],
                t!(
                    "check-followup-not-after-exit",
                    date = crate::i18n::day(f.date),
                    exit = crate::i18n::day(x.date)
                ),
            )),
            Some(_) => {}
        }
    }
}
