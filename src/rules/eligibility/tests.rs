use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn verdict(
    criteria: &[&str],
    birth: Option<&str>,
    prescriber: bool,
    kind: &str,
    on: &str,
) -> Verdict {
    let criteria: Vec<String> = criteria.iter().map(|c| c.to_string()).collect();
    assess(
        &criteria,
        birth.map(d),
        prescriber,
        kind,
        d(on),
        Reference::embedded(),
    )
    .unwrap()
}

#[test]
fn every_row_of_the_rule_for_every_kind() {
    // (criteria, kind, eligible by an employer's diagnosis)
    let mid_age = Some("1985-06-15"); // 39 or 40: neither jeune nor senior
    let rows: [(&[&str], &str, bool); 20] = [
        (&["rsa"], "ACI", true),
        (&["ass"], "EI", true),
        (&["aah"], "AI", true),
        (&["detld"], "ETTI", true),
        (&["rsa"], "EITI", true),
        (&[], "ACI", false),
        (&[], "AI", false),
        (&["qpv"], "AI", false),
        (&["qpv", "pm"], "AI", true),
        (&["qpv", "pm"], "ETTI", true),
        (&["qpv"], "ETTI", false),
        (&["qpv", "pm"], "ACI", false),
        (&["qpv", "pm"], "EI", false),
        (&["qpv", "pm"], "EITI", false),
        (&["qpv", "pm", "th"], "ACI", true),
        (&["qpv", "pm", "th"], "EI", true),
        (&["qpv", "pm", "th"], "EITI", true),
        (&["deld", "cap_bep", "fle"], "EI", true),
        (&["deld", "rsa"], "EITI", true),
        (&["qpv", "qpv", "pm"], "ACI", false),
    ];
    for (criteria, kind, eligible) in rows {
        let v = verdict(criteria, mid_age, false, kind, "2025-03-01");
        assert_eq!(v.eligible, eligible, "{criteria:?} {kind}");
        assert_eq!(
            v.required_level2,
            if matches!(kind, "AI" | "ETTI") { 2 } else { 3 }
        );
        // An authorised prescriber's diagnosis needs no criterion.
        assert!(
            verdict(criteria, mid_age, true, kind, "2025-03-01").eligible,
            "{criteria:?} {kind}"
        );
    }
}

#[test]
fn jeune_and_senior_are_facts_on_the_diagnosis_date() {
    // 26th birthday on 2025-03-01: jeune the day before, not on the day.
    let v = verdict(&["qpv"], Some("1999-03-01"), false, "AI", "2025-02-28");
    assert_eq!(v.level2, ["qpv", "jeune"]);
    assert!(v.eligible, "jeune counted automatically");
    let v = verdict(
        &["qpv", "jeune"],
        Some("1999-03-01"),
        false,
        "AI",
        "2025-03-01",
    );
    assert_eq!(v.level2, ["qpv"]);
    assert!(!v.eligible);
    assert!(
        v.problems[0].contains("jeune est déclaré mais la personne a 26 ans"),
        "{:?}",
        v.problems
    );
    // 50th birthday: senior on the day, not the day before.
    assert_eq!(
        verdict(&[], Some("1975-03-01"), false, "ACI", "2025-03-01").level2,
        ["senior"]
    );
    let v = verdict(&["senior"], Some("1975-03-01"), false, "ACI", "2025-02-28");
    assert!(v.level2.is_empty());
    assert_eq!(v.problems.len(), 1);
    // Born on 29 February: a year older on 1 March in common years.
    assert_eq!(
        verdict(&[], Some("2000-02-29"), false, "ACI", "2026-02-28").level2,
        ["jeune"]
    );
    assert!(
        verdict(&[], Some("2000-02-29"), false, "ACI", "2026-03-01")
            .level2
            .is_empty()
    );
    assert_eq!(
        verdict(&[], Some("1976-02-29"), false, "ACI", "2026-03-01").level2,
        ["senior"]
    );
    assert!(
        verdict(&[], Some("1976-02-29"), false, "ACI", "2026-02-28")
            .level2
            .is_empty()
    );
    // Without a birth date, a claim is taken as it is.
    assert_eq!(
        verdict(&["jeune"], None, false, "ACI", "2025-03-01").level2,
        ["jeune"]
    );
}

