//! One user-facing error type: a message, the hints that say what to do next, and the exit
//! status. Commands return it; only `main` prints it and ends the run with its status.

use std::fmt;

/// How a run ends when it does not succeed: 1 error, 2 usage, 3 "no" from a question
/// command (`eligibility check` on a person who is not eligible).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Error = 1,
    Usage = 2,
    No = 3,
}

/// What went wrong, in the user's words, and what to do about it.
#[derive(Debug)]
pub struct UserError {
    /// Empty when the command already showed everything (a verdict, a list of findings).
    pub message: String,
    /// What another program said (git's own words), quoted under the message.
    pub details: Vec<String>,
    pub hints: Vec<String>,
    pub status: Status,
}

impl UserError {
    pub fn new(message: impl Into<String>) -> UserError {
        UserError {
            message: message.into(),
            details: Vec::new(),
            hints: Vec::new(),
            status: Status::Error,
        }
    }

    /// The run ends with `status` and nothing more to say.
    pub fn quiet(status: Status) -> UserError {
        UserError {
            message: String::new(),
            details: Vec::new(),
            hints: Vec::new(),
            status,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> UserError {
        self.hints.push(hint.into());
        self
    }

    /// Quote what another program said, when it said something.
    pub fn details(mut self, details: impl IntoIterator<Item = String>) -> UserError {
        self.details.extend(details);
        self
    }

    pub fn status(mut self, status: Status) -> UserError {
        self.status = status;
        self
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// Build an error with a hint: `Err(hinted("no such salarié", "use `iae list --all`"))?`.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UserError::new(message).hint(hint))
}

/// The run is over with this status; what the user needs to know was already printed.
pub fn quiet(status: Status) -> anyhow::Error {
    anyhow::Error::new(UserError::quiet(status))
}
