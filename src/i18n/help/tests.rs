use super::*;
use crate::cli::Cli;

/// Every command of the tree with its path (`["barrier", "add"]`), root first.
fn commands(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
    out.push((path.clone(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        let mut p = path.clone();
        p.push(sub.get_name().to_string());
        commands(sub, p, out);
    }
}

fn tree() -> Vec<(Vec<String>, Command)> {
    let mut out = Vec::new();
    commands(&Cli::command(), Vec::new(), &mut out);
    out
}

/// The ids the tree asks for: every command (with examples, and a long description
/// where the derive text has one), every argument, every value name.
fn tree_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for (path, cmd) in tree() {
        let id = command_id(&path);
        ids.push(id.clone());
        ids.push(format!("{id}.examples"));
        if cmd.get_long_about().is_some() {
            ids.push(format!("{id}.long"));
        }
        for arg in cmd.get_arguments() {
            let id = arg_id(&path, arg.get_id().as_str());
            if arg.get_long_help().is_some() {
                ids.push(format!("{id}.long"));
            }
            for value in arg.get_possible_values() {
                if value.get_help().is_some() && !value.is_hide_set() {
                    ids.push(format!("{id}.{}", value.get_name()));
                }
            }
            ids.push(id);
            ids.extend(value_names(arg).iter().map(|n| value_id(n)));
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_command_argument_and_value_name_has_its_help_in_both_languages() {
    for lang in [Lang::Fr, Lang::En] {
        let missing: Vec<_> = tree_ids()
            .into_iter()
            .chain(FIXED_IDS.iter().map(|s| s.to_string()))
            .filter(|id| lookup(lang, id).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang:?}: no message for {missing:?}");
    }
}

#[test]
fn every_help_message_belongs_to_the_tree() {
    let wanted: std::collections::BTreeSet<String> = tree_ids()
        .into_iter()
        .chain(FIXED_IDS.iter().map(|s| s.to_string()))
        .map(|id| id.split('.').next().unwrap().to_string())
        .collect();
    let defined = super::super::tests::ids(&[("help.ftl", include_str!("../en/help.ftl"))]);
    let stale: Vec<_> = defined.difference(&wanted).collect();
    assert!(
        stale.is_empty(),
        "help messages for nothing in the tree: {stale:?}"
    );
}

#[test]
fn the_localized_tree_passes_clap_checks_in_both_languages() {
    for lang in [Lang::Fr, Lang::En] {
        localize(Cli::command(), lang).debug_assert();
    }
}

#[test]
fn french_help_has_french_headings_values_and_examples() {
    let mut cmd = localize(Cli::command(), Lang::Fr);
    let help = cmd
        .find_subcommand_mut("interview")
        .unwrap()
        .find_subcommand_mut("add")
        .unwrap()
        .render_help()
        .to_string();
    for french in [
        "Utilisation :",
        "Arguments :",
        "Options :",
        "Exemples :",
        "[par défaut : present]",
        "valeurs possibles :",
    ] {
        assert!(help.contains(french), "{french} missing from:\n{help}");
    }
    for english in [
        "Usage:",
        "Options:",
        "[default:",
        "possible values",
        "Print help",
    ] {
        assert!(!help.contains(english), "{english} left in:\n{help}");
    }
}

#[test]
fn the_language_is_read_from_the_raw_line_before_parsing() {
    let line = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
    let none = |_: &str| None;
    assert_eq!(
        lang_from_args(&line(&["iae", "list", "--lang", "en"]), none),
        Lang::En
    );
    assert_eq!(
        lang_from_args(&line(&["iae", "--lang=en", "list"]), none),
        Lang::En
    );
    assert_eq!(lang_from_args(&line(&["iae", "list"]), none), Lang::Fr);
    let english = |v: &str| (v == "IAE_LANG").then(|| "en".to_string());
    assert_eq!(lang_from_args(&line(&["iae", "list"]), english), Lang::En);
    assert_eq!(
        lang_from_args(&line(&["iae", "--lang", "fr", "list"]), english),
        Lang::Fr
    );
    // After `--` the words are values, not options.
    assert_eq!(
        lang_from_args(&line(&["iae", "--", "--lang", "en"]), none),
        Lang::Fr
    );
}

/// The words of an example as a shell would pass them: double quotes group, an
/// environment assignment in front and what follows `|` or `>` are not `iae`'s.
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted, mut started) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '"' => (quoted, started) = (!quoted, true),
            '|' | '>' if !quoted => break,
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            c => (word, started) = (word + &c.to_string(), true),
        }
    }
    if started {
        words.push(word);
    }
    words.retain(|w| !(w.contains('=') && w.chars().next().is_some_and(char::is_uppercase)));
    words
}

