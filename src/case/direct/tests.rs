use crate::case::CaseFile;
use crate::case::parse::{Parsed, parse_case, parse_typed};

const BASE: &str = "schema = 1\nid = \"7K3M9Q\"\n\n[person]\nlast_name = \"Aubert\"\nfirst_name = \"Lina\"\nbirth_date = 1990-01-01\nsex = \"F\"\n\n[recruitment]\nhired_on = 2025-03-03\n";

/// Whether the direct reader read `text`; when it did, it read what the general reader
/// reads, unknown keys included.
fn direct(text: &str) -> bool {
    let general = parse_typed::<CaseFile>(text);
    let Some(read) = super::parse::<CaseFile>(text) else {
        return false;
    };
    let general: Parsed<CaseFile> = general.expect("the general reader reads it too");
    assert_eq!(read.value, general.value, "{text}");
    assert_eq!(read.unknown_keys, general.unknown_keys, "{text}");
    true
}

/// The general reader refuses `text`; the direct one gives way to it.
fn refused(text: &str) -> bool {
    super::parse::<CaseFile>(text).is_none() && parse_typed::<CaseFile>(text).is_err()
}

fn with(extra: &str) -> String {
    format!("{BASE}{extra}")
}

#[test]
fn the_demo_files_are_read_directly_and_alike() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/salaries");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(direct(&text), "{text}");
        read += 1;
    }
    assert!(read >= 10);
}

/// Four demo files with one line deleted, doubled or moved to the end: whatever the
/// direct reader reads, the general reader reads alike; what it refuses, the direct one
/// leaves to it.
#[test]
fn edited_files_are_read_alike_or_left_to_the_general_reader() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/salaries");
    let (mut read, mut left) = (0, 0);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in &paths[..4] {
        let text = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for i in 0..lines.len() {
            let mut edits = vec![lines.clone(), lines.clone(), lines.clone()];
            edits[0].remove(i);
            edits[1].insert(i, lines[i]);
            let moved = edits[2].remove(i);
            edits[2].push(moved);
            for edit in edits {
                let edited = edit.join("\n");
                if direct(&edited) {
                    read += 1;
                } else {
                    assert!(super::parse::<CaseFile>(&edited).is_none());
                    left += 1;
                }
            }
        }
    }
    assert!(read > 200 && left > 200, "{read} read, {left} left");
}

#[test]
fn files_as_the_tool_writes_them_are_read_directly() {
    assert!(direct(BASE));
    assert!(direct(&BASE.replace('\n', "\r\n")));
    assert!(direct(&format!("\u{feff}# Dossier\n{BASE}")));
    let full = with(concat!(
        "applied_on = 2025-02-01 # same day as the interview\n",
        "[eligibility]\ndate = 2025-02-20\nby = \"prescriber\"\ncriteria = [\n  \"rsa\", # bRSA\n  \"ass\",\n]\n",
        "[[contracts]]\nkind = \"cddi\"\nstart = 2025-03-03\nend = 2025-09-02\nweekly_hours = 26.5\nposition = \"Agent d'entretien\"\nderogation = 'C:\\dossiers'\n",
        "[[contracts]]\nkind = \"cddi\"\nstart = 2025-09-03\nend = 2026-03-02\nweekly_hours = 35\nposition = \"Agent\"\n",
        "[[interviews]]\ndate = 2025-03-10\nkind = \"suivi\"\nby = \"C. Durand\"\nnotes = \"\"\"\nLigne \\\"un\\\".\n\tDeux.\"\"\"\n",
        "[[barriers]]\nnumber = 1\ncategory = \"housing\"\nnoted_on = 2025-03-10\ndetail = \"\"\nstatus = \"open\"\n",
        "[[barriers.actions]]\ndate = 2025-03-12\ntext = \"Dossier DALO\"\n",
        "[[barriers.actions]]\ndate = 2025-04-12\ntext = \"Relance\"\n",
        "[[barriers]]\nnumber = 2\ncategory = \"mobility\"\nnoted_on = 2025-04-01\ndetail = \"Permis\"\nstatus = \"open\"\n",
        "[exit]\ndate = 2026-03-02\nreason = \"cdi\"\ncontract_months = 12\n",
    ));
    assert!(direct(&full));
}

#[test]
fn unknown_keys_and_tables_are_found_as_the_general_reader_finds_them() {
    assert!(direct(&with("nickname = \"Lili\"\n")));
    assert!(direct(&with(
        "[extra]\na = 1\n[extra.deeper]\nb = [[1, 2], [3]]\n"
    )));
    assert!(direct(&with(
        "[[notes]]\ntext = \"x\"\n[[notes]]\ntext = \"y\"\n"
    )));
    assert!(direct(&with(
        "[[interviews]]\ndate = 2025-03-10\nkind = \"suivi\"\nby = \"A\"\nmood = \"ok\"\n"
    )));
    // A table made on the way: `[a.b]` with no `[a]`.
    assert!(direct(&with("[made.on.the]\nway = 1979-05-27 07:32:00Z\n")));
    assert!(direct(&with("when = 1979-05-27t07:32:00\n")));
}

