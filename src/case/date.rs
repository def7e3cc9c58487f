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
    d.deserialize_any(DateVisitor)
}

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&date.format("%Y-%m-%d"))
}

/// The same for an optional date (`#[serde(default, with = "date::option")]`).
pub mod option {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize(d).map(Some)
    }

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::serialize(d, s),
            None => s.serialize_none(),
        }
    }
}

/// Parse a date as typed on a command line: `YYYY-MM-DD`, or the French `DD/MM/YYYY`.
/// The year has four digits: `25-03-03` is refused rather than read as the year 25.
pub fn parse_cli(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let (year, parsed) = match t.split_once('/') {
        Some(_) => (
            t.rsplit('/').next().unwrap_or(""),
            NaiveDate::parse_from_str(t, "%d/%m/%Y"),
        ),
        None => (
            t.split('-').next().unwrap_or(""),
            NaiveDate::parse_from_str(t, "%Y-%m-%d"),
        ),
    };
    match parsed {
        Ok(date) if year.len() == 4 => Ok(date),
        _ => Err(crate::t!("date-not-a-date", text = text)),
    }
}

/// Age in whole years on `on`, comparing (month, day).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_dates_have_four_digit_years() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
        assert_eq!(parse_cli("2025-03-03"), Ok(d));
        assert_eq!(parse_cli(" 03/03/2025 "), Ok(d));
        assert!(parse_cli("25-03-03").is_err());
        assert!(parse_cli("03/03/25").is_err());
        assert!(parse_cli("2025-02-30").is_err());
        assert!(parse_cli("12025-03-03").is_err());
    }
}
