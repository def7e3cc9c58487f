//! recruit → exit → report on a structure of each kind, against figures counted by hand.

use crate::*;

fn exit(s: &Structure, id: &str, date: &str, reason: &str) {
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

fn report(s: &Structure, year: &str) -> serde_json::Value {
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
fn exit_refuses_what_cannot_be_and_ends_open_contracts() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args([
            "recruit",
            "--last-name",
            "Martin",
            "--first-name",
            "Sofia",
            "--birth-date",
            "1998-05-14",
            "--sex",
            "F",
        ])
        .args([
            "--hired-on",
            "2025-03-03",
            "--contract",
            "cddi",
            "--contract-end",
            "2025-09-02",
            "--weekly-hours",
            "26",
        ])
        .output()
        .unwrap();
    let id = stdout(&out).trim().to_string();
    // A comment written by hand, to survive the tool's edit.
    let path = s.path().join("salaries").join(format!("{id}.toml"));
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "weekly_hours = 26\n",
        "weekly_hours = 26 # mi-temps aménagé\n",
    );
    std::fs::write(&path, &text).unwrap();

    for (args, message) in [
        (
            vec!["--date", "2025-03-02", "--reason", "chomage"],
            "before the hiring",
        ),
        (
            vec!["--date", "2025-06-30", "--reason", "parti"],
            "not a known exit reason",
        ),
        (
            vec!["--date", "2025-02-30", "--reason", "chomage"],
            "is not a date",
        ),
    ] {
        // The messages are asserted in English.
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args(["exit", &id])
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "nothing written"
        );
    }
    let out = s
        .iae()
        .args(["exit", &id, "--date", "2025-06-30"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "off a terminal, missing --reason is a usage error"
    );

    let out = s
        .iae()
        .args([
            "exit",
            &id,
            "--date",
            "2025-06-30",
            "--reason",
            "cdi_non_aide",
            "--employer",
            "Espaces Verts du Sud",
        ])
        .args([
            "--acquired",
            "Taille, tonte",
            "--next-steps",
            "Suivi à 3 mois",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no bilan_final interview"),
        "{}",
        stderr(&out)
    );
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.contains("weekly_hours = 26 # mi-temps aménagé\n"),
        "the comment survives"
    );
    let expected = text.replace("end = 2025-09-02", "end = 2025-06-30");
    assert!(
        after.starts_with(&expected),
        "only the contract end changed before the new [exit]:\n{after}"
    );
    assert!(after.ends_with("\n[exit]\ndate = 2025-06-30\nreason = \"cdi_non_aide\"\nemployer = \"Espaces Verts du Sud\"\nacquired = \"Taille, tonte\"\nnext_steps = \"Suivi à 3 mois\"\n"), "{after}");

    let out = s
        .iae()
        .args(["exit", &id, "--date", "2025-07-30", "--reason", "chomage"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already left on 2025-06-30"));

    // Follow-ups come after the exit.
    let out = s
        .iae()
        .args([
            "followup",
            "add",
            &id,
            "--date",
            "2025-06-30",
            "--situation",
            "cdi_non_aide",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    s.iae()
        .args([
            "followup",
            "add",
            &id,
            "--date",
            "2025-09-30",
            "--situation",
            "cdi_non_aide",
            "--notes",
            "Toujours en poste",
        ])
        .assert()
        .success();
    assert!(s.read(&id).contains("[[followups]]\ndate = 2025-09-30\nsituation = \"cdi_non_aide\"\nnotes = \"Toujours en poste\"\n"));
    s.iae().arg("check").assert().success();

    // Cancelling needs the follow-ups gone first; then the exit is removed.
    let out = s.iae().args(["exit", "cancel", &id]).output().unwrap();
    assert!(stderr(&out).contains("follow-ups"), "{}", stderr(&out));
    let cleaned = s
        .read(&id)
        .split("\n[[followups]]")
        .next()
        .unwrap()
        .to_string();
    std::fs::write(&path, &cleaned).unwrap();
    s.iae().args(["exit", "cancel", &id]).assert().success();
    let cancelled = s.read(&id);
    assert!(!cancelled.contains("[exit]"));
    assert!(cancelled.contains("weekly_hours = 26 # mi-temps aménagé\n"));
    let out = s.iae().args(["list", "--format", "json"]).output().unwrap();
    assert_eq!(json(&out)[0]["status"], "active");
}

#[test]
fn exit_reasons_lists_the_table_in_force_with_overrides() {
    let s = Structure::new("ACI");
    let config = s.path().join("iae.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[exit_reasons.retraite]\ncategory = \"autre_sortie\"\n\n[exit_reasons.service_civique]\nfr = \"Entrée en service civique\"\nen = \"Civic service\"\ncategory = \"sortie_positive\"\n");
    std::fs::write(&config, text).unwrap();
    let out = s
        .iae()
        .args(["exit", "reasons", "--format", "json", "--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    let find = |code: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(
        find("cdi_non_aide")["label"],
        "Hired on a permanent contract (no public aid)"
    );
    assert_eq!(find("cdi_non_aide")["category"], "emploi_durable");
    assert_eq!(find("retraite")["category"], "autre_sortie");
    assert_eq!(find("retraite")["overridden"], true);
    assert_eq!(find("service_civique")["label"], "Civic service");
    assert_eq!(find("decision_administrative")["certain"], false);
    assert_eq!(rows.as_array().unwrap().len(), 22);

    let table = stdout(&s.iae().args(["exit", "reasons"]).output().unwrap());
    assert!(table.contains("retraite *"), "{table}");

    let id = s.recruit("Martin", "Sofia", "1960-05-14", "2024-03-04");
    exit(&s, &id, "2025-03-31", "retraite");
    let r = report(&s, "2025");
    assert_eq!(r["by_category"]["autre_sortie"], 1);
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
