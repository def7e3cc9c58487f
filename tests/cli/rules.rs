//! The rules as the platform and the statistics pipeline apply them, through the CLI: each
//! case where the tool once answered otherwise, with the platform's answer.

use crate::*;

const PASS_NUMBER: &str = "999992512345";

/// An ACI salariée hired on 2025-03-03 with a PASS issued until 2027-03-02.
fn with_pass(kind: &str) -> (Structure, String) {
    let s = Structure::new(kind);
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2025-03-03");
    s.iae()
        .args(["pass", "set", &id, "--number", PASS_NUMBER])
        .assert()
        .success();
    (s, id)
}

fn on(s: &Structure, today: &str, args: &[&str]) -> std::process::Output {
    s.iae().env("IAE_TODAY", today).args(args).output().unwrap()
}

fn prolong(s: &Structure, id: &str, today: &str, reason: &str, to: &str) -> std::process::Output {
    on(
        s,
        today,
        &["pass", "prolong", id, "--reason", reason, "--to", to],
    )
}

fn suspend(s: &Structure, id: &str, today: &str, from: &str, to: &str) -> std::process::Output {
    on(
        s,
        today,
        &[
            "pass",
            "suspend",
            id,
            "--from",
            from,
            "--to",
            to,
            "--reason",
            "contract_broken",
        ],
    )
}

fn report(s: &Structure, args: &[&str]) -> serde_json::Value {
    let out = s
        .iae()
        .args(["report"])
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    json(&out)
}

fn ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", stderr(out));
}

fn refused(s: &Structure, id: &str, out: &std::process::Output, before: &str, says: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    assert!(stderr(out).contains(says), "{}", stderr(out));
    assert_eq!(s.read(id), before, "a refused record writes nothing");
}

#[test]
fn a_prolongation_reaches_the_current_end_plus_365_days() {
    let (s, id) = with_pass("ACI");
    let before = s.read(&id);
    // 2027-03-02 → 2028-03-02 is 366 days (29 February 2028 lies inside).
    let out = prolong(&s, &id, "2027-01-10", "rqth", "2028-03-02");
    refused(&s, &id, &out, &before, "fin au plus tard le 01/03/2028");
    ok(&prolong(&s, &id, "2027-01-10", "rqth", "2028-03-01"));
}

#[test]
fn the_cumulative_cap_counts_the_days_of_every_reason() {
    let (s, id) = with_pass("ACI");
    ok(&on(
        &s,
        "2026-06-01",
        &[
            "training",
            "add",
            &id,
            "--title",
            "CAP",
            "--organism",
            "GRETA",
            "--start",
            "2026-09-01",
            "--end",
            "2028-06-30",
        ],
    ));
    // A year of complete_training, then particular_difficulties: 365 + 364 + 365 days.
    ok(&prolong(
        &s,
        &id,
        "2027-01-10",
        "complete_training",
        "2028-03-01",
    ));
    ok(&prolong(
        &s,
        &id,
        "2028-01-10",
        "particular_difficulties",
        "2029-02-28",
    ));
    ok(&prolong(
        &s,
        &id,
        "2029-01-10",
        "particular_difficulties",
        "2030-02-28",
    ));
    // 1,094 days: one more day reaches the cap of 1,095, two pass it.
    let before = s.read(&id);
    let out = prolong(
        &s,
        &id,
        "2030-01-10",
        "particular_difficulties",
        "2030-03-02",
    );
    refused(&s, &id, &out, &before, "fin au plus tard le 01/03/2030");
    ok(&prolong(
        &s,
        &id,
        "2030-01-10",
        "particular_difficulties",
        "2030-03-01",
    ));

    let v = json(&on(
        &s,
        "2030-01-10",
        &["pass", "show", &id, "--format", "json"],
    ));
    assert_eq!(v["prolonged_days"], 1095);
    let allowance = |reason: &str| {
        v["allowances"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["reason"] == reason)
            .unwrap()
            .clone()
    };
    assert_eq!(allowance("particular_difficulties")["days_left"], 0);
    assert!(allowance("particular_difficulties")["latest_end"].is_null());
    assert_eq!(allowance("rqth")["days_left"], 0);
    // senior's cap is 1,825 days: 730 left, 365 of them in one decision.
    assert_eq!(allowance("senior")["days_left"], 730);
    assert_eq!(allowance("senior")["latest_end"], "2031-03-01");
    let table = stdout(&on(&s, "2030-01-10", &["pass", "show", &id]));
    assert!(table.contains("Prolongé de 1095 jours"), "{table}");
    assert!(
        table.contains(
            "50 ans et plus : 730 jours restants sur 1825 ; fin au plus tard le 01/03/2031"
        ),
        "{table}"
    );
}

