//! The only module that touches the disk: the structure directory, case ids, parallel
//! loading, and locked, atomic, format-preserving saving.

pub mod atomic;
pub mod bytes;
pub mod discover;
/// Case ids live with the case file; the store builds paths from them.
pub use crate::case::id;
pub mod index;
mod load;
mod scan;
mod write;

use crate::case::CaseFile;
use crate::case::finding::{Finding, Located, path_text};
use crate::case::locate::Locator;
use crate::case::model::PersonKey;
use crate::case::parse::{Parsed, parse_case, parse_typed};
use crate::case::structure::{FileMode, Structure, closest_key};
use crate::error::hinted;
use crate::reference::Reference;
use anyhow::{Context, Result};
use id::CaseId;
pub use load::{Loaded, LoadedSet, PersonEntry, Scanned, Unreadable, slim};
use scan::Visit;
use std::fs::File;
use std::path::{Path, PathBuf};

pub const SALARIES: &str = "salaries";
pub const LOCAL: &str = ".iae";

/// An opened structure directory.
#[derive(Debug)]
pub struct Store {
    pub root: PathBuf,
    pub structure: Structure,
    pub reference: Reference,
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
            .with_context(|| crate::t!("io-cannot-open-lock", path = path.display().to_string()))?;
        file.lock()
            .with_context(|| crate::t!("io-cannot-take-lock", path = path.display().to_string()))?;
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
        let mut cases = Vec::new();
        let passed = self.pass(
            Visit::Cases(&|l: &Loaded| Some(l.clone())),
            true,
            &mut |l| cases.push(l),
        )?;
        Ok(LoadedSet {
            cases,
            unreadable: passed.unreadable,
        })
    }

    /// Pass over every case file in id order, keeping what `keep` returns for each: the
    /// rows or figures a command prints, never the whole set. Files whose index entry is
    /// current are decoded from `.iae/index`; the others are parsed, and the index is
    /// updated. What `keep` sees is the same either way (see [`slim`]).
    pub fn scan<T: Send>(&self, keep: impl Fn(&Loaded) -> Option<T> + Sync) -> Result<Scanned<T>> {
        let mut items = Vec::new();
        let passed = self.pass(Visit::Cases(&keep), false, &mut |t| items.push(t))?;
        Ok(Scanned::of(items, passed))
    }

    /// [`Store::scan`] that hands each kept item to `each`, in id order, as the pass goes:
    /// for figures summed over the structure, which keep nothing per file. The items of
    /// the result are empty.
    pub fn fold<T: Send>(
        &self,
        keep: impl Fn(&Loaded) -> Option<T> + Sync,
        mut each: impl FnMut(T) + Send,
    ) -> Result<Scanned<()>> {
        let passed = self.pass(Visit::Cases(&keep), false, &mut each)?;
        Ok(Scanned::of(Vec::new(), passed))
    }

    /// Everyone's name and birth date, from the heads of the index (a stat of each file,
    /// a parse of the changed ones only).
    pub fn people(&self) -> Result<Scanned<PersonEntry>> {
        self.people_where(Some)
    }

    /// What `keep` gives of each person, for those it keeps, in id order: a lookup keeps
    /// its matches only, chosen in parallel as the heads are decoded.
    pub fn people_where<T: Send>(
        &self,
        keep: impl Fn(PersonEntry) -> Option<T> + Sync,
    ) -> Result<Scanned<T>> {
        self.people_locked(false, &keep)
    }

    /// The case files of one person (`Person::key`: names folded, birth date), read.
    pub fn files_of(&self, key: &PersonKey) -> Result<Vec<Loaded>> {
        self.read_files_of(&self.people_locked(false, &same_person(key))?.items)
    }

    fn read_files_of(&self, people: &[PersonEntry]) -> Result<Vec<Loaded>> {
        people
            .iter()
            .map(|p| {
                let id = CaseId::parse(&p.file_id).map_err(anyhow::Error::msg)?;
                let (_, case) = self.read(&id)?;
                Ok(Loaded {
                    file_id: p.file_id.clone(),
                    rel_path: Store::rel_path(&id),
                    case,
                    unknown_keys: Vec::new(),
                    toml11: Vec::new(),
                })
            })
            .collect()
    }

    fn people_locked<T: Send>(
        &self,
        locked: bool,
        keep: &(dyn Fn(PersonEntry) -> Option<T> + Sync),
    ) -> Result<Scanned<T>> {
        let mut items = Vec::new();
        let passed = self.pass(Visit::People(keep), locked, &mut |p| items.push(p))?;
        Ok(Scanned::of(items, passed))
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
}

/// The choice of the people whose key (names folded, birth date) is `key`.
fn same_person(key: &PersonKey) -> impl Fn(PersonEntry) -> Option<PersonEntry> + Sync + '_ {
    move |p| (p.person.key() == *key).then_some(p)
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
        eprintln!("{} {message}", crate::t!("warning-prefix"));
    }
}

/// Place a finding in its file: the line from the finding itself or from its path.
pub fn locate_finding(rel_path: &str, text: &str, f: &Finding) -> Located {
    locate_finding_with(rel_path, &Locator::new(text), f)
}

/// As `locate_finding`, with the file parsed once for all its findings.
pub fn locate_finding_with(rel_path: &str, locator: &Locator<'_>, f: &Finding) -> Located {
    locate_owned(rel_path, locator, f.clone())
}

/// As `locate_finding_with`, the finding's texts moved into the located one.
pub fn locate_owned(rel_path: &str, locator: &Locator<'_>, f: Finding) -> Located {
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
        message: f.message,
        hint: f.hint,
    }
}
