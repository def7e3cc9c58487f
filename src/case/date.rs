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

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NaiveDate, A::Error> {
        // The toml reader hands a datetime as a map of one entry: its own private key,
        // and the datetime's text. A table written where a date belongs is refused.
        let key: Option<std::borrow::Cow<'de, str>> = map.next_key()?;
        if key.as_deref() != Some(TOML_DATETIME) {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        let text: std::borrow::Cow<'de, str> = map.next_value()?;
        if let Some(day) = plain_day(&text) {
            return Ok(day);
        }
        let datetime: toml::value::Datetime = text.parse().map_err(de::Error::custom)?;
        from_toml(&datetime).map_err(de::Error::custom)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
        Err(E::custom(crate::t!("date-quoted", text = s)))
    }
}

/// The key under which the toml reader hands a datetime's text.
pub(crate) const TOML_DATETIME: &str = "$__toml_private_datetime";

/// `YYYY-MM-DD` that names a real day, read without the general datetime reader (every
/// date of every file goes through here). Anything else takes the general way, which
/// says what is wrong.
pub(crate) fn plain_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// A TOML datetime that must be a plain local date.
pub fn from_toml(datetime: &toml::value::Datetime) -> Result<NaiveDate, String> {
    match (&datetime.date, &datetime.time) {
        (Some(d), None) => NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            .ok_or_else(|| crate::t!("date-file-not-a-day", text = datetime.to_string())),
        _ => Err(crate::t!("date-has-time", text = datetime.to_string())),
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

/// Parse a date as typed on a command line: `YYYY-MM-DD`, or `JJ/MM/AAAA` as a French
/// person writes it (`03/03/2025` is 3 March 2025). The year has four digits; the message
/// says what to write instead.
pub fn parse_cli(text: &str) -> Result<NaiveDate, String> {
    let trimmed = text.trim();
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let (year, month, day) = match (
        trimmed.split('-').collect::<Vec<_>>().as_slice(),
        trimmed.split('/').collect::<Vec<_>>().as_slice(),
    ) {
        ([y, m, d], _) if digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2) => (*y, *m, *d),
        (_, [d, m, y]) if digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2) => (*y, *m, *d),
        ([y, m, d], _) | (_, [d, m, y])
            if digits(y, 1..=2) && digits(m, 1..=2) && digits(d, 1..=2) =>
        {
            return Err(crate::t!("date-short-year", text = text));
        }
        _ => return Err(crate::t!("date-not-a-date", text = text)),
    };
    let number = |part: &str| part.parse::<u32>().unwrap_or(0);
    let year = year.parse::<i32>().unwrap_or(0);
    NaiveDate::from_ymd_opt(year, number(month), number(day))
        .ok_or_else(|| crate::t!("date-no-such-day", text = text))
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
    use crate::i18n::set_lang;
    use crate::reference::Lang;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_date_is_typed_the_iso_way_or_the_french_way() {
        assert_eq!(parse_cli("2025-03-03"), Ok(day(2025, 3, 3)));
        assert_eq!(parse_cli("03/03/2025"), Ok(day(2025, 3, 3)));
        assert_eq!(parse_cli("14/05/1998"), Ok(day(1998, 5, 14)));
        assert_eq!(parse_cli("3/3/2025"), Ok(day(2025, 3, 3)));
        assert_eq!(parse_cli(" 29/02/2024 "), Ok(day(2024, 2, 29)));
        assert_eq!(parse_cli("31/12/2025"), Ok(day(2025, 12, 31)));
    }

    #[test]
    fn a_day_not_in_the_calendar_or_a_short_year_is_refused_in_words() {
        set_lang(Lang::Fr);
        let no_day = parse_cli("31/02/2025").unwrap_err();
        assert!(no_day.contains("31/02/2025 n'existe pas"), "{no_day}");
        assert!(parse_cli("29/02/2025").is_err());
        assert!(parse_cli("2025-02-30").is_err());
        assert!(parse_cli("13/13/2025").is_err());
        let short = parse_cli("03/03/25").unwrap_err();
        assert!(short.contains("quatre chiffres"), "{short}");
        assert!(
            parse_cli("25-03-03")
                .unwrap_err()
                .contains("quatre chiffres")
        );
        for not_a_date in [
            "",
            "demain",
            "2025/03/03",
            "03-03-2025",
            "03.03.2025",
            "20250303",
        ] {
            assert!(
                parse_cli(not_a_date)
                    .unwrap_err()
                    .contains("n'est pas une date"),
                "{not_a_date}"
            );
        }
    }

    #[derive(serde::Deserialize, Debug)]
    struct Dated {
        #[serde(with = "super")]
        d: NaiveDate,
    }

    fn file_date(toml_text: &str) -> Result<NaiveDate, String> {
        toml::from_str::<Dated>(toml_text)
            .map(|x| x.d)
            .map_err(|e| e.message().to_string())
    }

    #[test]
    fn a_file_date_is_a_bare_day_of_the_calendar() {
        assert_eq!(file_date("d = 2025-03-03"), Ok(day(2025, 3, 3)));
        assert_eq!(file_date("d = 2024-02-29"), Ok(day(2024, 2, 29)));
        assert_eq!(file_date("d = 0001-01-01"), Ok(day(1, 1, 1)));
        assert_eq!(file_date("d = 9999-12-31"), Ok(day(9999, 12, 31)));
        // Not a day (the reader says so), a time with it, quoted, a table: refused.
        let no_day = file_date("d = 2025-02-29").unwrap_err();
        assert!(no_day.contains("28"), "{no_day}");
        assert!(file_date("d = 2025-13-01").is_err());
        let timed = file_date("d = 2025-03-03T10:00:00").unwrap_err();
        assert!(timed.contains("2025-03-03T10:00:00"), "{timed}");
        assert!(file_date("d = 2025-03-03 10:00:00").is_err());
        let quoted = file_date("d = \"2025-03-03\"").unwrap_err();
        assert!(quoted.contains("2025-03-03"), "{quoted}");
        assert!(file_date("d = { year = 2025 }").is_err());
        assert!(file_date("d = { \"$__toml_private\" = \"2025-03-03\" }").is_err());
    }

    #[test]
    fn the_quick_reading_of_a_day_agrees_with_the_calendar() {
        assert_eq!(plain_day("2025-03-03"), Some(day(2025, 3, 3)));
        assert_eq!(plain_day("2025-02-29"), None);
        assert_eq!(plain_day("2025-3-03"), None);
        assert_eq!(plain_day("2025-03-0a"), None);
        assert_eq!(plain_day("+025-03-03"), None);
        assert_eq!(plain_day("2025-03-03T"), None);
    }
}
