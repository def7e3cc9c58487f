//! The case file (one salarié) and the structure settings: types, parsing, validation,
//! and the locating of findings in the text.

pub mod date;
pub mod document;
pub mod finding;
pub mod locate;
pub mod model;
pub mod names;
pub mod parse;
pub mod structure;
pub mod validate;

pub use model::CaseFile;
