//! `--help` and usage errors in the chosen language. The clap derive text is the English
//! source; at start-up the command tree is re-labelled from the `help-*` messages.
//!
//! Message ids: `help-iae` is the root command, `help-barrier-add` the command `iae barrier
//! add` (attributes `.long` for its long description, `.examples` for the examples that
//! end its help), `help-barrier-add--category` the argument `category` of that command
//! (`.long` for its long help; `_` in an argument id becomes `-`). Global options belong
//! to the root (`help-iae--dir`). Value names are shared: `help-value-date` is `<DATE>`.

use crate::reference::Lang;
use clap::{Arg, Command, CommandFactory, FromArgMatches, ValueEnum};
use std::ffi::OsString;

mod errors;
mod examples;

pub use errors::Localized;
use examples::example_lines;

/// The ids the re-labelling asks for besides those of the tree (a test checks they exist).
pub const FIXED_IDS: &[&str] = &[
    "help-usage-heading",
    "help-commands-heading",
    "help-arguments-heading",
    "help-options-heading",
    "help-examples-heading",
    "help-default",
    "help-possible-values",
    "help-possible-values-heading",
    "help-flag-help",
    "help-flag-help.summary",
    "help-flag-help.more",
    "help-flag-version",
    "help-subcommand",
    "help-subcommand--subcommand",
    "help-value-command",
];

/// The message id of the command at `path` (`["barrier", "add"]`; empty for `iae`).
pub fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        "help-iae".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The message id of the argument `arg` of the command at `path`.
pub fn arg_id(path: &[String], arg: &str) -> String {
    format!("{}--{}", command_id(path), arg.replace('_', "-"))
}

/// The message id of a value name (`DATE` → `help-value-date`).
pub fn value_id(name: &str) -> String {
    format!("help-value-{}", name.to_lowercase().replace('_', "-"))
}

/// The value names an argument shows (`--date <DATE>`, a positional `<ID>`).
pub fn value_names(arg: &Arg) -> Vec<String> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// The message (or `id.attribute`) in `lang`, if the bundle has it.
fn lookup(lang: Lang, id: &str) -> Option<String> {
    super::lookup(lang, id, &[])
}

fn text(lang: Lang, id: &str) -> String {
    super::message_in(lang, id, &[])
}

/// `--lang X` or `--lang=X` anywhere before `--`, else the environment, else French.
pub fn lang_from_args(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    let mut words = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if word == "--lang" => words.next(),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| Lang::from_str(&v, true).ok()) {
            flag = Some(lang);
        }
    }
    super::choose(flag, env)
}

/// Parse the command line with the help and the errors in `lang`; `--help`, `--version`
/// and usage errors end the process as clap does (exit 0, or 2 for an error). The matches
/// come back too, for what the parsed type does not keep.
pub fn parse<P: CommandFactory + FromArgMatches>(
    args: Vec<OsString>,
    lang: Lang,
) -> (P, clap::ArgMatches) {
    let mut cmd = localize(P::command(), lang);
    let parsed = cmd
        .try_get_matches_from_mut(args)
        .and_then(|matches| P::from_arg_matches(&matches).map(|p| (p, matches)));
    match parsed {
        Ok(parsed) => parsed,
        Err(err) => err.format(&mut cmd).apply::<Localized>().exit(),
    }
}

/// The command tree with every text a person reads in `lang`.
pub fn localize(mut cmd: Command, lang: Lang) -> Command {
    // Built first, so the propagated global options and clap's own `--help`, `--version`
    // and `help` exist and can be re-labelled too.
    cmd.build();
    relabel(cmd, &[], lang)
}

fn relabel(cmd: Command, path: &[String], lang: Lang) -> Command {
    let id = command_id(path);
    let mut cmd = cmd.subcommand_value_name(text(lang, "help-value-command"));
    if let Some(about) = lookup(lang, &id) {
        cmd = cmd.about(about);
    }
    cmd = match lookup(lang, &format!("{id}.long")) {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&'static str>),
    };
    if let Some(examples) = lookup(lang, &format!("{id}.examples")) {
        let lines: Vec<String> = examples.lines().flat_map(example_lines).collect();
        cmd = cmd
            .after_help(format!(
                "{}\n{}",
                text(lang, "help-examples-heading"),
                lines.join("\n")
            ))
            .after_long_help(None::<&'static str>);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for arg in ids {
        cmd = cmd.mut_arg(&arg, |a| relabel_arg(a, path, lang));
    }
    let layout = template(&cmd, lang);
    cmd = cmd.help_template(layout);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                relabel_help_command(sub, path, lang)
            } else {
                let mut sub_path = path.to_vec();
                sub_path.push(name.clone());
                relabel(sub, &sub_path, lang)
            }
        });
    }
    cmd
}

