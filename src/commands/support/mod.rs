//! What several commands share: prompts on a terminal, `$EDITOR` on a scratch file, the
//! "missing flags off a terminal" message. Commands use these instead of each other.

pub mod editor;
pub mod prompt;
pub mod records;
pub mod who;
