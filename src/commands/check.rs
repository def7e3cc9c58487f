//! `iae check`: every case file against the format and the rules. Silent with exit 0
//! when there is no error, like a linter in a pre-commit hook.

use super::Ctx;
use crate::case::CaseFile;
use crate::case::finding::{Code, Finding, Located, Seg, Severity, path_text};
use crate::case::locate::Locator;
use crate::output::{self, Format, Row};
use crate::rules::findings::case_findings;
use crate::store::id::CaseId;
use crate::store::{Loaded, Store, locate_owned};
use anyhow::Result;
use clap::Args;
use std::io::Write;

mod across;
mod order;
mod pass_number;

use across::{Who, across_files};
use order::InOrder;
pub use pass_number::warn_shared_pass;
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
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-check-file"),
            crate::t!("col-check-line"),
            crate::t!("col-check-code"),
            crate::t!("col-check-field"),
            crate::t!("col-check-message"),
        ]
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
    let show_warnings = args.verbose || args.strict || ctx.format != Format::Table;
    // First pass: who each file is, for the checks across files. When only errors are
    // shown (a plain `iae check`, as a hook runs it) each file's errors are kept too,
    // already on their lines: they are few, and the rules, which only ever warn, are
    // not run at all.
    let first = store.scan(|l| {
        let errors = if show_warnings {
            Vec::new()
        } else {
            locate_file(&store, &l.rel_path, file_errors(&store, l))
        };
        Some((errors, Who::of(l)))
    })?;
    let files = first.files;
    // (file, finding); unreadable files already carry their line.
    let mut others: Vec<(String, Finding)> = first
        .unreadable
        .iter()
        .map(|u| (u.rel_path.clone(), u.finding.clone()))
        .collect();
    let (held, whos): (Vec<Vec<Located>>, Vec<Who>) = first.items.into_iter().unzip();
    others.extend(across_files(&store, &whos, show_warnings));
    drop(whos);
    // W010 is said even when the other warnings are not.
    others.extend(merge_driver_finding(&store));
    let others = locate_all(&store, others);

    let mut tally = Tally::default();
    let show = |lists: &mut dyn Iterator<Item = Vec<Located>>| {
        let findings = InOrder::new(lists, others).inspect(|l| tally.count(l));
        if ctx.format == Format::Table {
            write_lines(findings)
        } else {
            output::to_stdout(|w| output::write_row_stream(w, findings, ctx.format))
        }
    };
    if show_warnings {
        second_pass(&store, ctx.today, show)?;
    } else {
        show(&mut held.into_iter())?;
    }
    if ctx.format == Format::Table && args.verbose {
        eprintln!(
            "{}",
            crate::t!(
                "cmd-check-summary",
                files = files,
                errors = tally.errors,
                warnings = tally.warnings
            )
        );
    }
    if tally.errors > 0 || (args.strict && tally.warnings > 0) {
        return Err(crate::error::quiet(crate::error::Status::Error));
    }
    Ok(())
}

/// The second pass: each file's findings, on their lines, given to `show` in file order
/// as the pass finds them; a long list of warnings is never held whole.
fn second_pass(
    store: &Store,
    today: chrono::NaiveDate,
    show: impl FnOnce(&mut dyn Iterator<Item = Vec<Located>>) -> Result<()>,
) -> Result<()> {
    use std::sync::atomic::{AtomicBool, Ordering};
    // Once the output has stopped (a closed pipe), nothing is waiting: the rest of the
    // pass looks for nothing.
    let stopped = &AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Located>>(BACKLOG);
        let pass = scope.spawn(move || {
            store.fold(
                |l| {
                    if stopped.load(Ordering::Relaxed) {
                        return None;
                    }
                    let list = file_findings(store, l, today);
                    Some(locate_file(store, &l.rel_path, list))
                },
                |list| {
                    if send.send(list).is_err() {
                        stopped.store(true, Ordering::Relaxed);
                    }
                },
            )
        });
        let shown = show(&mut receive.into_iter());
        let passed = pass
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        shown.and(passed.map(drop))
    })
}

