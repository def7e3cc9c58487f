//! Coded diagnostics about a case file: errors (`E…`, the data is unusable) and warnings
//! (`W…`, legal but missing or unusual), each pointing at a field and saying what to do.

use serde::Serialize;
use std::fmt;

/// One step of a path to a field: a key or an index in an array.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Seg {
        Seg::Key(key.to_string())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Seg {
        Seg::Index(index)
    }
}

/// `path!["contracts", 0, "end"]`
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => { vec![$($crate::case::finding::Seg::from($seg)),*] };
}

/// Renders `contracts[0].end`.
pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Declares the finding codes, one line each: the variant, the code people and scripts
/// read, and its severity.
macro_rules! finding_codes {
    ($($(#[$meta:meta])* $variant:ident = $code:literal $severity:ident,)+) => {
        /// What a finding is about. Its code (`E004`) is what `check` prints, JSON and CSV
        /// carry and the documentation lists (`docs/check.md`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($(#[$meta])* $variant),+
        }

        impl Code {
            /// Every code, in the order of their strings.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// `E004`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code),+
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity),+
                }
            }
        }
    };
}

finding_codes! {
    /// The file is not valid TOML, or not UTF-8, or cannot be read.
    NotToml = "E001" Error,
    /// A field has the wrong type, is missing, or holds an impossible value.
    BadValue = "E002" Error,
    /// A code the vocabulary or the reference data does not know.
    UnknownCode = "E003" Error,
    /// An impossible chronology (an exit before the hiring).
    Chronology = "E004" Error,
    /// Id trouble: not the file's name, two files with one id, a name that is not an id.
    BadId = "E005" Error,
    /// Git's conflict markers left in the file.
    MergeConflict = "E006" Error,
    /// Something in `salaries/` that is not a case file.
    NotACaseFile = "E007" Error,
    /// The same person in two files.
    SamePerson = "W001" Warning,
    /// A key the format does not know.
    UnknownKey = "W002" Warning,
    /// An expected piece is missing (diagnosis, PASS, contract).
    Missing = "W003" Warning,
    /// A contract rule broken without a recorded derogation.
    ContractRule = "W004" Warning,
    /// Not eligible on the hiring date, or a proof missing or too old.
    Eligibility = "W005" Warning,
    /// A PASS suspension or prolongation breaks a rule without a derogation.
    PassRule = "W006" Warning,
    /// AI: hours placed with companies above the cap over 24 months.
    AiHoursCap = "W007" Warning,
    /// A hiring within the waiting period (délai de carence) after a previous PASS.
    WaitingPeriod = "W008" Warning,
    /// The exit's reason contradicts the recorded facts.
    ExitContradiction = "W009" Warning,
    /// In a git clone, the merge driver of case files is not set up.
    DriverMissing = "W010" Warning,
    /// Past the retention period and not yet anonymised.
    PastRetention = "W011" Warning,
    /// TOML 1.1-only syntax, which TOML 1.0 readers reject.
    Toml11Only = "W012" Warning,
    /// One PASS IAE number in two files.
    SharedPassNumber = "W013" Warning,
    /// A record dated after today (a fact), or a planned start too far ahead.
    DatedAhead = "W014" Warning,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub path: Vec<Seg>,
    /// Known directly for parse errors; otherwise found from `path` when reported.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Finding {
    pub fn new(code: Code, path: Vec<Seg>, message: impl Into<String>) -> Finding {
        Finding {
            code,
            path,
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Finding {
        self.hint = Some(hint.into());
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// A finding placed in a file, as `check` and `edit` print it.
#[derive(Debug, Clone, Serialize)]
pub struct Located {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub code: Code,
    pub severity: Severity,
    pub field: String,
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {} ", self.code)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {} {hint}", crate::t!("hint-prefix"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_lettered_by_severity() {
        let strings: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let mut sorted = strings.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            strings, sorted,
            "declared in the order of their strings, once each"
        );
        for code in Code::ALL {
            let letter = match code.severity() {
                Severity::Error => 'E',
                Severity::Warning => 'W',
            };
            assert!(code.as_str().starts_with(letter), "{code}");
            assert_eq!(code.as_str().len(), 4, "{code}");
        }
    }

    #[test]
    fn a_code_serialises_as_its_string() {
        assert_eq!(
            serde_json::to_string(&Code::Chronology).unwrap(),
            "\"E004\""
        );
        assert!(Code::BadValue < Code::SamePerson);
    }
}
