//! `iae pass`: set, suspend, prolong and show, and the reasons reserved to some kinds of
//! structure.

use crate::*;

#[test]
fn pass_set_suspend_prolong_and_show() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1974-05-14", "2025-03-03");
    s.iae()
        .env("IAE_LANG", "en")
        .args(["pass", "set", &id, "--number", "99999 25 12345"])
        .assert()
        .success();
    let text = s.read(&id);
    assert!(
        text.contains("[pass]\nnumber = \"999992512345\"\nstart = 2025-03-03\nend = 2027-03-02\n"),
        "{text}"
    );

    let suspend = |from: &str, to: &str, extra: &[&str]| {
        s.iae()
            .env("IAE_LANG", "en")
            .env("IAE_TODAY", "2025-08-01")
            .args([
                "pass",
                "suspend",
                &id,
                "--from",
                from,
                "--to",
                to,
                "--reason",
                "contract_suspended",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = suspend("2025-06-02", "2025-06-20", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it now ends on 2027-03-20"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("more than 15 days"),
        "the reason's condition is shown"
    );

    let before = s.read(&id);
    for (from, to) in [("2025-06-10", "2025-06-30"), ("2025-09-01", "2025-09-30")] {
        let out = suspend(from, to, &[]);
        assert_eq!(out.status.code(), Some(1), "{from}");
        assert!(stderr(&out).contains("--derogation"), "{}", stderr(&out));
        assert_eq!(
            s.read(&id),
            before,
            "a refused input leaves the file byte-identical"
        );
    }
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("IAE_TODAY", "2025-08-01")
        .args([
            "pass",
            "suspend",
            &id,
            "--from",
            "2025-07-01",
            "--to",
            "2025-07-10",
            "--reason",
            "contrat_passerelle",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ACI may suspend for a contrat passerelle"
    );
    let out = suspend(
        "2025-06-10",
        "2025-06-30",
        &["--derogation", "Accord DDETS du 2025-07-28"],
    );
    assert!(out.status.success());
    assert!(
        s.read(&id)
            .contains("derogation = \"Accord DDETS du 2025-07-28\"")
    );

    // Prolongation: the end is now 2027-03-02 + 18 + 9 + 20 = 2027-04-18.
    let prolong = |reason: &str, to: &str, today: &str| {
        s.iae()
            .env("IAE_LANG", "en")
            .env("IAE_TODAY", today)
            .args([
                "pass",
                "prolong",
                &id,
                "--reason",
                reason,
                "--to",
                to,
                "--decided-by",
                "Cap emploi",
            ])
            .output()
            .unwrap()
    };
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["pass", "show", &id, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["current_end"], "2027-04-18");
    assert_eq!(
        prolong("senior", "2028-04-19", "2027-01-10").status.code(),
        Some(1),
        "more than 12 months"
    );
    assert_eq!(
        prolong("senior", "2027-06-30", "2026-04-17").status.code(),
        Some(1),
        "asked too early"
    );
    assert_eq!(
        prolong("particular_difficulties", "2027-06-30", "2027-01-10")
            .status
            .code(),
        Some(0),
        "ACI"
    );
    // 2027-06-30 + 365 days = 2028-06-29 (29 February 2028 lies inside): the day after
    // is refused, as the platform does.
    assert_eq!(
        prolong("senior", "2028-06-30", "2027-05-10").status.code(),
        Some(1),
        "366 days"
    );
    let out = prolong("senior", "2028-06-29", "2027-05-10");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("decided by an authorised prescriber"));

    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args([
            "pass",
            "show",
            &id,
            "--format",
            "json",
            "--today",
            "2028-06-01",
        ])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["issued_end"], "2027-03-02");
    assert_eq!(v["current_end"], "2028-06-29");
    assert_eq!(v["days_left"], 29);
    // 73 + 365 days prolonged; senior's cap of 1,825 leaves 1,387.
    assert_eq!(v["prolonged_days"], 73 + 365);
    let senior = v["allowances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["reason"] == "senior")
        .unwrap();
    assert_eq!(senior["days_left"], 1825 - 73 - 365);
    assert_eq!(senior["latest_end"], "2029-06-29");
    let events: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "issued",
            "suspended",
            "suspended",
            "suspended",
            "prolonged",
            "prolonged"
        ]
    );
    let table = stdout(
        &s.iae()
            .env("IAE_LANG", "en")
            .args(["pass", "show", &id])
            .output()
            .unwrap(),
    );
    assert!(table.contains("PASS IAE 99999 25 12345"));
    s.iae()
        .env("IAE_LANG", "en")
        .arg("check")
        .assert()
        .success();
    assert_eq!(
        json(
            &s.iae()
                .env("IAE_LANG", "en")
                .args(["list", "--format", "json"])
                .output()
                .unwrap()
        )[0]["pass_end"],
        "2028-06-29"
    );
}

#[test]
fn particular_difficulties_is_for_ai_and_aci_only() {
    let s = Structure::new("EI");
    let id = s.recruit("Martin", "Sofia", "1990-05-14", "2025-03-03");
    s.iae()
        .args(["pass", "set", &id, "--number", "999992512345"])
        .assert()
        .success();
    let out = s
        .iae()
        .env("IAE_TODAY", "2027-01-10")
        .args([
            "pass",
            "prolong",
            &id,
            "--reason",
            "particular_difficulties",
            "--to",
            "2027-06-30",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("réservé aux AI, ACI, pas aux EI"),
        "{}",
        stderr(&out)
    );
}
