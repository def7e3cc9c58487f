//! The findings in the order they are shown: by file, then line and code. Each file's own
//! findings (in the order the pass gives the files) are merged with those found across
//! files, without holding more than one file's list.

use crate::case::finding::Located;
use std::iter::Peekable;

pub(super) struct InOrder<'a> {
    /// Each file's own findings, one list per file, in file order.
    lists: &'a mut dyn Iterator<Item = Vec<Located>>,
    /// The next file's own list, drawn but not shown yet.
    next_list: Option<Vec<Located>>,
    /// The findings across files, by file.
    others: Peekable<std::vec::IntoIter<Located>>,
    /// The file being shown.
    ready: std::vec::IntoIter<Located>,
}

impl<'a> InOrder<'a> {
    /// `others` must be grouped by file, the groups in file order.
    pub(super) fn new(
        lists: &'a mut dyn Iterator<Item = Vec<Located>>,
        others: Vec<Located>,
    ) -> Self {
        InOrder {
            lists,
            next_list: None,
            others: others.into_iter().peekable(),
            ready: Vec::new().into_iter(),
        }
    }
}

impl Iterator for InOrder<'_> {
    type Item = Located;

    fn next(&mut self) -> Option<Located> {
        loop {
            if let Some(l) = self.ready.next() {
                return Some(l);
            }
            if self.next_list.is_none() {
                self.next_list = (&mut self.lists).find(|l| !l.is_empty());
            }
            let own = self.next_list.as_ref().map(|l| l[0].file.as_str());
            let file = match (own, self.others.peek().map(|l| l.file.as_str())) {
                (None, None) => return None,
                (Some(a), Some(b)) => a.min(b),
                (Some(a), None) => a,
                (None, Some(b)) => b,
            }
            .to_string();
            let mut group = match self.next_list.take() {
                Some(list) if list[0].file == file => list,
                other => {
                    self.next_list = other;
                    Vec::new()
                }
            };
            while let Some(o) = self.others.next_if(|o| o.file == file) {
                group.push(o);
            }
            group.sort_by_key(|l| (l.line, l.code));
            self.ready = group.into_iter();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::finding::{Code, Severity};

    fn at(file: &str, line: usize, code: Code) -> Located {
        Located {
            file: file.to_string(),
            line: Some(line),
            column: None,
            code,
            severity: Severity::Warning,
            field: String::new(),
            message: String::new(),
            hint: None,
        }
    }

    #[test]
    fn files_come_in_order_each_by_line_and_code_with_what_was_found_across_files() {
        let own = vec![
            vec![at("salaries/A.toml", 9, Code::UnknownKey)],
            vec![],
            vec![
                at("salaries/C.toml", 4, Code::UnknownKey),
                at("salaries/C.toml", 2, Code::UnknownKey),
            ],
        ];
        let others = vec![
            at(".gitattributes", 1, Code::DriverMissing),
            at("salaries/A.toml", 3, Code::SamePerson),
            at("salaries/B.toml", 5, Code::SamePerson),
            at("salaries/C.toml", 2, Code::BadId),
            at("salaries/D.toml", 1, Code::SamePerson),
        ];
        let mut lists = own.into_iter();
        let shown: Vec<(String, Option<usize>, Code)> = InOrder::new(&mut lists, others)
            .map(|l| (l.file, l.line, l.code))
            .collect();
        let expected = [
            (".gitattributes", 1, Code::DriverMissing),
            ("salaries/A.toml", 3, Code::SamePerson),
            ("salaries/A.toml", 9, Code::UnknownKey),
            ("salaries/B.toml", 5, Code::SamePerson),
            ("salaries/C.toml", 2, Code::BadId),
            ("salaries/C.toml", 2, Code::UnknownKey),
            ("salaries/C.toml", 4, Code::UnknownKey),
            ("salaries/D.toml", 1, Code::SamePerson),
        ];
        let expected: Vec<_> = expected
            .iter()
            .map(|(f, l, c)| (f.to_string(), Some(*l), *c))
            .collect();
        assert_eq!(shown, expected);
    }
}
