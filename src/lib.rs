//! `iae`: one TOML case file per salarié en insertion, and the rules and reports of the
//! insertion par l'activité économique built on them.

pub mod case;
pub mod cli;
pub mod commands;
pub mod error;
pub mod git;
pub mod i18n;
pub mod output;
pub mod reference;
pub mod report;
pub mod rules;
pub mod store;
