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

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `E001`…`E005`, `W001`…`W003`.
    pub code: &'static str,
    pub path: Vec<Seg>,
    /// Known directly for parse errors; otherwise found from `path` when reported.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Finding {
    pub fn new(code: &'static str, path: Vec<Seg>, message: impl Into<String>) -> Finding {
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
        if self.code.starts_with('E') {
            Severity::Error
        } else {
            Severity::Warning
        }
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
    pub code: &'static str,
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
            write!(f, "\n  {}: {hint}", crate::t!("hint-prefix"))?;
        }
        Ok(())
    }
}
