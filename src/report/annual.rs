//! The yearly figures a structure is asked for: entries, people present, exits, the
//! public's characteristics, interviews, and ETP achieved against ETP funded.

use super::barriers::{AspBarriersReport, asp_barriers};
use super::exits::{ExitsReport, Period, exits_report};
use crate::case::CaseFile;
use crate::case::structure::Structure;
use crate::reference::{Lang, Reference};
use crate::rules::dates::age_on;
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Characteristics {
    /// Counted among the entries of the year, at entry.
    pub women: usize,
    pub men: usize,
    pub under_26: usize,
    pub from_26_to_49: usize,
    pub from_50: usize,
    /// Level-1 criteria of the diagnosis.
    pub level1: IndexMap<String, usize>,
    pub qpv: usize,
    pub rqth: usize,
    /// Education level 3 (CAP/BEP) or below (`cap_bep`).
    pub education_level_3_or_below: usize,
    /// Long-term jobseekers: 12–24 months (`deld`) and 24 months or more (`detld`).
    pub deld: usize,
    pub detld: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnualReport {
    pub year: i32,
    pub structure: String,
    pub kind: String,
    /// Hired in the year.
    pub entries: usize,
    /// In parcours at some time in the year.
    pub present: usize,
    pub exits: ExitsReport,
    pub characteristics: Characteristics,
    /// Attended interviews dated in the year.
    pub interviews: usize,
    pub interviews_per_salarie: Option<f64>,
    pub hours_worked: f64,
    /// Of which recorded month by month (états mensuels)…
    pub hours_recorded: f64,
    /// …and estimated from the contracts for the months with nothing recorded.
    pub hours_estimated: f64,
    /// Hours of one ETP (`[etp] annual_hours`, 1,607 by default).
    pub annual_hours: f64,
    pub etp_achieved: f64,
    pub etp_funded: Option<f64>,
    pub barriers: AspBarriersReport,
    pub method: String,
}

pub use crate::rules::hours::hours_in_year;
use crate::rules::hours::{recorded_and_estimated, round2};

/// Who the entries were, at entry: sex, age band, level-1 criteria and the other
/// criteria the state counts.
fn characteristics(entries: &[&CaseFile], reference: &Reference) -> Characteristics {
    let mut ch = Characteristics {
        women: 0,
        men: 0,
        under_26: 0,
        from_26_to_49: 0,
        from_50: 0,
        level1: reference
            .criteria
            .entries
            .iter()
            .filter(|e| e.level == Some(1))
            .map(|e| (e.code.clone(), 0))
            .collect(),
        qpv: 0,
        rqth: 0,
        education_level_3_or_below: 0,
        deld: 0,
        detld: 0,
    };
    for c in entries {
        match c.person.sex.as_str() {
            "F" => ch.women += 1,
            _ => ch.men += 1,
        }
        match age_on(c.person.birth_date, c.recruitment.hired_on) {
            a if a < 26 => ch.under_26 += 1,
            a if a < 50 => ch.from_26_to_49 += 1,
            _ => ch.from_50 += 1,
        }
        let criteria: &[String] = c.eligibility.as_ref().map_or(&[], |e| &e.criteria);
        let has = |k: &str| criteria.iter().any(|x| x == k);
        for (code, n) in ch.level1.iter_mut() {
            if has(code) {
                *n += 1;
            }
        }
        ch.qpv += usize::from(has("qpv"));
        ch.rqth += usize::from(has("th"));
        ch.education_level_3_or_below += usize::from(has("cap_bep"));
        ch.deld += usize::from(has("deld"));
        ch.detld += usize::from(has("detld"));
    }
    ch
}

pub fn annual<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)> + Clone,
    structure: &Structure,
    reference: &Reference,
    year: i32,
    lang: Lang,
) -> Result<AnnualReport, Vec<super::exits::UnknownReason>> {
    let period = Period::year(year).ok_or_else(Vec::new)?;
    let exits = exits_report(cases.clone(), structure, reference, period, lang)?;
    let present: Vec<&CaseFile> = cases
        .clone()
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| {
            c.recruitment.hired_on <= period.to
                && c.exit.as_ref().is_none_or(|x| x.date >= period.from)
        })
        .collect();
    let entries: Vec<&CaseFile> = present
        .iter()
        .copied()
        .filter(|c| period.contains(c.recruitment.hired_on))
        .collect();
    let ch = characteristics(&entries, reference);
    let interviews: usize = present
        .iter()
        .map(|c| {
            c.interviews
                .iter()
                .filter(|i| i.attended() && period.contains(i.date))
                .count()
        })
        .sum();
    let (recorded, estimated) = present
        .iter()
        .map(|c| recorded_and_estimated(c, year))
        .fold((0.0, 0.0), |(r, e), (cr, ce)| (r + cr, e + ce));
    let hours_worked = round2(recorded + estimated);
    let annual_hours = structure.etp.annual_hours;
    Ok(AnnualReport {
        year,
        structure: structure.name.clone(),
        kind: structure.kind.clone(),
        entries: entries.len(),
        present: present.len(),
        exits,
        characteristics: ch,
        interviews,
        interviews_per_salarie: (!present.is_empty())
            .then(|| (interviews as f64 / present.len() as f64 * 100.0).round() / 100.0),
        hours_worked,
        hours_recorded: round2(recorded),
        hours_estimated: round2(estimated),
        annual_hours,
        etp_achieved: round2(hours_worked / annual_hours),
        etp_funded: structure.funded_etp,
        barriers: asp_barriers(cases, reference, year),
        method: crate::t!("report-annual-method", year = year, hours = annual_hours),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_from_records_else_from_contracts() {
        let recorded = crate::case::test_case(
            "2024-11-04",
            "[[hours]]\nmonth = \"2024-12\"\nhours = 80\n[[hours]]\nmonth = \"2025-01\"\nhours = 70.5\n",
        );
        assert_eq!(hours_in_year(&recorded, 2025), 70.5);
        // 35 hours a week over 14 days of 2025.
        let contract = crate::case::test_case(
            "2024-12-02",
            "[[contracts]]\nkind = \"cddi\"\nstart = 2024-12-02\nend = 2025-01-14\nweekly_hours = 35\n",
        );
        assert_eq!(hours_in_year(&contract, 2025), 70.0);
        // Up to the exit.
        let exited = crate::case::test_case(
            "2025-01-01",
            "[[contracts]]\nkind = \"cddi\"\nstart = 2025-01-01\nend = 2025-12-31\nweekly_hours = 28\n[exit]\ndate = 2025-01-07\nreason = \"chomage\"\n",
        );
        assert_eq!(hours_in_year(&exited, 2025), 28.0);
    }
}
