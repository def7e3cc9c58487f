//! What the commands read off a case beyond its fields: names, the current contract,
//! totals.

use super::{CaseFile, Contract, Person};
use chrono::NaiveDate;

/// A person as recognised across files: last and first names folded, birth date.
pub type PersonKey = (String, String, NaiveDate);

impl Person {
    /// Last name, first name and birth date, accents and case aside: how the same person
    /// is recognised in two files.
    pub fn key(&self) -> PersonKey {
        use crate::case::names::fold;
        (
            fold(&self.last_name),
            fold(&self.first_name),
            self.birth_date,
        )
    }
}

impl CaseFile {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.person.first_name, self.person.last_name)
    }

    /// "MARTIN Sofia": how lists sort and show people.
    pub fn display_name(&self) -> String {
        format!(
            "{} {}",
            self.person.last_name.to_uppercase(),
            self.person.first_name
        )
    }

    pub fn is_exited(&self) -> bool {
        self.exit.is_some()
    }

    /// The contract that started last.
    pub fn current_contract(&self) -> Option<&Contract> {
        self.contracts.iter().max_by_key(|c| c.start)
    }

    /// Total of the hours recorded in the file.
    pub fn total_hours(&self) -> f64 {
        self.hours.iter().map(|h| h.hours).sum()
    }

    pub fn last_attended_interview(&self) -> Option<NaiveDate> {
        self.interviews
            .iter()
            .filter(|i| i.attended())
            .map(|i| i.date)
            .max()
    }
}
