//! PASS IAE dates: default validity, the current end moved by suspensions and
//! prolongations, and the rules a new suspension or prolongation must follow.

use crate::case::model::{Pass, Prolongation, Suspension};
use crate::reference::Entry;
use crate::rules::dates::add_months;
use chrono::{Days, Months, NaiveDate};

/// Default validity in days (end = start + 730 days − 1, inclusive).
pub const DEFAULT_VALIDITY_DAYS: u64 = 730;
/// Suspensions last at most 36 months.
pub const MAX_SUSPENSION_MONTHS: u32 = 36;
/// A suspension is back-dated by at most 365 days.
pub const MAX_BACKDATE_DAYS: i64 = 365;
/// A prolongation is asked from 12 months before to 6 months after the end.
pub const ASK_BEFORE_MONTHS: u32 = 12;
pub const ASK_AFTER_MONTHS: u32 = 6;
/// Waiting period after a PASS ends, before a new parcours without a prescriber.
pub const WAITING_YEARS: u32 = 2;

/// Within the waiting period after a PASS that ended on `ended`: the platform's test is
/// `ended < day <= ended + 2 years`, so the day exactly 2 years after is still inside.
pub fn in_waiting_period(ended: NaiveDate, day: NaiveDate) -> bool {
    ended < day && day <= add_months(ended, WAITING_YEARS * 12)
}

/// The issued end of a PASS starting on `start`.
pub fn default_end(start: NaiveDate) -> NaiveDate {
    start + Days::new(DEFAULT_VALIDITY_DAYS - 1)
}

/// Days a suspension from D1 to D2 moves the end: D2 − D1, as the national platform
/// computes it (although the suspension covers D1 to D2 inclusive).
pub fn suspension_shift(s: &Suspension) -> i64 {
    (s.to - s.from).num_days().max(0)
}

/// One step of the PASS's end: what moved it and where to.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Issued(NaiveDate),
    Suspended {
        suspension: Suspension,
        end: NaiveDate,
    },
    Prolonged {
        prolongation: Prolongation,
        start: NaiveDate,
        end: NaiveDate,
    },
}

impl Step {
    pub fn end(&self) -> NaiveDate {
        match self {
            Step::Issued(end) => *end,
            Step::Suspended { end, .. } | Step::Prolonged { end, .. } => *end,
        }
    }
}

/// Every step from the issued end to the current one. A suspension that starts while the
/// PASS runs moves the end it has then; a prolongation sets a new end from the day after.
pub fn steps(pass: &Pass) -> Vec<Step> {
    let mut suspensions: Vec<&Suspension> = pass.suspensions.iter().collect();
    suspensions.sort_by_key(|s| s.from);
    let mut prolongations: Vec<&Prolongation> = pass.prolongations.iter().collect();
    prolongations.sort_by_key(|p| p.to);
    let mut steps = vec![Step::Issued(pass.end)];
    let mut end = pass.end;
    let mut next = suspensions.into_iter().peekable();
    for p in prolongations {
        while let Some(s) = next.next_if(|s| s.from <= end) {
            end += chrono::Duration::days(suspension_shift(s));
            steps.push(Step::Suspended {
                suspension: s.clone(),
                end,
            });
        }
        let start = end + Days::new(1);
        end = end.max(p.to);
        steps.push(Step::Prolonged {
            prolongation: p.clone(),
            start,
            end,
        });
    }
    for s in next {
        end += chrono::Duration::days(suspension_shift(s));
        steps.push(Step::Suspended {
            suspension: s.clone(),
            end,
        });
    }
    steps
}

/// The current end: the issued end moved by every suspension and prolongation.
pub fn current_end(pass: &Pass) -> NaiveDate {
    steps(pass).last().map_or(pass.end, Step::end)
}

/// Valid on `date` (start to current end, inclusive).
pub fn valid_on(pass: &Pass, date: NaiveDate) -> bool {
    pass.start <= date && date <= current_end(pass)
}

/// "999992512345" → "99999 25 12345", as the platform shows it.
pub fn grouped_number(number: &str) -> String {
    if number.len() == 12 && number.is_ascii() {
        format!("{} {} {}", &number[..5], &number[5..7], &number[7..])
    } else {
        number.to_string()
    }
}

