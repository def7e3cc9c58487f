//! The PASS IAE: its number and dates, suspensions and prolongations.

use super::{Checker, is_pass_number};
use crate::case::finding::{Code, Finding};
use crate::case::model::CaseFile;
use crate::{path, t};

pub(super) fn pass(c: &mut Checker, case: &CaseFile) {
    let Some(p) = &case.pass else { return };
    if !is_pass_number(&p.number) {
        c.push(
            Finding::new(
                Code::BadValue,
                path!["pass", "number"],
                t!("check-pass-number-invalid", number = p.number.as_str()),
            )
            .hint(t!("check-pass-number-invalid-hint")),
        );
    }
    if p.end < p.start {
        c.push(Finding::new(
            Code::Chronology,
            path!["pass", "end"],
            t!(
                "check-pass-ends-before-start",
                end = crate::i18n::day(p.end),
                start = crate::i18n::day(p.start)
            ),
        ));
    }
    for (i, s) in p.suspensions.iter().enumerate() {
        if s.to < s.from {
            c.push(Finding::new(
                Code::Chronology,
                path!["pass", "suspensions", i, "to"],
                t!(
                    "check-suspension-ends-before-start",
                    end = crate::i18n::day(s.to),
                    start = crate::i18n::day(s.from)
                ),
            ));
        }
        let codes = &c.reference.suspension_reasons;
        c.code_in(
            codes,
            &s.reason,
            path!["pass", "suspensions", i, "reason"],
            "check-what-suspension-reason",
        );
    }
}

pub(super) fn prolongations(c: &mut Checker, case: &CaseFile) {
    let Some(p) = &case.pass else { return };
    for (i, x) in p.prolongations.iter().enumerate() {
        let codes = &c.reference.prolongation_reasons;
        c.code_in(
            codes,
            &x.reason,
            path!["pass", "prolongations", i, "reason"],
            "check-what-prolongation-reason",
        );
        if x.to <= p.end {
            c.push(Finding::new(
                Code::Chronology,
                path!["pass", "prolongations", i, "to"],
                t!(
                    "check-prolonged-not-after-end",
                    to = crate::i18n::day(x.to),
                    end = crate::i18n::day(p.end)
                ),
            ));
        }
    }
}
