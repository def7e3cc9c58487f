//! The reports on a small structure whose figures are counted by hand below.

use crate::*;

/// Three salariés of an ACI:
/// - A, Martin Sofia (F, born 1998-05-14), hired 2025-03-03 (26 at entry), rsa + qpv,
///   CDDI 2025-03-03 → 2025-09-02 at 26 h; three interviews (two with C. Durand, one with
///   M. Lopez); a housing barrier with an external then an internal action; left on
///   2025-09-02 for a CDI (counted: hired + 3 months ≤ exit).
/// - B, Durand Paul (M, born 1970-01-01), hired 2024-06-03, CDDI at 35 h until
///   2025-06-02, one missed interview in 2025, a health barrier noted 2024-06-10 and
///   resolved 2025-02-08 (243 days), left on 2025-02-28 unemployed (counted).
/// - C, Nguyen Lan (F, born 2003-01-15), hired 2025-10-01 (22), deld + cap_bep + qpv,
///   CDDI at 20 h until 2026-01-31, no interview yet.
pub fn fixture() -> (Structure, [String; 3]) {
    let s = Structure::new("ACI");
    let run = |args: &[&str]| {
        let out = s.iae().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out).trim().to_string()
    };
    let a = run(&[
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
        "--criteria",
        "rsa,qpv",
        "--contract",
        "cddi",
        "--contract-end",
        "2025-09-02",
        "--weekly-hours",
        "26",
    ]);
    let b = run(&[
        "recruit",
        "--last-name",
        "Durand",
        "--first-name",
        "Paul",
        "--birth-date",
        "1970-01-01",
        "--sex",
        "M",
        "--hired-on",
        "2024-06-03",
        "--contract",
        "cddi",
        "--contract-end",
        "2025-06-02",
        "--weekly-hours",
        "35",
    ]);
    let c = run(&[
        "recruit",
        "--last-name",
        "Nguyen",
        "--first-name",
        "Lan",
        "--birth-date",
        "2003-01-15",
        "--sex",
        "F",
        "--hired-on",
        "2025-10-01",
        "--criteria",
        "deld,cap_bep,qpv",
        "--contract",
        "cddi",
        "--contract-end",
        "2026-01-31",
        "--weekly-hours",
        "20",
    ]);
    run(&[
        "interview",
        "add",
        &a,
        "--date",
        "2025-03-03",
        "--kind",
        "accueil",
        "--by",
        "C. Durand",
    ]);
    run(&[
        "interview",
        "add",
        &a,
        "--date",
        "2025-04-01",
        "--kind",
        "suivi",
        "--by",
        "C. Durand",
    ]);
    run(&[
        "interview",
        "add",
        &a,
        "--date",
        "2025-06-02",
        "--kind",
        "suivi",
        "--by",
        "M. Lopez",
    ]);
    run(&[
        "interview",
        "add",
        &b,
        "--date",
        "2025-01-10",
        "--kind",
        "suivi",
        "--by",
        "C. Durand",
        "--attendance",
        "absent",
    ]);
    run(&[
        "barrier",
        "add",
        &a,
        "--category",
        "logement",
        "--detail",
        "Hébergée",
        "--noted-on",
        "2025-03-03",
    ]);
    run(&[
        "barrier",
        "action",
        &a,
        "1",
        "--date",
        "2025-03-20",
        "--text",
        "SIAO",
        "--support",
        "external",
    ]);
    run(&[
        "barrier",
        "action",
        &a,
        "1",
        "--date",
        "2025-04-01",
        "--text",
        "Dossier",
        "--support",
        "internal",
    ]);
    run(&[
        "barrier",
        "add",
        &b,
        "--category",
        "sante",
        "--detail",
        "Suivi médical",
        "--noted-on",
        "2024-06-10",
    ]);
    run(&["barrier", "resolve", &b, "1", "--on", "2025-02-08"]);
    run(&[
        "exit",
        &a,
        "--date",
        "2025-09-02",
        "--reason",
        "cdi_non_aide",
    ]);
    run(&["exit", &b, "--date", "2025-02-28", "--reason", "chomage"]);
    (s, [a, b, c])
}

fn report(s: &Structure, args: &[&str]) -> serde_json::Value {
    let out = s
        .iae()
        .arg("report")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    json(&out)
}

