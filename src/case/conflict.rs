//! A case file left with git's conflict markers: one clear finding (E006) at the first
//! marker, saying what to keep, instead of a TOML syntax error.

use super::finding::Finding;

/// E006 when `text` holds a `<<<<<<<` marker line; `None` otherwise.
pub fn conflict_finding(text: &str) -> Option<Finding> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with("<<<<<<<"))?;
    let end = lines[start..]
        .iter()
        .position(|l| l.starts_with(">>>>>>>"))
        .map_or(lines.len(), |i| start + i);
    let block = &lines[start + 1..end];
    let header = |l: &&str| {
        let l = l.trim();
        l.starts_with('[')
            .then(|| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
    };
    let message = if let Some(section) = block
        .iter()
        .find(|l| l.trim().starts_with("[["))
        .and_then(header)
    {
        crate::t!("conflict-blocks", section = section)
    } else if let Some(section) = block.iter().find_map(header) {
        crate::t!("conflict-section", section = section)
    } else if let Some((key, _)) = block
        .iter()
        .find(|l| !l.starts_with("=======") && !l.starts_with("|||||||"))
        .and_then(|l| l.split_once('='))
    {
        let section = lines[..start].iter().rev().find_map(header);
        let key = key.trim();
        let key = match section {
            Some(s) => format!("{s}.{key}"),
            None => key.to_string(),
        };
        crate::t!("conflict-value", key = key)
    } else {
        crate::t!("conflict-other")
    };
    let mut finding = Finding::new("E006", Vec::new(), message);
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
        assert_eq!((f.code, f.line), ("E006", Some(3)));
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
    fn no_marker_no_finding() {
        assert!(conflict_finding("notes = \"\"\"\n<<<< not a marker\n\"\"\"\n").is_none());
    }
}
