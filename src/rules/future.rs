//! Records dated after today (W014): a fact (an interview, hours worked, an exit…) cannot
//! have happened yet; a planned start (a hiring, a contract, a training, an immersion)
//! may be recorded ahead, up to `PLANNED_MONTHS`. Warnings only: the date may be right.

use crate::case::CaseFile;
use crate::case::finding::{Code, Finding, Seg};
use crate::i18n::format::people_date;
use crate::path;
use crate::rules::dates::add_months;
use chrono::NaiveDate;
use fluent_bundle::FluentValue;

/// How far ahead a planned start may be recorded: a contract signed for next quarter is
/// normal, one a year ahead is more likely a typo in the year.
pub const PLANNED_MONTHS: u32 = 3;

/// What a date is the date of, as the warning names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    Application,
    Hiring,
    Diagnosis,
    Proof,
    PassStart,
    ContractStart,
    Hours,
    Interview,
    BarrierNoted,
    BarrierAction,
    BarrierEnded,
    Project,
    Skill,
    TrainingStart,
    ImmersionStart,
    Followup,
    Exit,
}

impl Dated {
    /// The message naming the record, with its date as `$date`.
    fn message_id(self) -> &'static str {
        match self {
            Dated::Application => "future-application",
            Dated::Hiring => "future-hiring",
            Dated::Diagnosis => "future-diagnosis",
            Dated::Proof => "future-proof",
            Dated::PassStart => "future-pass-start",
            Dated::ContractStart => "future-contract",
            Dated::Hours => "future-hours",
            Dated::Interview => "future-interview",
            Dated::BarrierNoted => "future-barrier-noted",
            Dated::BarrierAction => "future-barrier-action",
            Dated::BarrierEnded => "future-barrier-ended",
            Dated::Project => "future-project",
            Dated::Skill => "future-skill",
            Dated::TrainingStart => "future-training",
            Dated::ImmersionStart => "future-immersion",
            Dated::Followup => "future-followup",
            Dated::Exit => "future-exit",
        }
    }

    /// A start that is planned ahead, rather than a fact recorded once it happened.
    pub fn is_planned(self) -> bool {
        matches!(
            self,
            Dated::Hiring | Dated::ContractStart | Dated::TrainingStart | Dated::ImmersionStart
        )
    }
}

/// The warning for a record of `what` dated `date`, when that is later than `today` allows.
/// Hours are dated the first day of their month: the current month's may be recorded.
pub fn future_warning(what: Dated, date: NaiveDate, today: NaiveDate) -> Option<String> {
    let latest = if what.is_planned() {
        add_months(today, PLANNED_MONTHS)
    } else {
        today
    };
    if date <= latest {
        return None;
    }
    let lang = crate::i18n::lang();
    let today = people_date(today, lang);
    if what == Dated::Hours {
        let month = date.format("%m/%Y").to_string();
        return Some(crate::t!("future-hours", month = month, today = today));
    }
    let record = crate::i18n::message(
        what.message_id(),
        &[("date", FluentValue::from(people_date(date, lang)))],
    );
    Some(if what.is_planned() {
        crate::t!(
            "future-planned",
            record = record,
            months = PLANNED_MONTHS,
            today = today
        )
    } else {
        crate::t!("future-fact", record = record, today = today)
    })
}

/// The first day of a `YYYY-MM` month of hours.
pub fn month_start(month: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()
}

/// W014: every record of the file dated after `today` allows, where it is in the file.
pub fn future_findings(case: &CaseFile, today: NaiveDate) -> Vec<Finding> {
    dated_records(case)
        .into_iter()
        .filter_map(|(path, what, date)| {
            future_warning(what, date, today)
                .map(|m| Finding::new(Code::DatedAhead, path, m).hint(crate::t!("future-hint")))
        })
        .collect()
}

