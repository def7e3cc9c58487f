//! Writing case files: a change under the lock, re-read and checked, written atomically
//! and only if its bytes changed; a new file, after the duplicate check; and the index's
//! journal entry of each file written.

use super::index::{self, Entry, Key};
use super::load::{LoadedSet, toml11};
use super::{LOCAL, Store, atomic, bytes, locate_finding, locate_finding_with, same_person, slim};
use crate::case::CaseFile;
use crate::case::finding::Finding;
use crate::case::locate::Locator;
use crate::case::model::Person;
use crate::case::parse::parse_case;
use crate::case::validate::validate;
use crate::store::id::CaseId;
use anyhow::{Context, Result, bail};
use toml_edit::DocumentMut;

impl Store {
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
            .with_context(|| crate::t!("io-cannot-parse", path = Store::rel_path(id)))?;
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
        let people = self.people_locked(true, &same_person(&same_as.key()))?;
        let existing = LoadedSet {
            cases: self.read_files_of(&people.items)?,
            unreadable: people.unreadable,
        };
        // A fresh id is one no file of `salaries/` has, readable or not: under the lock,
        // no other writer can take it before this one.
        let mut rng = rand::rng();
        let id = loop {
            let id = CaseId::random(&mut rng);
            if !self.case_path(&id).exists() {
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
        let entry = Entry::encode(
            id.as_str(),
            Key::of(&meta),
            Some(&case.person),
            Some((&case, &parsed.unknown_keys, &toml11(text))),
        );
        let _ = index::append_journal(
            &self.root.join(LOCAL).join(index::JOURNAL),
            std::iter::once(&entry),
        );
    }
}