#[test]
fn annual_figures() {
    let (s, _) = fixture();
    let r = report(&s, &["annual", "--year", "2025"]);
    assert_eq!(r["entries"], 2);
    assert_eq!(r["present"], 3);
    assert_eq!(r["exits"]["exits"], 2);
    assert_eq!(r["exits"]["counted"], 2);
    assert_eq!(r["exits"]["dynamic_rate"], 0.5);
    let ch = &r["characteristics"];
    assert_eq!(
        (ch["women"].as_u64(), ch["men"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(
        (
            ch["under_26"].as_u64(),
            ch["from_26_to_49"].as_u64(),
            ch["from_50"].as_u64()
        ),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(ch["level1"]["rsa"], 1);
    assert_eq!(ch["qpv"], 2);
    assert_eq!(ch["education_level_3_or_below"], 1);
    assert_eq!(
        (
            ch["deld"].as_u64(),
            ch["detld"].as_u64(),
            ch["rqth"].as_u64()
        ),
        (Some(1), Some(0), Some(0))
    );
    assert_eq!(r["interviews"], 3);
    assert_eq!(r["interviews_per_salarie"], 1.0);
    // 184 days × 26/7 + 59 days × 35/7 + 92 days × 20/7 = 1241.2857 hours.
    assert_eq!(r["hours_worked"], 1241.29);
    assert_eq!(r["etp_achieved"], 0.77);
    assert!(r["etp_funded"].is_null());
}

#[test]
fn barriers_table() {
    let (s, _) = fixture();
    let r = report(&s, &["barriers", "--year", "2025"]);
    assert_eq!(r["people_concerned"], 2);
    let row = |cat: &str| {
        r["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"] == cat)
            .unwrap()
            .clone()
    };
    let logement = row("logement");
    assert_eq!(logement["asp_line"], "Hébergement / Logement");
    assert_eq!(
        (
            logement["concerned"].as_u64(),
            logement["both"].as_u64(),
            logement["internal_only"].as_u64()
        ),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(logement["open_at_end"], 1);
    let sante = row("sante");
    assert_eq!(
        (sante["concerned"].as_u64(), sante["resolved"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(sante["median_days_to_resolution"], 243.0);
    assert_eq!(row("mobilite")["concerned"], 0);
    assert_eq!(r["categories"].as_array().unwrap().len(), 9);
}

#[test]
fn deadlines_overdue_first_whatever_the_window() {
    let (s, [a, b, c]) = fixture();
    let out = s
        .iae()
        .args([
            "report",
            "deadlines",
            "--within",
            "30",
            "--today",
            "2025-11-20",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows = json(&out);
    let got: Vec<(String, String, String, bool)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["date"].as_str().unwrap().into(),
                x["id"].as_str().unwrap().into(),
                x["what"].as_str().unwrap().into(),
                x["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    let row =
        |d: &str, id: &str, w: &str, o: bool| (d.to_string(), id.to_string(), w.to_string(), o);
    assert_eq!(
        got,
        [
            row("2025-02-28", &b, "exit_without_bilan", true),
            row("2025-05-28", &b, "followup_due", true),
            row("2025-08-28", &b, "followup_due", true),
            row("2025-09-02", &a, "exit_without_bilan", true),
            row("2025-11-01", &c, "interview_due", true),
            row("2025-12-02", &a, "followup_due", false),
        ]
    );
    let out = s
        .iae()
        .args([
            "report",
            "deadlines",
            "--within",
            "0",
            "--today",
            "2025-11-20",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        5,
        "what is overdue is always listed"
    );
}

#[test]
fn active_on_a_day() {
    let (s, [a, b, _]) = fixture();
    let ids = |on: &str| -> Vec<String> {
        report(&s, &["active", "--on", on])
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("2025-02-28"), vec![b.clone()], "the exit day counts");
    assert_eq!(ids("2025-06-01"), vec![a.clone()]);
    let r = report(&s, &["active", "--on", "2025-06-01"]);
    assert_eq!(r[0]["phase"], 3);
    assert_eq!(r[0]["months_in_parcours"], 2);
    assert_eq!(r[0]["open_barriers"], 1);
    assert_eq!(
        r[0]["last_interview"],
        "2025-06-02".replace("06-02", "04-01")
    );
}

#[test]
fn interviews_per_kind_counsellor_and_gaps() {
    let (s, [a, b, c]) = fixture();
    let r = report(
        &s,
        &["interviews", "--year", "2025", "--today", "2025-12-31"],
    );
    assert_eq!(
        (r["held"].as_u64(), r["missed"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(r["by_kind"]["accueil"], 1);
    assert_eq!(r["by_kind"]["suivi"], 2);
    assert_eq!(
        r["by_counsellor"],
        serde_json::json!({"C. Durand": 2, "M. Lopez": 1})
    );
    let gaps: Vec<(String, i64)> = r["beyond_cadence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["id"].as_str().unwrap().to_string(),
                g["longest_gap_days"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(gaps, [(b, 271), (a, 93), (c, 92)]);
}
