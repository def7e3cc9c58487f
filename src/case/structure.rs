//! The structure's own settings (`iae.toml`): who it is and the numbers it is held to.

use crate::reference::{Override, Reference};
use crate::t;
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
    /// `[exits]`: which reading of the rules counts the exits.
    #[serde(default)]
    pub exits: ExitsSettings,
    /// `[etp]`: the hours of one full-time equivalent.
    #[serde(default)]
    pub etp: EtpSettings,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub prescribers: BTreeMap<String, Override>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub exit_reasons: BTreeMap<String, Override>,
    #[serde(default)]
    pub files: Files,
    #[serde(default)]
    pub git: GitSettings,
}

/// `[files]`: who may read the files the tool creates.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Files {
    #[serde(default)]
    pub mode: FileMode,
}

/// `private` (0600/0700, the default) or `group` (0660/0770).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FileMode {
    #[default]
    Private,
    Group,
}

/// The largest values the settings accept: beyond them a date computation would leave the
/// calendar, and no structure means them.
pub const MAX_INTERVIEW_EVERY_DAYS: u32 = 3650;
pub const MAX_RETENTION_YEARS: u32 = 100;
pub const MAX_FUNDED_ETP: f64 = 100_000.0;

/// Every key `iae.toml` knows, by table (`""` is the top level), to name the closest one
/// to a typo. Tables whose keys are codes (prescribers, exit_reasons) list their fields.
pub const KNOWN_KEYS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "name",
            "kind",
            "siret",
            "funded_etp",
            "interview_every_days",
            "retention_years",
            "targets",
            "prescribers",
            "exit_reasons",
            "files",
            "git",
            "exits",
            "etp",
        ],
    ),
    ("git", &["commit"]),
    ("exits", &["counting"]),
    ("etp", &["annual_hours"]),
    ("targets", &["dynamic", "durable"]),
    ("files", &["mode"]),
    (
        "prescribers.*",
        &["fr", "en", "authorized", "category", "note"],
    ),
    (
        "exit_reasons.*",
        &["fr", "en", "authorized", "category", "note"],
    ),
];

