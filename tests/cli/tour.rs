//! The README's five-minute tour, run as written, command after command: it must work on
//! any day, with nothing from the caller's environment (no `IAE_TODAY` but its own).

use std::process::Command;

/// The tour: the README's `sh` block that starts with `iae init`.
fn tour() -> String {
    let readme = include_str!("../../README.md");
    readme
        .split("```sh\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap_or_default())
        .find(|block| block.contains("iae init"))
        .expect("the README has a tour")
        .to_string()
}

#[test]
fn the_readme_tour_runs_as_written_on_any_day() {
    let script = tour();
    assert!(
        script.contains("export IAE_TODAY="),
        "the tour pins its day"
    );
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("tour.sh");
    std::fs::write(&path, &script).unwrap();
    let iae = assert_cmd::cargo::cargo_bin("iae");
    let bin_dir = iae.parent().unwrap();
    let system_path = std::env::var("PATH").unwrap_or_default();
    let out = Command::new("sh")
        .arg("-ex")
        .arg(&path)
        .current_dir(tmp.path())
        .env_clear()
        .env("PATH", format!("{}:{system_path}", bin_dir.display()))
        .env("HOME", tmp.path())
        .env("EDITOR", "true")
        .env("LANG", "fr_FR.UTF-8")
        .env("GIT_AUTHOR_NAME", "Claire Durand")
        .env("GIT_AUTHOR_EMAIL", "claire@example.org")
        .env("GIT_COMMITTER_NAME", "Claire Durand")
        .env("GIT_COMMITTER_EMAIL", "claire@example.org")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the tour stopped:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<_> = std::fs::read_dir(tmp.path().join("bagneux/salaries"))
        .unwrap()
        .collect();
    assert_eq!(files.len(), 1, "one salariée recorded");
}
