//! What a tool write keeps of the bytes it did not mean to change: a leading byte-order
//! mark and CRLF line endings. The document is edited without them and gets them back.

const BOM: char = '\u{feff}';

/// The byte habits of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Kept {
    pub bom: bool,
    pub crlf: bool,
}

impl Kept {
    /// A file is CRLF when its first line ends with CRLF.
    pub fn of(text: &str) -> Kept {
        let bom = text.starts_with(BOM);
        let crlf = text
            .find('\n')
            .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
        Kept { bom, crlf }
    }

    /// The text to edit: no mark, LF line endings.
    pub fn plain(self, text: &str) -> String {
        let text = text.strip_prefix(BOM).unwrap_or(text);
        if self.crlf {
            text.replace("\r\n", "\n")
        } else {
            text.to_string()
        }
    }

    /// The edited text with the file's mark and line endings back.
    pub fn restore(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 16 + 3);
        if self.bom {
            out.push(BOM);
        }
        if self.crlf {
            out.push_str(&text.replace("\r\n", "\n").replace('\n', "\r\n"));
        } else {
            out.push_str(text);
        }
        out
    }
}

/// When a change only appends to the document, put the comments that closed the old text
/// (the document's trailing comments) back right after it, before what was appended: a
/// comment written under the last entry of an array stays with that entry.
pub fn keep_trailing_comment(old: &str, trailing: &str, new: String) -> String {
    if !trailing.contains('#') || !old.ends_with(trailing) {
        return new;
    }
    let body = &old[..old.len() - trailing.len()];
    match new
        .strip_prefix(body)
        .and_then(|rest| rest.strip_suffix(trailing))
    {
        Some(appended) if !appended.is_empty() => {
            let mut out = String::with_capacity(new.len() + 1);
            out.push_str(body);
            out.push_str(trailing);
            if !trailing.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(appended);
            out
        }
        _ => new,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_comment_stays_above_what_is_appended() {
        let old = "[[a]]\nx = 1\n# about x\n";
        let new = "[[a]]\nx = 1\n\n[[a]]\nx = 2\n# about x\n".to_string();
        assert_eq!(
            keep_trailing_comment(old, "# about x\n", new),
            "[[a]]\nx = 1\n# about x\n\n[[a]]\nx = 2\n"
        );
        // Anything but a pure append is left as the document wrote it.
        let changed = "[[a]]\nx = 3\n# about x\n".to_string();
        assert_eq!(
            keep_trailing_comment(old, "# about x\n", changed.clone()),
            changed
        );
        let plain = "[[a]]\nx = 1\n\n[[a]]\n".to_string();
        assert_eq!(
            keep_trailing_comment("[[a]]\nx = 1\n", "", plain.clone()),
            plain
        );
    }

    #[test]
    fn bom_and_crlf_come_back() {
        let raw = "\u{feff}a = 1\r\nb = 2\r\n";
        let kept = Kept::of(raw);
        assert_eq!(
            kept,
            Kept {
                bom: true,
                crlf: true
            }
        );
        let plain = kept.plain(raw);
        assert_eq!(plain, "a = 1\nb = 2\n");
        assert_eq!(
            kept.restore(&format!("{plain}c = 3\n")),
            "\u{feff}a = 1\r\nb = 2\r\nc = 3\r\n"
        );
    }

    #[test]
    fn a_plain_file_stays_plain() {
        let raw = "a = 1\nb = \"x\\r\\n\"\n";
        let kept = Kept::of(raw);
        assert_eq!(kept, Kept::default());
        assert_eq!(kept.restore(&kept.plain(raw)), raw);
        assert_eq!(Kept::of(""), Kept::default());
    }
}
