//! The only module that touches the disk: the structure directory, case ids, parallel
//! loading, and locked, atomic, format-preserving saving.

pub mod atomic;
pub mod bytes;
pub mod discover;
/// Case ids live with the case file; the store builds paths from them.
pub use crate::case::id;
pub mod index;
mod scan;

use crate::case::CaseFile;
use crate::case::finding::{Code, Finding, Located, path_text};
use crate::case::locate::Locator;
use crate::case::model::Person;
use crate::case::parse::{Parsed, parse_case, parse_typed};
use crate::case::structure::{FileMode, Structure, closest_key};
use crate::case::validate::validate;
use crate::error::hinted;
use crate::reference::Reference;
use anyhow::{Context, Result, bail};
use id::CaseId;
use index::{Head, Key, Record};
use scan::Visit;
pub use scan::slim;
use std::fs::File;
use std::path::{Path, PathBuf};
use toml_edit::DocumentMut;

pub const SALARIES: &str = "salaries";
pub const LOCAL: &str = ".iae";

/// An opened structure directory.
#[derive(Debug)]
pub struct Store {
    pub root: PathBuf,
    pub structure: Structure,
    pub reference: Reference,
}

/// A case file read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The file name without `.toml`.
    pub file_id: String,
    /// Relative to the structure root (`salaries/7K3M9Q.toml`).
    pub rel_path: String,
    pub case: CaseFile,
    pub unknown_keys: Vec<Vec<crate::case::finding::Seg>>,
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
            "{}: {}",
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

