//! What a counsellor reads in French: one salarié's timeline (`iae show`) and the list of
//! the structure (`iae list`), pinned on the demo.

use crate::{iae, transcript};
use std::path::Path;

fn demo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo")
}

#[test]
fn the_timeline_in_french() {
    let out = iae()
        .arg("--dir")
        .arg(demo())
        .args(["--today", "2025-11-10", "show", "benali"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn the_list_in_french() {
    let out = iae()
        .arg("--dir")
        .arg(demo())
        .args(["--today", "2025-11-10", "list", "--all"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}
