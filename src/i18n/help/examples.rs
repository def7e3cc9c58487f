//! The examples that end each command's help, laid out to be copied into a shell.

/// The width examples are laid out for, as a terminal shows them.
pub(super) const EXAMPLE_WIDTH: usize = 80;

/// An example indented under its heading; a long one continues on the next lines with
/// ` \`, broken between options, so it can be copied as it is into a shell.
pub(super) fn example_lines(example: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut quoted = false;
    for c in example.chars() {
        match c {
            ' ' if !quoted => words.push(String::new()),
            c => {
                if c == '"' {
                    quoted = !quoted;
                }
                match words.last_mut() {
                    Some(w) => w.push(c),
                    None => words.push(c.to_string()),
                }
            }
        }
    }
    // An option stays on the line of its value.
    let mut groups: Vec<String> = Vec::new();
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        match groups.last_mut() {
            Some(group)
                if !word.starts_with('-') && group.starts_with("--") && !group.contains(' ') =>
            {
                group.push(' ');
                group.push_str(&word);
            }
            _ => groups.push(word),
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for group in groups {
        if line.is_empty() {
            line = format!("  {group}");
        } else if line.chars().count() + 1 + group.chars().count() > EXAMPLE_WIDTH - 2 {
            lines.push(format!("{line} \\"));
            line = format!("      {group}");
        } else {
            line.push(' ');
            line.push_str(&group);
        }
    }
    lines.push(line);
    lines
}
