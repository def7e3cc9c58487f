//! A case file left with git's conflict markers: one clear finding (E006) at the first
//! marker, saying what to keep, instead of a TOML syntax error.

use super::finding::{Code, Finding};

/// E006 when `text` holds a `<<<<<<<` marker line; `None` otherwise.
pub fn conflict_finding(text: &str) -> Option<Finding> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with("<<<<<<<"))?;
    let end = lines[start..]
        .iter()
        .position(|l| l.starts_with(">>>>>>>"))
        .map_or(lines.len(), |i| start + i);
    let block = &lines[start + 1..end];
    let middle = block
        .iter()
        .position(|l| l.starts_with("======="))
        .unwrap_or(block.len());
    let (ours, theirs) = (&block[..middle], block.get(middle + 1..).unwrap_or(&[]));
    let header = |l: &&str| {
        let l = l.trim();
        l.starts_with('[')
            .then(|| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
    };
    let key_of = |l: &&str| {
        let (key, _) = l.split_once('=')?;
        let key = key.trim();
        (!key.is_empty() && !key.starts_with('[')).then(|| key.to_string())
    };
    // The nearest header above the markers: `[[interviews]]` when git split two entries.
    let above = lines[..start]
        .iter()
        .rev()
        .find(|l| l.trim().starts_with('['));
    let one_key = |side: &[&str]| -> Option<String> {
        let content: Vec<&&str> = side
            .iter()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("|||||||"))
            .collect();
        match content.as_slice() {
            [line] => key_of(line),
            [] => Some(String::new()),
            _ => None,
        }
    };
    let single_value = match (one_key(ours), one_key(theirs)) {
        (Some(a), Some(b)) if a == b || a.is_empty() || b.is_empty() => {
            Some(if a.is_empty() { b } else { a })
        }
        _ => None,
    };
    let message = if let Some(key) = single_value.filter(|k| !k.is_empty()) {
        let key = match above.and_then(header) {
            Some(s) => format!("{s}.{key}"),
            None => key,
        };
        crate::t!("conflict-value", key = key)
    } else if let Some(section) = block
        .iter()
        .find(|l| l.trim().starts_with("[["))
        .and_then(header)
    {
        crate::t!("conflict-blocks", section = section)
    } else if let Some(section) = block.iter().find_map(header) {
        crate::t!("conflict-section", section = section)
    } else if let Some(section) = above
        .filter(|l| l.trim().starts_with("[["))
        .and_then(header)
    {
        crate::t!("conflict-blocks", section = section)
    } else if let Some(key) = block.iter().find_map(key_of) {
        let key = match above.and_then(header) {
            Some(s) => format!("{s}.{key}"),
            None => key,
        };
        crate::t!("conflict-value", key = key)
    } else {
        crate::t!("conflict-other")
    };
    let mut finding = Finding::new(Code::MergeConflict, Vec::new(), message);
    finding.line = Some(start + 1);
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_events_say_keep_both() {
        let text = "id = \"A\"\n\n<<<<<<< HEAD\n[[interviews]]\ndate = 2025-04-02\n=======\n[[interviews]]\ndate = 2025-04-10\n>>>>>>> origin/main\n";
        let f = conflict_finding(text).unwrap();
        assert_eq!((f.code.as_str(), f.line), ("E006", Some(3)));
        assert!(f.message.contains("[[interviews]]"), "{}", f.message);
    }

    #[test]
    fn a_value_names_its_key() {
        let text = "[[contracts]]\nkind = \"cddi\"\n<<<<<<< ours\nend = 2025-12-31\n=======\nend = 2026-03-02\n>>>>>>> theirs\n";
        let f = conflict_finding(text).unwrap();
        assert_eq!(f.line, Some(3));
        assert!(f.message.contains("contracts.end"), "{}", f.message);
    }

    #[test]
    fn two_entries_split_under_one_header_say_keep_both() {
        let text = "[[interviews]]\n<<<<<<< HEAD\ndate = 2025-04-10\nby = \"D. Petit\"\n=======\ndate = 2025-04-02\nby = \"C. Durand\"\n>>>>>>> origin/master\n";
        let f = conflict_finding(text).unwrap();
        assert_eq!(f.line, Some(2));
        assert!(f.message.contains("[[interviews]]"), "{}", f.message);
    }

    #[test]
    fn no_marker_no_finding() {
        assert!(conflict_finding("notes = \"\"\"\n<<<< not a marker\n\"\"\"\n").is_none());
    }
}
