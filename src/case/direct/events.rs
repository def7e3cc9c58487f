//! The parser's events as the direct reader uses them: table headers with their decoded
//! keys, the keys of key/value pairs, decoded scalars, and array brackets. Whitespace,
//! comments and newlines are checked by the parser's own validator and dropped.

use std::borrow::Cow;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::parser::{EventReceiver, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Raw, Source, Span};

/// How deep arrays may nest, and how many keys a header may have: the toml reader's own
/// limit.
const DEPTH: u32 = 80;

/// A decoded scalar.
#[derive(Debug)]
pub(super) enum Scalar<'i> {
    Str(Cow<'i, str>),
    Bool(bool),
    Int(Cow<'i, str>, u32),
    Float(Cow<'i, str>),
    /// A datetime's text as the toml reader shows it (`1979-05-27T07:32:00Z`).
    Datetime(Cow<'i, str>),
}

#[derive(Debug)]
pub(super) enum Ev<'i> {
    /// `[a.b]` (or `[[a.b]]` when `array`): its keys are `keys[start..end]`.
    Header {
        array: bool,
        start: u32,
        end: u32,
    },
    /// The key of a key/value pair: `keys[i]`.
    Key(u32),
    Scalar(Scalar<'i>),
    ArrayOpen,
    ArrayClose,
}

/// A document's events and the keys its headers and pairs name.
#[derive(Debug, Default)]
pub(super) struct Events<'i> {
    pub evs: Vec<Ev<'i>>,
    pub keys: Vec<Cow<'i, str>>,
}

/// The events of `text`, or `None` when it is not TOML or uses what the direct reader
/// leaves to the general one (dotted keys, inline tables).
pub(super) fn events(text: &str) -> Option<Events<'_>> {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut receiver = Receiver {
        source,
        out: Events {
            evs: Vec::with_capacity(tokens.len() / 3),
            keys: Vec::with_capacity(tokens.len() / 6),
        },
        header: None,
        pending: None,
        unsupported: false,
    };
    let mut error: Option<ParseError> = None;
    {
        let mut validated = ValidateWhitespace::new(&mut receiver, source);
        let mut guarded = RecursionGuard::new(&mut validated, DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guarded, &mut error);
    }
    (error.is_none() && !receiver.unsupported && receiver.header.is_none()).then_some(receiver.out)
}

struct Receiver<'i> {
    source: Source<'i>,
    out: Events<'i>,
    /// Inside a header: whether it is `[[…]]`, and its first key.
    header: Option<(bool, u32)>,
    /// A pair's key read, its `=` not yet.
    pending: Option<u32>,
    unsupported: bool,
}

impl<'i> Receiver<'i> {
    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Raw<'i> {
        let text = &self.source.input()[span.start()..span.end()];
        Raw::new_unchecked(text, encoding, span)
    }

    fn index(len: usize) -> u32 {
        // A case file is far below 4 GB; a larger text is refused before it is read.
        u32::try_from(len).unwrap_or(u32::MAX)
    }

    fn open(&mut self, array: bool) {
        self.header = Some((array, Self::index(self.out.keys.len())));
    }

    fn close(&mut self) {
        match self.header.take() {
            // The toml reader refuses a header of more than DEPTH keys ("recursion limit").
            Some((_, start)) if self.out.keys.len() - start as usize > DEPTH as usize => {
                self.unsupported = true
            }
            Some((array, start)) => self.out.evs.push(Ev::Header {
                array,
                start,
                end: Self::index(self.out.keys.len()),
            }),
            None => self.unsupported = true,
        }
    }
}

impl EventReceiver for Receiver<'_> {
    fn std_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.open(false);
    }
    fn std_table_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.close();
    }
    fn array_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.open(true);
    }
    fn array_table_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.close();
    }
    fn inline_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.unsupported = true;
        true
    }
    fn array_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.out.evs.push(Ev::ArrayOpen);
        true
    }
    fn array_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.out.evs.push(Ev::ArrayClose);
    }
    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let raw = self.raw(span, encoding);
        let key = if encoding.is_none() && is_bare(raw.as_str()) {
            // Nothing to decode in `A-Za-z0-9_-`: the general decoder would hand it as is.
            Cow::Borrowed(raw.as_str())
        } else {
            let mut key = Cow::Borrowed("");
            raw.decode_key(&mut key, error);
            key
        };
        let index = Self::index(self.out.keys.len());
        self.out.keys.push(key);
        if self.header.is_none() {
            if self.pending.is_some() {
                self.unsupported = true;
            }
            self.pending = Some(index);
        }
    }
    fn key_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        // A dotted key in a header is a path; in a pair, it is left to the general reader.
        if self.header.is_none() {
            self.unsupported = true;
        }
    }
    fn key_val_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        match self.pending.take() {
            Some(key) => self.out.evs.push(Ev::Key(key)),
            None => self.unsupported = true,
        }
    }
    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let mut text = Cow::Borrowed("");
        let scalar = match self.raw(span, encoding).decode_scalar(&mut text, error) {
            ScalarKind::String => Scalar::Str(text),
            ScalarKind::Boolean(value) => Scalar::Bool(value),
            ScalarKind::Integer(radix) => Scalar::Int(text, radix.value()),
            ScalarKind::Float => Scalar::Float(text),
            ScalarKind::DateTime => match datetime(text) {
                Some(text) => Scalar::Datetime(text),
                None => {
                    error.report_error(ParseError::new("invalid datetime"));
                    return;
                }
            },
        };
        self.out.evs.push(Ev::Scalar(scalar));
    }
    fn error(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.unsupported = true;
    }
}

/// A bare key that needs no decoding: letters, digits, `_` and `-` of ASCII.
fn is_bare(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A datetime's text as the toml reader hands it on: a plain day as written, anything
/// else through the general datetime reader and back (which is how it is checked).
fn datetime(text: Cow<'_, str>) -> Option<Cow<'_, str>> {
    if crate::case::date::plain_day(&text).is_some() {
        return Some(text);
    }
    let parsed: toml::value::Datetime = text.parse().ok()?;
    Some(Cow::Owned(parsed.to_string()))
}
