//! Integration tests: the real `iae` binary on temporary directories, with a cleared
//! environment, a fixed date and a fixed terminal width.

mod barrier;
mod check;
mod checks;
mod completions;
mod concurrency;
mod contract;
mod days_left;
mod deadlines;
mod edit;
mod eligibility;
mod exit;
mod future;
mod fuzz;
mod git;
mod help;
mod hours;
mod index;
mod init;
mod interview;
mod language;
mod list;
mod merge_property;
mod names;
mod pass;
mod pipe;
mod preserve;
mod privacy;
mod project;
mod purge;
mod recruit;
mod remove;
mod report;
mod report_exits;
mod report_output;
mod rules;
mod show;
mod tour;
mod wizard;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const TODAY: &str = "2025-06-01";

/// `iae` with nothing from the caller's environment but PATH.
pub fn iae() -> Command {
    let mut cmd = Command::cargo_bin("iae").unwrap();
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", std::env::temp_dir())
        .env("IAE_TODAY", TODAY)
        .env("LANG", "fr_FR.UTF-8")
        .env("COLUMNS", "80");
    cmd
}

/// A fresh structure in a temporary directory.
pub struct Structure {
    pub tmp: TempDir,
}

impl Structure {
    pub fn new(kind: &str) -> Structure {
        let tmp = tempfile::tempdir().unwrap();
        iae()
            .arg("init")
            .arg(tmp.path())
            .args(["--name", "Structure d'essai", "--kind", kind, "--no-git"])
            .assert()
            .success();
        Structure { tmp }
    }

    /// A copy of a fixture directory under `tests/fixtures/`.
    pub fn from_fixture(name: &str) -> Structure {
        let tmp = tempfile::tempdir().unwrap();
        copy_dir(&fixture(name), tmp.path());
        Structure { tmp }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// `iae --dir <this structure> ...`
    pub fn iae(&self) -> Command {
        let mut cmd = iae();
        cmd.arg("--dir").arg(self.path());
        cmd
    }

    /// Recruit someone with the required flags; returns the id.
    pub fn recruit(&self, last: &str, first: &str, birth: &str, hired: &str) -> String {
        let out = self
            .iae()
            .args(["recruit", "--last-name", last, "--first-name", first])
            .args(["--birth-date", birth, "--sex", "F", "--hired-on", hired])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    pub fn case_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.path().join("salaries"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        files
    }

    pub fn read(&self, id: &str) -> String {
        std::fs::read_to_string(self.path().join("salaries").join(format!("{id}.toml"))).unwrap()
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

/// Exit status, stdout and stderr of a run in one text, for snapshots of what a person
/// sees: `insta::assert_snapshot!(transcript(&out))`.
pub fn transcript(out: &std::process::Output) -> String {
    let code = out
        .status
        .code()
        .map_or_else(|| "signal".to_string(), |c| c.to_string());
    format!(
        "[exit {code}]\n--- stdout\n{}--- stderr\n{}",
        stdout(out),
        stderr(out)
    )
}
