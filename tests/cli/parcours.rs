//! Interviews, barriers, project, skills, trainings and immersions through the real binary.

use crate::*;

const NOTES: &str = "Elle dit : « ça va mieux ».\nCitation \"exacte\" et 'simple'.\n\nUn \"\"\" au milieu, des accents : é è à ç œ.\n\n\tfin tabulée\n";

#[test]
fn notes_survive_a_write_read_write_round_trip() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-01",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
            "--notes",
            NOTES,
        ])
        .assert()
        .success();
    let out = s
        .iae()
        .args(["show", &id, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["interviews"][0]["notes"], NOTES);
    let written = s.read(&id);

    // Another write keeps those bytes as they are.
    let notes_file = s.path().join("notes.txt");
    std::fs::write(&notes_file, "Deuxième entretien.\n\nRAS.\n").unwrap();
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-05-06",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
        ])
        .arg("--notes-file")
        .arg(&notes_file)
        .assert()
        .success();
    let rewritten = s.read(&id);
    assert!(
        rewritten.starts_with(&written),
        "the first interview is untouched"
    );
    let out = s
        .iae()
        .args(["interview", "list", &id, "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows[0]["notes"], NOTES);
    assert_eq!(rows[1]["notes"], "Deuxième entretien.\n\nRAS.\n");
    assert_eq!(rows[1]["attendance"], "present");
    s.iae().arg("check").assert().success();
}

#[test]
fn interviews_go_in_date_order_and_respect_the_exit() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    for (date, kind) in [
        ("2025-05-06", "suivi"),
        ("2025-03-03", "accueil"),
        ("2025-04-01", "collectif"),
    ] {
        s.iae()
            .args([
                "interview",
                "add",
                &id,
                "--date",
                date,
                "--kind",
                kind,
                "--by",
                "C. Durand",
                "--medium",
                "in_person",
            ])
            .assert()
            .success();
    }
    let text = s.read(&id);
    let dates: Vec<&str> = text.lines().filter(|l| l.starts_with("date = ")).collect();
    assert_eq!(
        dates,
        [
            "date = 2025-03-03",
            "date = 2025-04-01",
            "date = 2025-05-06"
        ]
    );
    assert!(text.contains("medium = \"in_person\""));

    let out = s
        .iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-04-02",
            "--kind",
            "entretien",
            "--by",
            "X",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("accueil, suivi, bilan_intermediaire"),
        "{}",
        stderr(&out)
    );

    s.iae()
        .args(["exit", &id, "--date", "2025-06-30", "--reason", "chomage"])
        .assert()
        .success();
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-07-15",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("post_sortie"), "{}", stderr(&out));
    assert_eq!(
        s.read(&id),
        before,
        "a refused input leaves the file byte-identical"
    );
    s.iae()
        .args([
            "interview",
            "add",
            &id,
            "--date",
            "2025-07-15",
            "--kind",
            "post_sortie",
            "--by",
            "C. Durand",
            "--medium",
            "phone",
        ])
        .assert()
        .success();
    s.iae().arg("check").assert().success();
}

#[test]
fn two_concurrent_interviews_are_both_kept() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let spawn = |date: &str| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("iae"))
            .env_clear()
            .arg("--dir")
            .arg(s.path())
            .args([
                "interview",
                "add",
                &id,
                "--date",
                date,
                "--kind",
                "suivi",
                "--by",
                "C. Durand",
                "--notes",
                date,
            ])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let children = [spawn("2025-04-01"), spawn("2025-04-02")];
        for c in children {
            assert!(c.wait_with_output().unwrap().status.success());
        }
    }
    let out = s
        .iae()
        .args(["interview", "list", &id, "--format", "json"])
        .output()
        .unwrap();
    let rows = json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 6);
}

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
