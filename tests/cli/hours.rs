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
