//! Case ids: 6 random characters of Crockford base32, short enough to say on the phone,
//! never derived from the person. An id is checked before any path is built from it.

use rand::Rng;
use std::fmt;

/// Crockford base32: digits and letters without I, L, O, U.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const LEN: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseId(String);

impl CaseId {
    /// Accepts lower case (`7k3m9q`); refuses anything that is not 6 Crockford characters,
    /// so `../x` or `a/b` never reach the file system.
    pub fn parse(text: &str) -> Result<CaseId, String> {
        let upper = text.trim().to_ascii_uppercase();
        if upper.len() == LEN && upper.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(CaseId(upper))
        } else {
            Err(format!(
                "\"{text}\" is not an id: an id is {LEN} characters among 0-9 and A-Z without I, L, O, U (e.g. 7K3M9Q)"
            ))
        }
    }

    /// Whether `text` has the shape of an id (to tell ids from names on the command line).
    pub fn looks_like_id(text: &str) -> bool {
        CaseId::parse(text).is_ok()
    }

    /// Whether `text` is an id as a file is named: as `parse` gives it back, upper case
    /// with nothing around it.
    pub fn is_written(text: &str) -> bool {
        text.len() == LEN && text.bytes().all(|b| ALPHABET.contains(&b))
    }

    pub fn random(rng: &mut impl Rng) -> CaseId {
        let id = (0..LEN)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        CaseId(id)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_and_refuses_paths() {
        assert_eq!(CaseId::parse("7k3m9q").unwrap().as_str(), "7K3M9Q");
        for bad in [
            "../x", "a/b", "7K3M9", "7K3M9QQ", "7K3M9I", "..\\abc", "", "7K3 9Q", "ÉK3M9Q",
        ] {
            assert!(CaseId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_file_name_is_an_id_as_parse_gives_it_back() {
        for text in [
            "7K3M9Q", "7k3m9q", " 7K3M9Q", "7K3M9Q ", "7K3M9", "7K3M9I", "../x", "",
        ] {
            let written = CaseId::parse(text).map(|id| id.as_str() == text) == Ok(true);
            assert_eq!(CaseId::is_written(text), written, "{text:?}");
        }
        assert!(CaseId::is_written("7K3M9Q"));
    }

    #[test]
    fn random_ids_are_valid_and_can_never_spell_subcommands() {
        let mut rng = rand::rng();
        for _ in 0..1000 {
            let id = CaseId::random(&mut rng);
            assert!(CaseId::parse(id.as_str()).is_ok());
        }
        // `exit reasons` and `exit cancel` cannot be ids: wrong length or letters.
        assert!(CaseId::parse("reasons").is_err());
        assert!(CaseId::parse("cancel").is_err());
    }
}
