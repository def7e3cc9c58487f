//! The loader against inputs nobody meant to write: the case files of the demo mutated at
//! random (proptest, a bounded number of cases; `PROPTEST_CASES` raises it), and the
//! regression files of `tests/fixtures/regress/`, each an input that once stopped or slowed
//! the tool. Parsing, validation, the rules, locating findings and the deadlines never panic.

use iae::case::locate::Locator;
use iae::case::parse::{parse_case, parse_typed};
use iae::case::structure::Structure as Settings;
use iae::reference::Reference;
use iae::rules::findings::case_findings;
use iae::store::{locate_finding, locate_finding_with};
use proptest::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

const SEEDS: &[&str] = &[
    include_str!("../../examples/demo/salaries/1WJ8WC.toml"),
    include_str!("../../examples/demo/salaries/2GXW0F.toml"),
    include_str!("../../examples/demo/salaries/C29G33.toml"),
    include_str!("../../examples/demo/iae.toml"),
];

/// Pieces that break TOML, types, dates, numbers and text in interesting ways.
const FRAGMENTS: &[&str] = &[
    "\"",
    "'",
    "=",
    "[",
    "]",
    "[[interviews]]\n",
    "[[barriers]]\n",
    "{",
    "}",
    "\n",
    "\\",
    "\\e",
    "\\x41",
    "\"\"\"",
    "0",
    "-1",
    "-0",
    "9999999999999999999",
    "4294967296",
    "1e400",
    "nan",
    "inf",
    "2025-02-30",
    "0001-01-01",
    "9999-12-31",
    "2025-13-01",
    "T",
    "é",
    "\u{feff}",
    "\r\n",
    "#",
    "true",
    ",",
    ".",
    "level = 200",
    "weekly_hours = 1e308",
    "hours = -5",
    "duration_minutes = 4294967295",
    "interview_every_days = 95000000",
    "retention_years = 4000000000",
    "end = 0001-01-01",
    "to = 9999-12-31",
    "date = 1970-01-01T00:00:00Z",
    "{ a = 1,\n b = 2 }",
    "a.b.c = 1",
    "\u{0}",
];

/// Everything a command does with a case file's text.
fn load_case(text: &str) {
    let reference = Reference::embedded();
    match parse_case(text) {
        Ok(parsed) => {
            let locator = Locator::new(text);
            for kind in ["ACI", "EI", "AI", "ETTI", "EITI"] {
                let findings = case_findings(&parsed.value, "7K3M9Q", kind, reference);
                for f in &findings {
                    let _ = locate_finding_with("salaries/7K3M9Q.toml", &locator, f).to_string();
                }
            }
            let settings: Settings =
                toml::from_str("name = \"x\"\nkind = \"ACI\"\nretention_years = 100\n").unwrap();
            for today in ["0001-01-01", "2025-06-01", "9999-12-31"] {
                let _ = iae::report::deadlines::deadlines(
                    [("7K3M9Q", &parsed.value)],
                    &settings,
                    reference,
                    today.parse().unwrap(),
                    36_500,
                );
            }
            let _ = iae::rules::retention::anonymise(&parsed.value, "2030-01-01".parse().unwrap());
        }
        Err(f) => {
            let _ = locate_finding("salaries/7K3M9Q.toml", text, &f).to_string();
        }
    }
}

/// Everything the tool does with `iae.toml`.
fn load_settings(text: &str) {
    if let Ok(parsed) = parse_typed::<Settings>(text) {
        let _ = parsed.value.problems();
        let _ = parsed.value.reference();
    }
}

fn mutate(seed: &str, edits: &[(usize, u8, usize)]) -> String {
    let mut text = seed.to_string();
    for &(at, op, fragment) in edits {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match op % 3 {
            0 => text.insert_str(at, FRAGMENTS[fragment % FRAGMENTS.len()]),
            1 => {
                let mut end = (at + 1 + fragment % 12).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, "");
            }
            _ => {
                // Duplicate a line: repeated keys and tables.
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
                let line = text[start..end].to_string();
                text.insert_str(end, &line);
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        max_shrink_time: 20_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_case_files_never_stop_the_loader(
        seed in 0..SEEDS.len(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<usize>()), 1..10),
    ) {
        let text = mutate(SEEDS[seed], &edits);
        load_case(&text);
        load_settings(&text);
    }

    #[test]
    fn any_text_never_stops_the_loader(text in "\\PC{0,300}") {
        load_case(&text);
        load_settings(&text);
    }
}

fn regress_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regress")
}

#[test]
fn every_regression_file_loads_quickly_without_a_panic() {
    let mut seen = 0;
    for entry in std::fs::read_dir(regress_dir()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let start = Instant::now();
        load_case(&text);
        load_settings(&text);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{} took {:?}",
            path.display(),
            start.elapsed()
        );
        seen += 1;
    }
    assert!(seen >= 5, "the regression files are missing");
}
