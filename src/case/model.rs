//! The case file v1 (`salaries/<ID>.toml`) as typed data. Codes stay strings here and are
//! checked against the reference data by `validate`, so that an unknown code is a finding
//! with its line rather than a parse failure.

mod reading;

pub use reading::PersonKey;

use super::date;
use super::vocab::BarrierStatus;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const SCHEMA: u32 = 1;

thread_local! {
    static COMPACT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `encode` with every field written, empty or not: the binary index has no field
/// names, so a field left out would shift the ones after it. Text forms (JSON, YAML)
/// leave empty fields out.
pub fn compact<T>(encode: impl FnOnce() -> T) -> T {
    COMPACT.with(|c| c.set(true));
    let out = encode();
    COMPACT.with(|c| c.set(false));
    out
}

fn skip_none<T>(value: &Option<T>) -> bool {
    value.is_none() && !COMPACT.with(|c| c.get())
}

fn skip_empty<T>(value: &[T]) -> bool {
    value.is_empty() && !COMPACT.with(|c| c.get())
}

fn skip_empty_str(value: &str) -> bool {
    value.is_empty() && !COMPACT.with(|c| c.get())
}

fn skip_false(value: &bool) -> bool {
    !*value && !COMPACT.with(|c| c.get())
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CaseFile {
    pub schema: u32,
    pub id: String,
    pub person: Person,
    pub recruitment: Recruitment,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub eligibility: Option<Eligibility>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub pass: Option<Pass>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub contracts: Vec<Contract>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub interviews: Vec<Interview>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub barriers: Vec<Barrier>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub project: Option<Project>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub skills: Vec<Skill>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub trainings: Vec<Training>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub immersions: Vec<Immersion>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub hours: Vec<HoursLine>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub exit: Option<Exit>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub followups: Vec<Followup>,
    /// Deadline-list items a counsellor set aside, with why (`iae deadlines dismiss`).
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub dismissed: Vec<Dismissal>,
}

/// An item of `report deadlines` set aside: which item (its kind and date), why, when.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Dismissal {
    /// The item's kind (`exit_without_bilan`, `followup_due`, …).
    pub what: String,
    /// The item's date, to tell two items of one kind apart.
    #[serde(with = "date")]
    pub date: NaiveDate,
    pub reason: String,
    #[serde(with = "date")]
    pub on: NaiveDate,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Person {
    pub last_name: String,
    pub first_name: String,
    #[serde(with = "date")]
    pub birth_date: NaiveDate,
    pub sex: String,
    /// A postcode, or only the département once the file is anonymised ("93", "2A", "971").
    #[serde(default, skip_serializing_if = "skip_none")]
    pub postcode: Option<String>,
    /// Set by `iae purge`: the day identity, notes and free texts were removed.
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub anonymised_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Recruitment {
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub applied_on: Option<NaiveDate>,
    #[serde(with = "date")]
    pub hired_on: NaiveDate,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub prescriber: Option<String>,
}

/// The eligibility diagnosis (diagnostic d'éligibilité).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Eligibility {
    #[serde(with = "date")]
    pub date: NaiveDate,
    /// `employer` (the SIAE itself) or `prescriber` (an authorised prescriber).
    pub by: String,
    #[serde(default)]
    pub criteria: Vec<String>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub proofs: Vec<Proof>,
    /// Why the hiring went ahead although the criteria fall short (`recruit --derogation`).
    #[serde(default, skip_serializing_if = "skip_none")]
    pub derogation: Option<String>,
}

/// A proof kept for a criterion (justificatif): a document and its date, or a
/// certification by the platform from an administration's data (`certified = true`,
/// `certified_on`), which replaces the document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Proof {
    pub criterion: String,
    #[serde(default, skip_serializing_if = "skip_empty_str")]
    pub document: String,
    #[serde(default, skip_serializing_if = "skip_none", with = "date::option")]
    pub dated: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "skip_false")]
    pub certified: bool,
    #[serde(default, skip_serializing_if = "skip_none", with = "date::option")]
    pub certified_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Pass {
    pub number: String,
    #[serde(with = "date")]
    pub start: NaiveDate,
    /// The end as issued; the current end is computed (`rules::pass`).
    #[serde(with = "date")]
    pub end: NaiveDate,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub suspensions: Vec<Suspension>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub prolongations: Vec<Prolongation>,
}