/// The exclusive lock on the structure (`.iae/lock`), released when dropped.
#[derive(Debug)]
pub struct Lock(#[allow(dead_code)] File);

impl Store {
    pub fn open(root: PathBuf) -> Result<Store> {
        let config_path = root.join(discover::CONFIG);
        let text = std::fs::read_to_string(&config_path).with_context(|| {
            crate::t!("cmd-cannot-read", path = config_path.display().to_string())
        })?;
        let parsed: Parsed<Structure> = parse_typed(&text).map_err(|f| {
            hinted(
                format!(
                    "{}{}: {}",
                    config_path.display(),
                    f.line.map(|l| format!(":{l}")).unwrap_or_default(),
                    f.message
                ),
                crate::t!("cmd-store-fix-settings"),
            )
        })?;
        warn_unknown_keys(&config_path, &parsed.unknown_keys);
        let structure = parsed.value;
        if let Some(problem) = structure.problems().first() {
            return Err(hinted(
                format!("{}: {problem}", config_path.display()),
                crate::t!("cmd-store-fix-settings"),
            ));
        }
        let reference = structure.reference();
        Ok(Store {
            root,
            structure,
            reference,
        })
    }

    /// Who may read the files the tool creates (`[files] mode`).
    pub fn access(&self) -> atomic::Access {
        match self.structure.files.mode {
            FileMode::Private => atomic::Access::Private,
            FileMode::Group => atomic::Access::Group,
        }
    }

    pub fn salaries_dir(&self) -> PathBuf {
        self.root.join(SALARIES)
    }

    pub fn rel_path(id: &CaseId) -> String {
        format!("{SALARIES}/{id}.toml")
    }

    pub fn case_path(&self, id: &CaseId) -> PathBuf {
        self.root.join(Store::rel_path(id))
    }

    /// Take the structure's lock, waiting for another writer to finish; then remove the
    /// temporary files that writers killed mid-write left behind.
    pub fn lock(&self) -> Result<Lock> {
        let dir = self.root.join(LOCAL);
        atomic::create_dir(&dir, self.access())?;
        let path = dir.join("lock");
        let mut options = File::options();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(self.access().file_mode());
        }
        let file = options
            .open(&path)
            .with_context(|| format!("cannot open the lock {}", path.display()))?;
        file.lock()
            .with_context(|| format!("cannot take the lock {}", path.display()))?;
        atomic::clean_stale(&self.root);
        Ok(Lock(file))
    }

    /// Read and parse every case file, in parallel; unreadable files are set aside.
    /// Holds every case in memory: whole-structure commands use [`Store::scan`].
    pub fn load_all(&self) -> Result<LoadedSet> {
        let scanned = self.scan(|l| Some(l.clone()))?;
        Ok(LoadedSet {
            cases: scanned.items,
            unreadable: scanned.unreadable,
        })
    }

    /// [`Store::load_all`] for a caller that already holds the lock (`purge`): the index
    /// is updated under that lock instead of taking it a second time, which would wait
    /// for itself.
    pub fn load_all_locked(&self, _held: &Lock) -> Result<LoadedSet> {
        let scanned = self.pass(Visit::Cases(&|l: &Loaded| Some(l.clone())), true)?;
        Ok(LoadedSet {
            cases: scanned.items,
            unreadable: scanned.unreadable,
        })
    }

    /// Pass over every case file in id order, keeping what `keep` returns for each: the
    /// rows or figures a command prints, never the whole set. Files whose index entry is
    /// current are decoded from `.iae/index`; the others are parsed, and the index is
    /// updated. What `keep` sees is the same either way (see [`slim`]).
    pub fn scan<T: Send>(&self, keep: impl Fn(&Loaded) -> Option<T> + Sync) -> Result<Scanned<T>> {
        self.pass(Visit::Cases(&keep), false)
    }

    /// Everyone's name and birth date, from the index (a stat of each file, a parse of
    /// the changed ones only).
    pub fn people(&self) -> Result<Scanned<PersonEntry>> {
        self.pass(Visit::People(&|p| p), false)
    }

    /// Read one case file by id; a file that does not parse is an error naming the line.
    /// The bytes of one case file, whether or not they parse (to edit a broken file).
    pub fn read_text(&self, id: &CaseId) -> Result<String> {
        let path = self.case_path(id);
        match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
                hinted(
                    format!(
                        "{}: {}",
                        Store::rel_path(id),
                        crate::t!("not-utf8", offset = e.utf8_error().valid_up_to())
                    ),
                    crate::t!("not-utf8-hint"),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(hinted(
                crate::t!(
                    "cmd-store-no-id",
                    id = id.as_str(),
                    file = Store::rel_path(id)
                ),
                crate::t!("cmd-store-no-id-hint"),
            )),
            Err(e) => Err(e)
                .with_context(|| crate::t!("cmd-cannot-read", path = path.display().to_string())),
        }
    }

    pub fn read(&self, id: &CaseId) -> Result<(String, CaseFile)> {
        let text = self.read_text(id)?;
        let parsed = parse_case(&text).map_err(|f| {
            let located = locate_finding(&Store::rel_path(id), &text, &f);
            hinted(
                located.to_string(),
                crate::t!("cmd-store-fix-file", id = id.as_str()),
            )
        })?;
        Ok((text, parsed.value))
    }

    /// Change one case file under the lock: re-read it, apply `change` to its document,
    /// and write it atomically only if its bytes changed. Refuses a change that would
    /// bring an error into the file. Returns `change`'s value and whether it was written.
    pub fn update<T>(
        &self,
        id: &CaseId,
        change: impl FnOnce(&mut DocumentMut, &CaseFile) -> Result<T>,
    ) -> Result<(T, bool)> {
        let _lock = self.lock()?;
        let (raw, before) = self.read(id)?;
        let bytes = bytes::Kept::of(&raw);
        let text = bytes.plain(&raw);
        let mut doc: DocumentMut = text
            .parse()
            .with_context(|| format!("cannot parse {}", Store::rel_path(id)))?;
        let trailing = doc.trailing().as_str().unwrap_or("").to_string();
        let out = change(&mut doc, &before)?;
        let new_text = bytes::keep_trailing_comment(&text, &trailing, doc.to_string());
        if new_text == text {
            return Ok((out, false));
        }
        self.check_new_text(id, &new_text, Some(&before))?;
        let new_raw = bytes.restore(&new_text);
        atomic::write_with(&self.case_path(id), new_raw.as_bytes(), self.access())?;
        self.note_written(id, &new_raw);
        Ok((out, true))
    }

    /// Refuse text that does not parse, or that has errors the previous version had not.
    pub fn check_new_text(
        &self,
        id: &CaseId,
        text: &str,
        before: Option<&CaseFile>,
    ) -> Result<CaseFile> {
        let rel = Store::rel_path(id);
        let parsed =
            parse_case(text).map_err(|f| anyhow::anyhow!("{}", locate_finding(&rel, text, &f)))?;
        let old: Vec<Finding> = before
            .map(|b| validate(b, id.as_str(), &self.reference))
            .unwrap_or_default();
        let locator = Locator::new(text);
        let new_errors: Vec<String> = validate(&parsed.value, id.as_str(), &self.reference)
            .into_iter()
            .filter(|f| f.is_error())
            .filter(|f| {
                !old.iter()
                    .any(|o| o.code == f.code && o.message == f.message)
            })
            .map(|f| locate_finding_with(&rel, &locator, &f).to_string())
            .collect();
        if !new_errors.is_empty() {
            bail!(crate::t!(
                "cmd-store-change-invalid",
                errors = new_errors.join("\n")
            ));
        }
        Ok(parsed.value)
    }

    /// Create a new case file under the lock. `build` sees the existing files of the same
    /// person as `same_as` (to refuse duplicates; found through the index) and the fresh
    /// id, and returns the case to write.
    pub fn create(
        &self,
        same_as: &Person,
        build: impl FnOnce(&LoadedSet, &CaseId) -> Result<CaseFile>,
    ) -> Result<(CaseId, String)> {
        let _lock = self.lock()?;
        let people = self.pass(Visit::People(&|p| p), true)?;
        let wanted = same_as.key();
        let mut existing = LoadedSet::default();
        for p in people.items.iter().filter(|p| p.person.key() == wanted) {
            let id = CaseId::parse(&p.file_id).map_err(anyhow::Error::msg)?;
            let (_, case) = self.read(&id)?;
            existing.cases.push(Loaded {
                file_id: p.file_id.clone(),
                rel_path: Store::rel_path(&id),
                case,
                unknown_keys: Vec::new(),
            });
        }
        let taken: std::collections::HashSet<&str> = people
            .items
            .iter()
            .map(|p| p.file_id.as_str())
            .chain(people.unreadable.iter().map(|u| file_stem(&u.rel_path)))
            .collect();
        existing.unreadable = people.unreadable.clone();
        let mut rng = rand::rng();
        let id = loop {
            let id = CaseId::random(&mut rng);
            if !taken.contains(id.as_str()) && !self.case_path(&id).exists() {
                break id;
            }
        };
        let case = build(&existing, &id)?;
        let text = crate::case::document::render_new(&case);
        self.check_new_text(&id, &text, None)?;
        atomic::create_new_with(&self.case_path(&id), text.as_bytes(), self.access())?;
        self.note_written(&id, &text);
        Ok((id.clone(), Store::rel_path(&id)))
    }

    /// Record in the index's journal the file a command just wrote (the caller holds the
    /// lock). A failure only costs a parse later.
    pub fn note_written(&self, id: &CaseId, text: &str) {
        let Ok(meta) = std::fs::metadata(self.case_path(id)) else {
            return;
        };
        let Ok(parsed) = parse_case(text) else {
            return;
        };
        let mut case = parsed.value;
        slim(&mut case);
        let head = Head {
            name: id.to_string(),
            key: Key::of(&meta),
            person: Some(case.person.clone()),
        };
        let _ = index::append_journal(
            &self.root.join(LOCAL).join(index::JOURNAL),
            &Record::encode(&head, Some((&case, parsed.unknown_keys.as_slice()))),
        );
    }
}