#[test]
fn rqth_after_a_91_day_suspension_has_no_cap_from_the_pass_start() {
    let (s, id) = with_pass("ACI");
    ok(&suspend(&s, &id, "2025-09-05", "2025-06-02", "2025-09-01"));
    let v = json(
        &s.iae()
            .args(["pass", "show", &id, "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["current_end"], "2027-06-01");
    ok(&prolong(&s, &id, "2027-05-01", "rqth", "2028-05-31"));
    ok(&prolong(&s, &id, "2028-05-01", "rqth", "2029-05-31"));
    // Beyond 60 months from the PASS start (2030-03-02), still within 1,095 days.
    ok(&prolong(&s, &id, "2029-05-01", "rqth", "2030-05-31"));
    s.iae()
        .env("IAE_TODAY", "2029-06-01")
        .arg("check")
        .assert()
        .success();
}

#[test]
fn suspension_and_prolongation_preconditions() {
    // A suspension on a PASS that has ended.
    let (s, id) = with_pass("ACI");
    let before = s.read(&id);
    let out = suspend(&s, &id, "2027-03-10", "2027-03-01", "2027-03-31");
    refused(&s, &id, &out, &before, "n'est pas en cours le 10/03/2027");

    // A prolongation while suspended.
    ok(&suspend(&s, &id, "2026-12-05", "2026-12-01", "2027-01-31"));
    let before = s.read(&id);
    let out = prolong(&s, &id, "2027-01-10", "rqth", "2027-06-30");
    refused(
        &s,
        &id,
        &out,
        &before,
        "ne peut pas être prolongé pendant une suspension",
    );
    ok(&prolong(&s, &id, "2027-02-01", "rqth", "2027-06-30"));

    // A suspension starting before an earlier finished one.
    let (s, id) = with_pass("ACI");
    ok(&suspend(&s, &id, "2025-06-25", "2025-06-02", "2025-06-20"));
    let before = s.read(&id);
    let out = suspend(&s, &id, "2025-07-01", "2025-05-01", "2025-05-10");
    refused(&s, &id, &out, &before, "au plus tôt le 21/06/2025");
    ok(&suspend(&s, &id, "2025-07-01", "2025-06-21", "2025-06-30"));
}

#[test]
fn historical_reasons_are_shown_but_not_offered() {
    let (s, id) = with_pass("ACI");
    let out = on(
        &s,
        "2025-09-05",
        &[
            "pass",
            "suspend",
            &id,
            "--from",
            "2025-08-01",
            "--to",
            "2025-08-31",
            "--reason",
            "sickness",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("n'est plus proposé"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("contract_broken"), "{}", stderr(&out));
    // An imported one loads, displays and passes check.
    let text = s.read(&id)
        + "\n[[pass.suspensions]]\nfrom = 2025-04-01\nto = 2025-04-15\nreason = \"sickness\"\n";
    std::fs::write(s.path().join("salaries").join(format!("{id}.toml")), text).unwrap();
    let v = json(
        &s.iae()
            .args(["pass", "show", &id, "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["steps"][1]["reason"], "sickness");
    assert_eq!(v["current_end"], "2027-03-16");
    s.iae().arg("check").assert().success();
}

#[test]
fn a_new_hiring_during_a_suspension_ends_it_the_day_before() {
    let (s, id) = with_pass("ACI");
    ok(&suspend(&s, &id, "2025-08-01", "2025-07-01", "2025-10-31"));
    let out = on(
        &s,
        "2025-08-20",
        &[
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2025-08-18",
            "--end",
            "2025-12-17",
            "--weekly-hours",
            "26",
            "--position",
            "Agent d'entretien",
        ],
    );
    ok(&out);
    assert!(stderr(&out).contains("17/08/2025"), "{}", stderr(&out));
    assert!(s.read(&id).contains("to = 2025-08-17"), "{}", s.read(&id));
}

fn recruit_again(s: &Structure, hired: &str, extra: &[&str]) -> std::process::Output {
    s.iae()
        .env("IAE_TODAY", hired)
        .args(["recruit", "--last-name", "Martin", "--first-name", "Sofia"])
        .args([
            "--birth-date",
            "1990-05-14",
            "--sex",
            "F",
            "--hired-on",
            hired,
        ])
        .args(["--force", "--criteria", "rsa"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn a_hiring_exactly_two_years_after_the_pass_ended_is_within_the_waiting_period() {
    for (hired, warned) in [
        ("2027-03-02", true),
        ("2027-03-03", true),
        ("2027-03-04", false),
    ] {
        let s = Structure::new("ACI");
        let id = s.recruit("Martin", "Sofia", "1990-05-14", "2023-03-06");
        s.iae()
            .args([
                "pass",
                "set",
                &id,
                "--number",
                PASS_NUMBER,
                "--end",
                "2025-03-03",
            ])
            .assert()
            .success();
        let out = recruit_again(&s, hired, &[]);
        ok(&out);
        assert_eq!(
            stderr(&out).contains("W008"),
            warned,
            "{hired}: {}",
            stderr(&out)
        );
        let check = s
            .iae()
            .env("IAE_TODAY", hired)
            .args(["check", "--format", "json"])
            .output()
            .unwrap();
        let codes: Vec<String> = json(&check)
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            codes.iter().any(|c| c == "W008"),
            warned,
            "{hired}: {codes:?}"
        );
    }
    // With an authorised prescriber's diagnosis, no warning.
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2023-03-06");
    s.iae()
        .args([
            "pass",
            "set",
            &id,
            "--number",
            PASS_NUMBER,
            "--end",
            "2025-03-03",
        ])
        .assert()
        .success();
    let out = recruit_again(&s, "2027-03-03", &["--diagnosis-by", "prescriber"]);
    ok(&out);
    assert!(!stderr(&out).contains("W008"), "{}", stderr(&out));
}

#[test]
fn contradictory_criteria_are_refused_naming_both() {
    let s = Structure::new("ACI");
    for (criteria, first, second) in [
        ("deld,detld,qpv", "deld", "detld"),
        ("senior,jeune", "senior", "jeune"),
    ] {
        let out = s
            .iae()
            .args(["recruit", "--last-name", "Petit", "--first-name", "Léa"])
            .args([
                "--birth-date",
                "1990-05-14",
                "--sex",
                "F",
                "--hired-on",
                "2025-03-03",
            ])
            .args(["--criteria", criteria])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(first) && err.contains(second), "{err}");
        assert!(s.case_files().is_empty(), "nothing was written");
    }
    let id = s.recruit("Petit", "Léa", "1990-05-14", "2025-03-03");
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "eligibility",
            "record",
            &id,
            "--by",
            "employer",
            "--date",
            "2025-02-20",
        ])
        .args(["--criteria", "deld,detld"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("deld et detld"), "{}", stderr(&out));
    assert_eq!(s.read(&id), before);
    // What-if: the verdict says so.
    let out = s
        .iae()
        .args([
            "eligibility",
            "check",
            "--criteria",
            "senior,jeune",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["eligible"], false);
    assert!(
        v["reason"].as_str().unwrap().contains("senior et jeune"),
        "{v}"
    );
}

#[test]
fn a_certification_replaces_a_proof_and_the_audit_lists_what_is_missing() {
    let s = Structure::new("ACI");
    let a = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-03-03");
    let b = s.recruit("Blanc", "Bruno", "1990-01-01", "2025-04-07");
    let c = s.recruit("Colin", "Chloé", "1990-01-01", "2025-05-05");
    for (id, by, date, criteria) in [
        (&a, "employer", "2025-02-20", "rsa,qpv"),
        (&b, "employer", "2025-03-31", "pi,th,pm"),
        (&c, "prescriber", "2025-04-28", "rsa"),
    ] {
        ok(&s
            .iae()
            .args(["eligibility", "record", id, "--by", by, "--date", date])
            .args(["--criteria", criteria])
            .output()
            .unwrap());
    }
    ok(&s
        .iae()
        .args([
            "eligibility",
            "proof",
            &a,
            "rsa",
            "--certified-on",
            "2025-02-20",
        ])
        .output()
        .unwrap());
    ok(&s
        .iae()
        .args([
            "eligibility",
            "proof",
            &a,
            "qpv",
            "--document",
            "Avis d'imposition",
        ])
        .args(["--dated", "2024-09-04"])
        .output()
        .unwrap());
    ok(&s
        .iae()
        .args([
            "eligibility",
            "proof",
            &b,
            "pi",
            "--document",
            "Attestation CAF",
        ])
        .args(["--dated", "2025-01-06"])
        .output()
        .unwrap());
    assert!(
        s.read(&a)
            .contains("certified = true\ncertified_on = 2025-02-20")
    );
    // Alice: rsa certified, qpv proved (6 months from 2024-09-04: valid through
    // 2025-03-03) — check says nothing about her proofs.
    let check = json(
        &s.iae()
            .args(["check", "--format", "json"])
            .output()
            .unwrap(),
    );
    let alice: Vec<&serde_json::Value> = check
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["file"].as_str().unwrap().contains(&a) && f["code"] == "W005")
        .collect();
    assert!(alice.is_empty(), "{alice:?}");

    let v = json(
        &s.iae()
            .args([
                "eligibility",
                "audit",
                "--from",
                "2025-01-01",
                "--to",
                "2025-12-31",
            ])
            .args(["--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["hires"], 2, "own-diagnosis hires only");
    let lines: Vec<(String, String)> = v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["criterion"].as_str().unwrap().to_string(),
                l["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("qpv", "proved"),
        ("rsa", "certified"),
        // pi: 3 months from 2025-01-06 → expired from 2025-04-06, before the hiring.
        ("pi", "expired"),
        ("pm", "missing"),
        ("th", "missing"),
    ]
    .iter()
    .map(|(c, st)| (c.to_string(), st.to_string()))
    .collect();
    assert_eq!(lines, expected);
    assert_eq!(v["missing_or_expired"], 3);
    let table = stdout(
        &s.iae()
            .args([
                "eligibility",
                "audit",
                "--from",
                "2025-04-01",
                "--to",
                "2025-04-30",
            ])
            .output()
            .unwrap(),
    );
    let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "1 embauche sur diagnostic de la structure ; 3 justificatifs manquants ou périmés"
        ),
        "{table}"
    );
    let csv = stdout(
        &s.iae()
            .args([
                "eligibility",
                "audit",
                "--from",
                "2025-03-03",
                "--to",
                "2025-03-03",
            ])
            .args(["--format", "csv"])
            .output()
            .unwrap(),
    );
    assert!(
        csv.starts_with("id,name,hired_on,diagnosis_on,criterion,status"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 3);
    let xlsx = s.path().join("controle.xlsx");
    ok(&s
        .iae()
        .args([
            "eligibility",
            "audit",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
        ])
        .arg("--output")
        .arg(&xlsx)
        .output()
        .unwrap());
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}

fn exit(s: &Structure, id: &str, date: &str, reason: &str) -> std::process::Output {
    s.iae()
        .env("IAE_TODAY", "2026-01-15")
        .args(["exit", id, "--date", date, "--reason", reason])
        .output()
        .unwrap()
}

fn set_counting(s: &Structure, reading: &str) {
    let path = s.path().join("iae.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "counting = \"pipeline\"",
        &format!("counting = \"{reading}\""),
    );
    std::fs::write(path, text).unwrap();
}

#[test]
fn an_aci_exit_on_day_81_counts_in_the_pipeline_reading() {
    let s = Structure::new("ACI");
    let a = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-01-06");
    let b = s.recruit("Blanc", "Bruno", "1990-01-01", "2025-01-06");
    ok(&exit(&s, &a, "2025-03-28", "chomage")); // day 81
    ok(&exit(&s, &b, "2025-03-27", "chomage")); // day 80
    let r = report(&s, &["exits", "--year", "2025"]);
    assert_eq!(r["counting"], "pipeline");
    assert_eq!(
        (r["counted"].as_u64(), r["excluded"]["too_short"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(r["other_reading"].as_array().unwrap().len(), 1);
    assert_eq!(r["other_reading"][0]["id"], a.as_str());
    assert_eq!(r["other_reading"][0]["counted_otherwise"], false);
    let table = stdout(
        &s.iae()
            .args(["report", "exits", "--year", "2025"])
            .output()
            .unwrap(),
    );
    assert!(table.contains("pipeline statistique de l'État"), "{table}");
    assert!(
        table.contains("La lecture « circular » compterait autrement cette sortie"),
        "{table}"
    );

    set_counting(&s, "circular");
    let r = report(&s, &["exits", "--year", "2025", "--detail"]);
    assert_eq!(r["counting"], "circular");
    assert_eq!(
        (r["counted"].as_u64(), r["excluded"]["too_short"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(r["other_reading"][0]["counted_otherwise"], true);
    assert_eq!(r["detail"][1]["why"], "too_short");
}

#[test]
fn ai_hours_of_two_calendar_years_are_not_added_by_the_pipeline() {
    let s = Structure::new("AI");
    let id = s.recruit("Arnaud", "Alice", "1990-01-01", "2024-11-04");
    for (month, h) in [("2024-12", "100"), ("2025-01", "60")] {
        ok(&s
            .iae()
            .args(["hours", "add", &id, "--month", month, "--hours", h])
            .output()
            .unwrap());
    }
    ok(&exit(&s, &id, "2025-02-28", "chomage"));
    let r = report(&s, &["exits", "--year", "2025", "--detail"]);
    assert_eq!(r["excluded"]["too_short"], 1);
    assert_eq!(r["detail"][0]["why"], "too_short");
    assert_eq!(r["detail"][0]["hours"], 160.0);
    set_counting(&s, "circular");
    let r = report(&s, &["exits", "--year", "2025"]);
    assert_eq!(r["counted"], 1);
    // Hours after the exit are refused like other records.
    let before = s.read(&id);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["hours", "add", &id, "--month", "2025-03", "--hours", "20"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("after the exit"), "{}", stderr(&out));
    assert_eq!(s.read(&id), before);
}

#[test]
fn an_exit_reason_that_contradicts_the_next_contract_is_warned() {
    let s = Structure::new("ACI");
    let id = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-01-06");
    let out = s
        .iae()
        .args([
            "exit",
            &id,
            "--date",
            "2025-05-30",
            "--reason",
            "cdd_6_mois_plus",
        ])
        .args(["--contract-months", "3"])
        .output()
        .unwrap();
    ok(&out);
    assert!(stderr(&out).contains("W009"), "{}", stderr(&out));
    let check = json(
        &s.iae()
            .args(["check", "--format", "json"])
            .output()
            .unwrap(),
    );
    assert!(
        check
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "W009"),
        "{check}"
    );
}

#[test]
fn a_recorded_month_replaces_the_estimate_for_that_month_only() {
    let s = Structure::from_fixture("../../examples/demo");
    let annual = |s: &Structure| report(s, &["annual", "--year", "2025"]);
    let before = annual(&s);
    // 2GZ2KR works 24 hours a week all February 2025: 96 hours estimated.
    let months = json(
        &s.iae()
            .args([
                "hours", "list", "2GZ2KR", "--year", "2025", "--format", "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(months[1]["month"], "2025-02");
    assert_eq!(months[1]["estimated"], 96.0);
    assert!(months[1]["recorded"].is_null());
    let add = |h: &str| {
        ok(&s
            .iae()
            .args(["hours", "add", "2GZ2KR", "--month", "2025-02", "--hours", h])
            .output()
            .unwrap())
    };
    add("96");
    let same = annual(&s);
    assert_eq!(same["hours_worked"], before["hours_worked"]);
    assert_eq!(same["etp_achieved"], before["etp_achieved"]);
    assert_eq!(same["hours_recorded"], 96.0);
    let worked = before["hours_worked"].as_f64().unwrap();
    assert_eq!(
        same["hours_estimated"].as_f64().unwrap(),
        ((worked - 96.0) * 100.0).round() / 100.0
    );
    // 10 hours more than the estimate: the year changes by exactly 10 hours.
    add("10");
    let more = annual(&s);
    assert_eq!(
        more["hours_worked"].as_f64().unwrap(),
        ((worked + 10.0) * 100.0).round() / 100.0
    );
    assert_eq!(
        more["etp_achieved"].as_f64().unwrap(),
        (((worked + 10.0) / 1607.0) * 100.0).round() / 100.0
    );
    let months = stdout(
        &s.iae()
            .args(["hours", "list", "2GZ2KR", "--year", "2025"])
            .output()
            .unwrap(),
    );
    assert!(
        months.contains(" 02/2025  106        96        106       déclarées"),
        "{months}"
    );

    // [etp] annual_hours changes the divisor.
    let path = s.path().join("iae.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("annual_hours = 1607", "annual_hours = 1820");
    std::fs::write(&path, text).unwrap();
    let r = annual(&s);
    assert_eq!(r["annual_hours"], 1820.0);
    assert_eq!(
        r["etp_achieved"].as_f64().unwrap(),
        (((worked + 10.0) / 1820.0) * 100.0).round() / 100.0
    );
}
