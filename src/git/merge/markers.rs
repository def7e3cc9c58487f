//! git's conflict markers around the one key both sides changed differently.

use super::Conflict;

pub(super) fn sentinel(n: usize) -> String {
    format!("@@iae-merge-conflict-{n}@@")
}

/// Replace the line holding the sentinel by git's markers around both versions.
pub(super) fn put_markers(text: &str, sentinel: &str, conflict: &Conflict) -> String {
    let quoted = format!("\"{sentinel}\"");
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        if line.contains(&quoted) {
            out.push_str("<<<<<<< ours\n");
            push_block(&mut out, &conflict.ours);
            out.push_str("=======\n");
            push_block(&mut out, &conflict.theirs);
            out.push_str(">>>>>>> theirs\n");
        } else {
            out.push_str(line);
        }
    }
    out
}

pub(super) fn push_block(out: &mut String, block: &str) {
    let block = block.trim_matches('\n');
    if !block.is_empty() {
        out.push_str(block);
        out.push('\n');
    }
}
