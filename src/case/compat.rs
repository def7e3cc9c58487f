//! TOML 1.1 syntax that TOML 1.0 readers (Python's `tomllib`, most libraries) reject: the
//! `\e` and `\xHH` escapes, inline tables over several lines or with a trailing comma.
//! The tool reads them; `check` warns (W012) so the files stay readable by other tools.

/// Each TOML 1.1-only construct of `text`: its byte offset and what it is (`\e`, `\x`,
/// `multi-line inline table`, `trailing comma in an inline table`).
pub fn toml11_only(text: &str) -> Vec<(usize, &'static str)> {
    #[derive(PartialEq)]
    enum State {
        Normal,
        Comment,
        Basic { multi: bool },
        Literal { multi: bool },
    }
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut state = State::Normal;
    // Open `{` and `[` of values; a newline directly inside `{` is TOML 1.1.
    let mut open: Vec<u8> = Vec::new();
    let mut last_significant = 0u8;
    let mut reported_table = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = |s: &str| bytes[i..].starts_with(s.as_bytes());
        match state {
            State::Comment => {
                if b == b'\n' {
                    state = State::Normal;
                    continue;
                }
            }
            State::Basic { multi } => {
                if b == b'\\' {
                    match bytes.get(i + 1) {
                        Some(b'e') => found.push((i, "\\e")),
                        Some(b'x') => found.push((i, "\\x")),
                        _ => {}
                    }
                    i += 2;
                    continue;
                }
                if multi && starts("\"\"\"") {
                    // Up to two quotes may close the content before the delimiter.
                    let mut end = i + 3;
                    while end < bytes.len() && bytes[end] == b'"' && end < i + 5 {
                        end += 1;
                    }
                    i = end;
                    state = State::Normal;
                    last_significant = b'"';
                    continue;
                }
                if !multi && (b == b'"' || b == b'\n') {
                    state = State::Normal;
                    last_significant = b'"';
                }
            }
            State::Literal { multi } => {
                if multi && starts("'''") {
                    let mut end = i + 3;
                    while end < bytes.len() && bytes[end] == b'\'' && end < i + 5 {
                        end += 1;
                    }
                    i = end;
                    state = State::Normal;
                    last_significant = b'\'';
                    continue;
                }
                if !multi && (b == b'\'' || b == b'\n') {
                    state = State::Normal;
                    last_significant = b'\'';
                }
            }
            State::Normal => match b {
                b'#' => state = State::Comment,
                b'"' => {
                    let multi = starts("\"\"\"");
                    state = State::Basic { multi };
                    if multi {
                        i += 3;
                        continue;
                    }
                }
                b'\'' => {
                    let multi = starts("'''");
                    state = State::Literal { multi };
                    if multi {
                        i += 3;
                        continue;
                    }
                }
                b'{' | b'[' => {
                    open.push(b);
                    if b == b'{' {
                        reported_table = false;
                    }
                    last_significant = b;
                }
                b'}' | b']' => {
                    if b == b'}' && last_significant == b',' && open.last() == Some(&b'{') {
                        found.push((i, "trailing comma in an inline table"));
                    }
                    open.pop();
                    last_significant = b;
                }
                b'\n' => {
                    if open.last() == Some(&b'{') && !reported_table {
                        found.push((i, "multi-line inline table"));
                        reported_table = true;
                    }
                    if open.is_empty() {
                        last_significant = 0;
                    }
                }
                b' ' | b'\t' | b'\r' => {}
                _ => last_significant = b,
            },
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(text: &str) -> Vec<&'static str> {
        toml11_only(text).into_iter().map(|(_, w)| w).collect()
    }

    #[test]
    fn toml_1_0_is_silent() {
        let text = "a = \"x\\u001B\\n\\\\e\"\nb = 'c:\\e\\x'\nc = \"\"\"\n\\\\e is \\\\x\"\"\"\n# \\e in a comment\nd = { e = 1, f = [1,\n 2] }\ng = [\n  1,\n]\n[[t]]\nh = '''\\x'''\n";
        assert_eq!(what(text), Vec::<&str>::new());
    }

    #[test]
    fn toml_1_1_escapes_and_inline_tables_are_found() {
        assert_eq!(what("a = \"\\e[1m\"\n"), ["\\e"]);
        assert_eq!(toml11_only("a = \"\\x41\"\n"), [(5, "\\x")]);
        assert_eq!(what("a = \"\"\"\n\\e\"\"\"\n"), ["\\e"]);
        assert_eq!(
            what("a = { b = 1,\n c = 2 }\n"),
            ["multi-line inline table"]
        );
        assert_eq!(
            what("a = { b = 1, }\n"),
            ["trailing comma in an inline table"]
        );
    }
}
