//! One convention for the days left on a PASS: `show` and `pass show` count today and
//! the end day.

use crate::{Structure, stderr, stdout};

#[test]
fn show_and_pass_show_give_the_same_days_left() {
    let s = Structure::new("ACI");
    s.recruit("MARTIN", "Léa", "1990-04-02", "2025-03-03");
    s.iae()
        .args(["pass", "set", "martin", "--number", "999992500011"])
        .args(["--start", "2023-07-01", "--end", "2025-06-30"])
        .assert()
        .success();
    let out = s.iae().args(["show", "martin"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("30 jours restants"),
        "{}",
        stdout(&out)
    );
    let out = s.iae().args(["pass", "show", "martin"]).output().unwrap();
    assert!(stdout(&out).contains("30 days left"), "{}", stdout(&out));
    // On its end day a PASS still has one day: the day itself.
    let out = s
        .iae()
        .args([
            "--today",
            "2025-06-30",
            "pass",
            "show",
            "martin",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("\"days_left\": 1"),
        "{}",
        stdout(&out)
    );
}
