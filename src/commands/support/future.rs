//! The warning a write command gives when the record it has just written is dated after
//! today (W014): the file is written all the same, the date may be right.

use crate::rules::future::{Dated, future_warning, month_start};
use chrono::NaiveDate;

/// Warn when `date`, the date of the record of `what` just written, is ahead of `today`.
pub fn warn(today: NaiveDate, what: Dated, date: NaiveDate) {
    if let Some(message) = future_warning(what, date, today) {
        eprintln!("{}: W014 {message}", crate::t!("warning-prefix"));
    }
}

/// The same for hours, dated by their `YYYY-MM` month.
pub fn warn_month(today: NaiveDate, month: &str) {
    if let Some(first) = month_start(month) {
        warn(today, Dated::Hours, first);
    }
}
