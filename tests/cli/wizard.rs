//! `iae recruit` on a real terminal (a pseudo-terminal): the questions after the identity,
//! the eligibility verdict before anything is written, the derogation or the abandon.

use crate::{Structure, TODAY};
use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

/// `iae --dir <structure> recruit <args>` on a terminal, as a counsellor runs it.
fn recruit_on_a_terminal(s: &Structure, args: &[&str]) -> PtySession {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_iae"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", std::env::temp_dir())
        .env("IAE_TODAY", TODAY)
        .env("LANG", "fr_FR.UTF-8")
        .env("COLUMNS", "80")
        .env("TERM", "dumb")
        .arg("--dir")
        .arg(s.path())
        .arg("recruit")
        .args(args);
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// Wait until the terminal shows `text`. The session reads the terminal byte by byte, one
/// char per byte: the UTF-8 of `text` is looked for the same way.
fn expect(p: &mut PtySession, text: &str) {
    let bytes: String = text.bytes().map(char::from).collect();
    p.exp_string(&bytes)
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
}

/// Wait for `question`, then type `answer` and Enter.
fn answer(p: &mut PtySession, question: &str, answer: &str) {
    expect(p, question);
    p.send_line(answer).unwrap();
}

/// Everything the program still prints, and its exit code.
fn finish(mut p: PtySession) -> (String, i32) {
    let bytes: Vec<u8> = p.exp_eof().unwrap().chars().map(|c| c as u8).collect();
    let rest = String::from_utf8(bytes).unwrap();
    let code = match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("{other:?}"),
    };
    (rest, code)
}

/// The identity, typed as people type it: `H` for a man, French dates.
fn identity(p: &mut PtySession) {
    answer(p, "Nom :", "Durand");
    answer(p, "Prénom :", "Karim");
    answer(p, "Date de naissance (JJ/MM/AAAA) :", "14/05/1988");
    answer(p, "Sexe (F ou H) :", "h");
    answer(
        p,
        "Date d'embauche, premier jour travaillé (JJ/MM/AAAA) :",
        "02/06/2025",
    );
    answer(p, "Date de candidature", "20/05/2025");
    answer(p, "Prescripteur", "france_travail");
    answer(p, "Code postal", "92220");
}

#[test]
fn the_wizard_asks_everything_shows_the_verdict_and_writes_on_confirmation() {
    let s = Structure::new("ACI");
    let mut p = recruit_on_a_terminal(&s, &[]);
    identity(&mut p);
    // The structure's criteria are listed with their levels, codes and labels.
    expect(
        &mut p,
        "ACI : éligible avec un critère de niveau 1, ou 3 critères de niveau 2",
    );
    expect(&mut p, "niveau 1 :");
    expect(&mut p, "rsa");
    expect(&mut p, "niveau 2 :");
    // An unknown code is refused and the question asked again.
    answer(&mut p, "Critères d'éligibilité", "rsa, xyz");
    answer(&mut p, "critère inconnu : xyz", "rsa qpv");
    answer(&mut p, "Diagnostic fait par la structure", "");
    answer(
        &mut p,
        "Date du diagnostic (JJ/MM/AAAA) [01/06/2025] :",
        "28/05/2025",
    );
    // A wrong PASS number is asked again; spaces are allowed.
    answer(&mut p, "Numéro de PASS IAE", "1234");
    answer(&mut p, "Numéro de PASS IAE", "99999 25 12345");
    expect(&mut p, "cddi");
    answer(&mut p, "Premier contrat : type", "");
    expect(
        &mut p,
        "le contrat commence le jour de l'embauche, le 02/06/2025",
    );
    answer(&mut p, "Fin du contrat", "6 mois");
    answer(&mut p, "Heures par semaine", "26,5");
    answer(
        &mut p,
        "Poste occupé",
        "Agent d'entretien des espaces verts",
    );
    expect(&mut p, "Éligible (ACI, diagnostic de l'employeur du");
    expect(&mut p, "niveau 1 : rsa");
    assert!(s.case_files().is_empty(), "nothing before the confirmation");
    answer(
        &mut p,
        "Enregistrer le dossier de DURAND Karim ? [O/n]",
        "o",
    );
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("recruté·e sous l'identifiant"), "{rest}");

    let files = s.case_files();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    for line in [
        "last_name = \"Durand\"",
        "sex = \"M\"",
        "birth_date = 1988-05-14",
        "hired_on = 2025-06-02",
        "applied_on = 2025-05-20",
        "prescriber = \"france_travail\"",
        "date = 2025-05-28",
        "by = \"employer\"",
        "criteria = [\"rsa\", \"qpv\"]",
        "number = \"999992512345\"",
        "kind = \"cddi\"",
        "start = 2025-06-02",
        "end = 2025-12-01",
        "weekly_hours = 26.5",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
}

