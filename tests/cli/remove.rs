//! Mistakes undone without editing TOML: `remove` and `amend` for each kind of record,
//! `barrier action-remove`, and a derogation that amends the contract it was about.

use crate::{Structure, stderr};

fn lea() -> (Structure, String) {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    (s, id)
}

fn interview(s: &Structure, date: &str, kind: &str, notes: &str) {
    s.iae()
        .args(["interview", "add", "martin", "--date", date, "--kind", kind])
        .args(["--by", "C. Roux", "--notes", notes])
        .assert()
        .success();
}

#[test]
fn an_interview_is_removed_by_its_date_and_the_rest_survives() {
    let (s, id) = lea();
    interview(&s, "2025-03-03", "accueil", "Premier accueil");
    interview(&s, "2025-04-01", "suivi", "Saisi par erreur");
    // A comment someone wrote by hand stays where it was.
    let path = s.path().join("salaries").join(format!("{id}.toml"));
    let text = s.read(&id).replace(
        "kind = \"accueil\"",
        "kind = \"accueil\"  # venue avec sa sœur",
    );
    std::fs::write(&path, text).unwrap();
    let out = s
        .iae()
        .args(["interview", "remove", "martin", "2025-04-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains(&format!(
            "Retiré du dossier de MARTIN Léa ({id}) : l'entretien « 01/04/2025, suivi, C. Roux"
        )),
        "{said}"
    );
    let after = s.read(&id);
    assert!(!after.contains("Saisi par erreur"), "{after}");
    assert!(after.contains("Premier accueil") && after.contains("# venue avec sa sœur"));
}