/// A reason reserved to some kinds of structure, used by another.
fn kind_restriction(reason: &Entry, kind: &str) -> Option<String> {
    let kinds = reason.kinds.as_ref()?;
    (!kinds.iter().any(|k| k == kind)).then(|| {
        crate::t!(
            "pass-reason-kind",
            reason = reason.code.as_str(),
            kinds = kinds.join(", "),
            kind = kind
        )
    })
}

/// A reason that older PASS carry but the platform no longer offers: it loads and
/// displays, and is refused for a new record.
pub fn is_historical(reason: &Entry) -> bool {
    reason.historical == Some(true)
}

/// The suspension running on `day`, if any.
pub fn suspended_on(pass: &Pass, day: NaiveDate) -> Option<&Suspension> {
    pass.suspensions
        .iter()
        .find(|s| s.from <= day && day <= s.to)
}

/// A new hiring on `hired` during a suspension ends it the day before (the platform's
/// rule): the suspension's index and its new last day.
pub fn suspension_ended_by_hiring(pass: &Pass, hired: NaiveDate) -> Option<(usize, NaiveDate)> {
    pass.suspensions
        .iter()
        .position(|s| s.from < hired && hired <= s.to)
        .map(|i| (i, hired - Days::new(1)))
}

/// What is wrong with a new suspension recorded on `today`, as sentences (empty: it may
/// be recorded). The platform's checks: the PASS is in progress and not suspended today;
/// the suspension starts no earlier than the day after the last finished suspension, nor
/// before the hiring, nor more than 365 days ago, nor in the future; at most 36 months.
pub fn suspension_problems(
    pass: &Pass,
    new: &Suspension,
    reason: &Entry,
    kind: &str,
    today: NaiveDate,
) -> Vec<String> {
    let mut problems = pass_state_problems(pass, new, today);
    problems.extend(own_date_problems(pass, new, today));
    problems.extend(other_suspension_problems(pass, new, today));
    problems.extend(kind_restriction(reason, kind));
    problems
}

/// The PASS must be in progress, and not already suspended, on the day of the request.
fn pass_state_problems(pass: &Pass, new: &Suspension, today: NaiveDate) -> Vec<String> {
    let mut problems = Vec::new();
    let end = current_end(pass);
    if today < pass.start || today > end {
        problems.push(crate::t!(
            "pass-not-in-progress",
            today = crate::i18n::day(today),
            start = crate::i18n::day(pass.start),
            end = crate::i18n::day(end)
        ));
    }
    // Said once: a running suspension the new one overlaps is reported as the overlap.
    if let Some(running) = suspended_on(pass, today)
        && !(running.from <= new.to && new.from <= running.to)
    {
        problems.push(crate::t!(
            "pass-already-suspended",
            today = crate::i18n::day(today),
            from = crate::i18n::day(running.from),
            to = crate::i18n::day(running.to)
        ));
    }
    problems
}

/// The suspension's own dates: order, length, neither future nor too far back, and not
/// before the PASS.
fn own_date_problems(pass: &Pass, new: &Suspension, today: NaiveDate) -> Vec<String> {
    let mut problems = Vec::new();
    if new.to < new.from {
        problems.push(crate::t!(
            "suspension-ends-before-start",
            from = crate::i18n::day(new.from),
            to = crate::i18n::day(new.to)
        ));
    }
    if add_months(new.from, MAX_SUSPENSION_MONTHS) <= new.to {
        problems.push(crate::t!(
            "suspension-too-long",
            months = MAX_SUSPENSION_MONTHS,
            last = crate::i18n::day(add_months(new.from, MAX_SUSPENSION_MONTHS) - Days::new(1))
        ));
    }
    if new.from > today {
        problems.push(crate::t!(
            "suspension-in-future",
            from = crate::i18n::day(new.from)
        ));
    }
    if (today - new.from).num_days() > MAX_BACKDATE_DAYS {
        problems.push(crate::t!(
            "suspension-backdated",
            from = crate::i18n::day(new.from),
            days = MAX_BACKDATE_DAYS
        ));
    }
    if new.from < pass.start {
        problems.push(crate::t!(
            "suspension-before-hiring",
            from = crate::i18n::day(new.from),
            start = crate::i18n::day(pass.start)
        ));
    }
    problems
}

