//! TOML 1.1 syntax that TOML 1.0 readers (Python's `tomllib`, most libraries) reject: the
//! `\e` and `\xHH` escapes, inline tables over several lines or with a trailing comma.
//! The tool reads them; `check` warns (W012) so the files stay readable by other tools.

/// Each TOML 1.1-only construct of `text`: its byte offset and what it is (`\e`, `\x`,
/// `multi-line inline table`, `trailing comma in an inline table`).
pub fn toml11_only(text: &str) -> Vec<(usize, &'static str)> {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        i: 0,
        state: State::Normal,
        found: Vec::new(),
        open: Vec::new(),
        last_significant: 0,
        reported_table: false,
    };
    while scanner.i < scanner.bytes.len() {
        let moved = match scanner.state {
            State::Comment => scanner.in_comment(),
            State::Basic { multi } => scanner.in_basic(multi),
            State::Literal { multi } => scanner.in_literal(multi),
            State::Normal => scanner.in_normal(),
        };
        if !moved {
            scanner.i += 1;
        }
    }
    scanner.found
}

#[derive(PartialEq, Clone, Copy)]
enum State {
    Normal,
    Comment,
    Basic { multi: bool },
    Literal { multi: bool },
}

/// A walk over the bytes of a TOML document. Each `in_…` step reads the byte at `i` in
/// its state and says whether it moved `i` itself (else the walk moves one byte on).
struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    state: State,
    found: Vec<(usize, &'static str)>,
    /// Open `{` and `[` of values; a newline directly inside `{` is TOML 1.1.
    open: Vec<u8>,
    last_significant: u8,
    reported_table: bool,
}

impl Scanner<'_> {
    fn starts(&self, s: &str) -> bool {
        self.bytes[self.i..].starts_with(s.as_bytes())
    }

    fn in_comment(&mut self) -> bool {
        if self.bytes[self.i] == b'\n' {
            self.state = State::Normal;
            return true;
        }
        false
    }

    /// Past a closing triple `quote`: up to two quotes may close the content before it.
    fn close_multi(&mut self, quote: u8) {
        let mut end = self.i + 3;
        while end < self.bytes.len() && self.bytes[end] == quote && end < self.i + 5 {
            end += 1;
        }
        self.i = end;
        self.state = State::Normal;
        self.last_significant = quote;
    }

    fn in_basic(&mut self, multi: bool) -> bool {
        let b = self.bytes[self.i];
        if b == b'\\' {
            match self.bytes.get(self.i + 1) {
                Some(b'e') => self.found.push((self.i, "\\e")),
                Some(b'x') => self.found.push((self.i, "\\x")),
                _ => {}
            }
            self.i += 2;
            return true;
        }
        if multi && self.starts("\"\"\"") {
            self.close_multi(b'"');
            return true;
        }
        if !multi && (b == b'"' || b == b'\n') {
            self.state = State::Normal;
            self.last_significant = b'"';
        }
        false
    }

    fn in_literal(&mut self, multi: bool) -> bool {
        let b = self.bytes[self.i];
        if multi && self.starts("'''") {
            self.close_multi(b'\'');
            return true;
        }
        if !multi && (b == b'\'' || b == b'\n') {
            self.state = State::Normal;
            self.last_significant = b'\'';
        }
        false
    }

    fn in_normal(&mut self) -> bool {
        let b = self.bytes[self.i];
        match b {
            b'#' => self.state = State::Comment,
            b'"' | b'\'' => {
                let multi = self.starts(if b == b'"' { "\"\"\"" } else { "'''" });
                self.state = if b == b'"' {
                    State::Basic { multi }
                } else {
                    State::Literal { multi }
                };
                if multi {
                    self.i += 3;
                    return true;
                }
            }
            b'{' | b'[' => {
                self.open.push(b);
                if b == b'{' {
                    self.reported_table = false;
                }
                self.last_significant = b;
            }
            b'}' | b']' => {
                if b == b'}' && self.last_significant == b',' && self.open.last() == Some(&b'{') {
                    self.found
                        .push((self.i, "trailing comma in an inline table"));
                }
                self.open.pop();
                self.last_significant = b;
            }
            b'\n' => {
                if self.open.last() == Some(&b'{') && !self.reported_table {
                    self.found.push((self.i, "multi-line inline table"));
                    self.reported_table = true;
                }
                if self.open.is_empty() {
                    self.last_significant = 0;
                }
            }
            b' ' | b'\t' | b'\r' => {}
            _ => self.last_significant = b,
        }
        false
    }
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
