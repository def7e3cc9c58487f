//! What several commands share: prompts on a terminal, `$EDITOR` on a scratch file, the
//! "missing flags off a terminal" message. Commands use these instead of each other.

pub mod complete;
pub mod editor;
pub mod future;
pub mod prompt;
pub mod records;
pub mod who;

use crate::error::{Status, UserError};
use crate::t;

/// The flags among `flags` whose value is missing (`(flag, is_missing)`).
pub fn missing<'a>(flags: &[(&'a str, bool)]) -> Vec<&'a str> {
    flags.iter().filter(|(_, m)| *m).map(|(f, _)| *f).collect()
}

/// Off a terminal nothing can be asked: the missing flags are a usage error, with the
/// command that lists what is expected.
pub fn missing_flags(missing: &[&str], hint: String) -> anyhow::Error {
    UserError::new(t!("missing-flags", flags = missing.join(", ")))
        .hint(hint)
        .status(Status::Usage)
        .into()
}
