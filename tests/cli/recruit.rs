//! `iae recruit` off a terminal: criteria that fail are refused with the verdict unless a
//! derogation says why; an old diagnosis stays a warning.

use crate::{Structure, stderr};

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