/// Every date of the file a record is dated by, with where it is.
fn dated_records(case: &CaseFile) -> Vec<(Vec<Seg>, Dated, NaiveDate)> {
    let r = &case.recruitment;
    let mut out = vec![(path!["recruitment", "hired_on"], Dated::Hiring, r.hired_on)];
    if let Some(d) = r.applied_on {
        out.push((path!["recruitment", "applied_on"], Dated::Application, d));
    }
    if let Some(e) = &case.eligibility {
        out.push((path!["eligibility", "date"], Dated::Diagnosis, e.date));
        for (i, p) in e.proofs.iter().enumerate() {
            if let Some(d) = p.dated {
                out.push((path!["eligibility", "proofs", i, "dated"], Dated::Proof, d));
            }
        }
    }
    if let Some(p) = &case.pass {
        out.push((path!["pass", "start"], Dated::PassStart, p.start));
    }
    out.extend(parcours_dates(case));
    out
}

/// The dates of the parcours's records, with where they are.
fn parcours_dates(case: &CaseFile) -> Vec<(Vec<Seg>, Dated, NaiveDate)> {
    let mut out = Vec::new();
    let mut each =
        |key: &str, field: &str, what: Dated, dates: &mut dyn Iterator<Item = NaiveDate>| {
            for (i, d) in dates.enumerate() {
                out.push((path![key, i, field], what, d));
            }
        };
    use Dated::*;
    each(
        "contracts",
        "start",
        ContractStart,
        &mut case.contracts.iter().map(|x| x.start),
    );
    each(
        "interviews",
        "date",
        Interview,
        &mut case.interviews.iter().map(|x| x.date),
    );
    each(
        "skills",
        "assessed_on",
        Skill,
        &mut case.skills.iter().map(|x| x.assessed_on),
    );
    each(
        "trainings",
        "start",
        TrainingStart,
        &mut case.trainings.iter().map(|x| x.start),
    );
    each(
        "immersions",
        "start",
        ImmersionStart,
        &mut case.immersions.iter().map(|x| x.start),
    );
    each(
        "followups",
        "date",
        Followup,
        &mut case.followups.iter().map(|x| x.date),
    );
    for (i, h) in case.hours.iter().enumerate() {
        if let Some(d) = month_start(&h.month) {
            out.push((path!["hours", i, "month"], Hours, d));
        }
    }
    for (i, b) in case.barriers.iter().enumerate() {
        out.push((path!["barriers", i, "noted_on"], BarrierNoted, b.noted_on));
        if let Some(d) = b.resolved_on {
            out.push((path!["barriers", i, "resolved_on"], BarrierEnded, d));
        }
        for (j, a) in b.actions.iter().enumerate() {
            out.push((
                path!["barriers", i, "actions", j, "date"],
                BarrierAction,
                a.date,
            ));
        }
    }
    if let Some(p) = &case.project {
        out.push((path!["project", "set_on"], Project, p.set_on));
    }
    if let Some(x) = &case.exit {
        out.push((path!["exit", "date"], Exit, x.date));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn facts_cannot_be_ahead_of_today_planned_starts_may_be_by_three_months() {
        crate::i18n::set_lang(crate::reference::Lang::Fr);
        let today = d("2025-06-01");
        // (what, date, warned)
        let rows = [
            (Dated::Interview, "2025-06-01", false),
            (Dated::Interview, "2025-06-02", true),
            (Dated::Exit, "2025-06-02", true),
            (Dated::Skill, "2025-06-02", true),
            (Dated::Hours, "2025-06-01", false), // the month in progress
            (Dated::Hours, "2025-07-01", true),
            (Dated::ContractStart, "2025-09-01", false),
            (Dated::ContractStart, "2025-09-02", true),
            (Dated::TrainingStart, "2025-08-15", false),
            (Dated::Hiring, "2026-06-01", true),
        ];
        for (what, date, warned) in rows {
            assert_eq!(
                future_warning(what, d(date), today).is_some(),
                warned,
                "{what:?} {date}"
            );
        }
        assert_eq!(
            future_warning(Dated::Interview, d("2025-07-12"), today).unwrap(),
            "l'entretien du 12/07/2025 porte une date à venir (aujourd'hui : 01/06/2025)"
        );
        assert_eq!(
            future_warning(Dated::Hours, d("2025-07-01"), today).unwrap(),
            "les heures de 07/2025 portent sur un mois qui n'a pas commencé (aujourd'hui : 01/06/2025)"
        );
    }
}
