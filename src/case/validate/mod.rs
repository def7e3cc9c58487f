//! Checks of one case file against the format and the reference data: impossible values
//! (E002), unknown codes (E003), impossible chronology (E004), id (E005), missing pieces
//! (W003). Pure: the file's id and the reference tables are arguments.

mod exit;
mod parcours;
mod pass;
mod person;

use super::finding::{Code, Finding, Seg};
use super::model::CaseFile;
use crate::reference::{Codes, Reference};
use crate::{path, t};
use exit::{after_exit, exit, followups};
use parcours::{barriers, contracts, hours, interviews, project_and_skills};
use pass::{pass, prolongations};
use person::{eligibility, identity, recruitment};

/// Age limits at hiring: younger or older is taken for a typing mistake.
pub const MIN_AGE: i32 = 16;
pub const MAX_AGE: i32 = 80;
/// Legal maximum of weekly hours.
pub const MAX_WEEKLY_HOURS: f64 = 48.0;

struct Checker<'a> {
    reference: &'a Reference,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    /// E003 unless `value` is one of `codes`; `what` is the message id naming the field.
    fn code_in(&mut self, codes: &Codes, value: &str, path: Vec<Seg>, what: &str) {
        if !codes.contains(value) {
            self.unknown(value, path, what, codes.list());
        }
    }

    fn one_of(&mut self, allowed: &[&str], value: &str, path: Vec<Seg>, what: &str) {
        if !allowed.contains(&value) {
            self.unknown(value, path, what, allowed.join(", "));
        }
    }

    fn unknown(&mut self, value: &str, path: Vec<Seg>, what: &str, codes: String) {
        let what = crate::i18n::message(what, &[]);
        self.findings.push(
            Finding::new(
                Code::UnknownCode,
                path,
                t!("check-unknown-code", value = value, what = what),
            )
            .hint(t!("check-write-one-of", codes = codes)),
        );
    }

    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }
}

/// Every finding about `case`, stored as `salaries/<file_id>.toml`.
pub fn validate(case: &CaseFile, file_id: &str, reference: &Reference) -> Vec<Finding> {
    let mut c = Checker {
        reference,
        findings: Vec::new(),
    };
    identity(&mut c, case, file_id);
    recruitment(&mut c, case);
    eligibility(&mut c, case);
    pass(&mut c, case);
    prolongations(&mut c, case);
    contracts(&mut c, case);
    interviews(&mut c, case);
    barriers(&mut c, case);
    project_and_skills(&mut c, case);
    after_exit(&mut c, case);
    hours(&mut c, case);
    exit(&mut c, case);
    followups(&mut c, case);
    missing_pieces(&mut c, case);
    c.findings
}

