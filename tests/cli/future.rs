//! Records dated after today: written with a W014 warning, and found by `check`. A fact
//! (an interview, hours) cannot be ahead of today; a planned contract may start up to 3
//! months ahead.

use crate::{Structure, stderr};

fn structure_with_lea() -> (Structure, String) {
    let s = Structure::new("ACI");
    let id = s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    (s, id)
}

#[test]
fn an_interview_dated_after_today_is_written_with_a_warning() {
    let (s, id) = structure_with_lea();
    let out = s
        .iae()
        .args(["interview", "add", "martin", "--date", "12/07/2025"])
        .args(["--kind", "suivi", "--by", "C. Durand"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "W014 l'entretien du 12/07/2025 porte une date à venir (aujourd'hui : 01/06/2025)"
        ),
        "{}",
        stderr(&out)
    );
    assert!(s.read(&id).contains("date = 2025-07-12"));

    // The same day is no longer ahead once it has come.
    let out = s
        .iae()
        .args(["--today", "2025-07-12", "interview", "add", "martin"])
        .args([
            "--date",
            "2025-07-12",
            "--kind",
            "suivi",
            "--by",
            "C. Durand",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("W014"), "{}", stderr(&out));
}

#[test]
fn hours_of_a_month_not_begun_are_warned_the_current_month_is_not() {
    let (s, _) = structure_with_lea();
    let add = |month: &str| {
        s.iae()
            .args(["hours", "add", "martin", "--month", month, "--hours", "80"])
            .output()
            .unwrap()
    };
    let current = add("2025-06");
    assert!(current.status.success(), "{}", stderr(&current));
    assert!(!stderr(&current).contains("W014"), "{}", stderr(&current));
    let next = add("2025-07");
    assert!(next.status.success(), "{}", stderr(&next));
    assert!(
        stderr(&next)
            .contains("W014 les heures de 07/2025 portent sur un mois qui n'a pas commencé"),
        "{}",
        stderr(&next)
    );
}

#[test]
fn a_contract_may_be_planned_three_months_ahead_not_more() {
    let (s, id) = structure_with_lea();
    let add = |start: &str, end: &str| {
        s.iae()
            .args(["contract", "add", "martin", "--kind", "cddi"])
            .args(["--start", start, "--end", end, "--weekly-hours", "26"])
            .args(["--position", "Agent d'entretien"])
            .output()
            .unwrap()
    };
    let planned = add("2025-09-01", "2025-12-31");
    assert!(planned.status.success(), "{}", stderr(&planned));
    assert!(!stderr(&planned).contains("W014"), "{}", stderr(&planned));
    let far = add("2026-09-01", "2026-12-31");
    assert!(far.status.success(), "{}", stderr(&far));
    assert!(
        stderr(&far).contains(
            "W014 le début du contrat le 01/09/2026 tombe plus de 3 mois après aujourd'hui"
        ),
        "{}",
        stderr(&far)
    );
    assert!(
        s.read(&id).contains("start = 2026-09-01"),
        "the file is written"
    );
}

#[test]
fn check_names_the_file_the_record_and_its_date() {
    let (s, id) = structure_with_lea();
    s.iae()
        .args(["interview", "add", "martin", "--date", "2025-07-12"])
        .args(["--kind", "suivi", "--by", "C. Durand"])
        .assert()
        .success();
    let out = s.iae().args(["check", "--verbose"]).output().unwrap();
    assert!(out.status.success(), "a warning: {}", stderr(&out));
    let line = stderr(&out)
        .lines()
        .find(|l| l.contains("W014"))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("{}", stderr(&out)));
    assert!(
        line.starts_with(&format!("avertissement : salaries/{id}.toml:")),
        "{line}"
    );
    assert!(line.contains("interviews[0].date"), "{line}");
    assert!(line.contains("l'entretien du 12/07/2025"), "{line}");
    // On a later day it is gone.
    let later = s
        .iae()
        .args(["--today", "2025-08-01", "check", "--verbose"])
        .output()
        .unwrap();
    assert!(!stderr(&later).contains("W014"), "{}", stderr(&later));
}

#[test]
fn an_amended_date_moved_after_today_is_warned() {
    let (s, id) = structure_with_lea();
    s.iae()
        .args(["interview", "add", "martin", "--date", "2025-05-12"])
        .args(["--kind", "suivi", "--by", "C. Durand"])
        .assert()
        .success();
    let out = s
        .iae()
        .args([
            "interview",
            "amend",
            "martin",
            "2025-05-12",
            "--set",
            "date=2026-05-12",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("W014 l'entretien du 12/05/2026 porte une date à venir"),
        "{}",
        stderr(&out)
    );
    assert!(s.read(&id).contains("date = 2026-05-12"));
}

#[test]
fn a_hiring_planned_next_month_is_fine_one_next_year_is_warned() {
    let s = Structure::new("ACI");
    let recruit = |last: &str, hired: &str| {
        s.iae()
            .args(["recruit", "--last-name", last, "--first-name", "Léa"])
            .args([
                "--birth-date",
                "1990-04-02",
                "--sex",
                "F",
                "--hired-on",
                hired,
            ])
            .output()
            .unwrap()
    };
    let soon = recruit("MARTIN", "2025-07-01");
    assert!(soon.status.success(), "{}", stderr(&soon));
    assert!(!stderr(&soon).contains("W014"), "{}", stderr(&soon));
    let far = recruit("BERNARD", "2026-07-01");
    assert!(far.status.success(), "{}", stderr(&far));
    assert!(
        stderr(&far)
            .contains("W014 l'embauche du 01/07/2026 tombe plus de 3 mois après aujourd'hui"),
        "{}",
        stderr(&far)
    );
    assert_eq!(s.case_files().len(), 2, "both files are written");
}
