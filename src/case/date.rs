//! TOML dates ↔ `chrono::NaiveDate`: case files hold bare TOML dates (`2025-03-03`),
//! JSON and YAML show them as `"2025-03-03"`.

use chrono::{Datelike, NaiveDate};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serializer};
use std::fmt;

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<NaiveDate, A::Error> {
        let datetime =
            toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        from_toml(&datetime).map_err(de::Error::custom)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
        Err(E::custom(format!(
            "\"{s}\" is a string, not a date — write the date without quotes, as YYYY-MM-DD"
        )))
    }
}

/// A TOML datetime that must be a plain local date.
pub fn from_toml(datetime: &toml::value::Datetime) -> Result<NaiveDate, String> {
    match (&datetime.date, &datetime.time) {
        (Some(d), None) => NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            .ok_or_else(|| format!("{datetime} is not a date — write YYYY-MM-DD")),
        _ => Err(format!(
            "{datetime} is not a plain date — write YYYY-MM-DD, without a time"
        )),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    if !d.is_human_readable() {
        // Binary forms (the index) hold the day number, not text.
        let days = i32::deserialize(d)?;
        return NaiveDate::from_num_days_from_ce_opt(days)
            .ok_or_else(|| de::Error::custom(format!("day {days} is out of range")));
    }
    d.deserialize_any(DateVisitor)
}

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    if !s.is_human_readable() {
        return s.serialize_i32(date.num_days_from_ce());
    }
    s.collect_str(&date.format("%Y-%m-%d"))
}

/// The same for an optional date (`#[serde(default, with = "date::option")]`).
pub mod option {
    use super::*;

    /// The binary form of a date, as an `Option` of it needs a type to name.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Day(#[serde(with = "super")] NaiveDate);

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        if !d.is_human_readable() {
            return Option::<Day>::deserialize(d).map(|o| o.map(|Day(day)| day));
        }
        super::deserialize(d).map(Some)
    }

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) if !s.is_human_readable() => s.serialize_some(&Day(*d)),
            Some(d) => super::serialize(d, s),
            None => s.serialize_none(),
        }
    }
}

/// Parse `YYYY-MM-DD` as typed on a command line, with the fix in the message.
pub fn parse_cli(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{text} is not a date — write YYYY-MM-DD, e.g. 2025-03-03"))
}

/// Age in whole years on `on`, comparing (month, day).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}
