//! `iae recruit`: a salarié recruited, then shown, listed and checked; bad input refused
//! with nothing written; the same person twice refused unless forced; off a terminal,
//! criteria that fail are refused with the verdict unless a derogation says why; an old
//! diagnosis or a hiring within two years of a previous PASS stays a warning.

use crate::*;

const LEA: [&str; 10] = [
    "recruit",
    "--last-name",
    "MARTIN",
    "--first-name",
    "Léa",
    "--birth-date",
    "1990-04-02",
    "--sex",
    "F",
    "--hired-on",
];

#[test]
fn criteria_that_fall_short_are_refused_with_the_missing_count() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(LEA)
        .args(["2025-03-03", "--criteria", "qpv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("ne rendent pas la personne éligible"), "{err}");
    assert!(err.contains("il manque 2 critères de niveau 2"), "{err}");
    assert!(err.contains("--derogation"), "{err}");
    assert!(s.case_files().is_empty());
}

#[test]
fn contradictory_criteria_are_refused() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(LEA)
        .args(["2025-03-03", "--criteria", "jeune,qpv,deld"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("jeune est déclaré mais la personne a 34 ans"),
        "{}",
        stderr(&out)
    );
    assert!(s.case_files().is_empty());
}

#[test]
fn a_derogation_lets_the_hiring_through_and_is_stored() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(LEA)
        .args(["2025-03-03", "--criteria", "qpv"])
        .args(["--derogation", "Accord de la DDETS du 2025-02-25"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let text = s.read(&id);
    assert!(
        text.contains("derogation = \"Accord de la DDETS du 2025-02-25\""),
        "{text}"
    );
}

#[test]
fn an_old_diagnosis_stays_a_warning_and_the_file_is_written() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(LEA)
        .args([
            "2025-03-03",
            "--criteria",
            "rsa",
            "--diagnosis-date",
            "2024-01-15",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(s.case_files().len(), 1);
}

#[test]
fn recruit_show_list_and_check() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "Lefèvre",
            "--first-name",
            "Élodie",
            "--birth-date",
            "1990-02-28",
        ])
        .args([
            "--sex",
            "F",
            "--hired-on",
            "2025-03-03",
            "--applied-on",
            "2025-02-10",
        ])
        .args([
            "--prescriber",
            "france_travail",
            "--postcode",
            "92220",
            "--criteria",
            "rsa,qpv",
        ])
        .args([
            "--diagnosis-by",
            "employer",
            "--diagnosis-date",
            "2025-02-20",
            "--pass-number",
            "99999 25 12345",
        ])
        .args([
            "--contract",
            "cddi",
            "--contract-end",
            "2025-09-02",
            "--weekly-hours",
            "26",
            "--position",
            "Agent d'entretien",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let id = v["id"].as_str().unwrap().to_string();
    assert_eq!(v["path"], format!("salaries/{id}.toml"));
    assert_eq!(id.len(), 6);

    let text = s.read(&id);
    assert!(text.starts_with(&format!("# Dossier {id}\nschema = 1\nid = \"{id}\"\n")));
    assert!(text.contains("number = \"999992512345\""));
    assert!(
        text.contains("end = 2027-03-02"),
        "PASS end = start + 730 days - 1"
    );
    assert!(text.contains("criteria = [\"rsa\", \"qpv\"]"));

    // By name, without accents or capitals.
    let out = s
        .iae()
        .args(["show", "lefevre", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["person"]["last_name"], "Lefèvre");
    assert_eq!(v["recruitment"]["hired_on"], "2025-03-03");
    assert_eq!(v["computed"]["age"], 35);
    assert_eq!(v["computed"]["pass_current_end"], "2027-03-02");
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys[..4],
        ["schema", "id", "person", "recruitment"],
        "the file's own order"
    );

    let human = s.iae().args(["show", &id.to_lowercase()]).output().unwrap();
    let human = stdout(&human);
    assert!(human.contains("LEFÈVRE Élodie"));
    assert!(human.contains("PASS IAE 99999 25 12345"));
    assert!(human.contains("Phase 1 — Recrutement"));
    let english = stdout(
        &s.iae()
            .args(["show", &id, "--lang", "en"])
            .output()
            .unwrap(),
    );
    assert!(english.contains("Phase 1 — Recruitment"), "{english}");
    assert!(english.contains("Woman"));

    for format in ["yaml", "csv", "markdown"] {
        let out = s
            .iae()
            .args(["show", &id, "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(stdout(&out).contains("2025-03-03"), "{format}");
    }

    let out = s.iae().args(["list", "--format", "json"]).output().unwrap();
    let rows = json(&out);
    assert_eq!(rows[0]["contract_end"], "2025-09-02");
    assert_eq!(rows[0]["pass_end"], "2027-03-02");
    assert_eq!(rows[0]["status"], "active");
    assert_eq!(rows[0]["last_interview"], serde_json::Value::Null);

    s.iae()
        .arg("check")
        .assert()
        .success()
        .stdout("")
        .stderr("");
}

#[test]
fn recruit_refuses_bad_input_and_writes_nothing() {
    let s = Structure::new("ACI");
    let base = [
        "recruit",
        "--last-name",
        "Martin",
        "--first-name",
        "Sofia",
        "--sex",
        "F",
    ];
    let cases: [(&[&str], &str); 9] = [
        (
            &["--birth-date", "1998-02-30", "--hired-on", "2025-03-03"],
            "is not a date",
        ),
        (
            &["--birth-date", "2012-01-01", "--hired-on", "2025-03-03"],
            "aged 13",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--applied-on",
                "2025-03-04",
            ],
            "after --hired-on",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--prescriber",
                "pole_emploi",
            ],
            "not a known prescriber",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--criteria",
                "rsa,riche",
            ],
            "riche",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--pass-number",
                "1234",
            ],
            "12 digits",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--postcode",
                "9222",
            ],
            "5 digits",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--contract",
                "cdd",
                "--weekly-hours",
                "26",
            ],
            "contract kind",
        ),
        (
            &[
                "--birth-date",
                "1998-05-14",
                "--hired-on",
                "2025-03-03",
                "--contract",
                "cddi",
                "--weekly-hours",
                "26",
            ],
            "--contract-end",
        ),
    ];
    // The messages are asserted in English.
    for (args, message) in cases {
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args(base)
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    assert!(s.case_files().is_empty());

    // Off a terminal, missing required flags are listed (usage error).
    let out = s
        .iae()
        .args(["recruit", "--last-name", "Martin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--first-name, --birth-date, --sex, --hired-on"),
        "{err}"
    );
}