/// Files' lists of findings waiting to be shown during the second pass.
const BACKLOG: usize = 4096;

#[derive(Default)]
struct Tally {
    errors: usize,
    warnings: usize,
}

impl Tally {
    fn count(&mut self, l: &Located) {
        if l.severity == Severity::Error {
            self.errors += 1;
        } else {
            self.warnings += 1;
        }
    }
}

/// The findings as people read them, one line each on stderr.
fn write_lines(findings: impl Iterator<Item = Located>) -> Result<()> {
    // One write per line would be one system call per finding.
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    let (error, warning) = (crate::t!("error-prefix"), crate::t!("warning-prefix"));
    for l in findings {
        let prefix = if l.severity == Severity::Error {
            &error
        } else {
            &warning
        };
        writeln!(err, "{prefix} {l}")?;
    }
    err.flush()?;
    Ok(())
}

/// The errors of one file: its format, codes, ids and chronology (`validate`); the
/// rules, the unknown keys and the syntax only warn.
fn file_errors(store: &Store, l: &Loaded) -> Vec<Finding> {
    let mut findings = crate::case::validate::validate(&l.case, &l.file_id, &store.reference);
    findings.retain(Finding::is_error);
    findings
}

fn file_findings(store: &Store, l: &Loaded, today: chrono::NaiveDate) -> Vec<Finding> {
    let mut findings = case_findings(&l.case, &l.file_id, &store.structure.kind, &store.reference);
    findings.extend(crate::rules::future::future_findings(&l.case, today));
    for key in &l.unknown_keys {
        findings.push(
            Finding::new(
                Code::UnknownKey,
                key.clone(),
                crate::t!("cmd-check-unknown-key", key = path_text(key)),
            )
            .hint(crate::t!("cmd-check-unknown-key-hint")),
        );
    }
    // Found when the file was read (and kept in the index).
    findings.extend(l.toml11.iter().map(|t| {
        let mut f = Finding::new(
            Code::Toml11Only,
            Vec::new(),
            crate::t!("toml11-only", what = t.what.as_str()),
        )
        .hint(crate::t!("toml11-hint"));
        f.line = Some(t.line);
        f.column = Some(t.column);
        f
    }));
    if let Some(years) = store.structure.retention_years
        && let Some(until) = crate::rules::retention::past_retention(&l.case, years, today)
        && let Some(exit) = &l.case.exit
    {
        findings.push(
            Finding::new(
                Code::PastRetention,
                vec![Seg::Key("exit".into())],
                crate::t!(
                    "retention-past",
                    exit = crate::i18n::day(exit.date),
                    years = years,
                    until = crate::i18n::day(until)
                ),
            )
            .hint(crate::t!("retention-hint")),
        );
    }
    findings
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
    let finding = Finding::new(Code::DriverMissing, Vec::new(), crate::t!("driver-missing"))
        .hint(crate::t!("driver-missing-hint"));
    Some((".gitattributes".to_string(), finding))
}

/// Put one file's findings on their lines, reading its text once (not at all when it has
/// none).
fn locate_file(store: &Store, rel_path: &str, findings: Vec<Finding>) -> Vec<Located> {
    if findings.is_empty() {
        return Vec::new();
    }
    let text = std::fs::read_to_string(store.root.join(rel_path)).unwrap_or_default();
    let locator = Locator::new(&text);
    let mut located: Vec<Located> = findings
        .into_iter()
        .map(|f| locate_owned(rel_path, &locator, f))
        .collect();
    // Kept until the pass ends: at its size.
    located.shrink_to_fit();
    located
}

/// Put each finding on its line, reading each concerned file once.
fn locate_all(store: &Store, findings: Vec<(String, Finding)>) -> Vec<Located> {
    let mut by_file: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for (file, f) in findings {
        by_file.entry(file).or_default().push(f);
    }
    by_file
        .into_par_iter()
        .flat_map_iter(|(file, list)| locate_file(store, &file, list))
        .collect()
}
