//! The merge driver against randomized pairs of edits made with the tool's own commands
//! on two copies of one structure. Seeded, so a failure names the seed that replays it;
//! `IAE_MERGE_SCENARIOS=N` runs more than the default.

use crate::{Structure, copy_dir, iae, stderr};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use toml::{Table, Value};

const SEED: u64 = 20_250_601;
const DEFAULT_SCENARIOS: usize = 10;

/// The common ancestor: one salarié with a contract, a PASS, a barrier and an interview.
fn base() -> (Structure, String) {
    let s = Structure::new("ACI");
    let out = s
        .iae()
        .args(["--today", "2025-03-10", "recruit", "--last-name", "Martin"])
        .args([
            "--first-name",
            "Sofia",
            "--birth-date",
            "1990-01-01",
            "--sex",
            "F",
        ])
        .args([
            "--hired-on",
            "2025-03-03",
            "--criteria",
            "rsa",
            "--diagnosis-by",
        ])
        .args([
            "prescriber",
            "--diagnosis-date",
            "2025-02-20",
            "--prescriber",
        ])
        .args([
            "france_travail",
            "--pass-number",
            "999992512345",
            "--contract",
            "cddi",
        ])
        .args([
            "--contract-end",
            "2025-09-02",
            "--weekly-hours",
            "26",
            "--position",
        ])
        .args(["Agent d'entretien"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    for args in [
        vec![
            "--today",
            "2025-03-10",
            "barrier",
            "add",
            &id,
            "--category",
            "logement",
            "--detail",
            "Hébergée chez un tiers",
        ],
        vec![
            "interview",
            "add",
            &id,
            "--date",
            "2025-03-03",
            "--kind",
            "accueil",
            "--by",
            "C. Durand",
        ],
        vec!["hours", "add", &id, "--month", "2025-03", "--hours", "70"],
    ] {
        let out = s.iae().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    (s, id)
}

fn day(rng: &mut StdRng, from: (u32, u32), to: (u32, u32)) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2025, from.0, from.1).unwrap();
    let end = chrono::NaiveDate::from_ymd_opt(2025, to.0, to.1).unwrap();
    let span = (end - start).num_days();
    (start + chrono::Duration::days(rng.random_range(0..=span))).to_string()
}

fn pick<'a>(rng: &mut StdRng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

/// Edits of the events every counsellor adds, on one side (`a` or `b`).
fn event_edits(rng: &mut StdRng, id: &str, side: &str) -> Vec<Vec<String>> {
    let mut edits = Vec::new();
    let mut barriers = 1;
    let mut suspended = false;
    for n in 0..rng.random_range(1..=4) {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        match rng.random_range(0..6) {
            0 | 1 => {
                let date = day(rng, (3, 11), (5, 31));
                let kind = pick(rng, &["suivi", "bilan_intermediaire"]);
                let by = pick(rng, &["C. Durand", "D. Petit"]);
                edits.push(s(&[
                    "interview",
                    "add",
                    id,
                    "--date",
                    &date,
                    "--kind",
                    kind,
                    "--by",
                    by,
                ]));
            }
            2 => {
                barriers += 1;
                let category = pick(rng, &["mobilite", "sante", "numerique", "justice"]);
                let detail = format!("{side} frein {n}");
                edits.push(s(&[
                    "barrier",
                    "add",
                    id,
                    "--category",
                    category,
                    "--detail",
                    &detail,
                ]));
                if rng.random_bool(0.5) {
                    let text = format!("{side} action sur {detail}");
                    let number = barriers.to_string();
                    edits.push(s(&[
                        "barrier",
                        "action",
                        id,
                        &number,
                        "--date",
                        "2025-06-01",
                        "--text",
                        &text,
                    ]));
                }
            }
            3 => {
                let date = day(rng, (3, 10), (4, 30));
                let text = format!("{side} action {n}");
                edits.push(s(&[
                    "barrier", "action", id, "1", "--date", &date, "--text", &text,
                ]));
            }
            4 => {
                let month = pick(rng, &["2025-03", "2025-04", "2025-05"]);
                let hours = rng.random_range(1..40).to_string();
                edits.push(s(&[
                    "hours", "add", id, "--month", month, "--hours", &hours,
                ]));
            }
            _ if suspended => {}
            _ => {
                suspended = true;
                // Each side suspends in its own month: two suspensions, not one changed.
                let (from, to) = if side == "a" {
                    ((4, 1), (4, 20))
                } else {
                    ((5, 1), (5, 20))
                };
                let start = day(rng, from, to);
                let end = (start.parse::<chrono::NaiveDate>().unwrap() + chrono::Duration::days(5))
                    .to_string();
                edits.push(s(&[
                    "pass",
                    "suspend",
                    id,
                    "--from",
                    &start,
                    "--to",
                    &end,
                    "--reason",
                    "contract_suspended",
                ]));
            }
        }
    }
    edits
}

/// Decided facts: each group is changed by one side at most, so no key is touched twice.
fn fact_edits(rng: &mut StdRng, id: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let groups: Vec<Vec<String>> = vec![
        match rng.random_range(0..3) {
            0 => s(&["contract", "renew", id, "--end", "2026-03-02"]),
            1 => s(&["contract", "end", id, "--on", "2025-05-30"]),
            _ => s(&[
                "exit",
                id,
                "--date",
                "2025-06-01",
                "--reason",
                "cdi_non_aide",
            ]),
        },
        s(&["barrier", "resolve", id, "1", "--on", "2025-05-15"]),
        s(&[
            "project",
            "set",
            id,
            "--target",
            "Jardinier paysagiste",
            "--on",
            "2025-05-02",
        ]),
    ];
    for edit in groups {
        match rng.random_range(0..3) {
            0 => a.push(edit),
            1 => b.push(edit),
            _ => {}
        }
    }
    (a, b)
}

fn apply(dir: &Path, edits: &[Vec<String>]) {
    for edit in edits {
        let out = iae().arg("--dir").arg(dir).args(edit).output().unwrap();
        assert!(out.status.success(), "{edit:?}: {}", stderr(&out));
    }
}

fn read(dir: &Path, id: &str) -> Table {
    let text = std::fs::read_to_string(dir.join(format!("salaries/{id}.toml"))).unwrap();
    text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn list<'a>(t: &'a Table, key: &str) -> Vec<&'a Table> {
    t.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_table).collect())
        .unwrap_or_default()
}

