//! Every command that takes an `ID` also takes a name, resolved as `show` resolves it.

use crate::{Structure, stderr, stdout};

/// MARTIN Léa and LEFÈVRE Martine: "martin" is Léa's whole last name, Martine's first
/// name only begins with it.
fn two_martins() -> (Structure, String, String) {
    let s = Structure::new("ACI");
    let lea = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    let martine = s.recruit("LEFÈVRE", "Martine", "1971-09-20", "2025-03-03");
    (s, lea, martine)
}

#[test]
fn a_whole_last_name_wins_over_the_start_of_a_first_name() {
    let (s, lea, martine) = two_martins();
    let before = s.read(&martine);
    s.iae()
        .args([
            "hours", "add", "martin", "--month", "2025-03", "--hours", "100",
        ])
        .assert()
        .success();
    assert!(s.read(&lea).contains("[[hours]]"), "{}", s.read(&lea));
    assert_eq!(s.read(&martine), before);
    let out = s.iae().args(["show", "martin"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("MARTIN Léa"), "{}", stdout(&out));
    // The beginning of a name still finds someone when nothing matches better.
    s.iae()
        .args(["barrier", "add", "lefev", "--category", "mobilite"])
        .args(["--detail", "Pas de permis", "--noted-on", "2025-03-10"])
        .assert()
        .success();
    assert!(s.read(&martine).contains("[[barriers]]"));
}

#[test]
fn names_are_taken_by_every_command_without_accents_or_case() {
    let (s, lea, _) = two_martins();
    s.iae()
        .args(["interview", "add", "lea martin", "--date", "2025-04-01"])
        .args([
            "--kind",
            "suivi",
            "--by",
            "C. Roux",
            "--notes",
            "Point d'étape",
        ])
        .assert()
        .success();
    s.iae()
        .args(["contract", "add", "MARTIN", "--kind", "cddi"])
        .args([
            "--start",
            "2025-03-03",
            "--end",
            "2025-08-31",
            "--weekly-hours",
            "26",
        ])
        .args(["--position", "Agente d'entretien"])
        .assert()
        .success();
    let text = s.read(&lea);
    assert!(
        text.contains("[[interviews]]") && text.contains("[[contracts]]"),
        "{text}"
    );
    let out = s.iae().args(["interview", "list", "léa"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_writes_nothing() {
    let s = Structure::new("ACI");
    let sofia = s.recruit("MARTIN", "Sofia", "1998-05-14", "2025-03-03");
    let paul = s.recruit("MARTIN", "Paul", "1979-11-02", "2025-03-03");
    let before = (s.read(&sofia), s.read(&paul));
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "2025-03", "--hours", "100",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("2 salariés correspondent à « martin »"),
        "{err}"
    );
    assert!(err.contains(&sofia) && err.contains(&paul), "{err}");
    assert!(
        err.contains("MARTIN Sofia") && err.contains("MARTIN Paul"),
        "{err}"
    );
    assert_eq!((s.read(&sofia), s.read(&paul)), before);
}

#[test]
fn a_wrong_id_or_a_misspelt_name_gets_did_you_mean() {
    let (s, lea, _) = two_martins();
    let before = s.read(&lea);
    // One character off the id.
    let last = lea.chars().last().unwrap();
    let typo = format!("{}{}", &lea[..5], if last == '0' { '1' } else { '0' });
    let out = s
        .iae()
        .args([
            "hours", "add", &typo, "--month", "2025-03", "--hours", "100",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("vouliez-vous dire"), "{err}");
    assert!(err.contains(&lea) && err.contains("MARTIN Léa"), "{err}");
    // A name typed with a letter missing.
    let out = s
        .iae()
        .args([
            "barrier",
            "add",
            "matrin",
            "--category",
            "mobilite",
            "--detail",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("aucun salarié ne correspond à « matrin »"),
        "{err}"
    );
    assert!(
        err.contains("vouliez-vous dire") && err.contains("MARTIN Léa"),
        "{err}"
    );
    assert_eq!(s.read(&lea), before);
    // Nothing close at all: the way to list everyone.
    let out = s.iae().args(["show", "durand"]).output().unwrap();
    assert!(stderr(&out).contains("iae list --all"), "{}", stderr(&out));
}