#[test]
fn recruit_refuses_the_same_person_twice_unless_forced() {
    let s = Structure::new("ACI");
    let first = s.recruit("Lefèvre", "Élodie", "1990-02-28", "2025-03-03");
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "LEFEVRE",
            "--first-name",
            "elodie",
            "--birth-date",
            "1990-02-28",
        ])
        .args(["--sex", "F", "--hired-on", "2025-04-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("salaries/{first}.toml")),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.case_files().len(), 1);

    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "LEFEVRE",
            "--first-name",
            "elodie",
            "--birth-date",
            "1990-02-28",
        ])
        .args(["--sex", "F", "--hired-on", "2025-04-01", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(s.case_files().len(), 2);
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert!(out.status.success(), "warnings do not fail check");
    assert!(stderr(&out).contains("W001"), "{}", stderr(&out));
    s.iae().args(["check", "--strict"]).assert().code(1);
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

#[test]
fn the_sex_and_dates_are_taken_as_people_write_them() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(["recruit", "--last-name", "DURAND", "--first-name", "Karim"])
        .args(["--birth-date", "14/05/1988", "--sex", "h"])
        .args(["--hired-on", "02/06/2025"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let text = s.read(&id);
    assert!(text.contains("sex = \"M\""), "{text}");
    assert!(text.contains("birth_date = 1988-05-14"), "{text}");
    assert!(text.contains("hired_on = 2025-06-02"), "{text}");
}
