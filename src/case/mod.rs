//! The case file (one salarié) and the structure settings: types, parsing, validation,
//! and the locating of findings in the text.

pub mod compat;
pub mod conflict;
pub mod date;
pub mod direct;
pub mod document;
pub mod finding;
pub mod id;
pub mod locate;
pub mod model;
pub mod names;
pub mod parse;
pub mod structure;
pub mod validate;
pub mod vocab;

pub use model::CaseFile;

/// A minimal valid case file hired on `hired_on`, with `extra` TOML appended: the
/// starting point of the rules' tests.
#[cfg(test)]
pub fn test_case(hired_on: &str, extra: &str) -> CaseFile {
    let text = format!(
        "schema = 1\nid = \"7K3M9Q\"\n[person]\nlast_name = \"A\"\nfirst_name = \"B\"\nbirth_date = 1990-01-01\nsex = \"F\"\n[recruitment]\nhired_on = {hired_on}\n{extra}"
    );
    parse::parse_case(&text).unwrap().value
}
