//! The index `.iae/index`: a cache that never changes an answer. Damaged, truncated,
//! deleted or back-dated, the answers stay those of the files; a file edited by hand in
//! the second the index was written (git's "racy" case) is seen.

use super::{Structure, copy_dir, stderr, stdout};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Every whole-structure answer, as JSON: the reports, the list and the check.
const COMMANDS: &[&[&str]] = &[
    &["report", "exits", "--year", "2025", "--detail"],
    &["report", "exits", "--year", "2024", "--detail"],
    &["report", "annual", "--year", "2025"],
    &["report", "annual", "--year", "2024"],
    &["report", "deadlines"],
    &["report", "active"],
    &["report", "barriers", "--year", "2025"],
    &["report", "interviews", "--year", "2025"],
    &["list", "--all"],
    &["check"],
];

fn answers(s: &Structure) -> Vec<String> {
    COMMANDS
        .iter()
        .map(|args| {
            let out = s
                .iae()
                .args(["--format", "json"])
                .args(*args)
                .output()
                .unwrap();
            format!(
                "{args:?} → {}\n{}",
                out.status.code().unwrap_or(-1),
                stdout(&out)
            )
        })
        .collect()
}

fn index(s: &Structure) -> PathBuf {
    s.path().join(".iae/index")
}

fn set_mtime(path: &Path, when: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

/// The case files as if written an hour ago, so that the index written now trusts them.
fn settle(s: &Structure) {
    let past = SystemTime::now() - Duration::from_secs(3600);
    for f in s.case_files() {
        set_mtime(&f, past);
    }
}

fn demo() -> Structure {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"),
        tmp.path(),
    );
    let _ = std::fs::remove_dir_all(tmp.path().join(".iae"));
    let s = Structure { tmp };
    settle(&s);
    s
}

/// A structure of `n` fictional files from the generator built beside the tests.
fn generated(n: usize) -> Structure {
    let exe = std::env::current_exe().unwrap();
    let debug = exe.parent().unwrap().parent().unwrap();
    let generate = debug.join("examples").join("generate");
    let tmp = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(&generate)
        .arg(tmp.path())
        .arg(n.to_string())
        .args(["ACI", "7"])
        .status()
        .unwrap_or_else(|e| panic!("{}: {e}", generate.display()));
    assert!(status.success());
    let s = Structure { tmp };
    settle(&s);
    s
}

/// Cold (no index), warm (from the index, not rewritten), and cold again: the same.
fn same_with_and_without(s: &Structure) {
    assert!(!index(s).exists());
    let cold = answers(s);
    assert!(index(s).exists(), "the first pass writes the index");
    let written = std::fs::read(index(s)).unwrap();
    let warm = answers(s);
    assert_eq!(
        std::fs::read(index(s)).unwrap(),
        written,
        "nothing changed, so the warm passes read the index and leave it"
    );
    assert_eq!(warm, cold);
    std::fs::remove_dir_all(s.path().join(".iae")).unwrap();
    assert_eq!(answers(s), cold);
}

#[test]
fn every_answer_is_the_same_with_and_without_the_index_on_the_demo() {
    same_with_and_without(&demo());
}

#[test]
fn every_answer_is_the_same_with_and_without_the_index_on_a_generated_structure() {
    same_with_and_without(&generated(400));
}

/// Something done to the index file.
type Damage = Box<dyn Fn(&Path)>;