/// Criteria that fall short: the wizard says so, and abandoning writes nothing.
#[test]
fn failing_criteria_can_be_abandoned_and_nothing_is_written() {
    let s = Structure::new("ACI");
    let mut p = recruit_on_a_terminal(&s, &["--applied-on", "2025-05-20", "--prescriber", "siae"]);
    answer(&mut p, "Nom :", "Durand");
    answer(&mut p, "Prénom :", "Karim");
    answer(&mut p, "Date de naissance", "1988-05-14");
    answer(&mut p, "Sexe", "homme");
    answer(&mut p, "Date d'embauche", "02/06/2025");
    answer(&mut p, "Code postal", "");
    answer(&mut p, "Critères d'éligibilité", "qpv");
    answer(&mut p, "Diagnostic fait par", "employeur");
    answer(&mut p, "Date du diagnostic", "");
    answer(&mut p, "Numéro de PASS IAE", "");
    answer(&mut p, "Premier contrat : type", "aucun");
    expect(&mut p, "Non éligible");
    expect(&mut p, "il manque 2 critères de niveau 2");
    answer(
        &mut p,
        "Enregistrer une dérogation (d) ou abandonner (a) ?",
        "a",
    );
    let (rest, code) = finish(p);
    assert!(rest.contains("rien n'a été enregistré"), "{rest}");
    assert_eq!(code, 1);
    assert!(s.case_files().is_empty());
}

/// Criteria that fall short, with the derogation the administration granted: stored.
#[test]
fn failing_criteria_can_go_ahead_with_a_derogation_that_is_stored() {
    let s = Structure::new("ACI");
    let mut p = recruit_on_a_terminal(
        &s,
        &[
            "--last-name",
            "Durand",
            "--first-name",
            "Karim",
            "--birth-date",
            "14/05/1988",
            "--sex",
            "H",
            "--hired-on",
            "2025-06-02",
            "--criteria",
            "qpv,pm",
            "--pass-number",
            "999992512345",
        ],
    );
    answer(&mut p, "Date de candidature", "");
    answer(&mut p, "Prescripteur", "");
    answer(&mut p, "Code postal", "");
    // The criteria came from the command line: not asked again.
    answer(&mut p, "Diagnostic fait par", "e");
    answer(&mut p, "Date du diagnostic", "30/05/2025");
    answer(&mut p, "Premier contrat : type", "cddi");
    answer(&mut p, "Fin du contrat", "01/10/2025");
    answer(&mut p, "Heures par semaine", "20");
    answer(&mut p, "Poste occupé", "");
    expect(&mut p, "il manque 1 critère de niveau 2");
    answer(
        &mut p,
        "Enregistrer une dérogation (d) ou abandonner (a) ?",
        "d",
    );
    answer(
        &mut p,
        "Motif de la dérogation",
        "Accord de la DDETS du 28/05/2025",
    );
    answer(&mut p, "Enregistrer le dossier de DURAND Karim ?", "");
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let files = s.case_files();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        text.contains("derogation = \"Accord de la DDETS du 28/05/2025\""),
        "{text}"
    );
    assert!(text.contains("end = 2025-10-01"), "{text}");
}

