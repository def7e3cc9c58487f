//! What a counsellor reads in French: one salarié's timeline (`iae show`) and the list of
//! the structure (`iae list`), pinned on the demo; an ambiguous name lists the candidates.

use crate::*;
use std::path::Path;

fn demo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo")
}

#[test]
fn the_timeline_in_french() {
    let out = iae()
        .arg("--dir")
        .arg(demo())
        .args(["--today", "2025-11-10", "show", "benali"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn the_list_in_french() {
    let out = iae()
        .arg("--dir")
        .arg(demo())
        .args(["--today", "2025-11-10", "list", "--all"])
        .output()
        .unwrap();
    // At 80 columns (the tests' width) the French list is a table, not records: the
    // least useful column is left out rather than a word cut.
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    let header = text.lines().next().unwrap();
    assert!(
        header.contains("nom") && header.contains("statut"),
        "{text}"
    );
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn show_lists_the_candidates_when_a_name_is_ambiguous() {
    let s = Structure::new("ACI");
    s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.recruit("Martin", "Paul", "1979-11-02", "2025-03-03");
    let out = s
        .iae()
        .args(["--lang", "en", "show", "martin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("2 salariés match"), "{err}");
    assert!(err.contains("MARTIN Sofia") && err.contains("MARTIN Paul"));
    s.iae().args(["show", "paul mar"]).assert().success();
    let out = s.iae().args(["show", "durand"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("aucun salarié ne correspond"));
}

#[test]
fn french_agrees_with_the_person_sex_where_it_is_known() {
    let s = Structure::new("ACI");
    let recruit = |last: &str, first: &str, sex: &str| {
        let out = s
            .iae()
            .args(["recruit", "--last-name", last, "--first-name", first])
            .args(["--birth-date", "1990-04-02", "--sex", sex])
            .args(["--hired-on", "2025-01-06", "--criteria", "rsa"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    assert!(recruit("Martin", "Léa", "F").contains("Léa Martin recrutée sous"));
    assert!(recruit("Roux", "Hugo", "M").contains("Hugo Roux recruté sous"));
    let show = |who: &str| stdout(&s.iae().args(["show", who]).output().unwrap());
    assert!(
        show("martin").contains("\nNée le 02/04/1990"),
        "{}",
        show("martin")
    );
    assert!(
        show("roux").contains("\nNé le 02/04/1990"),
        "{}",
        show("roux")
    );
    s.iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-02",
            "--reason",
            "sans_nouvelle",
        ])
        .assert()
        .success();
    assert!(
        show("martin").contains(" — sortie le 02/05/2025"),
        "{}",
        show("martin")
    );
    let again = s
        .iae()
        .args([
            "exit",
            "martin",
            "--date",
            "2025-05-02",
            "--reason",
            "sans_nouvelle",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&again).contains("Léa Martin est déjà sortie le 02/05/2025"),
        "{}",
        stderr(&again)
    );
    let after = s
        .iae()
        .args(["interview", "add", "martin", "--date", "2025-05-20"])
        .args(["--kind", "suivi", "--by", "A. B."])
        .output()
        .unwrap();
    assert!(
        stderr(&after).contains(" est sortie le 02/05/2025 : un entretien après la sortie"),
        "{}",
        stderr(&after)
    );
    let follow = s
        .iae()
        .args(["followup", "add", "roux", "--date", "2025-06-02"])
        .args(["--situation", "sans_nouvelle"])
        .output()
        .unwrap();
    assert!(
        stderr(&follow).contains(" n'est pas encore sorti : un suivi vient après la sortie"),
        "{}",
        stderr(&follow)
    );
    let typo = s.iae().args(["show", "martn"]).output().unwrap();
    assert!(
        stderr(&typo).contains("MARTIN Léa  née le 02/04/1990"),
        "{}",
        stderr(&typo)
    );
}
