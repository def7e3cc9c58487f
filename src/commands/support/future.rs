//! The warning a write command gives when the record it has just written is dated after
//! today (W014): the file is written all the same, the date may be right.

use super::records::Kind;
use crate::case::date::parse_cli;
use crate::rules::future::{Dated, future_warning, month_start};
use chrono::NaiveDate;

/// Warn when `date`, the date of the record of `what` just written, is ahead of `today`.
pub fn warn(today: NaiveDate, what: Dated, date: NaiveDate) {
    if let Some(message) = future_warning(what, date, today) {
        let code = crate::case::finding::Code::DatedAhead;
        eprintln!("{} {code} {message}", crate::t!("warning-prefix"));
    }
}

/// The same for hours, dated by their `YYYY-MM` month.
pub fn warn_month(today: NaiveDate, month: &str) {
    if let Some(first) = month_start(month) {
        warn(today, Dated::Hours, first);
    }
}

/// The same after `amend`, for each date a `--set FIELD=VALUE` moved.
pub fn warn_amended(today: NaiveDate, kind: Kind, set: &[String]) {
    for change in set {
        let Some((field, value)) = change.split_once('=') else {
            continue;
        };
        let what = match (kind, field.trim()) {
            (Kind::Hours, "month") => {
                warn_month(today, value.trim());
                continue;
            }
            (Kind::Interview, "date") => Dated::Interview,
            (Kind::Contract, "start") => Dated::ContractStart,
            (Kind::Training, "start") => Dated::TrainingStart,
            (Kind::Skill, "assessed_on") => Dated::Skill,
            (Kind::Immersion, "start") => Dated::ImmersionStart,
            (Kind::Followup, "date") => Dated::Followup,
            (Kind::BarrierAction, "date") => Dated::BarrierAction,
            _ => continue,
        };
        if let Ok(date) = parse_cli(value) {
            warn(today, what, date);
        }
    }
}