#[test]
fn every_example_is_a_valid_command_line_that_fits_an_80_column_terminal() {
    for lang in [Lang::Fr, Lang::En] {
        for (path, _) in tree() {
            let id = format!("{}.examples", command_id(&path));
            let examples = lookup(lang, &id).unwrap_or_default();
            let lines: Vec<&str> = examples.lines().collect();
            assert!(
                (1..=3).contains(&lines.len()),
                "{id}: {} examples",
                lines.len()
            );
            for line in lines {
                for shown in example_lines(line) {
                    let width = shown.chars().count();
                    assert!(
                        width <= examples::EXAMPLE_WIDTH,
                        "{id}: {width} columns: {shown}"
                    );
                }
                let words = shell_words(line);
                assert_eq!(words.first().map(String::as_str), Some("iae"), "{line}");
                let matches = match Cli::command().try_get_matches_from(&words) {
                    Ok(matches) => matches,
                    Err(err) => panic!("{id} ({lang:?}): {line}\n{err}"),
                };
                if let Err(err) = Cli::from_arg_matches(&matches) {
                    panic!("{id} ({lang:?}): {line}\n{err}");
                }
                // The example runs the command it illustrates (or one under it).
                let mut names = Vec::new();
                let mut leaf = &matches;
                while let Some((name, sub)) = leaf.subcommand() {
                    names.push(name.to_string());
                    leaf = sub;
                }
                assert!(names.starts_with(&path), "{id}: {line} runs {names:?}");
            }
        }
    }
}

#[test]
fn a_long_example_continues_between_options() {
    let long = r#"iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 --weekly-hours 26 --position "Agent d'entretien des espaces verts""#;
    assert_eq!(
        example_lines(long),
        [
            "  iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 \\",
            "      --weekly-hours 26 --position \"Agent d'entretien des espaces verts\"",
        ]
    );
    assert_eq!(example_lines("iae list"), ["  iae list"]);
}

#[test]
fn examples_are_split_into_words_as_a_shell_would() {
    assert_eq!(
        shell_words(r#"EDITOR=nano iae show "sofia martin" --format json > out.json"#),
        ["iae", "show", "sofia martin", "--format", "json"]
    );
}

/// Every id the code asks for with `t!("…")` exists in both languages.
#[test]
fn every_message_the_code_uses_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for entry in walkdir::WalkDir::new(&root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for id in used_ids(&source) {
            for lang in [Lang::Fr, Lang::En] {
                if lookup(lang, &id).is_none() {
                    missing.push(format!("{}: {id} ({lang:?})", entry.path().display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "messages missing: {missing:#?}");
}

/// The literal ids in `t!("id"` and `t!(\n "id"` calls of a source file, comments aside.
fn used_ids(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut ids = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("t!(") {
        let after = rest[at + 3..].trim_start();
        let before = rest[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            rest = &rest[at + 3..];
            continue;
        }
        if let Some(quoted) = after.strip_prefix('"')
            && let Some(end) = quoted.find('"')
        {
            ids.push(quoted[..end].to_string());
        }
        rest = &rest[at + 3..];
    }
    ids.retain(|id| !id.is_empty() && !id.contains(char::is_whitespace));
    ids
}

#[test]
fn the_scan_finds_ids_over_line_breaks() {
    let source = "t!(\"a-b\"); crate::t!(\n    \"c-d\",\n x = 1); t!(id); format!(\"{x}\");\n/// t!(\"doc\")";
    assert_eq!(used_ids(source), ["a-b", "c-d"]);
}

/// The doc comments of the clap structs are the English source of the help: the English
/// bundle says the same, word for word, so a doc comment changed without its message
/// (or the other way round) is caught here. `tree_ids` already checks both exist.
#[test]
fn the_english_help_is_the_doc_comments() {
    let mut differ = Vec::new();
    let mut compare = |id: String, source: Option<String>| {
        if let Some(source) = source {
            let english = lookup(Lang::En, &id).unwrap_or_default();
            if english != source {
                differ.push(format!(
                    "{id}\n  doc comment: {source}\n  en/help.ftl: {english}"
                ));
            }
        }
    };
    for (path, cmd) in tree() {
        let id = command_id(&path);
        compare(id.clone(), cmd.get_about().map(|a| a.to_string()));
        compare(
            format!("{id}.long"),
            cmd.get_long_about().map(|a| a.to_string()),
        );
        for arg in cmd.get_arguments() {
            let id = arg_id(&path, arg.get_id().as_str());
            compare(id.clone(), arg.get_help().map(|h| h.to_string()));
            compare(
                format!("{id}.long"),
                arg.get_long_help().map(|h| h.to_string()),
            );
            for value in arg.get_possible_values() {
                if !value.is_hide_set() {
                    let help = value.get_help().map(|h| h.to_string());
                    compare(format!("{id}.{}", value.get_name()), help);
                }
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
