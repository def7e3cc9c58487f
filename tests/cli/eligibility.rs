//! `iae eligibility`: the criteria, what-if verdicts and the verdict on a case file
//! on its hiring date.

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
