//! Every command and report of the demo, in each output format, speaks one language:
//! in French no common English word appears outside codes, ids and the people's own
//! data, and in English no common French word does.

use crate::{copy_dir, iae};
use std::collections::BTreeSet;
use std::path::Path;

const ENGLISH: &[&str] = &[
    "the",
    "is",
    "not",
    "hired",
    "exit",
    "exits",
    "found",
    "error",
    "warning",
    "with",
    "and",
    "of",
    "days",
    "left",
    "since",
    "until",
    "missing",
    "overdue",
    "due",
    "barrier",
    "barriers",
    "interview",
    "interviews",
    "contract",
    "contracts",
    "figure",
    "value",
    "what",
    "who",
    "concerned",
    "people",
    "person",
    "year",
    "counted",
    "lifted",
    "born",
    "none",
    "end",
    "hours",
    "training",
    "months",
    "field",
    "status",
    "active",
    "name",
    "support",
    "internal",
    "external",
    "both",
    "noted",
    "open",
    "resolved",
    "abandoned",
    "nothing",
    "written",
    "file",
    "files",
    "check",
    "checked",
    "kind",
    "by",
    "attendance",
    "month",
    "recorded",
    "estimated",
    "level",
    "label",
    "proof",
    "valid",
    "eligible",
    "reason",
    "event",
    "issued",
    "suspended",
    "prolonged",
    "present",
    "excused",
    "yes",
    "true",
    "false",
    "path",
    "saved",
    "cannot",
    "failed",
    "optional",
    "before",
    "after",
    "line",
    "repository",
    "from",
    "to",
    "on",
    "in",
    "for",
    "no",
];

const FRENCH: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "du",
    "est",
    "pas",
    "salarié",
    "salariés",
    "sortie",
    "sorties",
    "entretien",
    "entretiens",
    "frein",
    "freins",
    "aucun",
    "aucune",
    "jours",
    "depuis",
    "contrat",
    "contrats",
    "embauche",
    "embauché",
    "concernés",
    "année",
    "fin",
    "heures",
    "mois",
    "levé",
    "repéré",
    "erreur",
    "avertissement",
    "dossier",
    "dossiers",
    "rien",
    "écrit",
    "personne",
    "motif",
    "catégorie",
    "taux",
    "fichier",
    "présent",
    "déclarées",
    "estimées",
    "comptées",
    "niveau",
    "justificatif",
    "libellé",
    "oui",
    "non",
    "délivré",
    "suspendu",
    "prolongé",
    "facultatif",
    "champ",
    "valeur",
    "dépôt",
    "répondu",
    "au",
    "sur",
    "dans",
];

/// Every word of the people's own data (names, notes, employers…), which may be in
/// either language and is shown as written.
fn own_words(structure: &Path) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for entry in std::fs::read_dir(structure.join("salaries")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((_, value)) = line.split_once('=') {
                words.extend(words_of(value));
            } else if !line.trim_start().starts_with('[') {
                words.extend(words_of(line));
            }
        }
    }
    words.extend(words_of(
        &std::fs::read_to_string(structure.join("iae.toml")).unwrap(),
    ));
    // Command names are the tool's vocabulary, English by design (`iae barrier add`).
    fn names(cmd: &clap::Command, words: &mut BTreeSet<String>) {
        for sub in cmd.get_subcommands() {
            words.insert(sub.get_name().to_string());
            names(sub, words);
        }
    }
    names(
        &<iae::cli::Cli as clap::CommandFactory>::command(),
        &mut words,
    );
    words
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'' || c == '’'))
        .flat_map(|w| w.split(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A `check` line without the field it names by its path in the file
/// (`W014 contracts[1].start: …`): keys of the file, not words of a sentence.
fn without_field_path(line: &str) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    let is_finding_code = |w: &str| {
        w.len() == 4 && w.starts_with(['W', 'E']) && w[1..].bytes().all(|b| b.is_ascii_digit())
    };
    match words.iter().position(|w| is_finding_code(w)) {
        Some(i) if words.get(i + 1).is_some_and(|w| w.ends_with(':')) => {
            let mut kept = words.clone();
            kept.remove(i + 1);
            kept.join(" ")
        }
        _ => line.to_string(),
    }
}

/// A code, an id or a number: not a word of the language.
fn is_code(word: &str) -> bool {
    word.contains('_') || word.chars().any(|c| c.is_ascii_digit())
}

/// The runs a person can make on the demo: (arguments, output formats to try).
fn runs(id: &str) -> Vec<Vec<String>> {
    let mut runs: Vec<Vec<String>> = Vec::new();
    // CSV is for scripts: its header keys and values are codes, like JSON's.
    let formats = ["table", "markdown"];
    let mut with_formats = |args: &[&str]| {
        for f in formats {
            let mut run: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            run.extend(["--format".to_string(), f.to_string()]);
            runs.push(run);
        }
    };
    with_formats(&["list", "--all"]);
    with_formats(&["eligibility", "criteria"]);
    with_formats(&["eligibility", "check", id]);
    with_formats(&["pass", "show", id]);
    with_formats(&["interview", "list", id]);
    with_formats(&["hours", "list", id]);
    with_formats(&[
        "eligibility",
        "audit",
        "--from",
        "2024-01-01",
        "--to",
        "2025-12-31",
    ]);
    with_formats(&["report", "deadlines", "--all"]);
    with_formats(&["barrier", "list"]);
    with_formats(&["exit", "reasons"]);
    with_formats(&["report", "exits", "--year", "2025"]);
    with_formats(&["report", "active"]);
    with_formats(&["report", "deadlines"]);
    with_formats(&["report", "barriers", "--year", "2025"]);
    with_formats(&["report", "annual", "--year", "2025"]);
    with_formats(&["report", "interviews", "--year", "2025"]);
    // `show`'s other formats are the file's own data (keys and codes), for scripts.
    runs.push(vec!["show".into(), id.into()]);
    runs.push(vec!["check".into(), "-v".into()]);
    runs.push(vec!["show".into(), "ZZZZZZ".into()]);
    runs.push(vec!["barrier".into(), "add".into(), id.into()]);
    // The demo is not a git repository: what the team's commands say about it.
    runs.push(vec!["log".into(), id.into()]);
    runs.push(vec!["sync".into()]);
    runs.push(vec![
        "report".into(),
        "exits".into(),
        "--year".into(),
        "20250".into(),
    ]);
    runs
}

fn foreign_words(lang: &str, forbidden: &[&str]) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo");
    copy_dir(&demo, tmp.path());
    let own = own_words(tmp.path());
    let id = std::fs::read_dir(tmp.path().join("salaries"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".toml").map(str::to_string)
        })
        .min()
        .unwrap();
    let mut found = Vec::new();
    for run in runs(&id) {
        let out = iae()
            .env("IAE_LANG", lang)
            .arg("--dir")
            .arg(tmp.path())
            .args(&run)
            .output()
            .unwrap();
        let text = format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let text: Vec<String> = text.lines().map(without_field_path).collect();
        for word in words_of(&text.join("\n")) {
            if !is_code(&word) && !own.contains(&word) && forbidden.contains(&word.as_str()) {
                found.push(format!("`iae {}`: {word}", run.join(" ")));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn french_output_has_no_english_word() {
    let found = foreign_words("fr", ENGLISH);
    assert!(
        found.is_empty(),
        "English words in French output:\n{}",
        found.join("\n")
    );
}

#[test]
fn english_output_has_no_french_word() {
    let found = foreign_words("en", FRENCH);
    assert!(
        found.is_empty(),
        "French words in English output:\n{}",
        found.join("\n")
    );
}
