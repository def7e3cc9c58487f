//! Reading case files: one file into its typed case (and what `check` needs of its text),
//! the entries of `salaries/` that are not case files, and what a pass hands back.

use super::SALARIES;
use super::atomic;
use super::index::Toml11;
use crate::case::CaseFile;
use crate::case::finding::{Code, Finding, Seg};
use crate::case::model::Person;
use crate::case::parse::parse_case;
use crate::error::hinted;
use crate::store::id::CaseId;
use anyhow::Result;
use std::path::Path;

/// A case file read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The file name without `.toml`.
    pub file_id: String,
    /// Relative to the structure root (`salaries/7K3M9Q.toml`).
    pub rel_path: String,
    pub case: CaseFile,
    pub unknown_keys: Vec<Vec<Seg>>,
    /// TOML 1.1-only syntax in its text (W012), found while the bytes were at hand.
    pub toml11: Vec<Toml11>,
}

/// A file that could not be read or parsed.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub rel_path: String,
    pub finding: Finding,
}

/// Every case file of the structure, sorted by id, and the ones that could not be read.
#[derive(Debug, Default)]
pub struct LoadedSet {
    pub cases: Vec<Loaded>,
    pub unreadable: Vec<Unreadable>,
}

impl LoadedSet {
    /// Tell the user which files were skipped (listings go on without them).
    pub fn report_skipped(&self) {
        skipped(&self.unreadable);
    }
}

fn skipped(unreadable: &[Unreadable]) {
    for u in unreadable {
        eprintln!(
            "{} {}",
            crate::t!("warning-prefix"),
            crate::t!(
                "cmd-store-skipped",
                file = format!(
                    "{}{}",
                    u.rel_path,
                    u.finding.line.map(|l| format!(":{l}")).unwrap_or_default()
                ),
                problem = u.finding.message.as_str()
            )
        );
    }
}

/// What a pass over every case file kept (in id order), and the files it could not read.
#[derive(Debug)]
pub struct Scanned<T> {
    pub items: Vec<T>,
    pub unreadable: Vec<Unreadable>,
    /// Every case file seen, read or not.
    pub files: usize,
}

impl<T> Scanned<T> {
    pub(super) fn of(items: Vec<T>, passed: super::scan::Passed) -> Scanned<T> {
        Scanned {
            items,
            unreadable: passed.unreadable,
            files: passed.files,
        }
    }

    /// Tell the user which files were skipped (listings go on without them).
    pub fn report_skipped(&self) {
        skipped(&self.unreadable);
    }

    /// A report is exact or not given: an unreadable file stops it.
    pub fn exact(self) -> Result<Self> {
        if let Some(u) = self.unreadable.first() {
            return Err(hinted(
                crate::t!(
                    "report-unreadable",
                    count = self.unreadable.len(),
                    file = format!(
                        "{}{}",
                        u.rel_path,
                        u.finding.line.map(|l| format!(":{l}")).unwrap_or_default()
                    ),
                    problem = u.finding.message.as_str()
                ),
                crate::t!("report-unreadable-hint"),
            ));
        }
        Ok(self)
    }
}

/// Someone as the index knows them, without their whole file.
#[derive(Debug, Clone)]
pub struct PersonEntry {
    pub file_id: String,
    pub person: Person,
}

/// Leave out of the case what no whole-structure command reads — the free text of
/// interviews and follow-ups, most of a file's bytes — so that the index stays small.
/// Applied to parsed and indexed cases alike, so results never depend on the index.
pub fn slim(case: &mut CaseFile) {
    for interview in &mut case.interviews {
        interview.notes = None;
        interview.topic = None;
    }
    for followup in &mut case.followups {
        followup.notes = None;
    }
}

