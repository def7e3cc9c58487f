//! `iae barrier`: a barrier from noted to lifted.

use crate::*;

#[test]
fn a_barrier_from_noted_to_lifted() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let add = |category: &str, detail: &str| -> String {
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args([
                "barrier",
                "add",
                &id,
                "--category",
                category,
                "--detail",
                detail,
                "--noted-on",
                "2025-03-03",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).trim().to_string()
    };
    assert_eq!(add("logement", "Hébergée chez un tiers"), "1");
    assert_eq!(add("mobilite", "Pas de véhicule"), "2");

    let status = |n: usize| -> serde_json::Value {
        let out = s
            .iae()
            .env("IAE_LANG", "en")
            .args(["show", &id, "--format", "json"])
            .output()
            .unwrap();
        json(&out)["barriers"][n].clone()
    };
    assert_eq!(status(0)["status"], "identified");
    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "action",
            &id,
            "1",
            "--date",
            "2025-03-20",
            "--text",
            "Demande SIAO déposée",
            "--partner",
            "SIAO 92",
            "--support",
            "external",
        ])
        .assert()
        .success();
    assert_eq!(
        status(0)["status"],
        "in_progress",
        "the first action moves it on"
    );
    assert_eq!(status(0)["actions"][0]["support"], "external");

    let before = s.read(&id);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "action",
            &id,
            "1",
            "--date",
            "2025-03-01",
            "--text",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "an action before the barrier was noted"
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "action",
            &id,
            "9",
            "--date",
            "2025-03-21",
            "--text",
            "x",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("no barrier n°9"), "{}", stderr(&out));
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "add",
            &id,
            "--category",
            "argent",
            "--detail",
            "x",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("difficultes_financieres"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);

    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "resolve",
            &id,
            "1",
            "--on",
            "2025-05-02",
            "--note",
            "Logement social obtenu",
        ])
        .assert()
        .success();
    let b = status(0);
    assert_eq!(
        (b["status"].as_str(), b["resolved_on"].as_str()),
        (Some("resolved"), Some("2025-05-02"))
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "action",
            &id,
            "1",
            "--date",
            "2025-05-10",
            "--text",
            "x",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("reopen"), "{}", stderr(&out));
    s.iae()
        .env("IAE_LANG", "en")
        .args([
            "barrier",
            "resolve",
            &id,
            "2",
            "--on",
            "2025-04-01",
            "--outcome",
            "abandoned",
        ])
        .assert()
        .success();

    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["barrier", "list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["barrier", "list", "--open", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out).as_array().unwrap().len(), 0);

    s.iae()
        .env("IAE_LANG", "en")
        .args(["barrier", "reopen", &id, "1"])
        .assert()
        .success();
    let b = status(0);
    assert_eq!(b["status"], "in_progress");
    assert!(b["resolved_on"].is_null());
    s.iae()
        .env("IAE_LANG", "en")
        .args(["barrier", "reopen", &id, "2"])
        .assert()
        .success();
    assert_eq!(status(1)["status"], "identified", "no action yet");
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["barrier", "list", "--open", "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows[0]["last_action"], "Demande SIAO déposée");
    assert_eq!(rows[0]["days"], 90, "2025-03-03 to 2025-06-01");
    s.iae()
        .env("IAE_LANG", "en")
        .arg("check")
        .assert()
        .success();
}
