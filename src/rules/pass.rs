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
mod tests {
    use super::*;
    use crate::reference::Reference;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pass(suspensions: &[(&str, &str)], prolongations: &[(&str, &str)]) -> Pass {
        Pass {
            number: "999992512345".into(),
            start: d("2025-03-03"),
            end: d("2027-03-02"),
            suspensions: suspensions
                .iter()
                .map(|(f, t)| Suspension {
                    from: d(f),
                    to: d(t),
                    reason: "contract_suspended".into(),
                    derogation: None,
                })
                .collect(),
            prolongations: prolongations
                .iter()
                .map(|(r, t)| Prolongation {
                    reason: r.to_string(),
                    to: d(t),
                    decided_by: None,
                    derogation: None,
                })
                .collect(),
        }
    }

    fn reason(code: &str) -> Entry {
        Reference::embedded()
            .prolongation_reasons
            .get(code)
            .unwrap()
            .clone()
    }

    #[test]
    fn default_validity_is_730_days_inclusive() {
        assert_eq!(default_end(d("2025-03-03")), d("2027-03-02"));
        assert_eq!(default_end(d("2024-01-01")), d("2025-12-30"));
    }

    #[test]
    fn a_suspension_moves_the_end_by_its_day_difference() {
        let p = pass(&[("2025-06-02", "2025-06-20")], &[]);
        assert_eq!(current_end(&p), d("2027-03-20"));
        assert_eq!(grouped_number(&p.number), "99999 25 12345");
        assert!(valid_on(&p, d("2027-03-20")));
        assert!(!valid_on(&p, d("2027-03-21")));
    }

