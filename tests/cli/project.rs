//! `iae project`, `skill`, `training` and `immersion`: what the parcours builds.

use crate::*;

#[test]
fn project_skills_trainings_and_immersions() {
    let s = Structure::new("EI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.iae()
        .args([
            "project",
            "set",
            &id,
            "--target",
            "Agent d'entretien",
            "--rome",
            "k2204",
            "--on",
            "2025-03-10",
        ])
        .assert()
        .success();
    s.iae()
        .args([
            "project",
            "set",
            &id,
            "--target",
            "Jardinier",
            "--rome",
            "A1203",
            "--on",
            "2025-05-10",
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["project", "set", &id, "--target", "X", "--rome", "12345"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    s.iae()
        .args([
            "skill",
            "add",
            &id,
            "--kind",
            "savoir_etre",
            "--name",
            "Ponctualité",
            "--level",
            "3",
            "--on",
            "2025-04-01",
            "--by",
            "C. Durand",
        ])
        .assert()
        .success();
    s.iae()
        .args([
            "skill",
            "add",
            &id,
            "--kind",
            "aptitude",
            "--name",
            "Port de charges",
            "--level",
            "5",
            "--on",
            "2025-04-01",
        ])
        .assert()
        .code(2);
    s.iae()
        .args([
            "training",
            "add",
            &id,
            "--title",
            "CACES R482",
            "--organism",
            "AFPA",
            "--start",
            "2025-05-12",
            "--end",
            "2025-05-16",
        ])
        .args(["--qualifying", "--certification", "CACES R482 catégorie A"])
        .assert()
        .success();
    s.iae()
        .args([
            "immersion",
            "add",
            &id,
            "--employer",
            "Mairie de Bagneux",
            "--job",
            "Agent des espaces verts",
            "--start",
            "2025-05-19",
            "--end",
            "2025-05-30",
        ])
        .assert()
        .success();
    s.iae()
        .args([
            "immersion",
            "add",
            &id,
            "--employer",
            "X",
            "--job",
            "Y",
            "--start",
            "2025-05-19",
            "--end",
            "2025-05-01",
        ])
        .assert()
        .code(1);

    let out = s
        .iae()
        .args(["show", &id, "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["project"]["target"], "Jardinier");
    assert_eq!(v["project"]["rome"], "A1203");
    assert_eq!(v["project"]["previous"][0]["target"], "Agent d'entretien");
    assert_eq!(v["project"]["previous"][0]["rome"], "K2204");
    assert_eq!(v["project"]["previous"][0]["replaced_on"], "2025-05-10");
    assert_eq!(v["skills"][0]["level"], 3);
    assert_eq!(v["trainings"][0]["qualifying"], true);
    assert_eq!(v["immersions"][0]["employer"], "Mairie de Bagneux");

    let human = stdout(&s.iae().args(["show", &id]).output().unwrap());
    for expected in [
        "Projet professionnel : Jardinier (ROME A1203)",
        "Ponctualité — niveau 3/4",
        "CACES R482",
        "PMSMP",
    ] {
        assert!(human.contains(expected), "{expected}: {human}");
    }
    s.iae().arg("check").assert().success();
}