/// clap's own `help` subcommand (`iae help barrier add`): no command of the tree is
/// called `help`. Once built it holds a copy of its siblings, for the completion.
fn relabel_help_command(cmd: Command, parent: &[String], lang: Lang) -> Command {
    let mut cmd = cmd.about(text(lang, "help-subcommand"));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let mut path = parent.to_vec();
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                relabel_help_command(sub, &[], lang)
            } else {
                let about = lookup(lang, &command_id(&path)).unwrap_or_default();
                relabel_help_command(sub, &path, lang).about(about)
            }
        });
    }
    if cmd.get_arguments().any(|a| a.get_id() == "subcommand") {
        cmd = cmd.mut_arg("subcommand", |a| {
            a.help(text(lang, "help-subcommand--subcommand"))
                .value_name(text(lang, "help-value-command"))
        });
    }
    let template = template(&cmd, lang);
    cmd.help_template(template)
}

fn relabel_arg(arg: Arg, path: &[String], lang: Lang) -> Arg {
    use clap::ArgAction::{Help, HelpLong, HelpShort, Version};
    let id = match arg.get_action() {
        Help | HelpShort | HelpLong | Version => None,
        _ => {
            let owner: &[String] = if arg.is_global_set() { &[] } else { path };
            Some(arg_id(owner, arg.get_id().as_str()))
        }
    };
    let mut arg = match arg.get_action() {
        Help | HelpShort | HelpLong => {
            if arg.get_long_help().is_some() {
                arg.help(text(lang, "help-flag-help.more"))
                    .long_help(text(lang, "help-flag-help.summary"))
            } else {
                arg.help(text(lang, "help-flag-help"))
            }
        }
        Version => arg.help(text(lang, "help-flag-version")),
        _ => {
            let id = id.clone().unwrap_or_default();
            let help = lookup(lang, &id);
            let long = lookup(lang, &format!("{id}.long"));
            let arg = match help {
                Some(help) => arg.help(help),
                None => arg,
            };
            match long {
                Some(long) => arg.long_help(long),
                None => arg.long_help(None::<&'static str>),
            }
        }
    };
    let names = value_names(&arg);
    if !names.is_empty() {
        let localized: Vec<String> = names
            .iter()
            .map(|n| lookup(lang, &value_id(n)).unwrap_or_else(|| n.clone()))
            .collect();
        arg = arg.value_names(localized);
    }
    if arg.get_action().takes_values() {
        arg = value_notes(arg, id.as_deref(), lang);
    }
    arg
}

/// clap's `[default: …]` and `[possible values: …]`, hidden and written in `lang` at the
/// end of the help text instead. Values that clap documents (`--format table`) get their
/// line in the long help from the attribute named after them (`help-iae--format.table`).
fn value_notes(arg: Arg, id: Option<&str>, lang: Lang) -> Arg {
    let default =
        (!arg.is_hide_default_value_set() && !arg.get_default_values().is_empty()).then(|| {
            let value = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(", ");
            super::message_in(lang, "help-default", &[("value", value.into())])
        });
    let shown: Vec<_> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let possible = (!shown.is_empty()).then(|| {
        let names: Vec<&str> = shown.iter().map(|v| v.get_name()).collect();
        super::message_in(
            lang,
            "help-possible-values",
            &[("values", names.join(", ").into())],
        )
    });
    let documented = shown.iter().any(|v| v.get_help().is_some());
    let mut arg = arg.hide_default_value(true).hide_possible_values(true);
    let notes: Vec<String> = default.iter().chain(possible.iter()).cloned().collect();
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long = arg.get_long_help().map(|l| l.to_string());
    if documented {
        let width = shown.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
        let lines: Vec<String> = shown
            .iter()
            .map(|v| {
                let text = id
                    .and_then(|id| lookup(lang, &format!("{id}.{}", v.get_name())))
                    .or_else(|| v.get_help().map(|h| h.to_string()))
                    .unwrap_or_default();
                format!(
                    "- {:width$} {text}",
                    format!("{}:", v.get_name()),
                    width = width + 1
                )
            })
            .collect();
        let mut long_help = long.clone().unwrap_or_else(|| help.clone());
        if !long_help.is_empty() {
            long_help += "\n\n";
        }
        long_help += &text(lang, "help-possible-values-heading");
        long_help += "\n";
        long_help += &lines.join("\n");
        if let Some(default) = &default {
            long_help += &format!("\n\n{default}");
        }
        arg = arg.long_help(long_help);
    } else {
        // As clap does: the notes on their own paragraph in the long help.
        let long = long.unwrap_or_else(|| help.clone());
        let sep = if long.is_empty() { "" } else { "\n\n" };
        arg = arg.long_help(format!("{long}{sep}{}", notes.join(" ")));
    }
    let notes = notes.join(" ");
    arg.help(if help.is_empty() {
        notes
    } else {
        format!("{help} {notes}")
    })
}

/// clap's default layout, with the headings in `lang` and only the sections that exist.
fn template(cmd: &Command, lang: Lang) -> String {
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        text(lang, "help-usage-heading")
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t += &format!(
            "\n\n{}\n{{subcommands}}",
            text(lang, "help-commands-heading")
        );
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t += &format!(
            "\n\n{}\n{{positionals}}",
            text(lang, "help-arguments-heading")
        );
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        t += &format!("\n\n{}\n{{options}}", text(lang, "help-options-heading"));
    }
    t + "{after-help}"
}

#[cfg(test)]
mod tests {
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
        let (mut words, mut word, mut quoted, mut started) =
            (Vec::new(), String::new(), false, false);
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
}