#[test]
fn a_damaged_truncated_deleted_or_back_dated_index_changes_no_answer() {
    let s = demo();
    let truth = answers(&s);
    let good = std::fs::read(index(&s)).unwrap();
    let damages: Vec<(&str, Damage, bool)> = vec![
        (
            "one byte flipped",
            Box::new(|p: &Path| {
                let mut b = std::fs::read(p).unwrap();
                let middle = b.len() / 2;
                b[middle] ^= 0x5a;
                std::fs::write(p, b).unwrap();
            }),
            true,
        ),
        (
            "truncated",
            Box::new(|p: &Path| {
                let b = std::fs::read(p).unwrap();
                std::fs::write(p, &b[..b.len() * 2 / 3]).unwrap();
            }),
            true,
        ),
        (
            "cut at its trailer",
            Box::new(|p: &Path| {
                let b = std::fs::read(p).unwrap();
                std::fs::write(p, &b[..b.len() - 16]).unwrap();
            }),
            true,
        ),
        (
            "not an index",
            Box::new(|p: &Path| std::fs::write(p, "schema = 1\n").unwrap()),
            true,
        ),
        (
            "deleted",
            Box::new(|p: &Path| std::fs::remove_file(p).unwrap()),
            false,
        ),
        (
            "back-dated",
            Box::new(|p: &Path| {
                set_mtime(p, SystemTime::UNIX_EPOCH + Duration::from_secs(946_684_800))
            }),
            false,
        ),
    ];
    for (what, damage, noted) in damages {
        std::fs::write(index(&s), &good).unwrap();
        damage(&index(&s));
        let out = s
            .iae()
            .args([
                "--format", "json", "report", "exits", "--year", "2025", "--detail",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{what}: {}", stderr(&out));
        assert_eq!(
            stderr(&out).contains(".iae/index"),
            noted,
            "{what}: a damaged index is noted, a missing or old one is not: {}",
            stderr(&out)
        );
        assert_eq!(answers(&s), truth, "{what}");
        let again = s.iae().args(["report", "active"]).output().unwrap();
        assert!(
            !stderr(&again).contains(".iae/index"),
            "{what}: rebuilt, so noted once: {}",
            stderr(&again)
        );
    }
}

/// An index copied back from before a hand edit is not believed over the file.
#[test]
fn an_old_index_put_back_after_a_hand_edit_is_not_believed() {
    let s = demo();
    answers(&s);
    let old = std::fs::read(index(&s)).unwrap();
    let file = &s.case_files()[0];
    let text = std::fs::read_to_string(file).unwrap();
    let edited = text.replacen("last_name = \"", "last_name = \"Z", 1);
    assert_ne!(edited, text);
    std::fs::write(file, &edited).unwrap();
    settle(&s);
    std::fs::write(index(&s), &old).unwrap();
    let with_old = answers(&s);
    std::fs::remove_dir_all(s.path().join(".iae")).unwrap();
    assert_eq!(with_old, answers(&s));
}

/// Git's racy case: the file is edited by hand (same size, new content) in the second
/// the index was written, on a file system whose times do not tell the two writes
/// apart — its key (size, time, inode) is unchanged. The change is seen.
#[test]
fn a_same_second_edit_of_the_same_size_is_seen() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let file = s.path().join("salaries").join(format!("{id}.toml"));
    let written = SystemTime::now();
    set_mtime(&file, written);
    let before = s
        .iae()
        .args(["--format", "json", "list", "--all"])
        .output()
        .unwrap();
    assert!(stdout(&before).contains("MARTIN Sofia"));
    // The index was written in the same second as the file.
    set_mtime(&index(&s), written);

    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replace("first_name = \"Sofia\"", "first_name = \"Sofie\"");
    assert_eq!(edited.len(), text.len());
    std::fs::write(&file, &edited).unwrap();
    set_mtime(&file, written);

    let after = s
        .iae()
        .args(["--format", "json", "list", "--all"])
        .output()
        .unwrap();
    assert!(
        stdout(&after).contains("MARTIN Sofie"),
        "{}",
        stdout(&after)
    );
    s.iae().args(["show", "sofie"]).assert().success();
    s.iae().args(["show", "sofia"]).assert().failure();
}

/// Without touching any time: an edit right after the index was written is seen too.
#[test]
fn an_edit_right_after_the_index_was_written_is_seen() {
    let s = Structure::new("ACI");
    let id = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    let file = s.path().join("salaries").join(format!("{id}.toml"));
    s.iae().args(["list", "--all"]).assert().success();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Sofia", "Sofie")).unwrap();
    let out = s.iae().args(["list", "--all"]).output().unwrap();
    assert!(stdout(&out).contains("MARTIN Sofie"), "{}", stdout(&out));
}

/// The duplicate check and the name lookup go through the index, and see the files the
/// tool just wrote (their entries are journaled) as well as the ones edited by hand.
#[test]
fn recruit_and_show_find_people_through_the_index() {
    let s = Structure::new("ACI");
    let first = s.recruit("Martin", "Sofia", "1998-05-14", "2025-03-03");
    s.iae().args(["list", "--all"]).assert().success();
    let second = s.recruit("Durand", "Léa", "1990-01-02", "2025-03-03");
    assert!(s.path().join(".iae/index.journal").exists());
    let out = s.iae().args(["show", "lea"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&second));

    let dup = s
        .iae()
        .args(["recruit", "--last-name", "DURAND", "--first-name", "Lea"])
        .args([
            "--birth-date",
            "1990-01-02",
            "--sex",
            "F",
            "--hired-on",
            "2025-04-01",
        ])
        .output()
        .unwrap();
    assert!(!dup.status.success());
    assert!(stderr(&dup).contains(&second), "{}", stderr(&dup));

    // A hand edit renames the first person: the lookup follows the file.
    let file = s.path().join("salaries").join(format!("{first}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Sofia", "Chloé")).unwrap();
    let out = s.iae().args(["show", "chloe"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&first));

    // A whole-structure pass folds the journal into the index.
    s.iae().args(["report", "active"]).assert().success();
    assert!(!s.path().join(".iae/index.journal").exists());
}

/// A broken file is reported the same way whether or not the index knows it.
#[test]
fn an_unreadable_file_is_reported_with_and_without_the_index() {
    let s = demo();
    let file = &s.case_files()[1];
    std::fs::write(file, "schema = 1\nid = \n").unwrap();
    settle(&s);
    let cold = answers(&s);
    let warm = answers(&s);
    assert_eq!(cold, warm);
    assert!(cold.iter().any(|a| a.contains("E001")), "{cold:?}");
}

/// TOML 1.1-only syntax (W012) is found while the file is read and kept in its entry:
/// `check` reports it the same from the index as from the file.
#[test]
fn toml_1_1_syntax_is_reported_from_the_index_as_from_the_file() {
    let s = demo();
    let file = &s.case_files()[0];
    let text = std::fs::read_to_string(file).unwrap();
    let edited = text.replacen("last_name = \"", "last_name = \"\\e", 1);
    assert_ne!(edited, text);
    std::fs::write(file, &edited).unwrap();
    settle(&s);
    let check = || {
        let out = s
            .iae()
            .args(["--format", "json", "check"])
            .output()
            .unwrap();
        stdout(&out)
    };
    let cold = check();
    assert!(cold.contains("W012"), "{cold}");
    let written = std::fs::read(index(&s)).unwrap();
    assert_eq!(check(), cold);
    assert_eq!(
        std::fs::read(index(&s)).unwrap(),
        written,
        "the warm check read the index"
    );
}
