//! `iae`: one TOML case file per salarié en insertion, and the rules and reports of the
//! insertion par l'activité économique built on them.

pub mod case;
pub mod cli;
pub mod commands;
pub mod error;
pub mod git;
pub mod i18n;
pub mod output;
pub mod reference;
pub mod report;
pub mod rules;
pub mod store;

/// The arrows of DESIGN.md point down: commands use store, rules, report and output;
/// rules and report use case and reference; nothing below imports commands.
#[cfg(test)]
mod layering {
    use std::path::Path;

    /// (layer, the layers it must not import)
    const FORBIDDEN: &[(&str, &[&str])] = &[
        (
            "case",
            &["commands", "store", "rules", "report", "output", "git"],
        ),
        (
            "reference",
            &["commands", "store", "rules", "report", "output", "git"],
        ),
        ("rules", &["commands", "store", "report", "output", "git"]),
        ("report", &["commands", "store", "output", "git"]),
        ("store", &["commands", "rules", "report", "output"]),
        ("output", &["commands", "store", "rules"]),
        ("git", &["commands"]),
        (
            "i18n",
            &["commands", "store", "rules", "report", "output", "git"],
        ),
    ];

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn no_module_imports_upward() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut wrong = Vec::new();
        for (layer, forbidden) in FORBIDDEN {
            let mut files = Vec::new();
            rust_files(&src.join(layer), &mut files);
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                for (n, line) in text.lines().enumerate() {
                    for target in *forbidden {
                        if line.contains(&format!("crate::{target}::"))
                            || line.contains(&format!("crate::{target};"))
                            || line.contains(&format!("crate::{target}}}"))
                        {
                            wrong.push(format!("{}:{}: {line}", file.display(), n + 1));
                        }
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "imports against the layers:\n{}",
            wrong.join("\n")
        );
    }
}
