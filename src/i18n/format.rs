//! Days and numbers as people read them in each language; the data (JSON, CSV, the files)
//! keeps ISO days and plain numbers.

use crate::reference::Lang;
use chrono::NaiveDate;

/// A day as people read it: `14/05/1998` in French, ISO `1998-05-14` in English.
pub fn people_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.to_string(),
    }
}

/// A month written `2025-04` as people read it: `04/2025` in French, as is in English.
pub fn people_month(month: &str, lang: Lang) -> String {
    match (lang, month.split_once('-')) {
        (Lang::Fr, Some((year, m))) => format!("{m}/{year}"),
        _ => month.to_string(),
    }
}

/// A number written the plain way (`-1234.5`) as people read it: in French with a decimal
/// comma and its thousands set apart by a narrow no-break space (`-1 234,5`).
pub fn people_number(plain: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return plain.to_string();
    }
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    if !int.chars().all(|c| c.is_ascii_digit()) {
        return plain.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_days_and_numbers() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
        assert_eq!(people_date(day, Lang::Fr), "03/03/2025");
        assert_eq!(people_date(day, Lang::En), "2025-03-03");
        assert_eq!(people_number("1234.5", Lang::Fr), "1\u{202f}234,5");
        assert_eq!(people_number("123", Lang::Fr), "123");
        assert_eq!(people_number("-1234", Lang::Fr), "-1\u{202f}234");
        assert_eq!(people_number("1234.5", Lang::En), "1234.5");
        assert_eq!(people_month("2025-04", Lang::Fr), "04/2025");
        assert_eq!(people_month("2025-04", Lang::En), "2025-04");
    }
}
