//! Names compared as people compare them: without accents, case or extra spaces.

use unicode_normalization::UnicodeNormalization;

/// "Lefèvre-Dupont " → "lefevre dupont".
pub fn fold(text: &str) -> String {
    let stripped: String = text
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| {
            if c == '-' || c == '\'' || c == '’' {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .to_lowercase();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_accents_case_and_hyphens() {
        assert_eq!(fold("Lefèvre"), "lefevre");
        assert_eq!(fold("  ÉLODIE  "), "elodie");
        assert_eq!(fold("Jean-Noël"), "jean noel");
        assert_eq!(fold("N'Diaye"), "n diaye");
        assert_eq!(fold("Ça"), "ca");
    }
}