/// The known key closest to an unknown one, within two edits (or a case change).
pub fn closest_key(table: &str, key: &str) -> Option<&'static str> {
    let generic = table
        .split_once('.')
        .map(|(first, _)| format!("{first}.*"))
        .unwrap_or_else(|| table.to_string());
    let (_, keys) = KNOWN_KEYS
        .iter()
        .find(|(t, _)| *t == table || *t == generic)?;
    keys.iter()
        .map(|k| (strsim::levenshtein(&key.to_lowercase(), k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
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

/// Which exits a year's rates count (DOMAIN: "Exits and the yearly rate").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExitCounting {
    /// The state's statistics pipeline (pilotage de l'inclusion): ACI/EI at least 81
    /// days and 1 hour in the exit's year; AI/ETTI 150 hours within one calendar year.
    #[default]
    Pipeline,
    /// The circulaire DGEFP 2008-21's wording: ACI/EI 3 calendar months; AI/ETTI 150
    /// hours over the whole parcours.
    Circular,
}

impl ExitCounting {
    pub fn code(self) -> &'static str {
        match self {
            ExitCounting::Pipeline => "pipeline",
            ExitCounting::Circular => "circular",
        }
    }

    pub fn other(self) -> ExitCounting {
        match self {
            ExitCounting::Pipeline => ExitCounting::Circular,
            ExitCounting::Circular => ExitCounting::Pipeline,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct ExitsSettings {
    #[serde(default)]
    pub counting: ExitCounting,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EtpSettings {
    /// Theoretical hours of one ETP over a year (1,607 unless the financial annex says).
    #[serde(default = "default_annual_hours")]
    pub annual_hours: f64,
}

/// Theoretical hours of one full-time equivalent over a year, unless the structure sets
/// its own (`[etp] annual_hours`): the ASP sets it per financial annex.
pub const DEFAULT_ANNUAL_HOURS: f64 = 1607.0;

fn default_annual_hours() -> f64 {
    DEFAULT_ANNUAL_HOURS
}

impl Default for EtpSettings {
    fn default() -> EtpSettings {
        EtpSettings {
            annual_hours: default_annual_hours(),
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
            problems.push(t!(
                "check-settings-kind",
                kind = self.kind.as_str(),
                kinds = kinds.list()
            ));
        }
        if let Some(siret) = &self.siret
            && !is_siret(siret)
        {
            problems.push(t!("check-settings-siret", siret = siret.as_str()));
        }
        if !(self.etp.annual_hours > 0.0 && self.etp.annual_hours <= 8784.0) {
            problems.push(t!(
                "check-settings-annual-hours",
                hours = self.etp.annual_hours
            ));
        }
        if self.interview_every_days == 0 {
            problems.push(t!("check-settings-interview-every"));
        }
        if self.interview_every_days > MAX_INTERVIEW_EVERY_DAYS {
            problems.push(crate::t!(
                "settings-too-large",
                key = "interview_every_days",
                value = self.interview_every_days,
                max = MAX_INTERVIEW_EVERY_DAYS
            ));
        }
        match self.retention_years {
            Some(0) => problems.push(crate::t!("settings-retention-zero")),
            Some(years) if years > MAX_RETENTION_YEARS => problems.push(crate::t!(
                "settings-too-large",
                key = "retention_years",
                value = years,
                max = MAX_RETENTION_YEARS
            )),
            _ => {}
        }
        if let Some(etp) = self.funded_etp
            && !(0.0..=MAX_FUNDED_ETP).contains(&etp)
        {
            problems.push(crate::t!(
                "settings-out-of-range",
                key = "funded_etp",
                value = etp,
                max = MAX_FUNDED_ETP
            ));
        }
        for (name, value) in [
            ("targets.dynamic", self.targets.dynamic),
            ("targets.durable", self.targets.durable),
        ] {
            if !(0.0..=1.0).contains(&value) {
                problems.push(t!("check-settings-fraction", name = name, value = value));
            }
        }
        let categories = &Reference::embedded().exit_categories;
        for (code, change) in &self.exit_reasons {
            if let Some(category) = &change.category
                && !categories.contains(category)
            {
                problems.push(t!(
                    "check-settings-exit-category",
                    code = code.as_str(),
                    category = category.as_str(),
                    categories = categories.list()
                ));
            }
        }
        problems
    }
}

pub fn is_siret(text: &str) -> bool {
    text.len() == 14 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A message as TOML comment lines, each starting with `# `.
fn comment(id: &str) -> String {
    crate::i18n::message(id, &[])
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect()
}

/// The commented `iae.toml` that `iae init` writes, its comments in the current language.
pub fn init_text(name: &str, kind: &str, siret: Option<&str>) -> String {
    let name = toml_edit::Value::from(name).to_string();
    let siret = match siret {
        Some(s) => format!("siret = \"{s}\""),
        None => "# siret = \"12345678900012\"".to_string(),
    };
    let c = comment;
    [
        format!("{}\n", c("check-init-header")),
        format!("{}name = {name}\n", c("check-init-name")),
        format!("# ACI | EI | AI | ETTI | EITI\nkind = \"{kind}\"\n"),
        format!("{}{siret}\n\n", c("check-init-siret")),
        format!("{}# funded_etp = 12.5\n\n", c("check-init-funded-etp")),
        format!(
            "{}interview_every_days = 31\n\n",
            c("check-init-interview-every")
        ),
        format!("{}# retention_years = 2\n\n", c("check-init-retention")),
        format!(
            "{}# [files]\n# mode = \"private\"\n\n",
            c("check-init-files")
        ),
        format!(
            "{}[targets]\ndynamic = 0.60\ndurable = 0.25\n\n",
            c("check-init-targets")
        ),
        format!(
            "{}[exits]\ncounting = \"pipeline\"\n\n",
            c("check-init-exits")
        ),
        format!("{}[etp]\nannual_hours = 1607\n\n", c("check-init-etp")),
        format!(
            "{}# [prescribers.epide]\n# fr = \"EPIDE\"\n# en = \"EPIDE\"\n# authorized = false\n\n",
            c("check-init-prescribers")
        ),
        format!(
            "{}# [exit_reasons.retraite]\n# category = \"autre_sortie\"\n",
            c("check-init-exit-reasons")
        ),
    ]
    .concat()
}

#[cfg(test)]
mod tests;
