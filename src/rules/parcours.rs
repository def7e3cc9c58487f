//! The four phases of a parcours (recruitment, integration, parcours, exit preparation)
//! and where a salarié stands on a given day.

use crate::case::CaseFile;
use crate::rules::dates::{add_months, months_between};
use chrono::NaiveDate;

/// 1 recruitment · 2 integration · 3 parcours · 4 exit preparation and exit.
pub fn phase_on(case: &CaseFile, date: NaiveDate) -> u8 {
    let hired = case.recruitment.hired_on;
    if date < hired {
        return 1;
    }
    let exit_preparation = case
        .interviews
        .iter()
        .filter(|i| i.kind == "bilan_final")
        .map(|i| i.date)
        .min()
        .into_iter()
        .chain(case.exit.as_ref().map(|x| x.date))
        .min();
    if exit_preparation.is_some_and(|d| date >= d) {
        return 4;
    }
    // Integration lasts until the welcome interview, or one month without one.
    let integration_end = case
        .interviews
        .iter()
        .filter(|i| i.kind == "accueil")
        .map(|i| i.date)
        .min()
        .unwrap_or_else(|| add_months(hired, 1));
    if date <= integration_end { 2 } else { 3 }
}

pub fn phase_label(phase: u8) -> &'static str {
    match phase {
        1 => "Recrutement",
        2 => "Intégration",
        3 => "Parcours",
        _ => "Préparation de la sortie",
    }
}

/// Whole months from hiring to `date` (or to the exit, if earlier).
pub fn months_in_parcours(case: &CaseFile, date: NaiveDate) -> u32 {
    let end = case.exit.as_ref().map_or(date, |x| x.date.min(date));
    months_between(case.recruitment.hired_on, end)
}