#[test]
fn keys_are_decoded_as_the_general_reader_decodes_them() {
    let quoted = BASE
        .replace("last_name =", "\"last_name\" =")
        .replace("first_name", "'first_name'")
        .replace("sex", "\"s\\u0065x\"")
        .replace("[person]", "[ \"person\" ]");
    assert!(direct(&quoted));
    assert!(direct(&with("\"\" = 1\n\"a b\" = \"\\e\\x41\"\n")));
    assert!(direct(&with("A-z_09 = 1\n-- = 2\n1234 = 3\n")));
    assert!(refused(&with("é = 1\n")));
}

#[test]
fn what_it_leaves_to_the_general_reader_is_read_there() {
    let valid = [
        with("person.nickname = \"Lili\"\n"),
        BASE.replace("[person]\n", "person = { last_name = \"Aubert\", first_name = \"Lina\", birth_date = 1990-01-01, sex = \"F\" }\n[x]\n")
            .replace("last_name = \"Aubert\"\nfirst_name = \"Lina\"\nbirth_date = 1990-01-01\nsex = \"F\"\n", ""),
        with("[person.extra]\na = 1\n"),
        with("[[interviews]]\ndate = 2025-03-10\nkind = \"suivi\"\nby = \"A\"\n[exit]\ndate = 2025-06-30\nreason = \"cdi\"\n[[interviews]]\ndate = 2025-04-10\nkind = \"suivi\"\nby = \"A\"\n"),
        with("[made.on]\n[made]\na = 1\n"),
    ];
    for text in &valid {
        assert!(!direct(text), "{text}");
        let general = parse_typed::<CaseFile>(text).unwrap();
        assert_eq!(parse_case(text).unwrap().value, general.value);
    }
}

#[test]
fn a_file_the_general_reader_refuses_is_refused() {
    for text in [
        with("hired_on = 2025-03-04\n"),
        with("[person]\n"),
        with("x = 2025-13-01\n"),
        with("x = \"\\q\"\n"),
        with("x = 01\n"),
        with("x = [1, 2\n"),
        with("# \u{7}\n"),
        with("[exit]\ndate = 2025-06-31\nreason = \"cdi\"\n"),
        BASE.replace("hired_on = 2025-03-03", "hired_on = 2025-03-03T10:00:00"),
        BASE.replace("sex = \"F\"", "sex = 1"),
        BASE.replace("schema = 1", "schema = 99999999999999999999999"),
        BASE.replace("schema = 1", "schema = -1"),
        BASE.replace("[person]", "[[person]]"),
        BASE.replace("hired_on", "[recruitment.hired_on]\nx"),
        String::new(),
    ] {
        assert!(refused(&text), "{text}");
    }
}

#[test]
fn a_table_of_more_keys_than_the_direct_reader_holds_is_read_by_the_general_one() {
    // The base's root table has four keys: schema, id, person, recruitment.
    let keys = |n: usize| -> String {
        let pairs: String = (0..n).map(|i| format!("k{i} = {i}\n")).collect();
        BASE.replacen("schema = 1\n", &format!("schema = 1\n{pairs}"), 1)
    };
    assert!(direct(&keys(44)));
    let over = keys(45);
    assert!(!direct(&over));
    assert_eq!(parse_case(&over).unwrap().unknown_keys.len(), 45);
}

#[test]
fn unknown_tables_and_values_are_checked_as_known_ones() {
    for extra in [
        "[extra]\na = 1\na = 2\n",
        "[extra]\n\"\\u0061\" = 1\na = 2\n",
        "[extra]\nb = 1\n[extra.b]\n",
        "[extra]\nx = [1]\n[extra.x.y]\n",
        "[extra.a]\n[extra.a]\n",
        "[[extra.a]]\n[extra.a]\n",
        "[[notes]]\n[notes.x]\n[notes.x]\n",
        "[[contracts]]\nkind = \"cddi\"\nstart = 2025-03-03\nweekly_hours = 35\n[contracts.extra]\nq = 1\nq = 2\n",
        "extra = 999999999999999999999999999999999999999999\n",
        "extra = -0xff\n",
        "extra = 0xffffffffffffffffffffffffffffffffff\n",
        "extra = [1, [2, 1e999]]\n",
        "[extra]\na = -1e999\n",
    ] {
        assert!(refused(&with(extra)), "{extra}");
    }
    // Within range, an unknown number is read alike.
    assert!(direct(&with(
        "extra = [0xff, -170141183460469231731687303715884105728, 1e308]\n"
    )));
}

#[test]
fn a_header_of_more_keys_than_the_general_reader_allows_is_refused() {
    let header = |n: usize| {
        let keys: Vec<String> = (0..n).map(|i| format!("k{i}")).collect();
        with(&format!("[{}]\n", keys.join(".")))
    };
    assert!(direct(&header(80)));
    assert!(refused(&header(81)));
}

/// A date written as a table is read by its private key only; the general reader drops
/// what else that table holds, which the direct reader leaves to it.
#[test]
fn a_table_read_only_in_part_is_left_to_the_general_reader() {
    let text = BASE.replace(
        "birth_date = 1990-01-01\nsex = \"F\"\n",
        "sex = \"F\"\n[person.birth_date]\n\"$__toml_private_datetime\" = \"1990-01-01\"\npostcode = \"75001\"\n",
    );
    assert!(!direct(&text));
    let read = parse_case(&text).unwrap();
    assert_eq!(read.value, parse_typed::<CaseFile>(&text).unwrap().value);
    assert_eq!(read.value.person.postcode, None);
}
