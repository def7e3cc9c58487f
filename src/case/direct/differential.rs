//! The two readers compared on documents made at random (a fixed seed): headers of
//! known, unknown, quoted and nested tables in any order, pairs of any key and value, and
//! the lines of a valid file deleted, doubled, moved and replaced. Whatever the direct
//! reader reads, the general one reads alike.

use crate::case::CaseFile;
use crate::case::parse::parse_typed;

const BASE: &str = "schema = 1\nid = \"7K3M9Q\"\n\n[person]\nlast_name = \"Aubert\"\nfirst_name = \"Lina\"\nbirth_date = 1990-01-01\nsex = \"F\"\n\n[recruitment]\nhired_on = 2025-03-03\n";

const HEADERS: &[&str] = &[
    "person",
    "recruitment",
    "eligibility",
    "pass",
    "pass.suspensions",
    "contracts",
    "interviews",
    "barriers",
    "barriers.actions",
    "project",
    "project.previous",
    "exit",
    "extra",
    "extra.a",
    "extra.a.b",
    "notes",
    "person.extra",
    "contracts.extra",
    "\"person\"",
    "'extra'.a",
    "\"extra\" . \"a\"",
    "exit.date",
    "person.birth_date",
    "a.b.c",
    "\"\"",
    "\"a b\"",
];

const KEYS: &[&str] = &[
    "schema",
    "id",
    "last_name",
    "first_name",
    "birth_date",
    "sex",
    "postcode",
    "hired_on",
    "applied_on",
    "prescriber",
    "date",
    "by",
    "criteria",
    "number",
    "start",
    "end",
    "kind",
    "weekly_hours",
    "position",
    "noted_on",
    "detail",
    "status",
    "category",
    "text",
    "reason",
    "contract_months",
    "level",
    "a",
    "b",
    "extra",
    "\"a\"",
    "'a'",
    "\"\\u0061\"",
    "\"sex\"",
    "\"\"",
    "a.b",
    "person",
    "contracts",
    "exit",
];

const VALUES: &[&str] = &[
    "1",
    "-0",
    "+1",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "9223372036854775808",
    "-9223372036854775809",
    "4294967296",
    "256",
    "1.5",
    "-0.0",
    "1e3",
    "1E-400",
    "inf",
    "-inf",
    "1e308",
    "1e999",
    "true",
    "2025-03-03",
    "2024-02-29",
    "2023-02-29",
    "2025-03-03T10:00:00",
    "2025-03-03t10:00:00z",
    "2025-03-03 10:00:00+01:00",
    "10:00:00",
    "\"s\"",
    "'lit'",
    "\"\"\"\nml\"\"\"",
    "\"\\e\\x41\\u00e9\"",
    "\"2025-03-03\"",
    "[]",
    "[1, \"a\"]",
    "[[1], [2, [3]]]",
    "[\n 1, # c\n 2,\n]",
    "[2025-03-03]",
    "[\"rsa\",]",
    "{ a = 1 }",
    "99999999999999999999999999999999999999999",
];

/// xorshift64: the same documents on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    fn line(&mut self) -> String {
        if self.below(3) == 0 {
            let header = self.pick(HEADERS);
            if self.below(2) == 0 {
                format!("[{header}]")
            } else {
                format!("[[{header}]]")
            }
        } else {
            format!("{} = {}", self.pick(KEYS), self.pick(VALUES))
        }
    }
}

/// `BASE` with up to three lines inserted, doubled, deleted, swapped or given another value.
fn mutated(r: &mut Rng) -> String {
    let mut lines: Vec<String> = BASE.lines().map(str::to_string).collect();
    for _ in 0..1 + r.below(3) {
        let i = r.below(lines.len());
        match r.below(5) {
            0 => {
                let line = r.line();
                lines.insert(i, line);
            }
            1 => lines.insert(r.below(lines.len()), lines[i].clone()),
            2 => drop(lines.remove(i)),
            3 => {
                let j = r.below(lines.len());
                lines.swap(i, j);
            }
            _ => {
                if let Some((key, _)) = lines[i].split_once(" = ") {
                    lines[i] = format!("{key} = {}", r.pick(VALUES));
                }
            }
        }
    }
    lines.join("\n") + "\n"
}

/// `BASE` followed by tables in any order, each with a few pairs.
fn structured(r: &mut Rng) -> String {
    let mut text = String::from(BASE);
    for _ in 0..1 + r.below(5) {
        text += &r.line();
        text.push('\n');
        for _ in 0..r.below(3) {
            text += &format!("{} = {}\n", r.pick(KEYS), r.pick(VALUES));
        }
    }
    text
}

#[test]
fn documents_made_at_random_are_read_alike_or_left_to_the_general_reader() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut read, mut left) = (0, 0);
    for n in 0..3000 {
        let text = if n % 2 == 0 {
            mutated(&mut r)
        } else {
            structured(&mut r)
        };
        let Some(direct) = super::parse::<CaseFile>(&text) else {
            left += 1;
            continue;
        };
        read += 1;
        let general = parse_typed::<CaseFile>(&text)
            .unwrap_or_else(|e| panic!("read directly, refused in general ({e:?}):\n{text}"));
        assert_eq!(direct.value, general.value, "{text}");
        assert_eq!(direct.unknown_keys, general.unknown_keys, "{text}");
    }
    assert!(read > 400 && left > 1000, "{read} read, {left} left");
}
