use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_contract_end_is_a_day_or_a_length_with_the_last_day_included() {
    let start = d("2025-03-03");
    for (typed, end) in [
        ("6 mois", "2025-09-02"),
        ("6m", "2025-09-02"),
        ("4 months", "2025-07-02"),
        ("26 semaines", "2025-08-31"),
        ("1s", "2025-03-09"),
        ("02/09/2025", "2025-09-02"),
        ("2025-09-02", "2025-09-02"),
    ] {
        assert_eq!(contract_end(typed, start), Ok(d(end)), "{typed}");
    }
    // A month-end start is clamped: 31 August + 6 months is 28 February.
    assert_eq!(contract_end("6 mois", d("2024-08-31")), Ok(d("2025-02-27")));
    for wrong in [
        "six mois",
        "0 mois",
        "6",
        "6 ans",
        "01/03/2025",
        "32/13/2025",
    ] {
        assert!(contract_end(wrong, start).is_err(), "{wrong}");
    }
}

#[test]
fn criteria_are_typed_with_spaces_or_commas_and_checked() {
    let r = crate::reference::Reference::embedded();
    assert_eq!(
        parse_criteria("qpv, PM  th", r).unwrap(),
        ["qpv", "pm", "th"]
    );
    assert_eq!(parse_criteria("rsa,rsa", r).unwrap(), ["rsa"]);
    assert!(parse_criteria("qpv xyz", r).unwrap_err().contains("xyz"));
    assert!(parse_criteria("deld detld", r).is_err());
}
