//! Shell completion of ids and names: the candidates come from the structure found as
//! every command finds it (`IAE_DIR`, else the first parent with an `iae.toml`).

use crate::case::names::fold;
use crate::store::{Store, discover};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;

/// The names of the arguments that take an id or a name.
const WHO: &[&str] = &["id", "who"];

/// The command tree with the id/name completer on every argument that takes one.
pub fn with_case_completion(cmd: clap::Command) -> clap::Command {
    let cmd = WHO.iter().fold(cmd, |cmd, name| {
        if cmd.get_arguments().any(|a| a.get_id() == *name) {
            cmd.mut_arg(*name, |a| a.add(ArgValueCompleter::new(case_candidates)))
        } else {
            cmd
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, with_case_completion)
    })
}

/// Ids starting with what was typed, and last names (folded) starting with it.
fn case_candidates(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let dir = std::env::var_os("IAE_DIR").map(std::path::PathBuf::from);
    let Ok(cwd) = std::env::current_dir() else {
        return Vec::new();
    };
    let Some(store) = discover::find(dir.as_deref(), &cwd)
        .ok()
        .and_then(|root| Store::open(root).ok())
    else {
        return Vec::new();
    };
    let Ok(set) = store.load_all() else {
        return Vec::new();
    };
    let typed = fold(current);
    let upper = current.to_ascii_uppercase();
    let mut candidates = Vec::new();
    for loaded in &set.cases {
        let name = loaded.case.display_name();
        if loaded.file_id.starts_with(&upper) {
            candidates
                .push(CompletionCandidate::new(&loaded.file_id).help(Some(name.clone().into())));
        }
        let last = fold(&loaded.case.person.last_name).replace(' ', "-");
        if !typed.is_empty() && last.starts_with(&typed) {
            candidates.push(CompletionCandidate::new(last).help(Some(name.into())));
        }
    }
    candidates.sort_by(|a, b| a.get_value().cmp(b.get_value()));
    candidates.dedup_by(|a, b| a.get_value() == b.get_value());
    candidates
}