fn counts(entries: &[&Table]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for e in entries {
        *m.entry(e.to_string()).or_default() += 1;
    }
    m
}

/// Each entry as often as the side that holds it most: added once on both sides is once.
fn expected(a: &[&Table], b: &[&Table]) -> BTreeMap<String, usize> {
    let (mut x, y) = (counts(a), counts(b));
    for (k, n) in y {
        let slot = x.entry(k).or_default();
        *slot = (*slot).max(n);
    }
    x
}

fn text_of(t: &Table, key: &str) -> String {
    t.get(key).map(|v| v.to_string()).unwrap_or_default()
}

fn hours(t: &Table) -> BTreeMap<String, f64> {
    list(t, "hours")
        .iter()
        .map(|h| {
            (
                text_of(h, "month"),
                h["hours"]
                    .as_float()
                    .or(h["hours"].as_integer().map(|i| i as f64))
                    .unwrap(),
            )
        })
        .collect()
}

/// The events of each barrier, found by its words (numbers may change in the merge).
fn barrier_actions(t: &Table) -> BTreeMap<String, BTreeMap<String, usize>> {
    list(t, "barriers")
        .iter()
        .map(|b| (text_of(b, "detail"), counts(&list(b, "actions"))))
        .collect()
}

fn check_merged(o: &Table, a: &Table, b: &Table, base: &Table, fact_side: &BTreeMap<usize, Table>) {
    assert_eq!(
        counts(&list(o, "interviews")),
        expected(&list(a, "interviews"), &list(b, "interviews")),
        "interviews"
    );
    let dates: Vec<String> = list(o, "interviews")
        .iter()
        .map(|i| text_of(i, "date"))
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "interviews in date order: {dates:?}"
    );

    let pass = |t: &Table| -> Vec<Table> {
        t.get("pass")
            .and_then(|p| p.get("suspensions"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_table().cloned()).collect())
            .unwrap_or_default()
    };
    let (po, pa, pb) = (pass(o), pass(a), pass(b));
    assert_eq!(
        counts(&po.iter().collect::<Vec<_>>()),
        expected(
            &pa.iter().collect::<Vec<_>>(),
            &pb.iter().collect::<Vec<_>>()
        ),
        "suspensions"
    );

    let numbers: Vec<i64> = list(o, "barriers")
        .iter()
        .map(|b| b["number"].as_integer().unwrap())
        .collect();
    let unique: BTreeSet<i64> = numbers.iter().copied().collect();
    assert_eq!(
        unique.len(),
        numbers.len(),
        "barrier numbers unique: {numbers:?}"
    );
    let (mut want, got) = (barrier_actions(a), barrier_actions(o));
    for (detail, actions) in barrier_actions(b) {
        let slot = want.entry(detail).or_default();
        for (k, n) in actions {
            let c = slot.entry(k).or_default();
            *c = (*c).max(n);
        }
    }
    assert_eq!(got, want, "barriers and their actions");

    let (hb, ha, hbb, ho) = (hours(base), hours(a), hours(b), hours(o));
    let months: BTreeSet<&String> = ha.keys().chain(hbb.keys()).collect();
    for m in months {
        let base_h = hb.get(m).copied().unwrap_or(0.0);
        let want = base_h
            + (ha.get(m).copied().unwrap_or(0.0) - base_h)
            + (hbb.get(m).copied().unwrap_or(0.0) - base_h);
        assert_eq!(ho.get(m).copied(), Some(want), "hours of {m}");
    }

    // Decided facts: the side that changed them wins.
    for key in ["contracts", "exit", "project"] {
        let want = fact_side
            .values()
            .find(|t| t.get(key) != base.get(key))
            .unwrap_or(base);
        assert_eq!(o.get(key), want.get(key), "{key}");
    }
    let status = |t: &Table| {
        list(t, "barriers")
            .iter()
            .find(|b| b["number"].as_integer() == Some(1))
            .map(|b| text_of(b, "status"))
    };
    // A barrier moves forward: the further stage of the two sides.
    let stage = |s: &Option<String>| match s.as_deref() {
        Some("\"identified\"") => 0,
        Some("\"in_progress\"") => 1,
        _ => 2,
    };
    let want = [status(a), status(b)]
        .into_iter()
        .max_by_key(stage)
        .unwrap();
    assert_eq!(status(o), want, "barrier 1 status");
}

