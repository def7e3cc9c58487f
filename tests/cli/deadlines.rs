//! A deadline list to trust: a contract or a PASS that ended with nothing after it is
//! overdue, an item can be set aside with a reason, who left is out of the open barriers.

use crate::{Structure, json, stderr, stdout};

fn items(s: &Structure, extra: &[&str]) -> Vec<serde_json::Value> {
    let out = s
        .iae()
        .args(["report", "deadlines", "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    json(&out).as_array().unwrap().clone()
}

fn find<'a>(items: &'a [serde_json::Value], what: &str) -> Option<&'a serde_json::Value> {
    items.iter().find(|i| i["what"] == what)
}

#[test]
fn a_contract_and_a_pass_that_ended_with_nothing_after_are_overdue() {
    let s = Structure::new("ACI");
    s.recruit("MARTIN", "Léa", "1990-04-02", "2024-09-02");
    s.iae()
        .args([
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2024-09-02",
        ])
        .args([
            "--end",
            "2025-03-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ])
        .assert()
        .success();
    s.iae()
        .args(["pass", "set", "martin", "--number", "999992500077"])
        .args(["--start", "2023-05-01", "--end", "2025-04-30"])
        .assert()
        .success();
    let list = items(&s, &[]);
    let contract = find(&list, "contract_ended").expect("contract_ended");
    assert_eq!(contract["date"], "2025-03-31");
    assert_eq!(contract["overdue"], true);
    assert_eq!(
        contract["detail"],
        "contrat terminé le 31/03/2025 sans renouvellement ni sortie"
    );
    let pass = find(&list, "pass_ended").expect("pass_ended");
    assert_eq!(pass["date"], "2025-04-30");
    assert_eq!(pass["overdue"], true);
    // A renewal takes the item away.
    s.iae()
        .args(["contract", "renew", "martin", "--end", "2025-09-30"])
        .assert()
        .success();
    assert!(find(&items(&s, &[]), "contract_ended").is_none());
}

#[test]
fn a_missing_bilan_is_dismissed_with_a_reason_and_shown_by_all() {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-01-06");
    s.iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-03-14",
            "--reason",
            "sans_nouvelle",
        ])
        .assert()
        .success();
    assert!(find(&items(&s, &[]), "exit_without_bilan").is_some());
    let before = s.read(&id);
    let out = s
        .iae()
        .args(["deadlines", "dismiss", "martin", "bilan"])
        .args(["--reason", "injoignable"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("n'a pas d'échéance « bilan »"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
    let out = s
        .iae()
        .args(["deadlines", "dismiss", "martin", "exit_without_bilan"])
        .args([
            "--reason",
            "injoignable depuis la sortie, trois appels sans réponse",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("écartée"), "{}", stderr(&out));
    let text = s.read(&id);
    assert!(
        text.contains("[[dismissed]]") && text.contains("what = \"exit_without_bilan\""),
        "{text}"
    );
    assert!(text.contains("on = 2025-06-01"), "{text}");
    assert!(find(&items(&s, &[]), "exit_without_bilan").is_none());
    let all = items(&s, &["--all"]);
    let item = find(&all, "exit_without_bilan").expect("shown by --all");
    assert_eq!(
        item["dismissed"],
        "injoignable depuis la sortie, trois appels sans réponse"
    );
    let out = s
        .iae()
        .args(["report", "deadlines", "--all"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("écarté"), "{}", stdout(&out));
    s.iae().arg("check").assert().success();
}

#[test]
fn who_left_is_not_among_the_open_barriers() {
    let s = Structure::new("ACI");
    s.recruit("MARTIN", "Léa", "1990-04-02", "2025-01-06");
    s.recruit("DURAND", "Paul", "1979-11-02", "2025-01-06");
    for who in ["martin", "durand"] {
        s.iae()
            .args(["barrier", "add", who, "--category", "mobilite"])
            .args(["--detail", "Pas de permis", "--noted-on", "2025-01-10"])
            .assert()
            .success();
    }
    s.iae()
        .args([
            "exit",
            "durand",
            "--date",
            "2025-03-14",
            "--reason",
            "chomage",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["barrier", "list", "--open"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("MARTIN") && !text.contains("DURAND"),
        "{text}"
    );
    let out = s.iae().args(["barrier", "list"]).output().unwrap();
    assert!(stdout(&out).contains("DURAND"));
}

#[test]
fn report_active_flags_who_has_had_no_contract_for_months() {
    let s = Structure::new("ACI");
    s.recruit("MARTIN", "Léa", "1990-04-02", "2024-09-02");
    s.recruit("DURAND", "Paul", "1979-11-02", "2025-01-06");
    s.iae()
        .args([
            "contract",
            "add",
            "martin",
            "--kind",
            "cddi",
            "--start",
            "2024-09-02",
        ])
        .args([
            "--end",
            "2025-03-31",
            "--weekly-hours",
            "26",
            "--position",
            "Agente",
        ])
        .assert()
        .success();
    s.iae()
        .args([
            "contract",
            "add",
            "durand",
            "--kind",
            "cddi",
            "--start",
            "2025-01-06",
        ])
        .args([
            "--end",
            "2025-06-30",
            "--weekly-hours",
            "26",
            "--position",
            "Agent",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["report", "active", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    let row = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"].as_str().unwrap().contains(name))
            .unwrap()
            .clone()
    };
    assert_eq!(
        row("MARTIN")["flag"],
        "plus de contrat depuis le 31/03/2025 et pas de sortie enregistrée"
    );
    assert!(row("DURAND").get("flag").is_none(), "{rows}");
}

#[test]
fn an_item_is_dismissed_by_the_words_the_table_shows_and_a_wrong_one_lists_the_codes() {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-01-06");
    s.iae()
        .args(["exit", "martin", "--date", "2025-03-14"])
        .args(["--reason", "sans_nouvelle"])
        .assert()
        .success();
    let before = s.read(&id);
    let out = s
        .iae()
        .args(["deadlines", "dismiss", "martin", "sortie_sans_bilan"])
        .args(["--reason", "injoignable"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "conseil : ses échéances en cours : exit_without_bilan (« sortie sans bilan », 14/03/2025)"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
    // The words of the table's "quoi" column, capitals aside.
    let out = s
        .iae()
        .args(["deadlines", "dismiss", "martin", "Sortie sans bilan"])
        .args(["--reason", "injoignable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("Échéance « sortie sans bilan » du 14/03/2025 de MARTIN Léa"),
        "{}",
        stderr(&out)
    );
    assert!(s.read(&id).contains("what = \"exit_without_bilan\""));
}
