//! `iae edit`: the case file in the user's editor, on a copy; saved atomically only when
//! it is valid and nobody changed the file meanwhile. Otherwise the copy is kept.

use super::Ctx;
use super::support::{editor, prompt};
use crate::case::id::CaseId;
use crate::case::locate::Locator;
use crate::case::parse::parse_case;
use crate::case::validate::validate;
use crate::error::UserError;
use crate::store::{LOCAL, Store, atomic, locate_finding, locate_finding_with};
use crate::t;
use anyhow::Result;
use clap::Args;
use std::path::Path;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
}

/// Lines the tool puts on top of a re-opened copy; removed before validating.
const MARK: &str = "# iae: ";

pub fn run(ctx: &Ctx, args: EditArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = crate::commands::resolve_who(&store, &args.id)?;
    let original = store.read_text(&id)?;
    let editor = editor::editor()?;
    let copy = store
        .root
        .join(LOCAL)
        .join(format!("edit-{id}-{}.toml", std::process::id()));
    atomic::create_dir(copy.parent().unwrap_or(Path::new(".")), store.access())?;
    // The copy holds the same personal data as the file: as private as the case files.
    atomic::write_with(&copy, original.as_bytes(), store.access())?;

    let edited = loop {
        if let Err(e) = editor::open_editor(&editor, &copy) {
            let _ = std::fs::remove_file(&copy);
            return Err(e.context(t!("cmd-nothing-changed")));
        }
        let text = strip_marks(&std::fs::read_to_string(&copy)?);
        if text == original {
            let _ = std::fs::remove_file(&copy);
            eprintln!("{}", t!("cmd-edit-no-change", file = Store::rel_path(&id)));
            return Ok(());
        }
        let problems = problems(&store, &id, &text);
        if problems.is_empty() {
            break text;
        }
        for p in &problems {
            eprintln!("{}", t!("edit-problem", problem = p.as_str()));
        }
        if ctx.interactive && prompt::confirm(&t!("cmd-edit-again"))? {
            let marks: String = problems
                .iter()
                .flat_map(|p| {
                    p.lines()
                        .map(|l| format!("{MARK}{l}\n"))
                        .collect::<Vec<_>>()
                })
                .collect();
            let header = format!(
                "{MARK}fix the errors below (line numbers count without these lines); these lines are removed on save\n{marks}"
            );
            atomic::write_with(&copy, format!("{header}{text}").as_bytes(), store.access())?;
            continue;
        }
        return Err(
            UserError::new(t!("edit-invalid-unchanged", path = Store::rel_path(&id)))
                .hint(t!("edit-copy-kept", copy = copy.display().to_string()))
                .into(),
        );
    };

    let _lock = store.lock()?;
    if store.read_text(&id)? != original {
        return Err(
            UserError::new(t!("edit-changed-meanwhile", path = Store::rel_path(&id)))
                .hint(t!("edit-copy-kept", copy = copy.display().to_string()))
                .into(),
        );
    }
    atomic::write_with(&store.case_path(&id), edited.as_bytes(), store.access())?;
    store.note_written(&id, &edited);
    let _ = std::fs::remove_file(&copy);
    eprintln!("{}", crate::t!("edit-saved", path = Store::rel_path(&id)));
    Ok(())
}

fn strip_marks(text: &str) -> String {
    let mut rest = text;
    while rest.starts_with(MARK) {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    rest.to_string()
}

/// Errors that forbid saving, each as `file:line: code message`.
fn problems(store: &Store, id: &CaseId, text: &str) -> Vec<String> {
    let rel = Store::rel_path(id);
    match parse_case(text) {
        Err(f) => vec![locate_finding(&rel, text, &f).to_string()],
        Ok(parsed) => {
            let locator = Locator::new(text);
            validate(&parsed.value, id.as_str(), &store.reference)
                .into_iter()
                .filter(|f| f.is_error())
                .map(|f| locate_finding_with(&rel, &locator, &f).to_string())
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::strip_marks;

    #[test]
    fn marks_are_removed_only_on_top() {
        assert_eq!(
            strip_marks("# iae: a\n# iae: b\nschema = 1\n# iae: c\n"),
            "schema = 1\n# iae: c\n"
        );
    }
}