/// Declining the confirmation writes nothing, even when the person is eligible.
#[test]
fn declining_the_confirmation_writes_nothing() {
    let s = Structure::new("AI");
    let mut p = recruit_on_a_terminal(
        &s,
        &[
            "--last-name",
            "Durand",
            "--first-name",
            "Karim",
            "--birth-date",
            "1988-05-14",
            "--sex",
            "M",
            "--hired-on",
            "2025-06-02",
            "--applied-on",
            "2025-05-20",
            "--prescriber",
            "siae",
            "--postcode",
            "92220",
            "--pass-number",
            "999992512345",
            "--contract",
            "cddu",
            "--contract-end",
            "2025-06-30",
            "--weekly-hours",
            "10",
            "--position",
            "Aide ménager",
        ],
    );
    answer(&mut p, "Critères d'éligibilité", "");
    answer(&mut p, "Diagnostic fait par", "prescripteur");
    answer(&mut p, "Date du diagnostic", "");
    expect(
        &mut p,
        "Éligible (AI, diagnostic d'un prescripteur habilité",
    );
    answer(&mut p, "Enregistrer le dossier de DURAND Karim ?", "non");
    let (rest, code) = finish(p);
    assert!(rest.contains("rien n'a été enregistré"), "{rest}");
    assert_eq!(code, 1);
    assert!(s.case_files().is_empty());
}

/// Someone who already has a file is refused right after the identity, before the other
/// questions, and nothing is written.
#[test]
fn a_person_already_recorded_is_refused_before_the_other_questions() {
    let s = Structure::new("ACI");
    s.recruit("DURAND", "Karim", "1988-05-14", "2025-03-03");
    let mut p = recruit_on_a_terminal(&s, &["--hired-on", "2025-06-02"]);
    answer(&mut p, "Nom :", "durand");
    answer(&mut p, "Prénom :", "KARIM");
    answer(&mut p, "Date de naissance", "14/05/1988");
    answer(&mut p, "Sexe", "H");
    let (rest, code) = finish(p);
    assert_eq!(code, 1, "{rest}");
    assert!(!rest.contains("Date de candidature"), "{rest}");
    assert!(rest.contains("--force"), "{rest}");
    assert_eq!(s.case_files().len(), 1);
}

/// An age the law does not allow on the hiring date stops the wizard after the identity.
#[test]
fn an_impossible_age_stops_the_wizard_after_the_identity() {
    let s = Structure::new("ACI");
    let mut p = recruit_on_a_terminal(&s, &[]);
    answer(&mut p, "Nom :", "Durand");
    answer(&mut p, "Prénom :", "Karim");
    answer(&mut p, "Date de naissance", "14/05/2012");
    answer(&mut p, "Sexe", "H");
    answer(&mut p, "Date d'embauche", "02/06/2025");
    let (rest, code) = finish(p);
    assert_eq!(code, 1, "{rest}");
    assert!(!rest.contains("Date de candidature"), "{rest}");
    assert!(rest.contains("13 ans"), "{rest}");
    assert!(s.case_files().is_empty());
}

/// A second parcours within 2 years of the previous PASS, on the structure's own
/// diagnosis: the waiting period is shown before the confirmation, as a warning only.
#[test]
fn the_waiting_period_is_shown_before_the_confirmation() {
    let s = Structure::new("ACI");
    s.iae()
        .args(["recruit", "--last-name", "Durand", "--first-name", "Karim"])
        .args(["--birth-date", "1988-05-14", "--sex", "M"])
        .args(["--hired-on", "2022-09-05", "--pass-number", "999992212345"])
        .assert()
        .success();
    let mut p = recruit_on_a_terminal(
        &s,
        &[
            "--force",
            "--last-name",
            "Durand",
            "--first-name",
            "Karim",
            "--birth-date",
            "1988-05-14",
            "--sex",
            "M",
            "--hired-on",
            "2025-06-02",
            "--applied-on",
            "2025-05-20",
            "--prescriber",
            "siae",
            "--postcode",
            "92220",
            "--criteria",
            "rsa",
            "--diagnosis-by",
            "employer",
            "--diagnosis-date",
            "2025-05-28",
            "--pass-number",
            "999992512345",
        ],
    );
    answer(&mut p, "Premier contrat : type", "aucun");
    expect(&mut p, "W008 le PASS précédent de cette personne");
    expect(&mut p, "tombe dans le délai de carence de 2 ans");
    assert_eq!(
        s.case_files().len(),
        1,
        "nothing new before the confirmation"
    );
    answer(&mut p, "Enregistrer le dossier de DURAND Karim ?", "o");
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert_eq!(s.case_files().len(), 2);
}
