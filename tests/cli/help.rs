//! `--help` and usage errors in the chosen language: French by default, English with
//! `--lang en` or `IAE_LANG=en`; usage errors exit 2.

use crate::*;

#[test]
fn top_help_in_french() {
    let out = iae().arg("--help").output().unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn interview_add_help_in_french() {
    let out = iae().args(["interview", "add", "--help"]).output().unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn top_help_in_english() {
    let out = iae().args(["--help", "--lang", "en"]).output().unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn interview_add_help_in_english() {
    let out = iae()
        .env("IAE_LANG", "en")
        .args(["interview", "add", "--help"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn missing_arguments_in_french() {
    let out = iae().args(["interview", "add", "7K3M9Q"]).output().unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn missing_arguments_in_english() {
    let out = iae()
        .args(["--lang", "en", "interview", "add", "7K3M9Q"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn usage_errors_speak_french_and_exit_2() {
    for (args, expected) in [
        (&["list", "--bogus"][..], "argument inattendu « --bogus »"),
        (&["barier"], "sous-commande inconnue « barier »"),
        (&["barier"], "une sous-commande proche existe : « barrier »"),
        (
            &["list", "--format", "jsn"],
            "valeur invalide « jsn » pour « --format <FORMAT> »",
        ),
        (
            &["list", "--format", "jsn"],
            "[valeurs possibles : table, json, csv, yaml, markdown]",
        ),
        (
            &["recruit", "--last-name"],
            "« --last-name <NOM> » attend une valeur",
        ),
        (
            &["report", "exits", "--year", "2025", "--from", "2025-01-01"],
            "ne peut pas être utilisé avec « --from <DÉBUT> »",
        ),
        (
            &["interview"],
            "Utilisation : iae interview [OPTIONS] <COMMANDE>",
        ),
    ] {
        let out = iae().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{args:?}: {err}");
        for english in ["error:", "Usage:", "For more information", "tip:"] {
            assert!(!err.contains(english), "{args:?}: {english} in {err}");
        }
    }
}

#[test]
fn help_of_clap_pieces_in_french() {
    let out = iae().args(["barrier", "-h"]).output().unwrap();
    assert!(out.status.success());
    let help = crate::stdout(&out);
    for french in [
        "Commandes :",
        "Options :",
        "Afficher l'aide (davantage avec « --help »)",
        "Afficher la version",
        "Afficher ce message ou l'aide des sous-commandes données",
        "Exemples :",
    ] {
        assert!(help.contains(french), "{french} missing:\n{help}");
    }
    let out = iae().args(["help", "barrier", "add"]).output().unwrap();
    assert!(out.status.success());
    assert!(crate::stdout(&out).starts_with("Noter un frein"));
}

#[test]
fn a_french_date_is_read_and_an_impossible_one_is_refused_naming_the_flag() {
    let s = crate::Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "14/05/1998", "03/03/2025");
    let case = s.read(&id);
    assert!(case.contains("birth_date = 1998-05-14"), "{case}");
    assert!(case.contains("hired_on = 2025-03-03"), "{case}");

    let before = s.read(&id);
    let out = s
        .iae()
        .args(["interview", "add", &id, "--date", "31/02/2025"])
        .args(["--kind", "suivi", "--by", "C. Durand", "--notes", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("valeur invalide « 31/02/2025 » pour « --date <DATE> »"),
        "{err}"
    );
    assert!(
        err.contains("le 31/02/2025 n'existe pas dans le calendrier"),
        "{err}"
    );
    assert_eq!(s.read(&id), before, "nothing written");

    let out = s
        .iae()
        .args(["interview", "add", &id, "--date", "03/03/25"])
        .args(["--kind", "suivi", "--by", "C. Durand"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("quatre chiffres"), "{}", stderr(&out));
}

#[test]
fn the_shell_completion_describes_commands_in_the_language_of_the_environment() {
    let complete = |lang: &str| {
        let out = iae()
            .env("COMPLETE", "fish")
            .env("IAE_LANG", lang)
            .args(["--", "iae", "barr"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
        crate::stdout(&out)
    };
    let french = complete("fr");
    assert!(
        french.contains("barrier\tFreins périphériques à l'emploi"),
        "{french}"
    );
    let english = complete("en");
    assert!(
        english.contains("barrier\tBarriers to employment"),
        "{english}"
    );
}

#[test]
fn help_lists_only_working_commands_and_usage_errors_exit_2() {
    let out = iae().arg("--help").output().unwrap();
    let help = stdout(&out);
    for command in ["init", "recruit", "show", "list", "edit", "check"] {
        assert!(help.contains(command), "{command}");
    }
    iae().arg("frobnicate").assert().code(2);
    iae().args(["list", "--format", "pdf"]).assert().code(2);
    iae()
        .args(["list", "--today", "2025-13-01"])
        .assert()
        .code(2);
}
