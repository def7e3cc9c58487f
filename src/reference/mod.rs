//! Embedded reference data (`src/reference/*.toml`): the codes the rules speak of, with
//! French and English labels and their source. A structure adds to or overrides some of
//! them in its `iae.toml` ([prescribers.<code>], [exit_reasons.<code>]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Language of the labels shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The French or the English words.
    pub fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// `LANG=en_GB.UTF-8` → English; anything else (French first) → French.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Fr,
        }
    }
}

/// One code of a reference table. Fields other than code and labels only exist in the
/// tables that need them.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Entry {
    pub code: String,
    pub fr: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certain: Option<bool>,
    /// Why a mapping is uncertain, in English (`note`) and in French (`note_fr`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_level2: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_contract: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_total_days: Option<u32>,
    /// A criterion the platform certifies from an administration's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifiable: Option<bool>,
    /// Carried by older records, never offered for new ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub historical: Option<bool>,
    /// Set when the structure's `iae.toml` changed or added this entry.
    #[serde(skip_deserializing, skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
}

impl Entry {
    /// Whether structures of `kind` may use this code: a code with no `kinds` list is for
    /// every kind (EITI has exit reasons of its own).
    pub fn is_for_kind(&self, kind: &str) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.iter().any(|k| k == kind))
    }

    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// The note in `lang`, the English one where no French one is written.
    pub fn note(&self, lang: Lang) -> Option<&str> {
        match (lang, &self.note_fr) {
            (Lang::Fr, Some(fr)) => Some(fr),
            _ => self.note.as_deref(),
        }
    }
}

/// An ordered table of codes.
#[derive(Debug, Clone, Default)]
pub struct Codes {
    pub entries: Vec<Entry>,
}

impl Codes {
    fn parse(name: &str, text: &str) -> Codes {
        #[derive(Deserialize)]
        struct File {
            entry: Vec<Entry>,
        }
        // The embedded files are part of the program: a broken one is a build defect,
        // caught by the tests of this module.
        let file: File = toml::from_str(text)
            .unwrap_or_else(|e| panic!("embedded reference file {name}.toml is invalid: {e}"));
        Codes {
            entries: file.entry,
        }
    }

    pub fn get(&self, code: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    /// "a, b, c": the known codes, for error messages.
    pub fn list(&self) -> String {
        self.entries
            .iter()
            .map(|e| e.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn label(&self, code: &str, lang: Lang) -> String {
        self.get(code)
            .map_or_else(|| code.to_string(), |e| e.label(lang).to_string())
    }

    /// Add or change an entry from a structure's override table.
    fn apply(&mut self, code: &str, change: &Override) {
        let index = match self.entries.iter().position(|e| e.code == code) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    code: code.to_string(),
                    fr: code.to_string(),
                    en: code.to_string(),
                    level: None,
                    proof: None,
                    proof_months: None,
                    authorized: None,
                    category: None,
                    certain: None,
                    note: None,
                    note_fr: None,
                    asp: None,
                    dynamic: None,
                    required_level2: None,
                    usual_contract: None,
                    kinds: None,
                    decided_by: None,
                    max_days: None,
                    max_total_days: None,
                    certifiable: None,
                    historical: None,
                    overridden: true,
                });
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[index];
        entry.overridden = true;
        if let Some(v) = &change.fr {
            entry.fr.clone_from(v);
        }
        if let Some(v) = &change.en {
            entry.en.clone_from(v);
        }
        if let Some(v) = change.authorized {
            entry.authorized = Some(v);
        }
        if let Some(v) = &change.category {
            entry.category = Some(v.clone());
            // A structure that sets the category has decided it.
            entry.certain = Some(true);
        }
        if let Some(v) = &change.note {
            entry.note = Some(v.clone());
            entry.note_fr = None;
        }
    }
}

/// What a structure may change of an entry in its `iae.toml`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Override {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// All reference tables.
#[derive(Debug, Clone)]
pub struct Reference {
    pub kinds: Codes,
    pub sexes: Codes,
    pub prescribers: Codes,
    pub criteria: Codes,
    pub contract_kinds: Codes,
    pub interview_kinds: Codes,
    pub barrier_categories: Codes,
    pub suspension_reasons: Codes,
    pub exit_reasons: Codes,
    pub exit_categories: Codes,
    pub skill_kinds: Codes,
    pub prolongation_reasons: Codes,
}

macro_rules! embedded {
    ($name:literal) => {
        Codes::parse($name, include_str!(concat!($name, ".toml")))
    };
}

impl Reference {
    /// The tables as shipped, parsed once.
    pub fn embedded() -> &'static Reference {
        static REFERENCE: OnceLock<Reference> = OnceLock::new();
        REFERENCE.get_or_init(|| Reference {
            kinds: embedded!("kinds"),
            sexes: embedded!("sexes"),
            prescribers: embedded!("prescribers"),
            criteria: embedded!("criteria"),
            contract_kinds: embedded!("contract_kinds"),
            interview_kinds: embedded!("interview_kinds"),
            barrier_categories: embedded!("barrier_categories"),
            suspension_reasons: embedded!("suspension_reasons"),
            exit_reasons: embedded!("exit_reasons"),
            exit_categories: embedded!("exit_categories"),
            skill_kinds: embedded!("skill_kinds"),
            prolongation_reasons: embedded!("prolongation_reasons"),
        })
    }

