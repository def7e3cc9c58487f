//! `iae interview`: notes without `$EDITOR` (typed on the terminal, or none off a terminal;
//! the person is found before anything is asked), notes that survive a round trip, date
//! order, the exit, and two interviews added at once.

use crate::*;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn off_a_terminal_without_an_editor_the_interview_is_recorded_without_notes() {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    let out = s
        .iae()
        .args(["interview", "add", "martin", "--date", "2025-04-01"])
        .args(["--kind", "suivi", "--by", "C. Roux"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("editor"), "{}", stderr(&out));
    let text = s.read(&id);
    assert!(
        text.contains("[[interviews]]") && !text.contains("notes"),
        "{text}"
    );
    // A wrong name is said first, never "no editor".
    let out = s
        .iae()
        .args(["interview", "add", "durand", "--date", "2025-04-01"])
        .args(["--kind", "suivi", "--by", "C. Roux"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("aucun salarié ne correspond à « durand »"),
        "{}",
        stderr(&out)
    );
}

/// On a terminal (a pseudo-terminal from `script`), with no editor set, the notes are
/// typed inline and end with an empty line.
#[test]
fn on_a_terminal_without_an_editor_the_notes_are_typed_inline() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("`script` (util-linux) is not installed: no pseudo-terminal to test with");
        return;
    }
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    let iae = assert_cmd::cargo::cargo_bin("iae");
    let line = format!(
        "{} --dir {} interview add martin --date 2025-04-01 --kind suivi --by Roux",
        iae.display(),
        s.path().display()
    );
    let mut child = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("IAE_TODAY", crate::TODAY)
        .env("LANG", "fr_FR.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Point sur le permis.\nRDV auto-école le 12.\n\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("terminez par une ligne vide"), "{said}");
    let text = s.read(&id);
    assert!(
        text.contains("Point sur le permis.\nRDV auto-école le 12."),
        "{text}"
    );
}

const NOTES: &str = "Elle dit : « ça va mieux ».\nCitation \"exacte\" et 'simple'.\n\nUn \"\"\" au milieu, des accents : é è à ç œ.\n\n\tfin tabulée\n";

#[test]
fn notes_survive_a_write_read_write_round_trip() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-01",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
            "--notes",
            NOTES,
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["show", &id, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["interviews"][0]["notes"], NOTES);
    let written = s.read(&id);

    // Another write keeps those bytes as they are.
    let notes_file = s.path().join("notes.txt");
    std::fs::write(&notes_file, "Deuxième entretien.\n\nRAS.\n").unwrap();
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-05-06",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
        ])
        .arg("--notes-file")
        .arg(&notes_file)
        .assert()
        .success();
    let rewritten = s.read(&id);
    assert!(
        rewritten.starts_with(&written),
        "the first interview is untouched"
    );
    let out = s
        .iae()
        .args(["interview", "list", &id, "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows[0]["notes"], NOTES);
    assert_eq!(rows[1]["notes"], "Deuxième entretien.\n\nRAS.\n");
    assert_eq!(rows[1]["attendance"], "present");
    s.iae().arg("check").assert().success();
}

#[test]
fn interviews_go_in_date_order_and_respect_the_exit() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    for (date, kind) in [
        ("2025-05-06", "suivi"),
        ("2025-03-03", "accueil"),
        ("2025-04-01", "collectif"),
    ] {
        s.iae()
            .args([
                "interview",
                "add",
                &id,
                "--date",
                date,
                "--kind",
                kind,
                "--by",
                "C. Durand",
                "--medium",
                "in_person",
            ])
            .assert()
            .success();
    }
    let text = s.read(&id);
    let dates: Vec<&str> = text.lines().filter(|l| l.starts_with("date = ")).collect();
    assert_eq!(
        dates,
        [
            "date = 2025-03-03",
            "date = 2025-04-01",
            "date = 2025-05-06"
        ]
    );
    assert!(text.contains("medium = \"in_person\""));

    let out = s
        .iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-02",
            "--kind",
            "entretien",
            "--by",
            "X",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("accueil, suivi, bilan_intermediaire"),
        "{}",
        stderr(&out)
    );

    s.iae()
        .args(["exit", &id, "--date", "2025-06-30", "--reason", "chomage"])
        .assert()
        .success();
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-07-15",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("post_sortie"), "{}", stderr(&out));
    assert_eq!(
        s.read(&id),
        before,
        "a refused input leaves the file byte-identical"
    );
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-07-15",
            "--kind",
            "post_sortie",
            "--by",
            "C. Durand",
            "--medium",
            "phone",
        ])
        .assert()
        .success();
    s.iae().arg("check").assert().success();
}

#[test]
fn two_concurrent_interviews_are_both_kept() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let spawn = |date: &str| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("iae"))
            .env_clear()
            .arg("--dir")
            .arg(s.path())
            .args([
                "interview",
                "add",
                &id,
                "--date",
                date,
                "--kind",
                "suivi",
                "--by",
                "C. Durand",
                "--notes",
                date,
            ])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let children = [spawn("2025-04-01"), spawn("2025-04-02")];
        for c in children {
            assert!(c.wait_with_output().unwrap().status.success());
        }
    }
    let out = s
        .iae()
        .args(["interview", "list", &id, "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 6);
}

#[test]
fn a_mistyped_code_is_a_usage_error_that_says_what_was_meant() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-01-06");
    let before = s.read(&id);
    let out = s
        .iae()
        .args(["interview", "add", "martin", "--date", "2025-02-03"])
        .args(["--kind", "acceuil", "--by", "C. Durand"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("conseil : vouliez-vous dire « accueil » ?\n"),
        "{}",
        stderr(&out)
    );
    let out = s
        .iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-02",
            "--reason",
            "cdi_non_aid",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("conseil : vouliez-vous dire « cdi_non_aide » ?\n"),
        "{}",
        stderr(&out)
    );
    // Nothing close: the list alone.
    let out = s
        .iae()
        .args([
            "barrier",
            "add",
            "martin",
            "--category",
            "zzz",
            "--detail",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !stderr(&out).contains("vouliez-vous dire"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
}