/// The suspension against the PASS's other ones: after the last finished, no overlap.
fn other_suspension_problems(pass: &Pass, new: &Suspension, today: NaiveDate) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(last) = pass
        .suspensions
        .iter()
        .filter(|s| s.to < today)
        .map(|s| s.to)
        .max()
        && new.from <= last
    {
        problems.push(crate::t!(
            "suspension-before-finished",
            from = crate::i18n::day(new.from),
            to = crate::i18n::day(last),
            earliest = crate::i18n::day(last + Days::new(1))
        ));
    }
    if let Some(other) = pass
        .suspensions
        .iter()
        .find(|s| s.from <= new.to && new.from <= s.to)
    {
        problems.push(crate::t!(
            "suspension-overlaps",
            from = crate::i18n::day(other.from),
            to = crate::i18n::day(other.to)
        ));
    }
    problems
}

/// Days a PASS has been prolonged, all reasons together: each prolongation counts from the
/// end it moved (the platform stores it as starting on that end) to its new end.
pub fn prolonged_days(pass: &Pass) -> i64 {
    let mut previous = pass.end;
    let mut days = 0;
    for step in steps(pass) {
        if let Step::Prolonged { end, .. } = step {
            days += (end - previous).num_days().max(0);
        }
        previous = step.end();
    }
    days
}

/// The latest end one decision for `reason` may set on a PASS ending on `end` after
/// `already` days of prolongation: the decision's limit and the cumulative cap, whichever
/// comes first. None when the reason has no limit at all.
pub fn latest_prolonged_end(reason: &Entry, end: NaiveDate, already: i64) -> Option<NaiveDate> {
    let by_decision = reason.max_days.map(|d| end + Days::new(u64::from(d)));
    let by_cap = reason
        .max_total_days
        .map(|cap| end + Days::new((i64::from(cap) - already).max(0) as u64));
    match (by_decision, by_cap) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Days left under `reason`'s cumulative cap after `already` days (None: no cap).
pub fn days_left_under_cap(reason: &Entry, already: i64) -> Option<i64> {
    reason
        .max_total_days
        .map(|cap| (i64::from(cap) - already).max(0))
}

/// What is wrong with a new prolongation to `to` for `reason`, asked on `asked_on` (empty:
/// it may be recorded). Every limit is in days from the current end, as the platform
/// measures it; the cumulative cap counts the days of all the PASS's prolongations.
pub fn prolongation_problems(
    pass: &Pass,
    to: NaiveDate,
    reason: &Entry,
    kind: &str,
    asked_on: NaiveDate,
    training_end: Option<NaiveDate>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let end = current_end(pass);
    if to <= end {
        problems.push(crate::t!(
            "prolongation-not-after-end",
            to = crate::i18n::day(to),
            end = crate::i18n::day(end)
        ));
    }
    let days = (to - end).num_days();
    if let Some(max) = reason.max_days
        && days > i64::from(max)
    {
        problems.push(crate::t!(
            "prolongation-decision-cap",
            days = days,
            max = max,
            last = crate::i18n::day(end + Days::new(u64::from(max)))
        ));
    }
    if let Some(cap) = reason.max_total_days {
        let already = prolonged_days(pass);
        if already + days > i64::from(cap) {
            problems.push(crate::t!(
                "prolongation-total-cap",
                reason = reason.label(crate::i18n::lang()),
                cap = cap,
                already = already,
                days = days,
                last = crate::i18n::day(end + Days::new((i64::from(cap) - already).max(0) as u64))
            ));
        }
    }
    if let Some(running) = suspended_on(pass, asked_on) {
        problems.push(crate::t!(
            "prolongation-while-suspended",
            today = crate::i18n::day(asked_on),
            from = crate::i18n::day(running.from),
            to = crate::i18n::day(running.to)
        ));
    }
    if reason.code == "complete_training" {
        match training_end {
            Some(t) if to > t => problems.push(crate::t!(
                "prolongation-training-end",
                end = crate::i18n::day(t)
            )),
            None => problems.push(crate::t!("prolongation-no-training")),
            _ => {}
        }
    }
    problems.extend(kind_restriction(reason, kind));
    let earliest = end
        .checked_sub_months(Months::new(ASK_BEFORE_MONTHS))
        .unwrap_or(NaiveDate::MIN);
    let latest = add_months(end, ASK_AFTER_MONTHS);
    if asked_on < earliest || asked_on > latest {
        problems.push(crate::t!(
            "prolongation-ask-window",
            earliest = crate::i18n::day(earliest),
            latest = crate::i18n::day(latest),
            end = crate::i18n::day(end),
            today = crate::i18n::day(asked_on)
        ));
    }
    problems
}

#[cfg(test)]
mod tests;
