//! The direct reader: a case file deserialized straight from the toml parser's events
//! into its typed model, without building the toml reader's document tree first (most of
//! the time of a first read of a large structure went to that tree).
//!
//! It reads files laid out as the tool writes them and as people edit them: pairs under
//! table headers, arrays of tables, plain keys. What it leaves to the general reader —
//! dotted keys, inline tables, a table split in two places, a key given twice, anything
//! that is not TOML or does not fit the model — makes it give way, and the general
//! reader reads the file and says what is wrong. A file is read the same either way: the
//! same checks of the text (the same parser and decoders), the same values handed to the
//! model in the same order.

mod de;
#[cfg(test)]
mod differential;
mod events;
#[cfg(test)]
mod tests;
mod value;

use super::parse::{Parsed, to_segs};
use serde::de::DeserializeOwned;

/// `text` read into `T` with its unknown keys, or `None` when the general reader must
/// read it.
pub fn parse<T: DeserializeOwned>(text: &str) -> Option<Parsed<T>> {
    // A byte-order mark some editors put first is not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let events = events::events(text)?;
    let mut doc = de::Doc::new(&events.evs, &events.keys);
    let mut unknown_keys = Vec::new();
    let value = serde_ignored::deserialize(&mut doc, |path| {
        unknown_keys.push(to_segs(&path));
    })
    .ok()?;
    doc.finished().then_some(Parsed {
        value,
        unknown_keys,
    })
}
