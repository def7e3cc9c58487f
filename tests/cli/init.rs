//! `iae init`: a documented structure, never overwritten, a git repository when git is there.

use crate::*;

#[test]
fn init_writes_a_documented_structure_and_refuses_to_overwrite_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bagneux");
    iae()
        .arg("init")
        .arg(&dir)
        .args([
            "--name",
            "Les Jardins de Bagneux",
            "--kind",
            "aci",
            "--siret",
            "12345678900012",
            "--no-git",
        ])
        .assert()
        .success();
    let config = std::fs::read_to_string(dir.join("iae.toml")).unwrap();
    assert!(config.contains("name = \"Les Jardins de Bagneux\""));
    assert!(config.contains("kind = \"ACI\""));
    assert!(config.contains("# Nombre de jours entre deux entretiens"));
    assert!(dir.join("salaries").is_dir());
    assert!(
        std::fs::read_to_string(dir.join(".gitignore"))
            .unwrap()
            .contains(".iae/")
    );
    assert!(!dir.join(".git").exists(), "--no-git");

    let out = iae()
        .env("IAE_LANG", "en")
        .arg("init")
        .arg(&dir)
        .args(["--name", "X", "--kind", "EI"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already a structure"));
    assert_eq!(
        std::fs::read_to_string(dir.join("iae.toml")).unwrap(),
        config
    );

    let out = iae()
        .env("IAE_LANG", "en")
        .arg("init")
        .arg(tmp.path().join("x"))
        .args(["--name", "X", "--kind", "SCOP"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("ACI, EI, AI, ETTI, EITI"));
}

#[test]
fn init_runs_git_when_it_is_there() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git is not installed: skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    iae()
        .current_dir(tmp.path())
        .args(["init", "--name", "EI du Port", "--kind", "EI"])
        .assert()
        .success();
    assert!(tmp.path().join(".git").exists());
    assert!(tmp.path().join("iae.toml").exists());
}

#[test]
fn the_next_step_says_to_go_into_the_new_structure_first() {
    let tmp = tempfile::tempdir().unwrap();
    let out = iae()
        .current_dir(tmp.path())
        .args([
            "init",
            "bagneux",
            "--name",
            "Les Jardins",
            "--kind",
            "ACI",
            "--no-git",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Ensuite : `cd bagneux` puis `iae recruit`"),
        "{}",
        stderr(&out)
    );
    // The hint works: from there, recruit finds the structure.
    iae()
        .current_dir(tmp.path().join("bagneux"))
        .args(["recruit", "--last-name", "Martin", "--first-name", "Sofia"])
        .args([
            "--birth-date",
            "1998-05-14",
            "--sex",
            "F",
            "--hired-on",
            "2025-03-03",
        ])
        .assert()
        .success();
    let here = tmp.path().join("ici");
    std::fs::create_dir(&here).unwrap();
    let out = iae()
        .current_dir(&here)
        .args(["init", "--name", "Ici", "--kind", "AI", "--no-git"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("Ensuite : `iae recruit` pour"),
        "{}",
        stderr(&out)
    );
}