fn file_stem(rel_path: &str) -> &str {
    rel_path
        .rsplit('/')
        .next()
        .unwrap_or(rel_path)
        .trim_end_matches(".toml")
}

/// Warn about the keys of `iae.toml` the tool does not know, naming the closest known one.
fn warn_unknown_keys(path: &Path, keys: &[Vec<crate::case::finding::Seg>]) {
    let file = discover::CONFIG;
    let _ = path;
    for key in keys {
        let full = path_text(key);
        let (table, last) = match full.rsplit_once('.') {
            Some((t, l)) => (t.to_string(), l.to_string()),
            None => (String::new(), full.clone()),
        };
        let message = match closest_key(&table, &last) {
            Some(close) => {
                let close = if table.is_empty() {
                    close.to_string()
                } else {
                    format!("{table}.{close}")
                };
                crate::t!(
                    "settings-unknown-key-close",
                    file = file,
                    key = full.as_str(),
                    close = close
                )
            }
            None => crate::t!("settings-unknown-key", file = file, key = full.as_str()),
        };
        eprintln!("{}: {message}", crate::t!("warning-prefix"));
    }
}

/// An entry of `salaries/` that is not a case file to read: a link, a directory, a
/// temporary file, a file named otherwise than `<ID>.toml`.
fn stray(entry: &std::fs::DirEntry) -> Option<Unreadable> {
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

fn load_one(path: &Path) -> Result<Loaded, Box<Unreadable>> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let rel_path = format!("{SALARIES}/{name}");
    let file_id = name.trim_end_matches(".toml").to_string();
    let unreadable = |finding: Finding| {
        Box::new(Unreadable {
            rel_path: rel_path.clone(),
            finding,
        })
    };
    if CaseId::parse(&file_id).map(|id| id.as_str() == file_id) != Ok(true) {
        return Err(unreadable(
            Finding::new(
                Code::BadId,
                Vec::new(),
                crate::t!("cmd-store-name-not-id", name = name),
            )
            .hint(crate::t!("cmd-store-name-not-id-hint")),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        unreadable(Finding::new(
            Code::NotToml,
            Vec::new(),
            crate::t!("cmd-store-cannot-read-file", error = e.to_string()),
        ))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        unreadable(
            Finding::new(
                Code::NotToml,
                Vec::new(),
                crate::t!("not-utf8", offset = e.utf8_error().valid_up_to()),
            )
            .hint(crate::t!("not-utf8-hint")),
        )
    })?;
    match parse_case(&text) {
        Ok(parsed) => Ok(Loaded {
            file_id,
            rel_path,
            case: parsed.value,
            unknown_keys: parsed.unknown_keys,
        }),
        Err(finding) => Err(unreadable(finding)),
    }
}

/// Place a finding in its file: the line from the finding itself or from its path.
pub fn locate_finding(rel_path: &str, text: &str, f: &Finding) -> Located {
    locate_finding_with(rel_path, &Locator::new(text), f)
}

/// As `locate_finding`, with the file parsed once for all its findings.
pub fn locate_finding_with(rel_path: &str, locator: &Locator<'_>, f: &Finding) -> Located {
    let (line, column) = match (f.line, f.column) {
        (Some(l), c) => (Some(l), c),
        _ => match locator.locate(&f.path) {
            Some((l, _)) => (Some(l), None),
            None => (None, None),
        },
    };
    Located {
        file: rel_path.to_string(),
        line,
        column,
        code: f.code,
        severity: f.severity(),
        field: path_text(&f.path),
        message: f.message.clone(),
        hint: f.hint.clone(),
    }
}
