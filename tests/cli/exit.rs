//! `iae exit` closes the parcours: open contracts end, contracts not yet started are
//! dropped, and the open barriers are resolved, abandoned or kept as told.

use crate::{Structure, stderr};

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