#[test]
fn a_record_that_is_not_there_is_refused_with_what_there_is() {
    let (s, id) = lea();
    interview(&s, "2025-03-03", "accueil", "Premier accueil");
    let before = s.read(&id);
    let out = s
        .iae()
        .args(["interview", "remove", "martin", "2025-03-04"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("n'a pas d'entretien « 2025-03-04 »"), "{err}");
    assert!(err.contains("entretiens du dossier : 2025-03-03"), "{err}");
    let out = s
        .iae()
        .args(["training", "remove", "martin", "2025-03-04"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("aucun enregistrement de formation"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
}

#[test]
fn two_records_on_the_same_day_are_told_apart_with_nth() {
    let (s, id) = lea();
    interview(&s, "2025-04-01", "suivi", "Le matin");
    interview(&s, "2025-04-01", "collectif", "L'après-midi");
    let before = s.read(&id);
    let out = s
        .iae()
        .args(["interview", "remove", "martin", "2025-04-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("2 entretiens correspondent à « 2025-04-01 »"),
        "{err}"
    );
    assert!(
        err.contains("1) 01/04/2025, suivi") && err.contains("2) 01/04/2025, collectif"),
        "{err}"
    );
    assert!(err.contains("--nth"), "{err}");
    assert_eq!(s.read(&id), before);
    s.iae()
        .args(["interview", "remove", "martin", "2025-04-01", "--nth", "2"])
        .assert()
        .success();
    let after = s.read(&id);
    assert!(
        after.contains("Le matin") && !after.contains("L'après-midi"),
        "{after}"
    );
}

#[test]
fn hours_are_amended_and_removed_by_month() {
    let (s, id) = lea();
    for (month, hours) in [("2025-03", "100"), ("2025-04", "10")] {
        s.iae()
            .args(["hours", "add", "martin", "--month", month, "--hours", hours])
            .assert()
            .success();
    }
    let out = s
        .iae()
        .args([
            "hours",
            "amend",
            "martin",
            "2025-04",
            "--set",
            "hours=100.5",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("« 04/2025, 10 h » devient « 04/2025, 100,5 h »"),
        "{}",
        stderr(&out)
    );
    assert!(s.read(&id).contains("hours = 100.5"));
    s.iae()
        .args(["hours", "remove", "martin", "2025-03"])
        .assert()
        .success();
    let after = s.read(&id);
    assert!(
        !after.contains("2025-03\"") && after.contains("2025-04"),
        "{after}"
    );
    // Not a month: refused as a usage error.
    s.iae()
        .args(["hours", "remove", "martin", "avril"])
        .assert()
        .code(2);
}

#[test]
fn amend_changes_a_field_keeps_date_order_and_refuses_what_is_not_a_field() {
    let (s, id) = lea();
    for (title, start) in [
        ("CACES R489", "2025-04-01"),
        ("Sauveteur secouriste", "2025-05-01"),
    ] {
        s.iae()
            .args(["training", "add", "martin", "--title", title])
            .args(["--organism", "AFPA", "--start", start])
            .assert()
            .success();
    }
    s.iae()
        .args(["training", "amend", "martin", "2025-04-01"])
        .args(["--set", "start=2025-06-02", "--set", "qualifying=oui"])
        .assert()
        .success();
    let text = s.read(&id);
    let sst = text.find("Sauveteur").unwrap();
    let caces = text.find("CACES").unwrap();
    assert!(sst < caces, "the moved training follows the other: {text}");
    assert!(text.contains("start = 2025-06-02") && text.contains("qualifying = true"));
    let before = s.read(&id);
    for bad in [
        vec!["--set", "colour=blue"],
        vec!["--set", "start=02/06"],
        vec!["--set", "start"],
        vec![],
    ] {
        let out = s
            .iae()
            .args(["training", "amend", "martin", "2025-06-02"])
            .args(&bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", stderr(&out));
        assert_eq!(s.read(&id), before, "{bad:?}");
    }
    // A change that would make the file invalid is refused by the file's own checks.
    let out = s
        .iae()
        .args([
            "training",
            "amend",
            "martin",
            "2025-06-02",
            "--set",
            "end=2025-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(s.read(&id), before);
}

#[test]
fn skills_are_designated_by_name_and_contracts_by_start() {
    let (s, id) = lea();
    s.iae()
        .args([
            "skill",
            "add",
            "martin",
            "--kind",
            "savoir_etre",
            "--name",
            "Ponctualité",
        ])
        .args(["--level", "2", "--on", "2025-04-01"])
        .assert()
        .success();
    s.iae()
        .args([
            "skill",
            "amend",
            "martin",
            "ponctualite",
            "--set",
            "level=3",
        ])
        .assert()
        .success();
    assert!(s.read(&id).contains("level = 3"));
    s.iae()
        .args(["skill", "remove", "martin", "PONCTUALITÉ"])
        .assert()
        .success();
    assert!(!s.read(&id).contains("Ponctualité"));
    s.iae()
        .args([
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2025-03-03",
        ])
        .args([
            "--end",
            "2025-08-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ])
        .assert()
        .success();
    s.iae()
        .args([
            "contract",
            "amend",
            "martin",
            "2025-03-03",
            "--set",
            "weekly_hours=24",
        ])
        .assert()
        .success();
    assert!(s.read(&id).contains("weekly_hours = 24"));
    let out = s
        .iae()
        .args(["contract", "remove", "martin", "2025-03-03"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("le contrat « cddi, 03/03/2025, 31/08/2025, 24 h"),
        "{}",
        stderr(&out)
    );
    assert!(!s.read(&id).contains("[[contracts]]"));
}

#[test]
fn a_barrier_action_recorded_by_mistake_is_removed() {
    let (s, id) = lea();
    s.iae()
        .args(["barrier", "add", "martin", "--category", "mobilite"])
        .args(["--detail", "Pas de permis", "--noted-on", "2025-03-05"])
        .assert()
        .success();
    for (date, text) in [
        ("2025-03-10", "Inscription auto-école"),
        ("2025-03-12", "Mauvais dossier"),
    ] {
        s.iae()
            .args([
                "barrier", "action", "martin", "1", "--date", date, "--text", text,
            ])
            .assert()
            .success();
    }
    let out = s
        .iae()
        .args(["barrier", "action-remove", "martin", "1", "2025-03-12"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("l'action « 12/03/2025, Mauvais dossier » du frein n° 1"),
        "{}",
        stderr(&out)
    );
    let after = s.read(&id);
    assert!(after.contains("Inscription auto-école") && !after.contains("Mauvais dossier"));
    let out = s
        .iae()
        .args(["barrier", "action-remove", "martin", "2", "2025-03-10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(s.read(&id), after);
}

#[test]
fn a_derogation_after_the_warning_amends_the_contract_instead_of_adding_one() {
    let (s, id) = lea();
    let contract = [
        "contract",
        "add",
        "martin",
        "--kind",
        "cddi",
        "--start",
        "2025-03-03",
        "--end",
        "2025-04-30",
        "--weekly-hours",
        "26",
        "--position",
        "Agente",
    ];
    let out = s.iae().args(contract).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("W004"), "{}", stderr(&out));
    let out = s
        .iae()
        .args(contract)
        .args(["--derogation", "Accord DDETS du 2025-02-20"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("aucun second contrat"),
        "{}",
        stderr(&out)
    );
    let text = s.read(&id);
    assert_eq!(text.matches("[[contracts]]").count(), 1, "{text}");
    assert!(text.contains("derogation = \"Accord DDETS du 2025-02-20\""));
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert!(!stderr(&out).contains("W004"), "{}", stderr(&out));
}

#[test]
fn an_overlapping_contract_with_a_derogation_is_still_a_check_warning() {
    let (s, _) = lea();
    s.iae()
        .args([
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2025-03-03",
        ])
        .args([
            "--end",
            "2025-08-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args([
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2025-05-01",
        ])
        .args([
            "--end",
            "2025-10-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ])
        .args(["--derogation", "Avenant"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("chevauche"), "{}", stderr(&out));
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    let err = stderr(&out);
    assert!(
        err.contains("W004") && err.contains("malgré la dérogation « Avenant »"),
        "{err}"
    );
}