/// The TOML 1.1-only constructs of a file's text, placed on their line and column.
pub fn toml11(text: &str) -> Vec<Toml11> {
    // Every construct starts with a backslash or a brace: most files have neither.
    if !text.contains('\\') && !text.contains('{') {
        return Vec::new();
    }
    let found = crate::case::compat::toml11_only(text);
    if found.is_empty() {
        return Vec::new();
    }
    let locator = crate::case::locate::Locator::new(text);
    found
        .into_iter()
        .map(|(offset, what)| {
            let (line, column) = locator.line_col(offset);
            Toml11 {
                line,
                column,
                what: what.to_string(),
            }
        })
        .collect()
}

/// An entry of `salaries/` that is not a case file to read: a link, a directory, a
/// temporary file, a file named otherwise than `<ID>.toml`.
pub(super) fn stray(entry: &std::fs::DirEntry) -> Option<Unreadable> {
    let name = entry.file_name().to_string_lossy().into_owned();
    let kind = entry.file_type().ok()?;
    let message = if kind.is_symlink() {
        crate::t!("stray-symlink", name = name.as_str())
    } else if kind.is_dir() {
        crate::t!("stray-dir", name = name.as_str())
    } else if atomic::is_temp_name(&name) {
        crate::t!("stray-temp", name = name.as_str())
    } else if !name.ends_with(".toml") || name.starts_with('.') {
        crate::t!("stray-other", name = name.as_str())
    } else {
        return None;
    };
    Some(Unreadable {
        rel_path: format!("{SALARIES}/{name}"),
        finding: Finding::new(Code::NotACaseFile, Vec::new(), message)
            .hint(crate::t!("stray-hint")),
    })
}

/// Read and parse the case file `name` of `salaries/` under `root`; `size` is its size
/// when the caller has just stat'ed it.
pub(super) fn load_one(
    root: &Path,
    name: &str,
    size: Option<u64>,
) -> Result<Loaded, Box<Unreadable>> {
    let rel_path = format!("{SALARIES}/{name}");
    let path = root.join(&rel_path);
    let file_id = name.trim_end_matches(".toml").to_string();
    if !CaseId::is_written(&file_id) {
        let finding = Finding::new(
            Code::BadId,
            Vec::new(),
            crate::t!("cmd-store-name-not-id", name = name),
        )
        .hint(crate::t!("cmd-store-name-not-id-hint"));
        return Err(Box::new(Unreadable { rel_path, finding }));
    }
    let read = BUFFER.with_borrow_mut(|bytes| {
        read_into(&path, size, bytes).map_err(|e| {
            Finding::new(
                Code::NotToml,
                Vec::new(),
                crate::t!("cmd-store-cannot-read-file", error = e.to_string()),
            )
        })?;
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Finding::new(
                Code::NotToml,
                Vec::new(),
                crate::t!("not-utf8", offset = e.valid_up_to()),
            )
            .hint(crate::t!("not-utf8-hint"))
        })?;
        parse_case(text).map(|parsed| (parsed, toml11(text)))
    });
    match read {
        Ok((parsed, toml11)) => Ok(Loaded {
            file_id,
            rel_path,
            case: parsed.value,
            unknown_keys: parsed.unknown_keys,
            toml11,
        }),
        Err(finding) => Err(Box::new(Unreadable { rel_path, finding })),
    }
}

thread_local! {
    /// The bytes of the file being read: one buffer per thread for a whole pass.
    static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Read a file into `bytes`, sized by the size its stat gave (no second stat).
fn read_into(path: &Path, size: Option<u64>, bytes: &mut Vec<u8>) -> std::io::Result<()> {
    use std::io::Read;
    // A very large file read before leaves a very large buffer: let it go.
    if bytes.capacity() > 1 << 20 {
        *bytes = Vec::new();
    }
    bytes.clear();
    let mut file = std::fs::File::open(path)?;
    if let Some(size) = size.and_then(|s| usize::try_from(s).ok()) {
        bytes.reserve(size.saturating_add(1));
    }
    file.read_to_end(bytes)?;
    Ok(())
}
