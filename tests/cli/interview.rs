//! Interview notes without `$EDITOR`: typed on the terminal, or none off a terminal; the
//! person is found before anything is asked.

use crate::{Structure, stderr};
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
