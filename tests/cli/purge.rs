//! `iae purge`: files past their retention period anonymised, every past report giving the
//! same figures afterwards; `iae purge ID --erase` deletes one file.

use crate::*;
use std::path::Path;

/// The demo structure: exits in 2024 and 2025, kept two years.
fn demo() -> Structure {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"),
        tmp.path(),
    );
    Structure { tmp }
}

/// Long after every exit of the demo.
const LATER: &str = "2031-01-01";

/// Names are written where reports list people (exits, interviews beyond the cadence); the
/// purge replaces them, so they are set aside, and lists ordered by name are taken in id
/// order; every figure, id and date must stay.
fn strip_names(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if k == "name" {
                    *x = serde_json::Value::Null;
                } else {
                    strip_names(x);
                }
            }
        }
        serde_json::Value::Array(items) => {
            items.iter_mut().for_each(strip_names);
            items.sort_by_key(|x| x.get("id").map(|id| id.to_string()));
        }
        _ => {}
    }
}

fn reports(s: &Structure) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for year in ["2023", "2024", "2025", "2026"] {
        for report in ["annual", "exits", "barriers", "interviews"] {
            let o = s
                .iae()
                .env("IAE_TODAY", LATER)
                .args(["report", report, "--year", year, "--format", "json"])
                .output()
                .unwrap();
            assert!(o.status.success(), "{report} {year}: {}", stderr(&o));
            let mut v = json(&o);
            strip_names(&mut v);
            out.push((format!("{report} {year}"), v));
        }
    }
    out
}

#[test]
fn past_reports_give_the_same_figures_after_a_purge_and_no_name_or_note_stays() {
    let s = demo();
    let before_files: Vec<(std::path::PathBuf, String)> = s
        .case_files()
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect();
    let before = reports(&s);

    let dry = s
        .iae()
        .env("IAE_TODAY", LATER)
        .args(["purge", "--dry-run"])
        .output()
        .unwrap();
    assert!(dry.status.success(), "{}", stderr(&dry));
    let listed = stdout(&dry).lines().count();
    assert!(listed >= 8, "{}", stdout(&dry));
    for (p, t) in &before_files {
        assert_eq!(
            &std::fs::read_to_string(p).unwrap(),
            t,
            "a dry run writes nothing"
        );
    }

    let out = s
        .iae()
        .env("IAE_TODAY", LATER)
        .arg("purge")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), listed);
    for ((name, after), (_, before)) in reports(&s).iter().zip(&before) {
        assert_eq!(after, before, "{name} changed");
    }
    s.iae()
        .env("IAE_TODAY", LATER)
        .arg("check")
        .assert()
        .success();

    let mut purged = 0;
    for (p, old) in &before_files {
        let new = std::fs::read_to_string(p).unwrap();
        if new == *old {
            continue;
        }
        purged += 1;
        let old: toml::Table = old.parse().unwrap();
        let person = &old["person"];
        for key in ["last_name", "first_name"] {
            let name = person[key].as_str().unwrap();
            assert!(!new.contains(name), "{} still holds {name}", p.display());
        }
        assert!(new.contains("anonymised_on = 2031-01-01"));
        let comments: Vec<&str> = new
            .lines()
            .filter(|l| l.contains('#') && !l.starts_with("# Dossier "))
            .collect();
        assert!(comments.is_empty(), "comments stay: {comments:?}");
        for texts in ["interviews", "followups"] {
            for entry in old
                .get(texts)
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                if let Some(note) = entry.get("notes").and_then(|n| n.as_str()) {
                    assert!(!new.contains(note), "a note stays in {}", p.display());
                }
            }
        }
        if let Some(exit) = old.get("exit") {
            for key in ["employer", "acquired", "next_steps"] {
                if let Some(text) = exit.get(key).and_then(|v| v.as_str()) {
                    assert!(!new.contains(text), "exit.{key} stays in {}", p.display());
                }
            }
        }
        if let Some(postcode) = person.get("postcode").and_then(|v| v.as_str()) {
            assert!(!new.contains(postcode));
            assert!(new.contains(&format!("postcode = \"{}\"", &postcode[..2])));
        }
    }
    assert_eq!(purged, listed);

    // A second purge has nothing left to do.
    let again = s
        .iae()
        .env("IAE_TODAY", LATER)
        .arg("purge")
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(stdout(&again), "");
}

#[test]
fn check_and_deadlines_list_the_files_past_retention() {
    let s = demo();
    let out = s
        .iae()
        .env("IAE_TODAY", LATER)
        .args(["check", "-v"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("W011"), "{}", stderr(&out));
    let out = s
        .iae()
        .env("IAE_TODAY", LATER)
        .args(["report", "deadlines", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    let over = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["what"] == "retention_over" && r["overdue"] == true)
        .count();
    assert!(over >= 8, "{rows}");
}

#[test]
fn a_structure_without_retention_has_nothing_to_purge() {
    let s = Structure::new("ACI");
    let out = s.iae().arg("purge").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("retention_years"), "{}", stderr(&out));
}

#[test]
fn erase_deletes_one_file_and_only_with_its_flag() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let out = s.iae().args(["purge", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--erase"));
    let out = s.iae().args(["purge", "--erase"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    s.iae()
        .args(["purge", &id, "--erase", "--dry-run"])
        .assert()
        .success();
    assert_eq!(s.case_files().len(), 1);
    s.iae().args(["purge", &id, "--erase"]).assert().success();
    assert!(s.case_files().is_empty());
    let out = s.iae().args(["purge", &id, "--erase"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_annual_report_names_people_by_id_unless_asked_in_every_format() {
    let s = demo();
    let names = ["N'DIAYE", "HADDAD", "FABRE", "DUBOIS"];
    let dir = tempfile::tempdir().unwrap();
    for ext in ["csv", "html", "json", "md"] {
        let path = dir.path().join(format!("bilan.{ext}"));
        s.iae()
            .args(["report", "annual", "--year", "2025", "--output"])
            .arg(&path)
            .assert()
            .success();
        let text = std::fs::read_to_string(&path).unwrap();
        for name in names {
            assert!(!text.contains(name), "{name} in bilan.{ext}");
        }
    }
    let out = s
        .iae()
        .args(["report", "annual", "--year", "2025", "--format", "json"])
        .output()
        .unwrap();
    let detail = json(&out)["exits"]["detail"].clone();
    assert!(!detail.as_array().unwrap().is_empty());
    assert!(
        detail
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["name"] == "" && r["id"] != "")
    );
    let out = s
        .iae()
        .args([
            "report",
            "annual",
            "--year",
            "2025",
            "--format",
            "json",
            "--with-names",
        ])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(names.iter().any(|n| text.contains(n)), "{text}");
}