    /// The tables in force for a structure: the embedded ones with its overrides.
    pub fn with_overrides(
        prescribers: &BTreeMap<String, Override>,
        exit_reasons: &BTreeMap<String, Override>,
    ) -> Reference {
        let mut reference = Reference::embedded().clone();
        for (code, change) in prescribers {
            reference.prescribers.apply(code, change);
        }
        for (code, change) in exit_reasons {
            reference.exit_reasons.apply(code, change);
        }
        reference
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_table_parses_and_has_labels() {
        let r = Reference::embedded();
        for codes in [
            &r.kinds,
            &r.sexes,
            &r.prescribers,
            &r.criteria,
            &r.contract_kinds,
            &r.interview_kinds,
            &r.barrier_categories,
            &r.suspension_reasons,
            &r.exit_reasons,
            &r.exit_categories,
            &r.skill_kinds,
            &r.prolongation_reasons,
        ] {
            assert!(!codes.entries.is_empty());
            for e in &codes.entries {
                assert!(!e.fr.is_empty() && !e.en.is_empty(), "{}", e.code);
            }
        }
    }

    #[test]
    fn the_eighteen_criteria_of_the_arrete() {
        let criteria = &Reference::embedded().criteria;
        assert_eq!(criteria.entries.len(), 18);
        let level1: Vec<_> = criteria
            .entries
            .iter()
            .filter(|e| e.level == Some(1))
            .map(|e| e.code.as_str())
            .collect();
        assert_eq!(level1, ["rsa", "ass", "aah", "detld"]);
    }

    #[test]
    fn every_exit_reason_has_a_known_category() {
        let r = Reference::embedded();
        for reason in &r.exit_reasons.entries {
            let category = reason.category.as_deref().unwrap();
            assert!(r.exit_categories.contains(category), "{}", reason.code);
        }
    }

    #[test]
    fn overrides_change_and_add_entries() {
        let mut exits = BTreeMap::new();
        exits.insert(
            "retraite".to_string(),
            Override {
                category: Some("autre_sortie".into()),
                ..Override::default()
            },
        );
        let mut prescribers = BTreeMap::new();
        prescribers.insert(
            "epide".to_string(),
            Override {
                fr: Some("EPIDE".into()),
                authorized: Some(false),
                ..Override::default()
            },
        );
        let r = Reference::with_overrides(&prescribers, &exits);
        let retraite = r.exit_reasons.get("retraite").unwrap();
        assert_eq!(retraite.category.as_deref(), Some("autre_sortie"));
        assert!(retraite.overridden);
        assert_eq!(r.prescribers.get("epide").unwrap().fr, "EPIDE");
        assert!(
            !Reference::embedded()
                .exit_reasons
                .get("retraite")
                .unwrap()
                .overridden
        );
    }
}
