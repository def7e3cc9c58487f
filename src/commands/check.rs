//! `iae check`: every case file against the format and the rules. Silent with exit 0
//! when there is no error, like a linter in a pre-commit hook.

use super::Ctx;
use crate::case::finding::{Finding, Located, Seg, Severity, path_text};
use crate::case::locate::Locator;
use crate::output::{self, Format, Row};
use crate::rules::findings::case_findings;
use crate::store::{Loaded, Store, locate_finding_with};
use anyhow::Result;
use clap::Args;
use rayon::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Print a summary and the warnings, not only the errors
    #[arg(short, long)]
    pub verbose: bool,
    /// Warnings count as errors (exit 1)
    #[arg(long)]
    pub strict: bool,
}

impl Row for Located {
    fn headers() -> Vec<&'static str> {
        vec!["file", "line", "code", "field", "message"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.line.map(|l| l.to_string()).unwrap_or_default(),
            self.code.to_string(),
            self.field.clone(),
            self.message.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: CheckArgs) -> Result<()> {
    let store = ctx.open()?;
    let set = store.load_all()?;
    let files = set.cases.len() + set.unreadable.len();

    // (file, finding); unreadable files already carry their line.
    let mut findings: Vec<(String, Finding)> = set
        .unreadable
        .iter()
        .map(|u| (u.rel_path.clone(), u.finding.clone()))
        .collect();
    let per_file: Vec<(String, Vec<Finding>)> = set
        .cases
        .par_iter()
        .map(|l| (l.rel_path.clone(), file_findings(&store, l, ctx.today)))
        .collect();
    for (file, list) in per_file {
        findings.extend(list.into_iter().map(|f| (file.clone(), f)));
    }
    findings.extend(across_files(&set.cases));
    findings.extend(merge_driver_finding(&store));

    let errors = findings.iter().filter(|(_, f)| f.is_error()).count();
    let warnings = findings.len() - errors;
    let show_warnings = args.verbose || args.strict || ctx.format != Format::Table;
    let shown: Vec<&(String, Finding)> = findings
        .iter()
        .filter(|(_, f)| f.is_error() || show_warnings || f.code == "W010")
        .collect();
    let mut located = locate_all(&store, &shown);
    located.sort_by(|a, b| (&a.file, a.line, a.code).cmp(&(&b.file, b.line, b.code)));

    if ctx.format == Format::Table {
        for l in &located {
            let prefix = if l.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            eprintln!("{prefix}: {l}");
        }
        if args.verbose {
            eprintln!("{files} files checked: {errors} error(s), {warnings} warning(s)");
        }
    } else {
        output::print_rows(&located, ctx.format)?;
    }
    if errors > 0 || (args.strict && warnings > 0) {
        return Err(crate::error::quiet(crate::error::Status::Error));
    }
    Ok(())
}

fn file_findings(store: &Store, l: &Loaded, today: chrono::NaiveDate) -> Vec<Finding> {
    let mut findings = case_findings(&l.case, &l.file_id, &store.structure.kind, &store.reference);
    for key in &l.unknown_keys {
        findings.push(
            Finding::new(
                "W002",
                key.clone(),
                format!("unknown key `{}` (kept as it is)", path_text(key)),
            )
            .hint("check its spelling against docs/format.md; your own notes may stay"),
        );
    }
    // Read again only for this: the loader keeps the typed case, not its text.
    if let Ok(text) = std::fs::read_to_string(store.root.join(&l.rel_path)) {
        findings.extend(toml11_findings(&text));
    }
    if let Some(years) = store.structure.retention_years
        && let Some(until) = crate::rules::retention::past_retention(&l.case, years, today)
        && let Some(exit) = &l.case.exit
    {
        findings.push(
            Finding::new(
                "W011",
                vec![Seg::Key("exit".into())],
                crate::t!(
                    "retention-past",
                    exit = exit.date.to_string(),
                    years = years,
                    until = until.to_string()
                ),
            )
            .hint(crate::t!("retention-hint")),
        );
    }
    findings
}

/// W012: TOML 1.1-only syntax, which TOML 1.0 readers reject.
fn toml11_findings(text: &str) -> Vec<Finding> {
    if !text.contains('\\') && !text.contains('{') {
        return Vec::new();
    }
    let locator = Locator::new(text);
    crate::case::compat::toml11_only(text)
        .into_iter()
        .map(|(offset, what)| {
            let (line, column) = locator.line_col(offset);
            let mut f = Finding::new("W012", Vec::new(), crate::t!("toml11-only", what = what))
                .hint(crate::t!("toml11-hint"));
            f.line = Some(line);
            f.column = Some(column);
            f
        })
        .collect()
}

/// W010, once per run: in a git clone whose merge driver is not set up, the first case
/// file changed on two sides stops on a line conflict. A structure kept inside another
/// project's repository (an example, a test fixture) is noted only if it asks for the
/// driver in its `.gitattributes`.
fn merge_driver_finding(store: &Store) -> Option<(String, Finding)> {
    use crate::git::setup::{attributes_present, driver_configured};
    let top = crate::git::work_tree(&store.root)?;
    let attributes = attributes_present(&store.root);
    if driver_configured(&store.root) && attributes {
        return None;
    }
    let same = |a: &std::path::Path, b: &std::path::Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if !attributes && !same(&top, &store.root) {
        return None;
    }
    let finding = Finding::new("W010", Vec::new(), crate::t!("driver-missing"))
        .hint(crate::t!("driver-missing-hint"));
    Some((".gitattributes".to_string(), finding))
}

/// Duplicate ids (E005) and the same person in two files (W001).
fn across_files(cases: &[Loaded]) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    let mut by_id: BTreeMap<&str, Vec<&Loaded>> = BTreeMap::new();
    let mut by_person: BTreeMap<(String, String, chrono::NaiveDate), Vec<&Loaded>> =
        BTreeMap::new();
    for l in cases {
        by_id.entry(l.case.id.as_str()).or_default().push(l);
        let p = &l.case.person;
        by_person.entry(p.key()).or_default().push(l);
    }
    for (id, group) in by_id.into_iter().filter(|(_, g)| g.len() > 1) {
        let files: Vec<&str> = group.iter().map(|l| l.rel_path.as_str()).collect();
        for l in &group {
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    "E005",
                    vec![Seg::Key("id".into())],
                    format!("id \"{id}\" is used by several files: {}", files.join(", ")),
                )
                .hint("each file's id is its file name"),
            ));
        }
    }
    for group in by_person.into_values().filter(|g| g.len() > 1) {
        for l in &group {
            let earlier = group
                .iter()
                .filter(|o| o.rel_path != l.rel_path)
                .map(|o| (o.rel_path.as_str(), &o.case));
            out.extend(
                crate::rules::findings::waiting_period_findings(&l.case, earlier)
                    .into_iter()
                    .map(|f| (l.rel_path.clone(), f)),
            );
            let others: Vec<&str> = group
                .iter()
                .filter(|o| o.rel_path != l.rel_path)
                .map(|o| o.rel_path.as_str())
                .collect();
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    "W001",
                    vec![Seg::Key("person".into())],
                    format!(
                        "{} born {} is also in {}",
                        l.case.full_name(),
                        l.case.person.birth_date,
                        others.join(", ")
                    ),
                )
                .hint("if it is the same person, keep one file; otherwise nothing to do"),
            ));
        }
    }
    for (number, group) in same_pass_number(cases) {
        for l in &group {
            let others: Vec<String> = group
                .iter()
                .filter(|o| o.rel_path != l.rel_path)
                .map(|o| format!("{} ({})", o.case.display_name(), o.rel_path))
                .collect();
            out.push((
                l.rel_path.clone(),
                Finding::new(
                    "W013",
                    vec![Seg::Key("pass".into()), Seg::Key("number".into())],
                    crate::t!(
                        "pass-number-shared",
                        number = number.as_str(),
                        others = others.join(", ")
                    ),
                )
                .hint(crate::t!("pass-number-shared-hint")),
            ));
        }
    }
    out
}

