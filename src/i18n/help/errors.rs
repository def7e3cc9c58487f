//! clap's usage errors in the chosen language: each kind of error and its context
//! (the argument, the value, the valid values, the suggestions) as Fluent messages.

use crate::t;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

const TAB: &str = "  ";

/// clap's usage errors written from the `clap-*` messages of the current language.
#[derive(Debug)]
pub struct Localized;

type ClapError = clap::error::Error<Localized>;

fn quoted(value: &ContextValue) -> Vec<String> {
    match value {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        ContextValue::StyledStr(s) => vec![s.to_string()],
        ContextValue::StyledStrs(v) => v.iter().map(|s| s.to_string()).collect(),
        ContextValue::Number(n) => vec![n.to_string()],
        ContextValue::Bool(b) => vec![b.to_string()],
        ContextValue::None => Vec::new(),
        _ => Vec::new(),
    }
}

fn get(error: &ClapError, kind: ContextKind) -> Vec<String> {
    error.get(kind).map(quoted).unwrap_or_default()
}

fn one(error: &ClapError, kind: ContextKind) -> String {
    get(error, kind).into_iter().next().unwrap_or_default()
}

fn number(error: &ClapError, kind: ContextKind) -> i64 {
    one(error, kind).parse::<i64>().unwrap_or(0)
}

impl ErrorFormatter for Localized {
    fn format_error(error: &ClapError) -> StyledStr {
        let mut out = format!("{} {}", t!("error-prefix"), sentence(error));
        out += &suggestions(error);
        if let Some(usage) = error.get(ContextKind::Usage) {
            let usage = quoted(usage).concat();
            let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
            out += &format!("\n\n{} {usage}", t!("help-usage-heading"));
        }
        out += &format!("\n\n{}\n", t!("clap-more-information", help = "--help"));
        StyledStr::from(out)
    }
}

/// What went wrong, in one sentence (and the list that goes with it).
fn sentence(error: &ClapError) -> String {
    let arg = one(error, ContextKind::InvalidArg);
    let arg = arg.as_str();
    let value = one(error, ContextKind::InvalidValue);
    let value = value.as_str();
    match error.kind() {
        ErrorKind::ArgumentConflict => conflict(error, arg),
        ErrorKind::NoEquals => t!("clap-no-equals", arg = arg),
        ErrorKind::InvalidValue if value.is_empty() => t!("clap-value-required", arg = arg),
        ErrorKind::InvalidValue => {
            t!("clap-invalid-value", value = value, arg = arg)
                + &list_line(error, ContextKind::ValidValue, "help-possible-values")
        }
        ErrorKind::InvalidSubcommand => t!(
            "clap-invalid-subcommand",
            name = one(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut out = t!("clap-missing-required");
            for a in get(error, ContextKind::InvalidArg) {
                out += &format!("\n{TAB}{a}");
            }
            out
        }
        ErrorKind::MissingSubcommand => {
            t!(
                "clap-missing-subcommand",
                command = one(error, ContextKind::InvalidSubcommand)
            ) + &list_line(error, ContextKind::ValidSubcommand, "clap-subcommands")
        }
        ErrorKind::TooManyValues => t!("clap-too-many-values", value = value, arg = arg),
        ErrorKind::TooFewValues => t!(
            "clap-too-few-values",
            arg = arg,
            min = number(error, ContextKind::MinValues),
            actual = number(error, ContextKind::ActualNumValues)
        ),
        ErrorKind::WrongNumberOfValues => t!(
            "clap-wrong-number-of-values",
            arg = arg,
            expected = number(error, ContextKind::ExpectedNumValues),
            actual = number(error, ContextKind::ActualNumValues)
        ),
        ErrorKind::ValueValidation => match std::error::Error::source(error) {
            Some(source) => t!(
                "clap-invalid-value-because",
                value = value,
                arg = arg,
                reason = parse_reason(source)
            ),
            None => t!("clap-invalid-value", value = value, arg = arg),
        },
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidUtf8 => t!("clap-invalid-utf8"),
        _ => match std::error::Error::source(error) {
            Some(source) => source.to_string(),
            None => t!("clap-unknown-cause"),
        },
    }
}

/// Why a value was refused: the standard library's number parsers speak English, so
/// theirs are said in the chosen language; the tool's own parsers already are.
fn parse_reason(source: &(dyn std::error::Error + 'static)) -> String {
    use std::num::{IntErrorKind, ParseFloatError, ParseIntError};
    if source.downcast_ref::<ParseFloatError>().is_some() {
        return t!("clap-not-a-number");
    }
    match source
        .downcast_ref::<ParseIntError>()
        .map(ParseIntError::kind)
    {
        Some(IntErrorKind::PosOverflow | IntErrorKind::NegOverflow) => t!("clap-number-too-large"),
        Some(_) => t!("clap-not-a-whole-number"),
        None => source.to_string(),
    }
}

/// "`--x` cannot be used with …", or "used twice".
fn conflict(error: &ClapError, arg: &str) -> String {
    match error.get(ContextKind::PriorArg) {
        Some(ContextValue::String(p)) if p == arg => t!("clap-used-twice", arg = arg),
        Some(ContextValue::String(p)) => t!("clap-conflict", arg = arg, other = p.as_str()),
        Some(ContextValue::Strings(others)) => {
            let mut out = t!("clap-conflict-many", arg = arg);
            for o in others {
                out += &format!("\n{TAB}{o}");
            }
            out
        }
        _ => t!("clap-conflict-others", arg = arg),
    }
}

/// A second line listing the valid values or subcommands, when clap knows them.
fn list_line(error: &ClapError, kind: ContextKind, id: &str) -> String {
    let valid = get(error, kind);
    if valid.is_empty() {
        return String::new();
    }
    format!(
        "\n{TAB}{}",
        super::super::message(id, &[("values", valid.join(", ").into())])
    )
}

/// The "did you mean" lines: similar subcommands, arguments, values, and clap's tips.
fn suggestions(error: &ClapError) -> String {
    let kinds = [
        (ContextKind::SuggestedSubcommand, "clap-similar-subcommand"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
        (ContextKind::SuggestedValue, "clap-similar-value"),
    ];
    let mut lines = Vec::new();
    for (kind, id) in kinds {
        let similar = get(error, kind);
        if similar.is_empty() {
            continue;
        }
        let list = similar
            .iter()
            .map(|s| t!("clap-quoted", value = s.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        let text = super::super::message(
            id,
            &[
                ("count", (similar.len() as i64).into()),
                ("values", list.into()),
            ],
        );
        lines.push(format!("{TAB}{} {text}", t!("hint-prefix")));
    }
    for tip in get(error, ContextKind::Suggested) {
        lines.push(format!("{TAB}{} {tip}", t!("hint-prefix")));
    }
    if lines.is_empty() {
        String::new()
    } else {
        format!("\n\n{}", lines.join("\n"))
    }
}
