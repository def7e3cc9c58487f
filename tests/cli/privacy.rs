//! Sensitive data kept safe: private modes whatever the umask, nothing left behind by a
//! killed write, every stray file in salaries/ reported, bytes kept, the right of access,
//! and no number in a flag or iae.toml that stops the tool.

use crate::*;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command as Std, Stdio};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `iae ARGS` run by a shell that set `umask` first.
fn iae_with_umask(umask: &str, dir: &Path, args: &[&str]) -> std::process::Output {
    Std::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$@\""))
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("iae"))
        .arg("--dir")
        .arg(dir)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("IAE_TODAY", TODAY)
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap()
}

fn structure_with_umask(umask: &str, group: bool) -> (tempfile::TempDir, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let out = iae_with_umask(
        umask,
        &dir,
        &["init", "--name", "Essai", "--kind", "ACI", "--no-git"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    if group {
        let config = dir.join("iae.toml");
        let text = std::fs::read_to_string(&config).unwrap();
        std::fs::write(&config, format!("{text}\n[files]\nmode = \"group\"\n")).unwrap();
    }
    let out = iae_with_umask(
        umask,
        &dir,
        &[
            "recruit",
            "--last-name",
            "Martin",
            "--first-name",
            "Sofia",
            "--birth-date",
            "1998-05-14",
            "--sex",
            "F",
            "--hired-on",
            "2025-03-03",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    (tmp, stdout(&out).trim().to_string())
}

#[test]
fn case_files_are_private_under_umask_022_and_077() {
    for umask in ["022", "077"] {
        let (tmp, id) = structure_with_umask(umask, false);
        let dir = tmp.path().join("s");
        assert_eq!(
            mode(&dir.join(format!("salaries/{id}.toml"))),
            0o600,
            "umask {umask}"
        );
        assert_eq!(mode(&dir.join("salaries")), 0o700, "umask {umask}");
        assert_eq!(mode(&dir.join(".iae")), 0o700, "umask {umask}");
        assert_eq!(mode(&dir.join(".iae/lock")), 0o600, "umask {umask}");
    }
}

#[test]
fn group_mode_shares_with_the_group_but_never_beyond_the_umask() {
    let (tmp, id) = structure_with_umask("022", true);
    let file = tmp.path().join(format!("s/salaries/{id}.toml"));
    assert_eq!(mode(&file), 0o640, "022 takes the group's write bit away");
    let (tmp, id) = structure_with_umask("007", true);
    assert_eq!(
        mode(&tmp.path().join(format!("s/salaries/{id}.toml"))),
        0o660
    );
    let (tmp, id) = structure_with_umask("077", true);
    assert_eq!(
        mode(&tmp.path().join(format!("s/salaries/{id}.toml"))),
        0o600
    );
}

#[test]
fn a_rewrite_keeps_the_files_mode() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let file = s.path().join(format!("salaries/{id}.toml"));
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-01",
            "--kind",
            "suivi",
        ])
        .args(["--by", "C. Roux", "--notes", "Premier point"])
        .assert()
        .success();
    assert!(s.read(&id).contains("Premier point"));
    assert_eq!(mode(&file), 0o640);
}

#[test]
fn every_stray_entry_of_salaries_is_reported_never_skipped() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let salaries = s.path().join("salaries");
    std::os::unix::fs::symlink(
        salaries.join(format!("{id}.toml")),
        salaries.join("ABCDEF.toml"),
    )
    .unwrap();
    std::fs::create_dir(salaries.join("BCDEFG.toml")).unwrap();
    std::fs::write(salaries.join(".iae-123-abc.tmp"), "copy").unwrap();
    std::fs::write(salaries.join("notes.txt"), "x").unwrap();
    std::fs::write(salaries.join(format!("{id}.toml.bak")), "x").unwrap();
    let out = s.iae().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for name in [
        "ABCDEF.toml",
        "BCDEFG.toml",
        ".iae-123-abc.tmp",
        "notes.txt",
    ] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains("E007")),
            "{name} not reported:\n{err}"
        );
    }
    assert!(err.contains(&format!("{id}.toml.bak")), "{err}");
    // Listings go on, but say what they left out.
    let out = s.iae().args(["list", "--all"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("ABCDEF.toml"), "{}", stderr(&out));
}

#[test]
fn a_file_that_is_not_utf8_is_reported_with_the_offset_of_the_bad_byte() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let file = s.path().join(format!("salaries/{id}.toml"));
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.extend_from_slice(b"# caf\xe9\n");
    let offset = bytes.len() - 2;
    std::fs::write(&file, bytes).unwrap();
    let out = s.iae().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("position {offset}")),
        "{}",
        stderr(&out)
    );
    let out = s.iae().args(["show", &id]).output().unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains(&format!("position {offset}")));
}