    #[test]
    fn a_suspension_and_a_prolongation() {
        // Suspended 18 days (end 2027-03-20), then prolonged to 2028-03-20, then a
        // suspension of 10 days during the prolongation moves that end.
        let p = pass(
            &[("2025-06-02", "2025-06-20"), ("2027-05-03", "2027-05-13")],
            &[("rqth", "2028-03-20")],
        );
        let ends: Vec<NaiveDate> = steps(&p).iter().map(Step::end).collect();
        assert_eq!(
            ends,
            [
                d("2027-03-02"),
                d("2027-03-20"),
                d("2028-03-20"),
                d("2028-03-30")
            ]
        );
        match &steps(&p)[2] {
            Step::Prolonged { start, .. } => assert_eq!(*start, d("2027-03-21")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_decision_is_capped_in_days_from_the_current_end() {
        let p = pass(&[], &[]);
        let asked = d("2026-09-01");
        let ok = |r: &str, to: &str, kind: &str, training: Option<&str>| {
            prolongation_problems(&p, d(to), &reason(r), kind, asked, training.map(d)).is_empty()
        };
        // (reason, new end, kind, training end, accepted). The PASS ends 2027-03-02;
        // + 365 days = 2028-03-01, because 29 February 2028 lies inside the decision.
        let rows: &[(&str, &str, &str, Option<&str>, bool)] = &[
            ("rqth", "2028-02-29", "ACI", None, true),
            ("rqth", "2028-03-01", "ACI", None, true),
            ("rqth", "2028-03-02", "ACI", None, false),
            ("rqth", "2027-03-02", "ACI", None, false),
            ("rqth", "2027-03-03", "ACI", None, true),
            ("senior", "2028-03-01", "EI", None, true),
            ("senior", "2028-03-02", "EI", None, false),
            ("particular_difficulties", "2028-03-01", "AI", None, true),
            ("particular_difficulties", "2028-03-01", "ACI", None, true),
            ("particular_difficulties", "2028-03-01", "EI", None, false),
            ("particular_difficulties", "2028-03-01", "ETTI", None, false),
            (
                "complete_training",
                "2027-06-30",
                "EI",
                Some("2027-06-30"),
                true,
            ),
            (
                "complete_training",
                "2027-07-01",
                "EI",
                Some("2027-06-30"),
                false,
            ),
            ("complete_training", "2027-06-30", "EI", None, false),
            (
                "complete_training",
                "2028-03-01",
                "EI",
                Some("2028-12-31"),
                true,
            ),
            (
                "complete_training",
                "2028-03-02",
                "EI",
                Some("2028-12-31"),
                false,
            ),
            // CDI inclusion for 57+: 3,650 days (2027-03-02 + 3,650 = 2037-02-27).
            ("senior_cdi", "2037-02-27", "ACI", None, true),
            ("senior_cdi", "2037-02-28", "ACI", None, false),
        ];
        for (r, to, kind, training, accepted) in rows {
            assert_eq!(
                ok(r, to, kind, *training),
                *accepted,
                "{r} to {to} ({kind})"
            );
        }
    }

    #[test]
    fn the_cumulative_cap_counts_every_reason() {
        // A year of complete_training (365 days), then particular_difficulties: 1,095 −
        // 365 = 730 days left, whatever the reason of the first year.
        let p = pass(&[], &[("complete_training", "2028-03-01")]);
        assert_eq!(prolonged_days(&p), 365);
        let pd = reason("particular_difficulties");
        let asked = d("2028-01-10");
        let problems =
            |p: &Pass, to: &str| prolongation_problems(p, d(to), &pd, "ACI", asked, None);
        assert!(problems(&p, "2029-02-28").is_empty());
        let p2 = pass(
            &[],
            &[
                ("complete_training", "2028-03-01"),
                ("particular_difficulties", "2029-02-28"),
            ],
        );
        assert_eq!(prolonged_days(&p2), 365 + 364);
        // (already 729 days) the cap leaves 366: the day before, the day, the day after.
        let asked = d("2029-01-10");
        let on = |to: &str| prolongation_problems(&p2, d(to), &pd, "ACI", asked, None).len();
        assert_eq!(on("2030-02-28"), 0, "365 days: both limits met");
        let p3 = pass(
            &[],
            &[
                ("complete_training", "2028-03-01"),
                ("particular_difficulties", "2029-02-28"),
                ("particular_difficulties", "2030-02-28"),
            ],
        );
        assert_eq!(prolonged_days(&p3), 1094);
        let asked = d("2030-01-10");
        let on = |to: &str| prolongation_problems(&p3, d(to), &pd, "ACI", asked, None).len();
        assert_eq!(on("2030-03-01"), 0, "1,095 days: the cap, reached");
        assert_eq!(on("2030-03-02"), 1, "1,096 days: over the cap");
        // senior has 1,825 days; complete_training has no cumulative cap.
        let senior = reason("senior");
        assert!(
            prolongation_problems(&p3, d("2030-03-02"), &senior, "ACI", asked, None).is_empty()
        );
        let training = reason("complete_training");
        assert!(
            prolongation_problems(
                &p3,
                d("2031-02-28"),
                &training,
                "ACI",
                asked,
                Some(d("2031-06-30"))
            )
            .is_empty()
        );
    }

    #[test]
    fn suspensions_do_not_use_the_allowance_and_there_is_no_parcours_cap() {
        // A 91-day suspension then rqth: accepted (no 60-month cap from the PASS start).
        let p = pass(&[("2025-06-02", "2025-09-01")], &[]);
        assert_eq!(current_end(&p), d("2027-06-01"));
        assert_eq!(prolonged_days(&p), 0);
        let rqth = reason("rqth");
        let mut p = p;
        for (to, asked) in [
            ("2028-05-31", "2027-05-01"),
            ("2029-05-31", "2028-05-01"),
            ("2030-05-31", "2029-05-01"),
        ] {
            assert_eq!(
                prolongation_problems(&p, d(to), &rqth, "ACI", d(asked), None),
                Vec::<String>::new(),
                "{to}"
            );
            p.prolongations.push(Prolongation {
                reason: "rqth".into(),
                to: d(to),
                decided_by: None,
                derogation: None,
            });
        }
        assert_eq!(prolonged_days(&p), 1095);
        assert_eq!(
            latest_prolonged_end(&rqth, current_end(&p), prolonged_days(&p)),
            Some(d("2030-05-31"))
        );
        assert_eq!(days_left_under_cap(&rqth, prolonged_days(&p)), Some(0));
    }

    #[test]
    fn no_prolongation_while_suspended() {
        let p = pass(&[("2026-12-01", "2027-01-31")], &[]);
        let rqth = reason("rqth");
        let on = |asked: &str| {
            prolongation_problems(&p, d("2027-06-30"), &rqth, "ACI", d(asked), None).len()
        };
        assert_eq!(on("2026-11-30"), 0);
        assert_eq!(on("2026-12-01"), 1);
        assert_eq!(on("2027-01-31"), 1);
        assert_eq!(on("2027-02-01"), 0);
    }

    #[test]
    fn the_waiting_period_includes_the_day_two_years_after() {
        let ended = d("2025-03-02");
        for (day, inside) in [
            ("2025-03-02", false),
            ("2025-03-03", true),
            ("2027-03-01", true),
            ("2027-03-02", true),
            ("2027-03-03", false),
        ] {
            assert_eq!(in_waiting_period(ended, d(day)), inside, "{day}");
        }
        // 29 February + 2 years = 28 February.
        assert!(in_waiting_period(d("2024-02-29"), d("2026-02-28")));
        assert!(!in_waiting_period(d("2024-02-29"), d("2026-03-01")));
    }

    #[test]
    fn suspension_preconditions() {
        // The PASS was issued 2025-03-03 to 2027-03-02; a suspension ran 2025-06-02 to 2025-06-20.
        let p = pass(&[("2025-06-02", "2025-06-20")], &[]);
        let reasons = &Reference::embedded().suspension_reasons;
        let count = |from: &str, to: &str, today: &str| {
            let s = Suspension {
                from: d(from),
                to: d(to),
                reason: "contract_broken".into(),
                derogation: None,
            };
            suspension_problems(
                &p,
                &s,
                reasons.get("contract_broken").unwrap(),
                "ACI",
                d(today),
            )
            .len()
        };
        // (from, to, today, problems)
        let rows = [
            // The PASS has ended (2027-03-20 after 18 days of suspension): not in
            // progress (its last day still is).
            ("2027-03-20", "2027-04-30", "2027-03-20", 0),
            ("2027-03-20", "2027-04-30", "2027-03-21", 1),
            // Suspended today: not again (said as the overlap)…
            ("2025-06-10", "2025-06-30", "2025-06-15", 1),
            // …or, for an earlier one recorded while suspended, as being suspended today.
            ("2025-05-01", "2025-05-10", "2025-06-15", 1),
            // Before the day after the finished suspension: the day, the day after.
            ("2025-06-20", "2025-07-31", "2025-07-01", 2),
            ("2025-06-21", "2025-07-31", "2025-07-01", 0),
            ("2025-05-01", "2025-05-31", "2025-07-01", 1),
            // Before the hiring.
            ("2025-03-02", "2025-03-31", "2025-03-10", 1),
            ("2025-03-03", "2025-03-31", "2025-03-10", 0),
        ];
        for (from, to, today, problems) in rows {
            assert_eq!(count(from, to, today), problems, "{from}..{to} on {today}");
        }
    }

    #[test]
    fn a_new_hiring_ends_a_running_suspension_the_day_before() {
        let p = pass(&[("2025-06-02", "2025-09-30")], &[]);
        for (hired, cut) in [
            ("2025-06-02", None),
            ("2025-06-03", Some((0, "2025-06-02"))),
            ("2025-09-30", Some((0, "2025-09-29"))),
            ("2025-10-01", None),
        ] {
            assert_eq!(
                suspension_ended_by_hiring(&p, d(hired)),
                cut.map(|(i, to)| (i, d(to))),
                "{hired}"
            );
        }
    }

    #[test]
    fn historical_reasons_load_but_are_marked() {
        let r = Reference::embedded();
        for code in [
            "sickness",
            "maternity",
            "incarceration",
            "trial_outside_iae",
            "detoxification",
            "force_majeure",
        ] {
            assert!(
                is_historical(r.suspension_reasons.get(code).unwrap()),
                "{code}"
            );
        }
        assert!(is_historical(
            r.prolongation_reasons.get("health_context").unwrap()
        ));
        assert!(!is_historical(r.prolongation_reasons.get("rqth").unwrap()));
        assert!(!is_historical(
            r.suspension_reasons.get("contract_broken").unwrap()
        ));
    }

    #[test]
    fn a_prolongation_is_asked_12_months_before_to_6_months_after_the_end() {
        let p = pass(&[], &[]);
        let rqth = reason("rqth");
        let asked = |on: &str| {
            prolongation_problems(&p, d("2027-06-30"), &rqth, "ACI", d(on), None).is_empty()
        };
        assert!(asked("2026-03-02"));
        assert!(!asked("2026-03-01"));
        assert!(asked("2027-09-02"));
        assert!(!asked("2027-09-03"));
    }

    #[test]
    fn suspension_rules() {
        let p = pass(&[("2025-06-02", "2025-06-20")], &[]);
        let reasons = &Reference::embedded().suspension_reasons;
        let check = |from: &str, to: &str, reason: &str, kind: &str, today: &str| {
            let s = Suspension {
                from: d(from),
                to: d(to),
                reason: reason.into(),
                derogation: None,
            };
            suspension_problems(&p, &s, reasons.get(reason).unwrap(), kind, d(today))
        };
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-06-10",
                "2025-07-01",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .len(),
            2,
            "overlaps, and starts before the day after the finished one"
        );
        assert_eq!(
            check(
                "2025-11-01",
                "2025-11-30",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .len(),
            1,
            "future"
        );
        assert!(
            check(
                "2025-09-01",
                "2028-09-01",
                "contract_suspended",
                "ACI",
                "2025-10-01"
            )
            .iter()
            .any(|m| m.contains("36") && m.contains("31/08/2028"))
        );
        // Back-dated by 365 days at most.
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2026-09-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contract_suspended",
                "ACI",
                "2026-09-02"
            )
            .len(),
            1
        );
        // contrat_passerelle: EI and ACI only.
        assert!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contrat_passerelle",
                "EI",
                "2025-10-01"
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "2025-09-01",
                "2025-09-30",
                "contrat_passerelle",
                "AI",
                "2025-10-01"
            )
            .len(),
            1
        );
    }
}
