//! The structure's own settings (`iae.toml`): who it is and the numbers it is held to.

use crate::reference::{Override, Reference};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Structure {
    pub name: String,
    /// ACI | EI | AI | ETTI | EITI
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// Posts funded by the state (ETP conventionnés).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funded_etp: Option<f64>,
    /// One interview every so many days (cadence); overdue past it.
    #[serde(default = "default_cadence")]
    pub interview_every_days: u32,
    /// Years a case file is kept after the exit, before it may be purged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_years: Option<u32>,
    #[serde(default)]
    pub targets: Targets,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub prescribers: BTreeMap<String, Override>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub exit_reasons: BTreeMap<String, Override>,
    #[serde(default)]
    pub git: GitSettings,
}

/// `[git]`: how the tool works with the structure's git repository.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GitSettings {
    /// Each write command commits its own change (`iae: interviews added 7K3M9Q 2025-04-02`).
    #[serde(default)]
    pub commit: bool,
}

fn default_cadence() -> u32 {
    31
}

/// Exit-rate targets (circulaire DGEFP 2008-21), as fractions.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Targets {
    #[serde(default = "default_dynamic")]
    pub dynamic: f64,
    #[serde(default = "default_durable")]
    pub durable: f64,
}

fn default_dynamic() -> f64 {
    0.60
}

fn default_durable() -> f64 {
    0.25
}

impl Default for Targets {
    fn default() -> Targets {
        Targets {
            dynamic: default_dynamic(),
            durable: default_durable(),
        }
    }
}

impl Structure {
    /// The reference tables with this structure's overrides.
    pub fn reference(&self) -> Reference {
        Reference::with_overrides(&self.prescribers, &self.exit_reasons)
    }

    /// Problems that make the settings unusable.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let kinds = &Reference::embedded().kinds;
        if !kinds.contains(&self.kind) {
            problems.push(format!(
                "kind = \"{}\" is not a kind of SIAE — write one of {}",
                self.kind,
                kinds.list()
            ));
        }
        if let Some(siret) = &self.siret
            && !is_siret(siret)
        {
            problems.push(format!("siret = \"{siret}\" is not 14 digits"));
        }
        if self.interview_every_days == 0 {
            problems.push("interview_every_days must be at least 1".into());
        }
        for (name, value) in [
            ("targets.dynamic", self.targets.dynamic),
            ("targets.durable", self.targets.durable),
        ] {
            if !(0.0..=1.0).contains(&value) {
                problems.push(format!(
                    "{name} = {value} is not a fraction — write e.g. 0.60 for 60 %"
                ));
            }
        }
        let categories = &Reference::embedded().exit_categories;
        for (code, change) in &self.exit_reasons {
            if let Some(category) = &change.category
                && !categories.contains(category)
            {
                problems.push(format!(
                        "exit_reasons.{code}.category = \"{category}\" is not a category — write one of {}",
                        categories.list()
                    ));
            }
        }
        problems
    }
}

pub fn is_siret(text: &str) -> bool {
    text.len() == 14 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The commented `iae.toml` that `iae init` writes.
pub fn init_text(name: &str, kind: &str, siret: Option<&str>) -> String {
    let name = toml_edit::Value::from(name).to_string();
    let siret = match siret {
        Some(s) => format!("siret = \"{s}\""),
        None => "# siret = \"12345678900012\"".to_string(),
    };
    format!(
        r#"# Structure d'insertion par l'activité économique — settings read by `iae`.
# Every key is documented in docs/format.md. Lines starting with # are comments.

# Name of the structure, as in the convention with the state.
name = {name}
# ACI | EI | AI | ETTI | EITI
kind = "{kind}"
# SIRET number (14 digits).
{siret}

# Posts funded by the state for the year (ETP conventionnés), for the annual report.
# funded_etp = 12.5

# One interview every so many days; a salarié is overdue past it.
interview_every_days = 31

# Years a case file is kept after the exit (personal data retention).
# retention_years = 2

# Exit-rate targets as fractions (circulaire DGEFP 2008-21).
[targets]
dynamic = 0.60
durable = 0.25

# Add a prescriber, or change one:
# [prescribers.epide]
# fr = "EPIDE"
# en = "EPIDE"
# authorized = false

# Change the category of an exit reason, or add one:
# [exit_reasons.retraite]
# category = "autre_sortie"
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_init_text_reads_back_with_its_defaults() {
        let text = init_text("Les Jardins d'Aulnay", "ACI", Some("12345678900012"));
        let s: Structure = toml::from_str(&text).unwrap();
        assert_eq!(s.name, "Les Jardins d'Aulnay");
        assert_eq!(s.interview_every_days, 31);
        assert_eq!(s.targets, Targets::default());
        assert!(s.problems().is_empty());
    }

    #[test]
    fn problems_name_the_key() {
        let s: Structure = toml::from_str(
            "name = \"x\"\nkind = \"XYZ\"\nsiret = \"12\"\n[targets]\ndynamic = 60\n",
        )
        .unwrap();
        let problems = s.problems().join("\n");
        assert!(problems.contains("kind = \"XYZ\""));
        assert!(problems.contains("siret"));
        assert!(problems.contains("targets.dynamic"));
    }
}