/// Said when a PASS number is written: the other salariés who already have it (W013).
/// The file is written all the same: which of the two is wrong is for a person to see.
pub fn warn_shared_pass(store: &Store, id: &crate::case::id::CaseId) -> Result<()> {
    let set = store.load_all()?;
    for (number, group) in same_pass_number(&set.cases) {
        if !group.iter().any(|l| l.file_id == id.as_str()) {
            continue;
        }
        let others: Vec<String> = group
            .iter()
            .filter(|o| o.file_id != id.as_str())
            .map(|o| format!("{} ({})", o.case.display_name(), o.file_id))
            .collect();
        eprintln!(
            "{}: W013 {}",
            crate::t!("warning-prefix"),
            crate::t!(
                "pass-number-shared",
                number = number,
                others = others.join(", ")
            )
        );
        eprintln!("  {}", crate::t!("pass-number-shared-hint"));
    }
    Ok(())
}

/// Files that give one PASS IAE number (spaces aside) to more than one salarié.
pub fn same_pass_number(cases: &[Loaded]) -> Vec<(String, Vec<&Loaded>)> {
    let mut by_number: BTreeMap<String, Vec<&Loaded>> = BTreeMap::new();
    for l in cases {
        if let Some(pass) = &l.case.pass {
            let digits: String = pass.number.chars().filter(|c| !c.is_whitespace()).collect();
            if !digits.is_empty() {
                by_number.entry(digits).or_default().push(l);
            }
        }
    }
    by_number.into_iter().filter(|(_, g)| g.len() > 1).collect()
}

/// Put each finding on its line, reading each concerned file once.
fn locate_all(store: &Store, shown: &[&(String, Finding)]) -> Vec<Located> {
    let mut by_file: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for (file, f) in shown {
        by_file.entry(file.as_str()).or_default().push(f);
    }
    by_file
        .into_par_iter()
        .flat_map_iter(|(file, list)| {
            let text = std::fs::read_to_string(store.root.join(file)).unwrap_or_default();
            let locator = Locator::new(&text);
            list.into_iter()
                .map(|f| locate_finding_with(file, &locator, f))
                .collect::<Vec<_>>()
        })
        .collect()
}
