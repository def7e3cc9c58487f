//! `iae contract add|renew|end`: the rules of each kind of structure as warnings, and
//! derogations.

use crate::*;

#[test]
fn contracts_add_renew_end_with_warnings_and_derogations() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2025-03-03");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2025-03-03",
            "--end",
            "2025-06-30",
        ])
        .args(["--weekly-hours", "18", "--position", "Agent d'entretien"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("W004 a CDDI lasts at least 4 months"), "{err}");
    assert!(err.contains("W004 18 hours a week"), "{err}");
    let out = s.iae().args(["check", "-v"]).output().unwrap();
    assert_eq!(stderr(&out).matches("W004").count(), 2, "{}", stderr(&out));

    let out = s
        .iae()
        .args([
            "contract",
            "renew",
            &id,
            "--end",
            "2025-12-31",
            "--weekly-hours",
            "26",
            "--derogation",
            "Reprise progressive (médecin du travail)",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains("W004"), "{}", stderr(&out));
    let text = s.read(&id);
    assert!(text.contains("start = 2025-07-01\nend = 2025-12-31\nweekly_hours = 26\nposition = \"Agent d'entretien\"\nderogation = \"Reprise progressive (médecin du travail)\"\n"), "{text}");

    let before = s.read(&id);
    for args in [
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cdd",
            "--start",
            "2026-01-01",
            "--end",
            "2026-06-30",
            "--weekly-hours",
            "26",
            "--position",
            "x",
        ],
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2026-01-01",
            "--end",
            "2026-06-30",
            "--weekly-hours",
            "50",
            "--position",
            "x",
        ],
        vec![
            "contract",
            "add",
            &id,
            "--kind",
            "cddi",
            "--start",
            "2026-01-01",
            "--weekly-hours",
            "26",
            "--position",
            "x",
        ],
        vec!["contract", "renew", &id, "--end", "2025-12-01"],
        vec!["contract", "end", &id, "--on", "2024-01-01"],
    ] {
        let out = s.iae().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(s.read(&id), before, "{args:?}");
    }

    s.iae()
        .args(["contract", "end", &id, "--on", "2025-10-15"])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["show", &id, "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["contracts"][1]["end"], "2025-10-15");
    assert_eq!(v["contracts"][1]["planned_end"], "2025-12-31");

    // A mission in an ACI is a warning, not a refusal.
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "contract",
            "add",
            &id,
            "--kind",
            "mission",
            "--start",
            "2025-10-20",
            "--end",
            "2025-10-31",
            "--weekly-hours",
            "35",
            "--position",
            "x",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("a mission contract is for ETTI, not ACI"),
        "{}",
        stderr(&out)
    );
}
