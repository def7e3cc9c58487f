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
    let problems = |p: &Pass, to: &str| prolongation_problems(p, d(to), &pd, "ACI", asked, None);
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
    assert!(prolongation_problems(&p3, d("2030-03-02"), &senior, "ACI", asked, None).is_empty());
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

mod suspensions;
