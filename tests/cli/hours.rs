//! `iae hours add`: a month added before those already recorded is written in its place,
//! so the file reads in month order, as `amend` keeps it.

use crate::*;

#[test]
fn an_earlier_month_is_written_before_the_later_ones() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-01-06");
    for (month, hours) in [("2025-03", "100"), ("2025-01", "80"), ("2025-02", "90")] {
        let out = s
            .iae()
            .args(["hours", "add", &id, "--month", month, "--hours", hours])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let text = s.read(&id);
    let months: Vec<usize> = ["2025-01", "2025-02", "2025-03"]
        .iter()
        .map(|m| text.find(&format!("month = \"{m}\"")).expect(&text))
        .collect();
    assert!(months.is_sorted(), "{text}");
    // The same month again adds to its line rather than writing a second one.
    let out = s
        .iae()
        .args(["hours", "add", &id, "--month", "2025-02", "--hours", "10"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(s.read(&id).matches("month = \"2025-02\"").count(), 1);
}

#[test]
fn the_year_total_is_written_with_a_decimal_comma_in_french() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-01-06");
    let out = s
        .iae()
        .args(["hours", "add", &id, "--month", "2025-01", "--hours", "35.5"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let list = |lang: &str| {
        let out = s
            .iae()
            .args(["hours", "list", &id, "--year", "2025", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    let fr = list("fr");
    assert!(fr.contains(" : 35,5 déclarées, "), "{fr}");
    assert!(!fr.contains("35.5"), "{fr}");
    let en = list("en");
    assert!(en.contains("35.5"), "{en}");
}

#[test]
fn hours_take_a_decimal_comma_and_a_word_is_refused_in_french() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-01-06");
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "2025-02", "--hours", "35,5",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(s.read(&id).contains("hours = 35.5"), "{}", s.read(&id));
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "2025-03", "--hours", "abc",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "valeur invalide « abc » pour « --hours <HEURES> » : ce n'est pas un nombre (par exemple 35 ou 35,5)"
        ),
        "{}",
        stderr(&out)
    );
    let out = s
        .iae()
        .args(["interview", "add", "martin", "--date", "2025-02-03"])
        .args(["--kind", "suivi", "--duration", "3O"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ce n'est pas un nombre entier positif (par exemple 30)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
}

#[test]
fn a_month_is_typed_the_french_way_too() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-01-06");
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "03/2025", "--hours", "20",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        s.read(&id).contains("month = \"2025-03\""),
        "{}",
        s.read(&id)
    );
    let out = s
        .iae()
        .args(["hours", "amend", "martin", "03/2025", "--set", "hours=22"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(s.read(&id).contains("hours = 22"), "{}", s.read(&id));
    let before = s.read(&id);
    let out = s
        .iae()
        .args([
            "hours", "add", "martin", "--month", "13/2025", "--hours", "20",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("écrivez le mois sous la forme MM/AAAA ou AAAA-MM"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
}
