//! Closed vocabularies of the case file, as Rust enums with the codes they are written
//! with: clap, validation, rules and reports use the same types.

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Medium {
    #[value(name = "in_person")]
    InPerson,
    Phone,
    Video,
    Home,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Attendance {
    Present,
    Excused,
    Absent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Support {
    /// By the SIAE itself
    Internal,
    /// By a partner
    External,
    /// Both
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Outcome {
    Resolved,
    Abandoned,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClientKind {
    Company,
    Individual,
    Association,
    Collectivite,
}

impl ClientKind {
    pub fn code(self) -> &'static str {
        match self {
            ClientKind::Company => "company",
            ClientKind::Individual => "individual",
            ClientKind::Association => "association",
            ClientKind::Collectivite => "collectivite",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosisBy {
    /// The SIAE itself (valid 92 days, needs criteria)
    Employer,
    /// An authorised prescriber (valid 6 months)
    Prescriber,
}

impl DiagnosisBy {
    pub fn code(self) -> &'static str {
        match self {
            DiagnosisBy::Employer => "employer",
            DiagnosisBy::Prescriber => "prescriber",
        }
    }
}

/// The code a value enum is written with in case files (`in_person`).
pub fn code_of(value: &impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().replace('-', "_"))
        .unwrap_or_default()
}
