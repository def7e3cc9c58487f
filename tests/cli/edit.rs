//! `iae edit` with a scripted editor: valid edits are saved, invalid ones refused with the
//! copy kept, concurrent changes never overwritten; ids with path separators refused.

use crate::*;
use std::os::unix::fs::PermissionsExt;

/// A shell script used as $EDITOR.
fn editor(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nset -e\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_valid_edit_is_saved() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let tools = tempfile::tempdir().unwrap();
    let ed = editor(
        tools.path(),
        "ed.sh",
        "sed -i 's/^sex = \"F\"/sex = \"F\"\\npostcode = \"92220\" # ajouté à la main/' \"$1\"",
    );
    let out = s
        .iae()
        .env("EDITOR", &ed)
        .args(["edit", &id])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        s.read(&id)
            .contains("postcode = \"92220\" # ajouté à la main\n")
    );
    let leftovers: Vec<_> = std::fs::read_dir(s.path().join(".iae"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("edit-"))
        .collect();
    assert!(leftovers.is_empty(), "the copy is removed: {leftovers:?}");
    s.iae().arg("check").assert().success();
}

#[test]
fn an_invalid_edit_is_refused_and_the_copy_kept() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let before = s.read(&id);
    let tools = tempfile::tempdir().unwrap();
    let ed = editor(
        tools.path(),
        "ed.sh",
        "sed -i 's/^hired_on = .*/hired_on = 2025-02-30/' \"$1\"",
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("VISUAL", &ed)
        .args(["edit", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("salaries/{id}.toml:")), "{err}");
    assert!(err.contains("E001"), "{err}");
    assert_eq!(s.read(&id), before, "the case file is unchanged");
    let kept = kept_copy(&err);
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .contains("hired_on = 2025-02-30")
    );

    // A rule broken (exit before hiring) is refused the same way.
    let ed = editor(
        tools.path(),
        "ed2.sh",
        "printf '\\n[exit]\\ndate = 2024-01-01\\nreason = \"chomage\"\\n' >> \"$1\"",
    );
    let out = s
        .iae()
        .env("EDITOR", &ed)
        .args(["edit", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("E004"), "{}", stderr(&out));
    assert_eq!(s.read(&id), before);
}

#[test]
fn a_failing_editor_or_no_change_writes_nothing() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let before = s.read(&id);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("EDITOR", "false")
        .args(["edit", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the editor `false` failed"),
        "{}",
        stderr(&out)
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("EDITOR", "true")
        .args(["edit", &id])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("No change"));
    assert_eq!(s.read(&id), before);
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .args(["edit", &id])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("$EDITOR"), "{}", stderr(&out));
}

#[test]
fn a_file_changed_while_editing_is_not_overwritten() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let case = s.path().join("salaries").join(format!("{id}.toml"));
    let tools = tempfile::tempdir().unwrap();
    // The editor changes the copy, and meanwhile someone else changes the case file.
    let ed = editor(
        tools.path(),
        "ed.sh",
        &format!(
            "sed -i 's/^sex = \"F\"/sex = \"F\"\\npostcode = \"75011\"/' \"$1\"\nprintf '# note by a colleague\\n' >> '{}'",
            case.display()
        ),
    );
    let out = s
        .iae()
        .env("IAE_LANG", "en")
        .env("EDITOR", &ed)
        .args(["edit", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("changed while the editor was open"), "{err}");
    let text = s.read(&id);
    assert!(text.ends_with("# note by a colleague\n"));
    assert!(!text.contains("75011"));
    let kept = kept_copy(&err);
    assert!(std::fs::read_to_string(&kept).unwrap().contains("75011"));
}

/// The path of the edited copy the message says is kept, and that it says why.
fn kept_copy(err: &str) -> String {
    let line = err.lines().find(|l| l.contains("edit-")).expect(err);
    assert!(
        line.contains("données personnelles") || line.contains("personal data"),
        "{line}"
    );
    line.split_whitespace()
        .find(|w| w.contains("edit-"))
        .unwrap()
        .trim_end_matches([';', ','])
        .to_string()
}

#[test]
fn ids_with_path_separators_are_refused() {
    let s = Structure::new("ACI");
    for bad in ["../x", "a/b", "../../etc/passwd", "7K3M9Q/../x"] {
        let out = s
            .iae()
            .env("EDITOR", "true")
            .args(["edit", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(
            stderr(&out).contains("aucun salarié ne correspond"),
            "{bad}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn without_an_editor_or_with_a_failing_one_the_refusal_is_in_french() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let before = s.read(&id);
    let out = s.iae().args(["edit", "martin"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "erreur : aucun éditeur : ni $VISUAL ni $EDITOR n'est défini\nconseil : par exemple `export EDITOR=nano`\n"
    );
    let out = s
        .iae()
        .env("EDITOR", "false")
        .args(["edit", "martin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("l'éditeur `false` a échoué (code de sortie 1)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(&id), before);
}
