use super::*;
use crate::case::parse::parse_case;
use crate::reference::Override;

fn structure(kind: &str) -> Structure {
    toml::from_str(&format!("name = \"S\"\nkind = \"{kind}\"\n")).unwrap()
}

fn case(id: &str, hired: &str, exit: &str, reason: &str) -> CaseFile {
    let text = format!(
        "schema = 1\nid = \"{id}\"\n[person]\nlast_name = \"A\"\nfirst_name = \"B\"\nbirth_date = 1990-01-01\nsex = \"F\"\n[recruitment]\nhired_on = {hired}\n[exit]\ndate = {exit}\nreason = \"{reason}\"\n"
    );
    parse_case(&text).unwrap().value
}

fn report(cases: &[CaseFile], s: &Structure, year: i32) -> ExitsReport {
    let reference = s.reference();
    exits_report(
        cases.iter().map(|c| (c.id.as_str(), c)),
        s,
        &reference,
        Period::year(year).unwrap(),
        Lang::Fr,
    )
    .unwrap()
}

#[test]
fn a_year_takes_exits_from_1_january_to_31_december() {
    let cases = [
        case("AAAAAA", "2024-01-02", "2025-01-01", "cdi_non_aide"),
        case("BBBBBB", "2024-01-02", "2025-12-31", "chomage"),
        case("CCCCCC", "2024-01-02", "2024-12-31", "chomage"),
        case("DDDDDD", "2024-01-02", "2026-01-01", "chomage"),
    ];
    let r = report(&cases, &structure("ACI"), 2025);
    assert_eq!(r.exits, 2);
    assert_eq!(r.counted, 2);
    assert_eq!(r.by_category["emploi_durable"], 1);
    assert_eq!(r.by_category["autre_sortie"], 1);
    assert_eq!(r.dynamic_rate, Some(0.5));
    assert_eq!(r.durable_rate, Some(0.5));
}

#[test]
fn exclusions_and_rates() {
    let cases = [
        case("AAAAAA", "2025-01-06", "2025-04-06", "cdi_non_aide"),
        case(
            "BBBBBB",
            "2025-01-06",
            // 80 days: too short in both readings.
            "2025-03-27",
            "formation_qualifiante",
        ),
        case("CCCCCC", "2024-01-06", "2025-04-05", "deces"),
        case("DDDDDD", "2024-01-06", "2025-04-05", "cdd_moins_6_mois"),
        case("EEEEEE", "2024-01-06", "2025-04-05", "chomage"),
    ];
    let r = report(&cases, &structure("EI"), 2025);
    assert_eq!(r.exits, 5);
    assert_eq!(r.counted, 3);
    assert_eq!(
        r.excluded,
        Excluded {
            retrait: 1,
            too_short: 1
        }
    );
    assert_eq!(r.dynamic, 2);
    assert_eq!(r.dynamic_rate, Some(2.0 / 3.0));
    assert_eq!(r.durable_rate, Some(1.0 / 3.0));
    assert_eq!(
        r.by_reason.get("formation_qualifiante"),
        None,
        "too short: not counted"
    );
    assert_eq!(r.by_reason["cdd_moins_6_mois"], 1);
}

#[test]
fn the_report_names_its_reading_and_what_the_other_would_change() {
    let cases = [
        // 81 days: the pipeline counts it, the circular does not.
        case("AAAAAA", "2025-01-01", "2025-03-23", "chomage"),
        // 80 days: neither.
        case("BBBBBB", "2025-01-01", "2025-03-22", "chomage"),
        case("CCCCCC", "2024-01-01", "2025-03-22", "cdi_non_aide"),
    ];
    let pipeline = report(&cases, &structure("ACI"), 2025);
    assert_eq!(pipeline.counting, ExitCounting::Pipeline);
    assert!(pipeline.method.contains("pipeline"));
    assert_eq!((pipeline.counted, pipeline.excluded.too_short), (2, 1));
    assert_eq!(pipeline.other_reading.len(), 1);
    assert_eq!(pipeline.other_reading[0].id, "AAAAAA");
    assert!(pipeline.other_reading[0].counted && !pipeline.other_reading[0].counted_otherwise);
    let mut s = structure("ACI");
    s.exits.counting = ExitCounting::Circular;
    let circular = report(&cases, &s, 2025);
    assert_eq!(circular.counting, ExitCounting::Circular);
    assert!(circular.method.contains("circulaire"));
    assert_eq!((circular.counted, circular.excluded.too_short), (1, 2));
    assert_eq!(circular.other_reading[0].id, "AAAAAA");
    assert!(!circular.other_reading[0].counted && circular.other_reading[0].counted_otherwise);
}

#[test]
fn nothing_counted_gives_no_rate() {
    let cases = [case("AAAAAA", "2025-01-06", "2025-02-05", "deces")];
    let r = report(&cases, &structure("ACI"), 2025);
    assert_eq!((r.exits, r.counted), (1, 0));
    assert_eq!(r.dynamic_rate, None);
    assert_eq!(r.durable_rate, None);
    let empty = report(&[], &structure("ACI"), 2025);
    assert_eq!(empty.exits, 0);
    assert_eq!(empty.by_category.len(), 4);
}

#[test]
fn an_override_changes_the_category() {
    let cases = [case("AAAAAA", "2024-01-06", "2025-04-05", "retraite")];
    let plain = report(&cases, &structure("ACI"), 2025);
    assert_eq!(plain.by_category["sortie_positive"], 1);
    let mut s = structure("ACI");
    s.exit_reasons.insert(
        "retraite".into(),
        Override {
            category: Some("autre_sortie".into()),
            ..Override::default()
        },
    );
    let changed = report(&cases, &s, 2025);
    assert_eq!(changed.by_category["sortie_positive"], 0);
    assert_eq!(changed.by_category["autre_sortie"], 1);
    assert_eq!(changed.dynamic_rate, Some(0.0));
}

#[test]
fn an_unknown_reason_stops_the_report() {
    let s = structure("ACI");
    let c = case("AAAAAA", "2024-01-06", "2025-04-05", "parti");
    let err = exits_report(
        [("AAAAAA", &c)],
        &s,
        &s.reference(),
        Period::year(2025).unwrap(),
        Lang::Fr,
    )
    .unwrap_err();
    assert_eq!(err[0].reason, "parti");
}