/// A prolongation of the PASS, recorded as its new inclusive end.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Prolongation {
    pub reason: String,
    /// The new end, inclusive.
    #[serde(with = "date")]
    pub to: NaiveDate,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub decided_by: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub derogation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Suspension {
    #[serde(with = "date")]
    pub from: NaiveDate,
    #[serde(with = "date")]
    pub to: NaiveDate,
    pub reason: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub derogation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Contract {
    pub kind: String,
    #[serde(with = "date")]
    pub start: NaiveDate,
    /// Last day worked; none for an open-ended contract.
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub end: Option<NaiveDate>,
    pub weekly_hours: f64,
    /// The end first agreed, kept when the contract ends early (`iae contract end`,
    /// `iae exit`): the length rules look at it.
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub planned_end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub position: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub derogation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Interview {
    #[serde(with = "date")]
    pub date: NaiveDate,
    pub kind: String,
    pub by: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub medium: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub attendance: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub duration_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub notes: Option<String>,
}

impl Interview {
    /// Attended unless recorded as excused or absent.
    pub fn attended(&self) -> bool {
        matches!(self.attendance.as_deref(), None | Some("present"))
    }
}

/// A barrier to employment (frein périphérique).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Barrier {
    pub number: u32,
    pub category: String,
    #[serde(with = "date")]
    pub noted_on: NaiveDate,
    pub detail: String,
    pub status: String,
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub resolved_on: Option<NaiveDate>,
    /// How it ended, in words.
    #[serde(default, skip_serializing_if = "skip_none")]
    pub resolution_note: Option<String>,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub actions: Vec<BarrierAction>,
}

impl Barrier {
    pub fn is_open(&self) -> bool {
        BarrierStatus::from_code(&self.status).is_some_and(BarrierStatus::is_open)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct BarrierAction {
    #[serde(with = "date")]
    pub date: NaiveDate,
    pub text: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub partner: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub support: Option<String>,
}

/// The professional project (projet professionnel): the current target, and the ones
/// it replaced.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Project {
    pub target: String,
    /// ROME code of the target job (e.g. K2204).
    #[serde(default, skip_serializing_if = "skip_none")]
    pub rome: Option<String>,
    #[serde(with = "date")]
    pub set_on: NaiveDate,
    #[serde(default, skip_serializing_if = "skip_empty")]
    pub previous: Vec<PreviousProject>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PreviousProject {
    pub target: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub rome: Option<String>,
    #[serde(with = "date")]
    pub set_on: NaiveDate,
    #[serde(with = "date")]
    pub replaced_on: NaiveDate,
}

/// A skill assessed (savoir-être, savoir-faire, aptitude), level 1 to 4.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Skill {
    pub kind: String,
    pub name: String,
    pub level: u8,
    #[serde(with = "date")]
    pub assessed_on: NaiveDate,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub by: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Training {
    pub title: String,
    pub organism: String,
    #[serde(with = "date")]
    pub start: NaiveDate,
    #[serde(default, with = "date::option", skip_serializing_if = "skip_none")]
    pub end: Option<NaiveDate>,
    /// A (pre-)qualifying training.
    #[serde(default)]
    pub qualifying: bool,
    /// Certification obtained.
    #[serde(default, skip_serializing_if = "skip_none")]
    pub certification: Option<String>,
}

/// A work immersion with an employer (PMSMP).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Immersion {
    pub employer: String,
    pub job: String,
    #[serde(with = "date")]
    pub start: NaiveDate,
    #[serde(with = "date")]
    pub end: NaiveDate,
}

/// Hours worked in a month (AI, ETTI, and anyone paid by the hour), per kind of client.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct HoursLine {
    /// `YYYY-MM`
    pub month: String,
    pub hours: f64,
    /// `company` | `individual` | `association` | `collectivite` (AI placements).
    #[serde(default, skip_serializing_if = "skip_none")]
    pub client_kind: Option<String>,
}

/// The situation found after the exit (suivi à 3 et 6 mois).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Followup {
    #[serde(with = "date")]
    pub date: NaiveDate,
    /// An exit-reason code describing the situation on that day.
    pub situation: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub notes: Option<String>,
}

/// The exit (sortie) and its bilan.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Exit {
    #[serde(with = "date")]
    pub date: NaiveDate,
    pub reason: String,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub employer: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub job: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub contract_months: Option<u32>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub acquired: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub options: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub next_steps: Option<String>,
    #[serde(default, skip_serializing_if = "skip_none")]
    pub partners: Option<String>,
}
