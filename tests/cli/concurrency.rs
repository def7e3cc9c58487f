//! Real processes writing at once: the lock serialises them and nothing is lost.

use crate::*;

fn spawn_recruit(s: &Structure, last: &str, first: &str) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("iae"))
        .env_clear()
        .env("IAE_TODAY", TODAY)
        .arg("--dir")
        .arg(s.path())
        .args(["recruit", "--last-name", last, "--first-name", first])
        .args([
            "--birth-date",
            "1990-01-01",
            "--sex",
            "M",
            "--hired-on",
            "2025-03-03",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn two_simultaneous_recruits_of_one_person_leave_one_file() {
    let s = Structure::new("ACI");
    let children = [
        spawn_recruit(&s, "Moreau", "Karim"),
        spawn_recruit(&s, "Moreau", "Karim"),
    ];
    let results: Vec<bool> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.success())
        .collect();
    assert_eq!(results.iter().filter(|ok| **ok).count(), 1, "{results:?}");
    assert_eq!(s.case_files().len(), 1);
}

#[test]
fn eight_simultaneous_recruits_leave_eight_distinct_files() {
    let s = Structure::new("ACI");
    let names = [
        "Ali", "Bea", "Cyril", "Dina", "Emma", "Farid", "Gael", "Hugo",
    ];
    let children: Vec<_> = names
        .iter()
        .map(|n| spawn_recruit(&s, "Petit", n))
        .collect();
    let mut ids: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", stderr(&out));
            stdout(&out).trim().to_string()
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 8);
    assert_eq!(s.case_files().len(), 8);
    s.iae().arg("check").assert().success();
}
