//! A listing read only in part (`iae report deadlines | head`): when the reader closes the
//! pipe, `iae` stops writing and ends quietly, whatever the format.

use crate::Structure;
use std::process::{Command, Stdio};

/// A structure of 1,200 people recruited alike: every listing of it is longer than what a
/// pipe holds.
fn many() -> Structure {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2024-09-02");
    let salaries = s.path().join("salaries");
    let text = std::fs::read_to_string(salaries.join(format!("{id}.toml"))).unwrap();
    for i in 0..1_200 {
        let other: String = format!("K{i:05}")
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or(c, |d| b"ABCDEFGHJK"[d as usize] as char)
            })
            .collect();
        let path = salaries.join(format!("{other}.toml"));
        std::fs::write(path, text.replace(&id, &other)).unwrap();
    }
    s
}

#[test]
fn a_pipe_closed_by_its_reader_ends_the_listing_quietly() {
    let s = many();
    let listings: [&[&str]; 7] = [
        &["report", "deadlines"],
        &["--format", "json", "report", "deadlines"],
        &["--format", "csv", "report", "deadlines"],
        &["--format", "yaml", "list", "--all"],
        &["list", "--all"],
        &["--format", "markdown", "report", "active"],
        &["--format", "json", "check"],
    ];
    for args in listings {
        let whole = s.iae().args(args).output().unwrap();
        assert!(whole.status.success(), "{args:?}");
        assert!(whole.stdout.len() > 1 << 16, "{args:?} fills a pipe");
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("iae"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("IAE_TODAY", crate::TODAY)
            .env("LANG", "fr_FR.UTF-8")
            .env("COLUMNS", "80")
            .arg("--dir")
            .arg(s.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before reading a byte.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}
