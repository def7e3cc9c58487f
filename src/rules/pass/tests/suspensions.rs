//! Suspensions, the waiting period, and when a prolongation is asked.

use super::*;

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
    let asked =
        |on: &str| prolongation_problems(&p, d("2027-06-30"), &rqth, "ACI", d(on), None).is_empty();
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