pub fn is_postcode(text: &str) -> bool {
    text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The département of a postcode: its first two digits, Corsica as 2A/2B, overseas as three
/// digits (971–976, 984–988).
pub fn departement_of(postcode: &str) -> Option<String> {
    if !is_postcode(postcode) {
        return None;
    }
    let two = &postcode[..2];
    Some(match two {
        "97" | "98" => postcode[..3].to_string(),
        "20" => {
            // 200xx and 201xx are Corse-du-Sud, 202xx and 206xx Haute-Corse.
            if postcode.as_bytes()[2] <= b'1' {
                "2A".to_string()
            } else {
                "2B".to_string()
            }
        }
        _ => two.to_string(),
    })
}

/// A département code as `departement_of` writes it.
pub fn is_departement(text: &str) -> bool {
    match text.len() {
        2 => text == "2A" || text == "2B" || text.bytes().all(|b| b.is_ascii_digit()),
        3 => {
            (text.starts_with("97") || text.starts_with("98"))
                && text.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// 12 digits.
pub fn is_pass_number(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A ROME code: one letter and four digits (K2204).
pub fn is_rome(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

/// `YYYY-MM` with a real month.
pub fn parse_month(text: &str) -> Option<chrono::NaiveDate> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

fn missing_pieces(c: &mut Checker, case: &CaseFile) {
    if case.eligibility.is_none() {
        c.push(
            Finding::new(
                Code::Missing,
                path!["recruitment"],
                t!("check-no-eligibility"),
            )
            .hint(t!("check-no-eligibility-hint")),
        );
    }
    if case.pass.is_none() {
        c.push(
            Finding::new(Code::Missing, path!["recruitment"], t!("check-no-pass"))
                .hint(t!("check-no-pass-hint")),
        );
    }
    if case.contracts.is_empty() {
        c.push(
            Finding::new(Code::Missing, path!["recruitment"], t!("check-no-contract"))
                .hint(t!("check-no-contract-hint")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::parse::parse_case;

    const CASE: &str = r#"schema = 1
id = "7K3M9Q"

[person]
last_name = "Martin"
first_name = "Sofia"
birth_date = 1998-05-14
sex = "F"
postcode = "92220"

[recruitment]
applied_on = 2025-02-10
hired_on = 2025-03-03
prescriber = "france_travail"

[eligibility]
date = 2025-02-20
by = "employer"
criteria = ["rsa"]

[pass]
number = "999992512345"
start = 2025-03-03
end = 2027-03-02

[[contracts]]
kind = "cddi"
start = 2025-03-03
end = 2025-09-02
weekly_hours = 26
"#;

    fn codes(text: &str, file_id: &str) -> Vec<&'static str> {
        let case = parse_case(text).unwrap().value;
        validate(&case, file_id, Reference::embedded())
            .iter()
            .map(|f| f.code.as_str())
            .collect()
    }

    #[test]
    fn a_complete_file_has_no_finding() {
        assert!(codes(CASE, "7K3M9Q").is_empty());
    }

    #[test]
    fn each_rule_gives_its_code() {
        let rows = [
            ("id = \"7K3M9Q\"", "id = \"7K3M9R\"", "E005"),
            ("sex = \"F\"", "sex = \"X\"", "E003"),
            ("postcode = \"92220\"", "postcode = \"9222\"", "E002"),
            ("birth_date = 1998-05-14", "birth_date = 2015-05-14", "E002"),
            ("applied_on = 2025-02-10", "applied_on = 2025-03-04", "E004"),
            (
                "prescriber = \"france_travail\"",
                "prescriber = \"pole_emploi\"",
                "E003",
            ),
            (
                "criteria = [\"rsa\"]",
                "criteria = [\"rsa\", \"riche\"]",
                "E003",
            ),
            ("by = \"employer\"", "by = \"maire\"", "E003"),
            ("number = \"999992512345\"", "number = \"99999\"", "E002"),
            ("end = 2027-03-02", "end = 2025-03-02", "E004"),
            ("kind = \"cddi\"", "kind = \"cdd\"", "E003"),
            ("weekly_hours = 26", "weekly_hours = 60", "E002"),
            ("end = 2025-09-02", "end = 2025-03-02", "E004"),
            ("schema = 1", "schema = 2", "E002"),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-13\"\nhours = 3",
                "E002",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-03\"\nhours = -3",
                "E002",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[hours]]\nmonth = \"2025-03\"\nhours = 3\nclient_kind = \"x\"",
                "E003",
            ),
            (
                "weekly_hours = 26",
                "weekly_hours = 26\n\n[[followups]]\ndate = 2025-12-01\nsituation = \"chomage\"",
                "E004",
            ),
        ];
        for (from, to, code) in rows {
            let text = CASE.replacen(from, to, 1);
            assert_eq!(codes(&text, "7K3M9Q"), [code], "{to}");
        }
    }

    #[test]
    fn age_at_hiring_boundaries() {
        // 16 on the hiring day is allowed, the day before is not.
        let ok = CASE.replace("birth_date = 1998-05-14", "birth_date = 2009-03-03");
        assert!(codes(&ok, "7K3M9Q").is_empty());
        let young = CASE.replace("birth_date = 1998-05-14", "birth_date = 2009-03-04");
        assert_eq!(codes(&young, "7K3M9Q"), ["E002"]);
    }

    #[test]
    fn missing_pieces_are_warnings() {
        let bare = CASE.split("[eligibility]").next().unwrap();
        assert_eq!(codes(bare, "7K3M9Q"), ["W003", "W003", "W003"]);
    }

    #[test]
    fn parcours_records() {
        let rows = [
            (
                "[[skills]]\nkind = \"savoir_etre\"\nname = \"x\"\nlevel = 5\nassessed_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[skills]]\nkind = \"charisme\"\nname = \"x\"\nlevel = 2\nassessed_on = 2025-04-01\n",
                "E003",
            ),
            (
                "[[trainings]]\ntitle = \"x\"\norganism = \"y\"\nstart = 2025-04-01\nend = 2025-03-01\n",
                "E004",
            ),
            (
                "[[immersions]]\nemployer = \"x\"\njob = \"y\"\nstart = 2025-04-01\nend = 2025-03-31\n",
                "E004",
            ),
            (
                "[project]\ntarget = \"x\"\nrome = \"K22\"\nset_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-03-03\ndetail = \"x\"\nstatus = \"identified\"\nresolved_on = 2025-04-01\n",
                "E002",
            ),
            (
                "[[interviews]]\ndate = 2025-04-01\nkind = \"suivi\"\nby = \"x\"\nmedium = \"fax\"\n",
                "E003",
            ),
        ];
        for (extra, code) in rows {
            let text = format!("{CASE}\n{extra}");
            assert_eq!(codes(&text, "7K3M9Q"), [code], "{extra}");
        }
    }

    #[test]
    fn nothing_but_post_exit_records_after_the_exit() {
        let exit = "[exit]\ndate = 2025-06-30\nreason = \"chomage\"\n";
        let after = [
            "[[interviews]]\ndate = 2025-07-01\nkind = \"suivi\"\nby = \"x\"\n",
            "[[skills]]\nkind = \"aptitude\"\nname = \"x\"\nlevel = 2\nassessed_on = 2025-07-01\n",
            "[[trainings]]\ntitle = \"x\"\norganism = \"y\"\nstart = 2025-07-01\n",
            "[[immersions]]\nemployer = \"x\"\njob = \"y\"\nstart = 2025-07-01\nend = 2025-07-02\n",
            "[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-07-01\ndetail = \"x\"\nstatus = \"identified\"\n",
        ];
        for extra in after {
            let text = format!("{CASE}\n{extra}\n{exit}");
            assert_eq!(codes(&text, "7K3M9Q"), ["E004"], "{extra}");
        }
        let allowed = "[[interviews]]\ndate = 2025-07-01\nkind = \"post_sortie\"\nby = \"x\"\n\n[[followups]]\ndate = 2025-09-30\nsituation = \"chomage\"\n";
        let text = format!("{CASE}\n{allowed}\n{exit}");
        assert!(codes(&text, "7K3M9Q").is_empty());
        // On the exit day itself, events are still part of the parcours.
        let same_day = format!(
            "{CASE}\n[[interviews]]\ndate = 2025-06-30\nkind = \"bilan_final\"\nby = \"x\"\n\n{exit}"
        );
        assert!(codes(&same_day, "7K3M9Q").is_empty());
    }

    #[test]
    fn chronology_of_events() {
        let text = format!(
            "{CASE}\n[[interviews]]\ndate = 2025-01-02\nkind = \"accueil\"\nby = \"C. Durand\"\n\n[[barriers]]\nnumber = 1\ncategory = \"logement\"\nnoted_on = 2025-03-03\ndetail = \"x\"\nstatus = \"resolved\"\n\n[[barriers.actions]]\ndate = 2025-03-01\ntext = \"y\"\n\n[exit]\ndate = 2025-03-01\nreason = \"chomage\"\n"
        );
        assert_eq!(codes(&text, "7K3M9Q"), ["E004", "E002", "E004", "E004"]);
    }
}
