//! `iae list`: where the structure is found (`--dir`, `IAE_DIR`, a parent), the filters,
//! the search and every format.

use crate::*;

#[test]
fn outside_a_structure_the_error_says_how_to_create_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = iae()
        .env("IAE_LANG", "en")
        .current_dir(tmp.path())
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no structure found"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("iae init"));

    let out = iae()
        .env("IAE_LANG", "en")
        .args(["--dir"])
        .arg(tmp.path())
        .args([
            "recruit",
            "--last-name",
            "A",
            "--first-name",
            "B",
            "--birth-date",
            "1990-01-01",
            "--sex",
            "F",
            "--hired-on",
            "2025-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not a structure directory"),
        "{}",
        stderr(&out)
    );
    assert!(
        std::fs::read_dir(tmp.path()).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn the_directory_comes_from_iae_dir_or_a_parent() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let out = iae()
        .env("IAE_DIR", s.path())
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)[0]["id"], id.as_str());
    let out = iae()
        .current_dir(s.path().join("salaries"))
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)[0]["id"], id.as_str());
}

#[test]
fn list_filters_searches_and_speaks_every_format() {
    let s = Structure::new("EI");
    let a = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let b = s.recruit("Lefèvre", "Élodie", "1990-02-28", "2025-01-06");
    let exited = s.path().join("salaries").join(format!("{b}.toml"));
    let mut text = std::fs::read_to_string(&exited).unwrap();
    text.push_str("\n[exit]\ndate = 2025-05-30\nreason = \"chomage\"\n");
    std::fs::write(&exited, text).unwrap();

    let ids = |args: &[&str]| -> Vec<String> {
        let out = s
            .iae()
            .arg("list")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), vec![a.clone()]);
    assert_eq!(ids(&["--exited"]), vec![b.clone()]);
    assert_eq!(ids(&["--all"]), [b.clone(), a.clone()], "sorted by name");
    assert_eq!(ids(&["--all", "--search", "LEFEV"]), vec![b.clone()]);

    let csv = stdout(
        &s.iae()
            .args(["list", "--all", "--format", "csv"])
            .output()
            .unwrap(),
    );
    assert!(csv.starts_with("id,name,hired_on,contract_end,pass_end,last_interview,status\n"));
    assert!(csv.contains(&format!("{b},LEFÈVRE Élodie,2025-01-06,,,,exited")));
    let md = stdout(
        &s.iae()
            .args(["list", "--format", "markdown"])
            .output()
            .unwrap(),
    );
    assert!(md.starts_with("| id | nom | embauche |"), "{md}");
    let english = stdout(
        &s.iae()
            .env("IAE_LANG", "en")
            .args(["list", "--format", "markdown"])
            .output()
            .unwrap(),
    );
    assert!(english.starts_with("| id | name | hired on |"), "{english}");
    let yaml = stdout(&s.iae().args(["list", "--format", "yaml"]).output().unwrap());
    assert!(yaml.contains(&format!("id: {a}")));
    let table = stdout(&s.iae().args(["list"]).output().unwrap());
    assert!(table.contains("MARTIN Sofia"));
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");

    s.iae()
        .args(["list", "--active", "--exited"])
        .assert()
        .code(2);
}