#[test]
fn an_unknown_criterion_is_an_error_not_a_verdict() {
    let err = assess(
        &["rsa".into(), "riche".into()],
        None,
        false,
        "ACI",
        d("2025-01-01"),
        Reference::embedded(),
    );
    assert_eq!(err.unwrap_err(), ["riche"]);
}

#[test]
fn diagnosis_validity() {
    // An employer's diagnosis of 2025-01-10 (92 days) is valid through 2025-04-11.
    assert_eq!(
        diagnosis_valid_through(d("2025-01-10"), false),
        d("2025-04-11")
    );
    // A prescriber's diagnosis of 2025-08-31 (6 months) through 2026-02-27.
    assert_eq!(
        diagnosis_valid_through(d("2025-08-31"), true),
        d("2026-02-27")
    );
}

#[test]
fn proof_expiry_on_the_exact_day() {
    // A proof of 2025-01-31 valid 3 months holds for a hiring on 2025-04-29 and has
    // expired on 2025-04-30.
    assert!(proof_valid_on(d("2025-01-31"), 3, d("2025-04-29")));
    assert!(!proof_valid_on(d("2025-01-31"), 3, d("2025-04-30")));
    assert!(proof_valid_on(d("2024-01-31"), 12, d("2025-01-30")));
    assert!(!proof_valid_on(d("2024-01-31"), 12, d("2025-01-31")));
    assert!(
        proof_valid_on(d("2020-01-01"), 0, d("2025-01-01")),
        "no age limit"
    );
}

#[test]
fn contradictory_criteria_are_refused_naming_both() {
    let rows: [(&[&str], bool); 6] = [
        (&["deld", "detld"], true),
        (&["detld", "deld", "qpv"], true),
        (&["senior", "jeune"], true),
        (&["deld", "qpv", "pm"], false),
        (&["detld"], false),
        (&["jeune", "qpv"], false),
    ];
    for (criteria, contradicts) in rows {
        let owned: Vec<String> = criteria.iter().map(|c| c.to_string()).collect();
        let found = contradictions(&owned);
        assert_eq!(!found.is_empty(), contradicts, "{criteria:?}");
        if contradicts {
            let v = verdict(criteria, None, false, "ACI", "2025-03-03");
            assert!(!v.eligible, "{criteria:?}");
            let pair = CONTRADICTORY
                .iter()
                .find(|(a, b)| criteria.contains(a) && criteria.contains(b))
                .unwrap();
            assert!(found[0].contains(pair.0) && found[0].contains(pair.1));
        }
    }
}

#[test]
fn a_certification_replaces_the_proof() {
    let base = "[eligibility]\ndate = 2025-01-10\nby = \"employer\"\ncriteria = [\"rsa\"]\n";
    let problems = |extra: &str| {
        let case = crate::case::test_case("2025-02-03", &format!("{base}{extra}"));
        assess_case(&case, "ACI", Reference::embedded())
            .unwrap()
            .unwrap()
            .problems
    };
    assert_eq!(problems("").len(), 1, "no proof");
    // qpv is not certified by the platform: a certification does not stand for a proof.
    let qpv = crate::case::test_case(
        "2025-02-03",
        "[eligibility]\ndate = 2025-01-10\nby = \"employer\"\ncriteria = [\"rsa\", \"qpv\"]\n[[eligibility.proofs]]\ncriterion = \"rsa\"\ncertified = true\ncertified_on = 2025-01-10\n[[eligibility.proofs]]\ncriterion = \"qpv\"\ncertified = true\ncertified_on = 2025-01-10\n",
    );
    let v = assess_case(&qpv, "ACI", Reference::embedded())
        .unwrap()
        .unwrap();
    assert_eq!(v.problems.len(), 1, "{:?}", v.problems);
    assert!(v.problems[0].contains("qpv"));
    assert!(problems("[[eligibility.proofs]]\ncriterion = \"rsa\"\ncertified = true\ncertified_on = 2025-01-10\n").is_empty());
    // A document too old (3 months before the hiring on 2025-02-03 → 2024-11-03).
    assert_eq!(problems("[[eligibility.proofs]]\ncriterion = \"rsa\"\ndocument = \"Attestation CAF\"\ndated = 2024-11-03\n").len(), 1);
    assert!(problems("[[eligibility.proofs]]\ncriterion = \"rsa\"\ndocument = \"Attestation CAF\"\ndated = 2024-11-04\n").is_empty());
}
