//! Text → typed case file, with unknown keys collected (they are kept on write and
//! reported by `check`) and parse failures turned into located findings.

use super::finding::{Code, Finding, Seg};
use super::locate::line_col;
use super::model::CaseFile;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub value: T,
    /// Keys the format does not know, as paths (`person.nickname`).
    pub unknown_keys: Vec<Vec<Seg>>,
}

/// Parse a case file. E001: not TOML; E002: a field has the wrong type or is missing;
/// E006: git's conflict markers were left in it.
pub fn parse_case(text: &str) -> Result<Parsed<CaseFile>, Finding> {
    if let Some(parsed) = super::direct::parse(text) {
        return Ok(parsed);
    }
    parse_typed(text).map_err(|f| {
        if f.code == Code::NotToml {
            super::conflict::conflict_finding(text).unwrap_or(f)
        } else {
            f
        }
    })
}

/// Parse any TOML document into `T`, collecting unknown keys.
pub fn parse_typed<T: DeserializeOwned>(text: &str) -> Result<Parsed<T>, Finding> {
    // A byte-order mark some editors put first is not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let deserializer = toml::Deserializer::parse(text).map_err(|e| {
        let said = crate::t!("check-toml-invalid", said = first_line(e.message()));
        let mut finding =
            Finding::new(Code::NotToml, Vec::new(), said).hint(crate::t!("check-toml-hint"));
        place(&mut finding, text, e.span());
        finding
    })?;
    let mut unknown_keys = Vec::new();
    let value = serde_ignored::deserialize(deserializer, |path| {
        unknown_keys.push(to_segs(&path));
    })
    .map_err(|e| {
        let field = e.span().and_then(|s| key_on_line(text, s.start));
        let mut finding = Finding::new(Code::BadValue, Vec::new(), type_problem(e.message()));
        if let Some(field) = field {
            finding.path = vec![Seg::Key(field)];
        }
        place(&mut finding, text, e.span());
        finding
    })?;
    Ok(Parsed {
        value,
        unknown_keys,
    })
}

/// A field's problem in the person's language: a missing field named, the reader's other
/// words quoted; the tool's own messages (dates) are already in it.
fn type_problem(message: &str) -> String {
    let message = first_line(message);
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        return crate::t!("check-missing-field", field = field);
    }
    let reader = ["invalid ", "unknown ", "expected ", "duplicate "];
    if reader.iter().any(|r| message.starts_with(r)) {
        return crate::t!("check-toml-type", said = message);
    }
    message
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_string()
}

fn place(finding: &mut Finding, text: &str, span: Option<std::ops::Range<usize>>) {
    if let Some(span) = span {
        let (line, column) = line_col(text, span.start);
        finding.line = Some(line);
        finding.column = Some(column);
    }
}

/// The key written on the line of `offset` (`end = 2025-02-30` → `end`), to name the field.
fn key_on_line(text: &str, offset: usize) -> Option<String> {
    let (line, _) = line_col(text, offset);
    let content = text.lines().nth(line - 1)?;
    let (key, _) = content.split_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty() && !key.starts_with('[')).then(|| key.to_string())
}

pub(super) fn to_segs(path: &serde_ignored::Path<'_>) -> Vec<Seg> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut segs = to_segs(parent);
            segs.push(Seg::Index(*index));
            segs
        }
        Path::Map { parent, key } => {
            let mut segs = to_segs(parent);
            segs.push(Seg::Key(key.clone()));
            segs
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => to_segs(parent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::finding::path_text;

    const GOOD: &str = r#"# Dossier 7K3M9Q
schema = 1
id = "7K3M9Q"

[person]
last_name = "Martin"
first_name = "Sofia"
birth_date = 1998-05-14
sex = "F"
nickname = "So"

[recruitment]
hired_on = 2025-03-03

[[contracts]]
kind = "cddi"
start = 2025-03-03
end = 2025-09-02
weekly_hours = 26
mood = "good"
"#;

    #[test]
    fn reads_dates_numbers_and_unknown_keys() {
        let parsed = parse_case(GOOD).unwrap();
        let case = parsed.value;
        assert_eq!(case.person.birth_date.to_string(), "1998-05-14");
        assert_eq!(case.contracts[0].weekly_hours, 26.0);
        let mut unknown: Vec<_> = parsed.unknown_keys.iter().map(|p| path_text(p)).collect();
        unknown.sort();
        assert_eq!(unknown, ["contracts[0].mood", "person.nickname"]);
    }

    #[test]
    fn an_impossible_date_is_a_syntax_error_with_its_line() {
        let text = GOOD.replace("end = 2025-09-02", "end = 2025-02-30");
        let finding = parse_case(&text).unwrap_err();
        assert_eq!(finding.code.as_str(), "E001");
        assert_eq!(finding.line, Some(18));
    }

    #[test]
    fn a_quoted_date_is_a_type_error_naming_the_field() {
        let text = GOOD.replace("birth_date = 1998-05-14", "birth_date = \"1998-05-14\"");
        let finding = parse_case(&text).unwrap_err();
        assert_eq!(finding.code.as_str(), "E002");
        assert_eq!(finding.line, Some(8));
        assert_eq!(path_text(&finding.path), "birth_date");
        assert!(
            finding.message.contains("sans guillemets"),
            "{}",
            finding.message
        );
    }

    #[test]
    fn a_missing_field_is_a_type_error() {
        let text = GOOD.replace("hired_on = 2025-03-03\n", "");
        let finding = parse_case(&text).unwrap_err();
        assert_eq!(finding.code.as_str(), "E002");
        assert!(finding.message.contains("hired_on"), "{}", finding.message);
    }
}
