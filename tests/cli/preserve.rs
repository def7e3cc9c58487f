//! A tool edit changes only what it must: comments, blank lines, alignment and the order a
//! person chose survive byte for byte (fixtures `preserve/in` → `preserve/out`).

use crate::*;
use iae::case::document::{date_value, interview_table, push_table, replace_value};
use iae::case::model::Interview;
use iae::store::Store;
use iae::store::id::CaseId;

#[test]
fn a_tool_edit_keeps_every_hand_written_byte_outside_the_change() {
    let s = Structure::from_fixture("preserve/in");
    let store = Store::open(s.path().to_path_buf()).unwrap();
    let id = CaseId::parse("7K3M9Q").unwrap();
    let ((), written) = store
        .update(&id, |doc, _| {
            let contract = doc["contracts"]
                .as_array_of_tables_mut()
                .unwrap()
                .get_mut(0)
                .unwrap();
            replace_value(
                &mut contract["end"],
                date_value("2026-03-02".parse().unwrap()),
            );
            let interview = Interview {
                date: "2025-04-01".parse().unwrap(),
                kind: "suivi".into(),
                by: "C. Durand".into(),
                medium: None,
                attendance: None,
                duration_minutes: None,
                topic: None,
                notes: None,
            };
            push_table(
                doc.as_table_mut(),
                "interviews",
                interview_table(&interview),
            )
        })
        .unwrap();
    assert!(written);
    let expected = std::fs::read_to_string(fixture("preserve/out/salaries/7K3M9Q.toml")).unwrap();
    assert_eq!(s.read("7K3M9Q"), expected);
}

#[test]
fn an_edit_that_changes_nothing_does_not_rewrite_the_file() {
    let s = Structure::from_fixture("preserve/in");
    let path = s.path().join("salaries/7K3M9Q.toml");
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let store = Store::open(s.path().to_path_buf()).unwrap();
    let id = CaseId::parse("7K3M9Q").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let ((), written) = store.update(&id, |_, _| Ok(())).unwrap();
    assert!(!written);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
}

#[test]
fn an_edit_that_would_break_the_file_is_refused() {
    let s = Structure::from_fixture("preserve/in");
    let before = s.read("7K3M9Q");
    let store = Store::open(s.path().to_path_buf()).unwrap();
    let id = CaseId::parse("7K3M9Q").unwrap();
    let err = store
        .update(&id, |doc, _| {
            let contract = doc["contracts"]
                .as_array_of_tables_mut()
                .unwrap()
                .get_mut(0)
                .unwrap();
            replace_value(
                &mut contract["end"],
                date_value("2024-01-01".parse().unwrap()),
            );
            Ok(())
        })
        .unwrap_err();
    assert!(err.to_string().contains("E004"), "{err}");
    assert_eq!(s.read("7K3M9Q"), before);
}
