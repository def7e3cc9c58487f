//! `iae report exits`: recruit → exit → report on a structure of each kind, against
//! figures counted by hand.

use crate::*;

pub fn exit(s: &Structure, id: &str, date: &str, reason: &str) {
    let out = s
        .iae()
        .args(["exit", id, "--date", date, "--reason", reason])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

fn hours(s: &Structure, id: &str, month: &str, h: &str) {
    let out = s
        .iae()
        .args([
            "hours",
            "add",
            id,
            "--month",
            month,
            "--hours",
            h,
            "--client-kind",
            "company",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

pub fn report(s: &Structure, year: &str) -> serde_json::Value {
    let out = s
        .iae()
        .args([
            "report", "exits", "--year", year, "--format", "json", "--detail",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    json(&out)
}

#[test]
fn aci_and_ei_count_exits_after_three_months() {
    for kind in ["ACI", "EI"] {
        let s = Structure::new(kind);
        let a = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-01-06");
        let b = s.recruit("Blanc", "Bruno", "1990-01-01", "2025-01-06");
        let c = s.recruit("Colin", "Chloé", "1990-01-01", "2024-03-04");
        let d = s.recruit("Denis", "David", "1990-01-01", "2024-03-04");
        let e = s.recruit("Etienne", "Emma", "1990-01-01", "2024-03-04");
        let f = s.recruit("Faure", "Farid", "1990-01-01", "2024-03-04");
        exit(&s, &a, "2025-04-06", "cdi_non_aide"); // 90 days: counted
        // 80 days: too short (the pipeline counts from 81 days; the circular from 3 months)
        exit(&s, &b, "2025-03-27", "formation_qualifiante");
        exit(&s, &c, "2025-02-28", "deces"); // retrait
        exit(&s, &d, "2025-12-31", "chomage"); // 31 December: in the year
        exit(&s, &e, "2025-01-01", "cdd_moins_6_mois"); // 1 January: in the year
        exit(&s, &f, "2024-12-31", "cdi_non_aide"); // the year before

        let r = report(&s, "2025");
        assert_eq!(r["year"], 2025);
        assert_eq!(r["kind"], kind);
        assert_eq!(r["exits"], 5);
        assert_eq!(r["counted"], 3);
        assert_eq!(
            r["excluded"],
            serde_json::json!({"retrait": 1, "too_short": 1})
        );
        assert_eq!(
            r["by_category"],
            serde_json::json!({"emploi_durable": 1, "emploi_transition": 1, "sortie_positive": 0, "autre_sortie": 1})
        );
        assert_eq!(
            r["by_reason"],
            serde_json::json!({"cdd_moins_6_mois": 1, "cdi_non_aide": 1, "chomage": 1})
        );
        assert_eq!(r["dynamic"], 2);
        assert_eq!(r["dynamic_rate"].as_f64().unwrap(), 2.0 / 3.0);
        assert_eq!(r["durable_rate"].as_f64().unwrap(), 1.0 / 3.0);
        assert_eq!(
            r["targets"],
            serde_json::json!({"dynamic": 0.6, "durable": 0.25})
        );
        let why: Vec<&str> = r["detail"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["why"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(
            why,
            ["", "retrait", "too_short", "", ""],
            "{kind}: sorted by exit date"
        );

        let r2024 = report(&s, "2024");
        assert_eq!(
            (r2024["exits"].as_u64(), r2024["counted"].as_u64()),
            (Some(1), Some(1))
        );
    }
}

#[test]
fn ai_and_etti_count_exits_after_150_hours() {
    for kind in ["AI", "ETTI"] {
        let s = Structure::new(kind);
        let a = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-01-06");
        let b = s.recruit("Blanc", "Bruno", "1990-01-01", "2025-01-06");
        let c = s.recruit("Colin", "Chloé", "1990-01-01", "2025-01-06");
        let d = s.recruit("Denis", "David", "1990-01-01", "2025-01-06");
        hours(&s, &a, "2025-01", "100");
        hours(&s, &a, "2025-02", "49.5"); // 149.5: too short
        hours(&s, &b, "2025-01", "100");
        hours(&s, &b, "2025-01", "50"); // adds up on the same line: 150
        hours(&s, &c, "2025-01", "300");
        exit(&s, &a, "2025-03-31", "cdi_non_aide");
        exit(&s, &b, "2025-03-31", "cdi_non_aide");
        exit(&s, &c, "2025-03-31", "faute_grave"); // retrait whatever the hours
        exit(&s, &d, "2025-03-31", "chomage"); // no hours recorded = 0
        assert_eq!(s.read(&b).matches("[[hours]]").count(), 1);
        assert!(s.read(&b).contains("hours = 150\n"));

        let r = report(&s, "2025");
        assert_eq!(r["exits"], 4, "{kind}");
        assert_eq!(r["counted"], 1);
        assert_eq!(
            r["excluded"],
            serde_json::json!({"retrait": 1, "too_short": 2})
        );
        assert_eq!(r["by_category"]["emploi_durable"], 1);
        assert_eq!(r["dynamic_rate"], 1.0);
        assert_eq!(r["durable_rate"], 1.0);
    }
}

#[test]
fn eiti_counts_every_exit_but_retrait_and_rates_are_null_when_nothing_counts() {
    let s = Structure::new("EITI");
    let a = s.recruit("Arnaud", "Alice", "1990-01-01", "2025-01-06");
    let b = s.recruit("Blanc", "Bruno", "1990-01-01", "2025-01-06");
    exit(&s, &b, "2025-01-20", "rupture_periode_essai");
    let r = report(&s, "2025");
    assert_eq!(
        (r["exits"].as_u64(), r["counted"].as_u64()),
        (Some(1), Some(0))
    );
    assert!(r["dynamic_rate"].is_null() && r["durable_rate"].is_null());
    exit(&s, &a, "2025-01-07", "sans_nouvelle");
    let r = report(&s, "2025");
    assert_eq!(r["counted"], 1);
    assert_eq!(r["by_category"]["autre_sortie"], 1);
    assert_eq!(r["dynamic_rate"], 0.0);

    let table = stdout(
        &s.iae()
            .args(["report", "exits", "--year", "2025"])
            .output()
            .unwrap(),
    );
    assert!(table.contains("Autre sortie"), "{table}");
    assert!(table.contains("Sorties non comptabilisées"), "{table}");
    assert!(table.contains(&b), "the retrait exit is listed: {table}");
    let csv = stdout(
        &s.iae()
            .args(["report", "exits", "--year", "2025", "--format", "csv"])
            .output()
            .unwrap(),
    );
    assert!(
        csv.starts_with("category,label,exits,share\nemploi_durable,"),
        "{csv}"
    );
    let out = s
        .iae()
        .args([
            "report",
            "exits",
            "--from",
            "2025-01-07",
            "--to",
            "2025-01-19",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let r = json(&out);
    assert!(r["year"].is_null());
    assert_eq!(r["exits"], 1);
}

#[test]
fn a_report_refuses_to_count_with_an_unreadable_file() {
    let s = Structure::new("ACI");
    s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    std::fs::write(s.path().join("salaries/ZZZZZZ.toml"), "schema = \n").unwrap();
    let out = s
        .iae()
        .args(["report", "exits", "--year", "2025"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("salaries/ZZZZZZ.toml:1"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_demo_report_shows_every_category_and_both_exclusions() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo");
    let out = iae()
        .arg("--dir")
        .arg(&demo)
        .args(["report", "exits", "--year", "2025", "--format", "json"])
        .output()
        .unwrap();
    let r = json(&out);
    for category in [
        "emploi_durable",
        "emploi_transition",
        "sortie_positive",
        "autre_sortie",
    ] {
        assert!(
            r["by_category"][category].as_u64().unwrap() > 0,
            "{category}"
        );
    }
    assert_eq!(
        r["excluded"],
        serde_json::json!({"retrait": 1, "too_short": 1})
    );
}
