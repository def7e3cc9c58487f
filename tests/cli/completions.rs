//! `iae completions` and `iae man`.

use crate::{Structure, iae, stdout, transcript};

#[test]
fn completions_print_a_script_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = iae().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}: {}", transcript(&out));
        let script = stdout(&out);
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        assert!(script.contains("iae"), "{shell}: {script}");
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = iae().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
}

#[test]
fn ids_and_names_of_the_structure_complete() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.recruit("Durand", "Paul", "1979-11-02", "2025-03-03");
    let complete = |args: &[&str]| {
        let out = iae()
            .env("COMPLETE", "fish")
            .env("IAE_DIR", s.path())
            .arg("--")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
        stdout(&out)
    };
    let names = complete(&["iae", "show", "mar"]);
    assert!(names.contains("martin\tMARTIN Sofia"), "{names}");
    assert!(!names.contains("durand"), "{names}");
    let first = &id[..1];
    let ids = complete(&["iae", "interview", "add", first]);
    assert!(ids.contains(&format!("{id}\tMARTIN Sofia")), "{ids}");
}

#[test]
fn man_writes_a_page_per_command() {
    let tmp = tempfile::tempdir().unwrap();
    let out = iae()
        .args(["man", "--out-dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    for page in ["iae.1", "iae-report.1", "iae-barrier-add.1", "iae-exit.1"] {
        let text = std::fs::read_to_string(tmp.path().join(page)).unwrap();
        assert!(text.contains(".TH"), "{page}");
    }
    let main_page = iae().arg("man").output().unwrap();
    assert!(stdout(&main_page).contains(".SH NAME"));
}
