//! The recruitment gate through the real binary: eligibility, PASS, contracts.

use crate::*;

#[test]
fn eligibility_criteria_and_what_if_verdicts() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["eligibility", "criteria", "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 18);
    assert_eq!(rows[0]["code"], "rsa");
    assert_eq!(rows[0]["level"], 1);
    assert_eq!(rows[0]["proof_months"], 3);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["eligibility", "criteria", "--kind", "etti"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("ETTI: eligible with one level-1 criterion, or 2 level-2 criteria"),
        "{}",
        stderr(&out)
    );

    let verdict = |args: &[&str]| {
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args([
                "eligibility",
                "check",
                "--format",
                "json",
                "--on",
                "2025-06-01",
            ])
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), json(&out))
    };
    let (code, v) = verdict(&["--criteria", "rsa"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["eligible"], true);
    assert_eq!(v["level1"], serde_json::json!(["rsa"]));
    assert_eq!(v["required_level2"], 3, "the structure's kind by default");
    let (code, v) = verdict(&["--criteria", "qpv,pm"]);
    assert_eq!((code, v["eligible"].as_bool()), (Some(3), Some(false)));
    let (code, _) = verdict(&["--criteria", "qpv,pm", "--kind", "AI"]);
    assert_eq!(code, Some(0));
    let (code, _) = verdict(&["--diagnosis-by", "prescriber"]);
    assert_eq!(code, Some(0), "a prescriber's diagnosis needs no criterion");
    // jeune claimed but false: dropped and listed.
    let (code, v) = verdict(&["--criteria", "qpv,pm,jeune", "--birth-date", "1990-01-01"]);
    assert_eq!(code, Some(3));
    assert_eq!(v["level2"], serde_json::json!(["qpv", "pm"]));
    assert!(v["problems"][0].as_str().unwrap().contains("jeune"));
    // senior counted automatically.
    let (code, v) = verdict(&["--criteria", "qpv,pm", "--birth-date", "1975-06-01"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["level2"], serde_json::json!(["qpv", "pm", "senior"]));

    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["eligibility", "check", "--criteria", "rsa,riche"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown criterion: riche"));
    // What-if works outside a structure when the kind is given.
    let tmp = tempfile::tempdir().unwrap();
    let out = iae()
        .env("IAE_LANG", "en")
        .current_dir(tmp.path())
        .args(["eligibility", "check", "--kind", "EI", "--criteria", "ass"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn eligibility_of_a_case_file_on_its_hiring_date() {
    let s = Structure::new("EI");
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "Martin",
            "--first-name",
            "Sofia",
            "--birth-date",
            "1990-05-14",
            "--sex",
            "F",
        ])
        .args([
            "--hired-on",
            "2025-04-30",
            "--criteria",
            "rsa",
            "--diagnosis-date",
            "2025-01-31",
        ])
        .output()
        .unwrap();
    let id = stdout(&out).trim().to_string();
    let check = || {
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args(["eligibility", "check", &id, "--format", "json"])
            .output()
            .unwrap();
        (out.status.code(), json(&out))
    };
    // Employer's diagnosis of 2025-01-31: valid through 2025-05-02 — fine; no proof yet.
    let (code, v) = check();
    assert_eq!(code, Some(0));
    assert_eq!(
        v["problems"],
        serde_json::json!(["no proof is recorded for rsa"])
    );
    // A proof of 2025-01-31 valid 3 months has expired on the hiring day 2025-04-30.
    s.iae()
        .args([
            "eligibility",
            "proof",
            &id,
            "rsa",
            "--document",
            "Attestation CAF",
            "--dated",
            "2025-01-31",
        ])
        .assert()
        .success();
    let (_, v) = check();
    assert!(
        v["problems"][0]
            .as_str()
            .unwrap()
            .contains("older than 3 months"),
        "{v}"
    );
    s.iae()
        .args([
            "eligibility",
            "proof",
            &id,
            "rsa",
            "--document",
            "Attestation CAF",
            "--dated",
            "2025-02-01",
        ])
        .assert()
        .success();
    let (code, v) = check();
    assert_eq!(
        (code, v["problems"].as_array().unwrap().len()),
        (Some(0), 0),
        "{v}"
    );

    // A new diagnosis too old for the hiring: not eligible (exit 3).
    s.iae()
        .args([
            "eligibility",
            "record",
            &id,
            "--by",
            "employer",
            "--date",
            "2025-01-20",
            "--criteria",
            "rsa",
        ])
        .assert()
        .success();
    let (code, v) = check();
    assert_eq!(code, Some(3));
    assert!(
        v["problems"][0]
            .as_str()
            .unwrap()
            .contains("valid through 2025-04-21"),
        "{v}"
    );
    // A prescriber's diagnosis of the same day is valid 6 months.
    s.iae()
        .args([
            "eligibility",
            "record",
            &id,
            "--by",
            "prescriber",
            "--date",
            "2025-01-20",
        ])
        .assert()
        .success();
    assert_eq!(check().0, Some(0));
    let text = s.read(&id);
    assert!(
        text.contains("by = \"prescriber\"\ncriteria = []"),
        "{text}"
    );
    assert_eq!(
        text.matches("[[eligibility.proofs]]").count(),
        2,
        "proofs are kept"
    );

    let out = s
        .iae()
        .args([
            "eligibility",
            "proof",
            &id,
            "argent",
            "--document",
            "x",
            "--dated",
            "2025-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn pass_set_suspend_prolong_and_show() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1974-05-14", "2025-03-03");
    s.iae()
        .env("IAE_LANG", "en")
        .args(["pass", "set", &id, "--number", "99999 25 12345"])
        .assert()
        .success();
    let text = s.read(&id);
    assert!(
        text.contains("[pass]\nnumber = \"999992512345\"\nstart = 2025-03-03\nend = 2027-03-02\n"),
        "{text}"
    );

    let suspend = |from: &str, to: &str, extra: &[&str]| {
        s.iae()
            .env("IAE_LANG", "en")
            .env("IAE_TODAY", "2025-08-01")
            .args([
                "pass",
                "suspend",
                &id,
                "--from",
                from,
                "--to",
                to,
                "--reason",
                "contract_suspended",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = suspend("2025-06-02", "2025-06-20", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it now ends on 2027-03-20"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("more than 15 days"),
        "the reason's condition is shown"
    );

    let before = s.read(&id);
    for (from, to) in [("2025-06-10", "2025-06-30"), ("2025-09-01", "2025-09-30")] {
        let out = suspend(from, to, &[]);
        assert_eq!(out.status.code(), Some(1), "{from}");
        assert!(stderr(&out).contains("--derogation"), "{}", stderr(&out));
        assert_eq!(
            s.read(&id),
            before,
            "a refused input leaves the file byte-identical"
        );
    }
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("IAE_TODAY", "2025-08-01")
        .args([
            "pass",
            "suspend",
            &id,
            "--from",
            "2025-07-01",
            "--to",
            "2025-07-10",
            "--reason",
            "contrat_passerelle",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ACI may suspend for a contrat passerelle"
    );
    let out = suspend(
        "2025-06-10",
        "2025-06-30",
        &["--derogation", "Accord DDETS du 2025-07-28"],
    );
    assert!(out.status.success());
    assert!(
        s.read(&id)
            .contains("derogation = \"Accord DDETS du 2025-07-28\"")
    );

    // Prolongation: the end is now 2027-03-02 + 18 + 9 + 20 = 2027-04-18.
    let prolong = |reason: &str, to: &str, today: &str| {
        s.iae()
            .env("IAE_LANG", "en")
            .env("IAE_TODAY", today)
            .args([
                "pass",
                "prolong",
                &id,
                "--reason",
                reason,
                "--to",
                to,
                "--decided-by",
                "Cap emploi",
            ])
            .output()
            .unwrap()
    };
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["pass", "show", &id, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["current_end"], "2027-04-18");
    assert_eq!(
        prolong("senior", "2028-04-19", "2027-01-10").status.code(),
        Some(1),
        "more than 12 months"
    );
    assert_eq!(
        prolong("senior", "2027-06-30", "2026-04-17").status.code(),
        Some(1),
        "asked too early"
    );
    assert_eq!(
        prolong("particular_difficulties", "2027-06-30", "2027-01-10")
            .status
            .code(),
        Some(0),
        "ACI"
    );
    // 2027-06-30 + 365 days = 2028-06-29 (29 February 2028 lies inside): the day after
    // is refused, as the platform does.
    assert_eq!(
        prolong("senior", "2028-06-30", "2027-05-10").status.code(),
        Some(1),
        "366 days"
    );
    let out = prolong("senior", "2028-06-29", "2027-05-10");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("decided by an authorised prescriber"));

    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "pass",
            "show",
            &id,
            "--format",
            "json",
            "--today",
            "2028-06-01",
        ])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["issued_end"], "2027-03-02");
    assert_eq!(v["current_end"], "2028-06-29");
    assert_eq!(v["days_left"], 29);
    // 73 + 365 days prolonged; senior's cap of 1,825 leaves 1,387.
    assert_eq!(v["prolonged_days"], 73 + 365);
    let senior = v["allowances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["reason"] == "senior")
        .unwrap();
    assert_eq!(senior["days_left"], 1825 - 73 - 365);
    assert_eq!(senior["latest_end"], "2029-06-29");
    let events: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "issued",
            "suspended",
            "suspended",
            "suspended",
            "prolonged",
            "prolonged"
        ]
    );
    let table = stdout(
        &s.iae()
            .env("IAE_LANG", "en")
            .args(["pass", "show", &id])
            .output()
            .unwrap(),
    );
    assert!(table.contains("PASS IAE 99999 25 12345"));
    s.iae()
        .env("IAE_LANG", "en")
        .arg("check")
        .assert()
        .success();
    assert_eq!(
        json(
            &s.iae()
                .env("IAE_LANG", "en")
                .args(["list", "--format", "json"])
                .output()
                .unwrap()
        )[0]["pass_end"],
        "2028-06-29"
    );
}

#[test]
fn particular_difficulties_is_for_ai_and_aci_only() {
    let s = Structure::new("EI");
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2025-03-03");
    s.iae()
        .args(["pass", "set", &id, "--number", "999992512345"])
        .assert()
        .success();
    let out = s
        .iae()
        .env("IAE_TODAY", "2027-01-10")
        .args([
            "pass",
            "prolong",
            &id,
            "--reason",
            "particular_difficulties",
            "--to",
            "2027-06-30",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("réservé aux AI, ACI, pas aux EI"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn contracts_add_renew_end_with_warnings_and_derogations() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2025-03-03");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2025-03-03",
            "--end",
            "2025-06-30",
        ])
        .args(["--weekly-hours", "18", "--position", "Agent d'entretien"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("W004 a CDDI lasts at least 4 months"), "{err}");
    assert!(err.contains("W004 18 hours a week"), "{err}");
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert_eq!(stderr(&out).matches("W004").count(), 2, "{}", stderr(&out));

    let out = s
        .iae()
        .args([
            "contract",
            "renew",
            &id,
            "--end",
            "2025-12-31",
            "--weekly-hours",
            "26",
            "--derogation",
            "Reprise progressive (médecin du travail)",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains("W004"), "{}", stderr(&out));
    let text = s.read(&id);
    assert!(text.contains("start = 2025-07-01\nend = 2025-12-31\nweekly_hours = 26\nposition = \"Agent d'entretien\"\nderogation = \"Reprise progressive (médecin du travail)\"\n"), "{text}");

    let before = s.read(&id);
    for args in [
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cdd",
            "--start",
            "2026-01-01",
            "--end",
            "2026-06-30",
            "--weekly-hours",
            "26",
            "--position",
            "x",
        ],
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2026-01-01",
            "--end",
            "2026-06-30",
            "--weekly-hours",
            "50",
            "--position",
            "x",
        ],
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2026-01-01",
            "--weekly-hours",
            "26",
            "--position",
            "x",
        ],
        vec!["contract", "renew", &id, "--end", "2025-12-01"],
        vec!["contract", "end", &id, "--on", "2024-01-01"],
    ] {
        let out = s.iae().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(s.read(&id), before, "{args:?}");
    }

    s.iae()
        .args(["contract", "end", &id, "--on", "2025-10-15"])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["show", &id, "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["contracts"][1]["end"], "2025-10-15");
    assert_eq!(v["contracts"][1]["planned_end"], "2025-12-31");

    // A mission in an ACI is a warning, not a refusal.
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "contract",
            "add",
            &id,
            "--kind",
            "mission",
            "--start",
            "2025-10-20",
            "--end",
            "2025-10-31",
            "--weekly-hours",
            "35",
            "--position",
            "x",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("a mission contract is for ETTI, not ACI"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn recruit_warns_within_two_years_of_a_previous_pass() {
    let s = Structure::new("ACI");
    let first = s.recruit("Martin", "Sofia", "1990-05-14", "2022-03-01");
    s.iae()
        .args(["pass", "set", &first, "--number", "999992200001"])
        .assert()
        .success();
    s.iae()
        .args([
            "exit",
            &first,
            "--date",
            "2024-02-28",
            "--reason",
            "chomage",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "Martin",
            "--first-name",
            "Sofia",
            "--birth-date",
            "1990-05-14",
            "--sex",
            "F",
        ])
        .args(["--hired-on", "2025-03-03", "--force", "--criteria", "rsa"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("W008") && stderr(&out).contains("28/02/2024"),
        "{}",
        stderr(&out)
    );
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "Martin",
            "--first-name",
            "Sofia",
            "--birth-date",
            "1990-05-14",
            "--sex",
            "F",
        ])
        .args([
            "--hired-on",
            "2025-03-03",
            "--force",
            "--diagnosis-by",
            "prescriber",
        ])
        .output()
        .unwrap();
    assert!(!stderr(&out).contains("W008"), "{}", stderr(&out));
}