#[test]
fn a_bom_and_crlf_line_endings_survive_a_tool_write() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let file = s.path().join(format!("salaries/{id}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    s.iae().arg("check").assert().success();
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-01",
            "--kind",
            "suivi",
        ])
        .args(["--by", "C. Roux", "--notes", "ligne 1\nligne 2"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.starts_with('\u{feff}'), "the BOM is kept");
    assert!(after.contains("C. Roux"));
    let lone_lf = after
        .char_indices()
        .filter(|(i, c)| *c == '\n' && (*i == 0 || &after[i - 1..*i] != "\r"))
        .count();
    assert_eq!(lone_lf, 0, "every line ends with CRLF:\n{after:?}");
    s.iae().arg("check").assert().success();
}

#[test]
fn an_unknown_key_in_iae_toml_is_warned_about_with_the_closest_one() {
    let s = Structure::new("ACI");
    let config = s.path().join("iae.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("interview_every_days", "interview_every_day"),
    )
    .unwrap();
    let out = s.iae().args(["list"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("interview_every_day")
            && stderr(&out).contains("interview_every_days ?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn numbers_beyond_reason_are_refused_with_a_message_not_a_panic() {
    let s = Structure::new("ACI");
    s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let out = s
        .iae()
        .args(["report", "deadlines", "--within", "100000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
    assert!(stderr(&out).contains("36500"), "{}", stderr(&out));
    s.iae()
        .args(["report", "deadlines", "--within", "36500"])
        .assert()
        .success();

    let config = s.path().join("iae.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "interview_every_days = 31",
            "interview_every_days = 95000000",
        ),
    )
    .unwrap();
    let out = s.iae().args(["report", "deadlines"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("interview_every_days") && err.contains("3650"),
        "{err}"
    );
}

#[test]
fn export_gives_everything_held_on_one_person() {
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
        ])
        .args(["--by", "C. Roux", "--notes", "Suivi <addictologie>"])
        .assert()
        .success();
    let file = s.path().join(format!("salaries/{id}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}# appelée le 2 avril\n")).unwrap();

    let out = s.iae().args(["export", "sofia martin"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Données détenues sur Sofia Martin"));
    assert!(html.contains("Suivi &lt;addictologie&gt;"));
    assert!(html.contains("Date de naissance"));
    assert!(
        html.contains("# appelée le 2 avril"),
        "comments are held too"
    );

    let target = s.path().join("acces.json");
    s.iae()
        .args(["export", &id, "--output"])
        .arg(&target)
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["data"]["person"]["last_name"], "Martin");
    assert_eq!(v["data"]["interviews"][0]["notes"], "Suivi <addictologie>");
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .contains("# appelée le 2 avril")
    );
    assert_eq!(mode(&target), 0o600);

    let out = s
        .iae()
        .args(["export", &id, "--output", "x.pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A child process killed at random points of its write, many times: the file is always
/// the old or the new version, salaries/ holds only case files, git sees nothing stray,
/// and the next write removes what the killed ones left in .iae/tmp/.
#[test]
fn writes_killed_at_random_points_leave_old_or_new_and_nothing_stray() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let git = |args: &[&str]| {
        Std::new("git")
            .arg("-C")
            .arg(s.path())
            .args(args)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
    };
    let has_git = git(&["init", "-q"]).is_ok_and(|o| o.status.success());
    if has_git {
        let ignore = s.path().join(".gitignore");
        let generated = std::fs::read_to_string(&ignore).unwrap();
        std::fs::write(&ignore, format!("{generated}note.txt\n")).unwrap();
        git(&["add", "-A"]).unwrap();
        git(&["commit", "-qm", "start"]).unwrap();
    }
    let file = s.path().join(format!("salaries/{id}.toml"));
    // A large note makes the write long enough to be cut at many points.
    let notes = s.path().join("note.txt");
    std::fs::write(&notes, "x".repeat(20_000)).unwrap();
    let spawn = |run: usize| {
        Std::new(assert_cmd::cargo::cargo_bin("iae"))
            .env_clear()
            .env("IAE_TODAY", TODAY)
            .arg("--dir")
            .arg(s.path())
            .args([
                "interview",
                "add",
                &id,
                "--kind",
                "suivi",
                "--by",
                "C. Roux",
            ])
            .arg("--date")
            .arg(format!("2025-04-{:02}", 1 + run % 28))
            .arg("--notes-file")
            .arg(&notes)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // One whole write tells how long a write lasts; the kills fall anywhere in 1.2 times that.
    let timed = std::time::Instant::now();
    assert!(spawn(0).wait().unwrap().success());
    let span = (timed.elapsed().as_micros() as u64 * 6 / 5).max(1);
    let start = std::time::Instant::now();
    let mut runs = 0;
    let mut killed = 0;
    let mut written = 0;
    while runs < 400 && start.elapsed() < std::time::Duration::from_secs(4) {
        runs += 1;
        let before = std::fs::read(&file).unwrap();
        let mut child = spawn(runs);
        std::thread::sleep(std::time::Duration::from_micros(rand::random_range(
            0..span,
        )));
        let _ = child.kill();
        let status = child.wait().unwrap();
        {
            use std::os::unix::process::ExitStatusExt;
            if status.signal().is_some() {
                killed += 1;
            }
        }
        let after = std::fs::read(&file).unwrap();
        let text = String::from_utf8(after.clone()).unwrap();
        let parsed = iae::case::parse::parse_case(&text)
            .unwrap_or_else(|f| panic!("run {runs}: broken file: {f:?}"));
        let old = iae::case::parse::parse_case(std::str::from_utf8(&before).unwrap())
            .unwrap()
            .value;
        // The old version, or the old one with one more interview (and nothing lost).
        let grew = after != before;
        if grew {
            assert_eq!(
                parsed.value.interviews.len(),
                old.interviews.len() + 1,
                "run {runs}"
            );
            assert!(
                old.interviews
                    .iter()
                    .all(|i| parsed.value.interviews.contains(i)),
                "run {runs}: an interview was lost"
            );
        }
        if status.success() {
            assert!(grew);
        }
        written += usize::from(grew);
    }
    assert!(killed > 0, "no write was interrupted in {runs} runs");
    eprintln!("{runs} writes, {killed} killed before they ended, {written} new versions");
    let names: Vec<String> = std::fs::read_dir(s.path().join("salaries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [format!("{id}.toml")],
        "salaries/ holds only the case file"
    );
    if has_git {
        let status = stdout(&git(&["status", "--porcelain"]).unwrap());
        let stray: Vec<&str> = status
            .lines()
            .filter(|l| !l.ends_with(&format!("salaries/{id}.toml")))
            .collect();
        assert!(stray.is_empty(), "git sees stray files: {stray:?}");
    }
    // The next write, holding the lock, removes the temporary files of the killed writers.
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-05-30",
            "--kind",
            "suivi",
        ])
        .args(["--by", "C. Roux", "--notes", "après"])
        .assert()
        .success();
    let left: Vec<_> = std::fs::read_dir(s.path().join(".iae/tmp"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "stale temporary files stay: {left:?}");
    s.iae().arg("check").assert().success();
}

#[test]
fn toml_1_1_syntax_is_warned_about_and_never_written_by_the_tool() {
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
        ])
        .args(["--by", "C. Roux", "--notes", "échap \u{1b}[1m fin"])
        .assert()
        .success();
    let text = s.read(&id);
    assert!(text.contains("\\u001B"), "{text}");
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert!(!stderr(&out).contains("W012"), "{}", stderr(&out));

    let file = s.path().join(format!("salaries/{id}.toml"));
    std::fs::write(&file, text.replace("\\u001B", "\\e")).unwrap();
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert!(out.status.success(), "a warning, not an error");
    let err = stderr(&out);
    let line = err.lines().find(|l| l.contains("W012")).expect(&err);
    assert!(line.contains("\\e") && line.contains("tomllib"), "{line}");
}

#[test]
fn a_comment_under_the_last_entry_of_an_array_stays_with_it() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let add = |date: &str| {
        s.iae()
            .args(["interview", "add", &id, "--date", date, "--kind", "suivi"])
            .args(["--by", "C. Roux"])
            .assert()
            .success();
    };
    add("2025-04-01");
    let file = s.path().join(format!("salaries/{id}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}# rappeler la CAF\n")).unwrap();
    add("2025-04-15");
    let after = std::fs::read_to_string(&file).unwrap();
    let comment = after.find("# rappeler la CAF").unwrap();
    let first = after.find("date = 2025-04-01").unwrap();
    let second = after.find("date = 2025-04-15").unwrap();
    assert!(first < comment && comment < second, "{after}");
}

/// A structure holding one regression file as its only case file.
fn with_regression_file(name: &str) -> Structure {
    let s = Structure::new("ACI");
    std::fs::copy(
        fixture("regress").join(name),
        s.path().join("salaries/7K3M9Q.toml"),
    )
    .unwrap();
    s
}

#[test]
fn pathological_but_valid_files_stay_fast() {
    // Bounds for an unoptimised test build; a release build is many times faster.
    let limit = std::time::Duration::from_secs(4);
    let s = with_regression_file("long-name.toml");
    for args in [
        &["list", "--all"][..],
        &["barrier", "list", "--open"],
        &["report", "deadlines"],
        &["check"],
    ] {
        let start = std::time::Instant::now();
        let out = s.iae().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(
            start.elapsed() < limit,
            "{args:?} took {:?}",
            start.elapsed()
        );
    }
    let s = with_regression_file("many-findings.toml");
    let start = std::time::Instant::now();
    let out = s.iae().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).matches("E003").count(), 2000);
    assert!(start.elapsed() < limit, "check took {:?}", start.elapsed());
}

#[test]
fn an_export_written_inside_the_structure_is_never_committed() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let git = |args: &[&str]| {
        let out = Std::new("git")
            .arg("-C")
            .arg(s.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Camille Exemple"]);
    git(&["config", "user.email", "camille@example.org"]);
    let config = s.path().join("iae.toml");
    let text = std::fs::read_to_string(&config).unwrap() + "\n[git]\ncommit = true\n";
    std::fs::write(&config, text).unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-qm", "start"]);
    s.iae()
        .args(["export", &id, "--output"])
        .arg(s.path().join("acces.html"))
        .assert()
        .success();
    assert_eq!(git(&["rev-list", "--count", "HEAD"]).trim(), "1");
    assert_eq!(git(&["status", "--porcelain"]).trim(), "?? acces.html");
}
