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
mod tests;
