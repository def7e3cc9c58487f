//! `iae check` on a fixture directory with one bad file per code, the skipping of a
//! broken file by the listings, and the demo that passes.

use crate::*;

#[test]
fn every_code_is_pinned_by_the_fixture() {
    let s = Structure::from_fixture("check");
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn without_verbose_only_errors_are_printed() {
    let s = Structure::from_fixture("check");
    let out = s.iae().env("IAE_LANG", "en").arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.lines()
            .filter(|l| !l.starts_with("  hint"))
            .all(|l| l.starts_with("error: ")),
        "{err}"
    );
    assert!(
        err.contains("salaries/AAAAAA.toml:13:"),
        "file:line of the syntax error: {err}"
    );
}

#[test]
fn a_plain_check_finds_every_error_the_full_check_finds() {
    // A plain `iae check` runs no rule (they only warn): its errors are the full run's.
    let s = Structure::from_fixture("check");
    let plain = s.iae().env("IAE_LANG", "en").arg("check").output().unwrap();
    let mut printed: Vec<String> = stderr(&plain)
        .lines()
        .filter_map(|l| l.strip_prefix("error: "))
        .map(|l| {
            let (at, rest) = l.split_once(' ').unwrap();
            let file = at.split(':').next().unwrap();
            format!("{file} {}", rest.split(' ').next().unwrap())
        })
        .collect();
    let full = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let mut errors: Vec<String> = json(&full)
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            format!(
                "{} {}",
                f["file"].as_str().unwrap(),
                f["code"].as_str().unwrap()
            )
        })
        .collect();
    printed.sort();
    errors.sort();
    assert!(!errors.is_empty());
    assert_eq!(printed, errors);
}

#[test]
fn json_gives_every_finding_with_its_line() {
    let s = Structure::from_fixture("check");
    let out = s
        .iae()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let findings = json(&out);
    let codes: std::collections::BTreeSet<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    let expected = [
        "E001", "E002", "E003", "E004", "E005", "W001", "W002", "W003", "W004", "W005", "W006",
        "W008", "W009", "W013", "W014",
    ];
    assert_eq!(codes.into_iter().collect::<Vec<_>>(), expected);
    let e002 = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "E002")
        .unwrap();
    assert_eq!(e002["file"], "salaries/BBBBBB.toml");
    assert_eq!(e002["line"], 7);
    assert_eq!(e002["field"], "birth_date");
}

#[test]
fn a_malformed_file_fails_check_but_not_list() {
    let s = Structure::new("ACI");
    let good = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let bad = s.recruit("Durand", "Paul", "1979-11-02", "2025-03-03");
    let path = s.path().join("salaries").join(format!("{bad}.toml"));
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("hired_on = 2025-03-03", "hired_on = 2025-03-");
    std::fs::write(&path, text).unwrap();

    let out = s.iae().env("IAE_LANG", "en").arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("salaries/{bad}.toml:12:")),
        "{}",
        stderr(&out)
    );

    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows = json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["id"], good.as_str());
    assert!(
        stderr(&out).contains(&format!("skipped salaries/{bad}.toml")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_fresh_recruit_with_only_required_flags_passes_check() {
    let s = Structure::new("AI");
    s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.iae()
        .env("IAE_LANG", "en")
        .arg("check")
        .assert()
        .success()
        .stderr("");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["check", "-v"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("W003"));
    assert!(stderr(&out).contains("1 file checked: 0 errors, 3 warnings"));
}

#[test]
fn an_ai_placement_above_480_hours_with_companies_is_a_warning() {
    let s = Structure::new("AI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    for (month, hours) in [("2025-03", "240"), ("2026-02", "240")] {
        s.iae()
            .env("IAE_LANG", "en")
            .args([
                "hours",
                "add",
                &id,
                "--month",
                month,
                "--hours",
                hours,
                "--client-kind",
                "company",
            ])
            .assert()
            .success();
    }
    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "hours",
            "add",
            &id,
            "--month",
            "2026-02",
            "--hours",
            "30",
            "--client-kind",
            "individual",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["check", "-v"])
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("W007"),
        "480 is the cap itself: {}",
        stderr(&out)
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "hours",
            "add",
            &id,
            "--month",
            "2027-03",
            "--hours",
            "10",
            "--client-kind",
            "company",
        ])
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("480-hour cap"),
        "2027-03 is outside the 24 months: {}",
        stderr(&out)
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "hours",
            "add",
            &id,
            "--month",
            "2026-01",
            "--hours",
            "0.5",
            "--client-kind",
            "company",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("480-hour cap"), "{}", stderr(&out));
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["check", "-v"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("W007"), "{}", stderr(&out));
}

#[test]
fn the_demo_structure_passes_check() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo");
    // The demo's records run to the end of 2025: checked on the README tour's day, so that
    // none is dated in the future (W014).
    let out = iae()
        .env("IAE_TODAY", "2026-06-01")
        .arg("--dir")
        .arg(&demo)
        .args(["check", "--strict"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = iae()
        .arg("--dir")
        .arg(&demo)
        .args(["list", "--all", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out).as_array().unwrap().len(), 12);
}