#[test]
fn randomized_pairs_of_edits_merge_without_loss() {
    let scenarios: usize = std::env::var("IAE_MERGE_SCENARIOS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_SCENARIOS);
    let (base_dir, id) = base();
    let rel = format!("salaries/{id}.toml");
    let (mut clean, mut same_key) = (0, 0);
    for n in 0..scenarios {
        let seed = SEED + n as u64;
        let mut rng = StdRng::seed_from_u64(seed);
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        copy_dir(base_dir.path(), &a);
        copy_dir(base_dir.path(), &b);
        let conflict_wanted = rng.random_bool(0.15);
        let (mut ea, mut eb) = (
            event_edits(&mut rng, &id, "a"),
            event_edits(&mut rng, &id, "b"),
        );
        if conflict_wanted {
            ea.push(
                ["contract", "end", &id, "--on", "2025-05-16"]
                    .map(String::from)
                    .to_vec(),
            );
            eb.push(
                ["contract", "end", &id, "--on", "2025-05-30"]
                    .map(String::from)
                    .to_vec(),
            );
        } else {
            let (fa, fb) = fact_edits(&mut rng, &id);
            ea.extend(fa);
            eb.extend(fb);
        }
        apply(&a, &ea);
        apply(&b, &eb);
        let (ta, tb) = (read(&a, &id), read(&b, &id));
        let out = iae()
            .arg("merge-file")
            .arg(base_dir.path().join(&rel))
            .arg(a.join(&rel))
            .arg(b.join(&rel))
            .args(["--path", &rel])
            .output()
            .unwrap();
        let context = format!("seed {seed}: a {ea:?}\nb {eb:?}\n{}", stderr(&out));
        let check = iae().arg("--dir").arg(&a).arg("check").output().unwrap();
        if conflict_wanted {
            assert_eq!(out.status.code(), Some(1), "{context}");
            let text = std::fs::read_to_string(a.join(&rel)).unwrap();
            assert_eq!(text.matches("<<<<<<<").count(), 1, "{context}\n{text}");
            assert!(
                text.contains("=======\nend = 2025-05-30\n>>>>>>>"),
                "{context}\n{text}"
            );
            assert!(
                stderr(&check).contains("E006"),
                "{context}\n{}",
                stderr(&check)
            );
            same_key += 1;
            continue;
        }
        assert!(out.status.success(), "{context}");
        assert!(check.status.success(), "{context}\n{}", stderr(&check));
        let facts: BTreeMap<usize, Table> = [(0, ta.clone()), (1, tb.clone())].into();
        let merged = read(&a, &id);
        let result = std::panic::catch_unwind(|| {
            check_merged(&merged, &ta, &tb, &read(base_dir.path(), &id), &facts)
        });
        assert!(result.is_ok(), "{context}\nmerged: {merged}");
        clean += 1;
    }
    eprintln!(
        "{scenarios} scenarios: {clean} merged cleanly and passed every property, {same_key} changed one key on both sides and stopped on that key"
    );
    assert_eq!(clean + same_key, scenarios);
}
