//! `iae exit` closes the parcours: what cannot be is refused, open contracts end, contracts
//! not yet started are dropped, and the open barriers are resolved, abandoned or kept as
//! told; `iae exit reasons` lists the table in force.

use crate::report_exits::{exit, report};
use crate::*;

fn lea_with_contracts_and_barriers() -> (Structure, String) {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    for (start, end) in [("2025-03-03", "2025-06-30"), ("2025-07-01", "2025-10-31")] {
        s.iae()
            .args([
                "contract", "add", "martin", "--kind", "cddi", "--start", start,
            ])
            .args(["--end", end, "--weekly-hours", "26", "--position", "Agente"])
            .assert()
            .success();
    }
    for (category, detail) in [("mobilite", "Pas de permis"), ("logement", "Hébergée")] {
        s.iae()
            .args(["barrier", "add", "martin", "--category", category])
            .args(["--detail", detail, "--noted-on", "2025-03-05"])
            .assert()
            .success();
    }
    (s, id)
}

#[test]
fn the_exit_drops_a_contract_not_started_and_resolves_the_barriers_when_told() {
    let (s, id) = lea_with_contracts_and_barriers();
    let out = s
        .iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-16",
            "--reason",
            "chomage",
        ])
        .args(["--barriers", "abandoned"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "Le contrat CDD d'insertion (CDDI) du 01/07/2025, qui n'avait pas commencé au 16/05/2025, est retiré."
        ),
        "{err}"
    );
    assert!(
        err.contains("2 freins encore ouverts sont marqués abandonnés au 16/05/2025."),
        "{err}"
    );
    let text = s.read(&id);
    assert_eq!(text.matches("[[contracts]]").count(), 1, "{text}");
    assert!(text.contains("end = 2025-05-16") && text.contains("planned_end = 2025-06-30"));
    assert_eq!(text.matches("status = \"abandoned\"").count(), 2, "{text}");
    assert_eq!(
        text.matches("resolved_on = 2025-05-16").count(),
        2,
        "{text}"
    );
    s.iae().arg("check").assert().success();
}

#[test]
fn barriers_stay_open_unless_told_and_the_exit_says_so() {
    let (s, id) = lea_with_contracts_and_barriers();
    let out = s
        .iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-06-30",
            "--reason",
            "chomage",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 freins restent ouverts"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id).matches("status = \"identified\"").count(), 2);
    // Kept open on purpose: nothing said about closing them.
    let (s, id) = lea_with_contracts_and_barriers();
    s.iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-06-30",
            "--reason",
            "chomage",
        ])
        .args(["--barriers", "resolved"])
        .assert()
        .success();
    assert_eq!(s.read(&id).matches("status = \"resolved\"").count(), 2);
}

#[test]
fn exit_refuses_what_cannot_be_and_ends_open_contracts() {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
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
        .env("IAE_LANG", "en")
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
        .env("IAE_LANG", "en")
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
        .env("IAE_LANG", "en")
        .args(["exit", &id, "--date", "2025-07-30", "--reason", "chomage"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already left on 2025-06-30"));

    // Follow-ups come after the exit.
    let out = s
        .iae()
        .env("IAE_LANG", "en")
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
        .env("IAE_LANG", "en")
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
    s.iae()
        .env("IAE_LANG", "en")
        .arg("check")
        .assert()
        .success();

    // Cancelling needs the follow-ups gone first; then the exit is removed.
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["exit", "cancel", &id])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("follow-ups"), "{}", stderr(&out));
    let cleaned = s
        .read(&id)
        .split("\n[[followups]]")
        .next()
        .unwrap()
        .to_string();
    std::fs::write(&path, &cleaned).unwrap();
    s.iae()
        .env("IAE_LANG", "en")
        .args(["exit", "cancel", &id])
        .assert()
        .success();
    let cancelled = s.read(&id);
    assert!(!cancelled.contains("[exit]"));
    assert!(cancelled.contains("weekly_hours = 26 # mi-temps aménagé\n"));
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
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
