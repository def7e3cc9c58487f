//! Checks that used to stay silent: a shared PASS number, records after the exit, two-digit
//! years, negative hours, two barriers with one number.

use crate::{Structure, stderr};

fn lea() -> (Structure, String) {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    (s, id)
}

#[test]
fn a_pass_number_given_to_two_salaries_is_said_at_write_and_by_check() {
    let (s, lea) = lea();
    let paul = s.recruit("DURAND", "Paul", "1979-11-02", "2025-03-10");
    s.iae()
        .args(["pass", "set", "martin", "--number", "9999 9250 0042"])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["pass", "set", "durand", "--number", "999992500042"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the file is written: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("W013")
            && err.contains("999992500042")
            && err.contains(&format!("MARTIN Léa ({lea})")),
        "{err}"
    );
    assert!(s.read(&paul).contains("999992500042"));
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    let err = stderr(&out);
    assert_eq!(err.matches("W013").count(), 2, "{err}");
    assert!(
        err.contains("le PASS IAE n° 999992500042 est aussi celui de"),
        "{err}"
    );
}

#[test]
fn hours_after_the_exit_are_refused_and_the_file_is_unchanged() {
    let (s, id) = lea();
    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-15",
            "--reason",
            "chomage",
        ])
        .assert()
        .success();
    let before = s.read(&id);
    for args in [
        vec![
            "hours", "add", "martin", "--month", "2025-06", "--hours", "20",
        ],
        vec![
            "training",
            "add",
            "martin",
            "--title",
            "CACES",
            "--organism",
            "AFPA",
            "--start",
            "2025-06-02",
        ],
        vec![
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2025-06-02",
            "--end",
            "2025-10-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ],
    ] {
        let out = s.iae().env("IAE_LANG", "en").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("after the exit"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(s.read(&id), before, "{args:?}");
    }
    // In French, the month as people write it.
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "2025-06", "--hours", "20",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("heures de 06/2025 le 01/06/2025, après la sortie du 15/05/2025"),
        "{}",
        stderr(&out)
    );
    // The month of the exit is before the exit.
    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "hours", "add", "martin", "--month", "2025-05", "--hours", "60",
        ])
        .assert()
        .success();
}

#[test]
fn the_training_that_is_the_reason_of_the_exit_may_start_after_it() {
    let (s, id) = lea();
    s.iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-15",
            "--reason",
            "formation_qualifiante",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args([
            "training",
            "add",
            "martin",
            "--title",
            "Titre pro agent de propreté",
        ])
        .args([
            "--organism",
            "AFPA",
            "--start",
            "2025-06-02",
            "--qualifying",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(s.read(&id).contains("Titre pro"));
    s.iae().arg("check").assert().success();
}

#[test]
fn years_have_four_digits_and_french_dates_are_understood() {
    let (s, id) = lea();
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "interview",
            "add",
            "martin",
            "--date",
            "25-04-01",
            "--kind",
            "suivi",
            "--by",
            "C. Roux",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("sur quatre chiffres"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
    s.iae()
        .args([
            "interview",
            "add",
            "martin",
            "--date",
            "01/04/2025",
            "--kind",
            "suivi",
            "--by",
            "C. Roux",
        ])
        .assert()
        .success();
    assert!(s.read(&id).contains("date = 2025-04-01"));
}

#[test]
fn negative_hours_are_refused_in_words() {
    let (s, id) = lea();
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "2025-03", "--hours", "-1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--hours -1 : le nombre d'heures doit être positif"),
        "{err}"
    );
    assert!(!err.contains("unexpected argument"), "{err}");
    assert_eq!(s.read(&id), before);
}

#[test]
fn two_barriers_with_one_number_are_refused_and_check_says_how_to_renumber() {
    let (s, id) = lea();
    for detail in ["Pas de permis", "Pas de logement"] {
        s.iae()
            .args(["barrier", "add", "martin", "--category", "mobilite"])
            .args(["--detail", detail, "--noted-on", "2025-03-05"])
            .assert()
            .success();
    }
    // Someone copied the first barrier by hand and kept its number.
    let path = s.path().join("salaries").join(format!("{id}.toml"));
    let text = s.read(&id).replace("number = 2", "number = 1");
    std::fs::write(&path, &text).unwrap();
    let out = s
        .iae()
        .args(["barrier", "resolve", "martin", "1", "--on", "2025-04-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("deux freins n° 1"), "{err}");
    assert!(err.contains("number = 2"), "{err}");
    assert_eq!(s.read(&id), text);
    let out = s.iae().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("utilisé deux fois")
            && err.contains(&format!("iae edit {id}"))
            && err.contains("number = 2"),
        "{err}"
    );
}
