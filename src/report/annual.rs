//! The yearly figures a structure is asked for: entries, people present, exits, the
//! public's characteristics, interviews, and ETP achieved against ETP funded.

use super::barriers::{AspBarriersFold, AspBarriersReport, BarrierLines, BarriersPart};
use super::exits::{ExitLine, ExitsReport, Period, UnknownReason, exit_line, exits_of_lines};
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

impl Characteristics {
    fn new(reference: &Reference) -> Characteristics {
        Characteristics {
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
        }
    }

    /// Count one entry, at entry: sex, age band, level-1 criteria and the other criteria
    /// the state counts.
    fn add(&mut self, e: &Entrant) {
        match e.sex.as_str() {
            "F" => self.women += 1,
            _ => self.men += 1,
        }
        match e.age {
            a if a < 26 => self.under_26 += 1,
            a if a < 50 => self.from_26_to_49 += 1,
            _ => self.from_50 += 1,
        }
        let has = |k: &str| e.criteria.iter().any(|x| x == k);
        for (code, n) in self.level1.iter_mut() {
            if has(code) {
                *n += 1;
            }
        }
        self.qpv += usize::from(has("qpv"));
        self.rqth += usize::from(has("th"));
        self.education_level_3_or_below += usize::from(has("cap_bep"));
        self.deld += usize::from(has("deld"));
        self.detld += usize::from(has("detld"));
    }
}

/// Who someone hired in the year was, at entry.
#[derive(Debug, Clone)]
pub struct Entrant {
    sex: String,
    age: i32,
    criteria: Vec<String>,
}

/// What one case adds to the annual figures, computed apart (in parallel, as the files
/// are read) by [`AnnualFold::part`]: the report keeps these sums, not the cases.
#[derive(Debug, Clone)]
pub struct AnnualPart {
    /// In parcours at some time in the year.
    present: bool,
    /// Hired in the year.
    entrant: Option<Entrant>,
    /// Attended interviews dated in the year.
    interviews: usize,
    /// (recorded, estimated) hours of the year.
    hours: (f64, f64),
    barriers: BarriersPart,
    /// Its exit, if dated in the year.
    exit: Option<Result<ExitLine, UnknownReason>>,
}

/// The year of the report: what each case's part is computed from, apart from the sums.
#[derive(Debug, Clone)]
pub struct AnnualYear<'a> {
    structure: &'a Structure,
    reference: &'a Reference,
    lang: Lang,
    year: i32,
    period: Period,
    lines: BarrierLines,
}

impl AnnualYear<'_> {
    /// Whether the case left in the year (its exit is in the exits figures).
    pub fn gone_in_year(&self, c: &CaseFile) -> bool {
        c.exit
            .as_ref()
            .is_some_and(|x| self.period.contains(x.date))
    }

    /// What the case `id` adds to the figures; its barriers count only `with_barriers`.
    pub fn part(&self, id: &str, c: &CaseFile, with_barriers: bool) -> AnnualPart {
        let period = self.period;
        let present = c.recruitment.hired_on <= period.to
            && c.exit.as_ref().is_none_or(|x| x.date >= period.from);
        let entrant = (present && period.contains(c.recruitment.hired_on)).then(|| Entrant {
            sex: c.person.sex.clone(),
            age: age_on(c.person.birth_date, c.recruitment.hired_on),
            criteria: c
                .eligibility
                .as_ref()
                .map_or_else(Vec::new, |e| e.criteria.clone()),
        });
        let interviews = c
            .interviews
            .iter()
            .filter(|i| i.attended() && period.contains(i.date))
            .count();
        AnnualPart {
            present,
            entrant,
            interviews: if present { interviews } else { 0 },
            hours: if present {
                recorded_and_estimated(c, self.year)
            } else {
                (0.0, 0.0)
            },
            barriers: if with_barriers {
                self.lines.part(&c.barriers)
            } else {
                BarriersPart::default()
            },
            exit: exit_line(id, c, self.structure, self.reference, period, self.lang),
        }
    }
}

/// The annual figures, summed case by case in id order; the cases gone in the year are
/// kept (reduced) for the exits figures and their detail.
#[derive(Debug)]
pub struct AnnualFold<'a> {
    year: AnnualYear<'a>,
    present: usize,
    entries: usize,
    characteristics: Characteristics,
    interviews: usize,
    recorded: f64,
    estimated: f64,
    barriers: AspBarriersFold,
    exits: Vec<Result<ExitLine, UnknownReason>>,
}

impl<'a> AnnualFold<'a> {
    /// None if `year` is not a year.
    pub fn new(
        structure: &'a Structure,
        reference: &'a Reference,
        year: i32,
        lang: Lang,
    ) -> Option<Self> {
        let barriers = AspBarriersFold::new(reference, year);
        Some(AnnualFold {
            year: AnnualYear {
                structure,
                reference,
                lang,
                year,
                period: Period::year(year)?,
                lines: barriers.lines().clone(),
            },
            present: 0,
            entries: 0,
            characteristics: Characteristics::new(reference),
            interviews: 0,
            recorded: 0.0,
            estimated: 0.0,
            barriers,
            exits: Vec::new(),
        })
    }

    /// What computes each case's part.
    pub fn year(&self) -> &AnnualYear<'a> {
        &self.year
    }

    /// Add one case's part (in id order).
    pub fn add(&mut self, part: AnnualPart) {
        if part.present {
            self.present += 1;
            self.interviews += part.interviews;
            self.recorded += part.hours.0;
            self.estimated += part.hours.1;
        }
        if let Some(e) = &part.entrant {
            self.entries += 1;
            self.characteristics.add(e);
        }
        self.barriers.add(part.barriers);
        self.exits.extend(part.exit);
    }

    pub fn finish(self) -> Result<AnnualReport, Vec<UnknownReason>> {
        let structure = self.year.structure;
        let exits = exits_of_lines(self.exits, structure, self.year.period)?;
        let (present, interviews, year) = (self.present, self.interviews, self.year.year);
        let hours_worked = round2(self.recorded + self.estimated);
        let annual_hours = structure.etp.annual_hours;
        Ok(AnnualReport {
            year,
            structure: structure.name.clone(),
            kind: structure.kind.clone(),
            entries: self.entries,
            present,
            exits,
            characteristics: self.characteristics,
            interviews,
            interviews_per_salarie: (present > 0)
                .then(|| (interviews as f64 / present as f64 * 100.0).round() / 100.0),
            hours_worked,
            hours_recorded: round2(self.recorded),
            hours_estimated: round2(self.estimated),
            annual_hours,
            etp_achieved: round2(hours_worked / annual_hours),
            etp_funded: structure.funded_etp,
            barriers: self.barriers.finish(),
            method: crate::t!("report-annual-method", year = year, hours = annual_hours),
        })
    }
}

/// The annual figures of `cases` (each case once, in id order).
pub fn annual<'a>(
    cases: impl IntoIterator<Item = (&'a str, &'a CaseFile)>,
    structure: &Structure,
    reference: &Reference,
    year: i32,
    lang: Lang,
) -> Result<AnnualReport, Vec<UnknownReason>> {
    let mut fold = AnnualFold::new(structure, reference, year, lang).ok_or_else(Vec::new)?;
    for (id, c) in cases {
        let part = fold.year().part(id, c, true);
        fold.add(part);
    }
    fold.finish()
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
