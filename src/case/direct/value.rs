//! The value of a pair: a scalar handed to the model as the toml reader hands it, or an
//! array and its items.

use super::de::{Bail, Doc, EntryDe, Next, key_seed};
use super::events::{Ev, Scalar};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;

/// The value of a pair, at the cursor, handed to `visitor`.
pub(super) fn visit_value<'de, V: Visitor<'de>>(
    doc: &mut Doc<'_, 'de>,
    visitor: V,
) -> Result<V::Value, Bail> {
    let ev = doc.evs.get(doc.pos).ok_or(Bail)?;
    doc.pos += 1;
    match ev {
        Ev::Scalar(scalar) => visit_scalar(scalar, visitor),
        Ev::ArrayOpen => {
            let value = visitor.visit_seq(Items { doc: &mut *doc })?;
            match doc.evs.get(doc.pos) {
                Some(Ev::ArrayClose) => {
                    doc.pos += 1;
                    Ok(value)
                }
                _ => Err(Bail),
            }
        }
        Ev::ArrayClose | Ev::Header { .. } | Ev::Key(_) => Err(Bail),
    }
}

/// The items of an array, up to its closing bracket.
struct Items<'r, 'a, 'de> {
    doc: &'r mut Doc<'a, 'de>,
}

impl<'de> SeqAccess<'de> for Items<'_, '_, 'de> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Bail> {
        match self.doc.evs.get(self.doc.pos) {
            Some(Ev::ArrayClose) | None => Ok(None),
            Some(_) => seed
                .deserialize(EntryDe {
                    doc: &mut *self.doc,
                    next: Next::Value,
                })
                .map(Some),
        }
    }
}

/// A scalar handed to a visitor as the toml reader hands it.
fn visit_scalar<'de, V: Visitor<'de>>(scalar: &Scalar<'de>, visitor: V) -> Result<V::Value, Bail> {
    match scalar {
        Scalar::Str(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
        Scalar::Str(Cow::Owned(s)) => visitor.visit_str(s),
        Scalar::Bool(b) => visitor.visit_bool(*b),
        Scalar::Int(text, radix) => {
            if let Ok(v) = i64::from_str_radix(text, *radix) {
                visitor.visit_i64(v)
            } else if let Ok(v) = u64::from_str_radix(text, *radix) {
                visitor.visit_u64(v)
            } else if let Ok(v) = i128::from_str_radix(text, *radix) {
                visitor.visit_i128(v)
            } else {
                let v = u128::from_str_radix(text, *radix).map_err(|_| Bail)?;
                visitor.visit_u128(v)
            }
        }
        Scalar::Float(text) => {
            let v: f64 = text.parse().map_err(|_| Bail)?;
            if v.is_infinite() && !text.contains("inf") {
                return Err(Bail);
            }
            visitor.visit_f64(v)
        }
        Scalar::Datetime(text) => visitor.visit_map(DatetimeAccess { text, given: false }),
    }
}

/// A datetime as the toml reader hands it: a map of one entry, its private key and text.
struct DatetimeAccess<'a, 'de> {
    text: &'a Cow<'de, str>,
    given: bool,
}

impl<'de> MapAccess<'de> for DatetimeAccess<'_, 'de> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Bail> {
        if self.given {
            return Ok(None);
        }
        self.given = true;
        let key = crate::case::date::TOML_DATETIME;
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Bail> {
        key_seed(seed, self.text)
    }
}
