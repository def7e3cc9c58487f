//! Every report in every format: the files people open (xlsx, HTML, CSV for French
//! spreadsheets) and the same bytes on stdout as in `--output`.

use crate::report::fixture;
use crate::*;

#[test]
fn every_format_and_the_files_people_open() {
    let (s, _) = fixture();
    for report in [
        &["exits", "--year", "2025"][..],
        &["deadlines"],
        &["active"],
        &["barriers", "--year", "2025"],
        &["annual", "--year", "2025"],
        &["interviews", "--year", "2025"],
    ] {
        for format in ["table", "json", "csv", "yaml", "markdown"] {
            let out = s
                .iae()
                .arg("report")
                .args(report)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{report:?} {format}: {}",
                stderr(&out)
            );
            assert!(!out.stdout.is_empty(), "{report:?} {format}");
        }
    }
    // CSV for French spreadsheets, byte for byte.
    let out = s
        .iae()
        .args([
            "report",
            "exits",
            "--year",
            "2025",
            "--format",
            "csv",
            "--csv-excel",
        ])
        .output()
        .unwrap();
    let expected = "\u{feff}category;label;exits;share\nemploi_durable;Emploi durable;1;0,5\nemploi_transition;Emploi de transition;0;0\nsortie_positive;Sortie positive;0;0\nautre_sortie;Autre sortie;1;0,5\ncounted;Sorties comptabilisées;2;\n";
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let file = s.path().join("exits.csv");
    s.iae()
        .args([
            "report",
            "exits",
            "--year",
            "2025",
            "--csv-excel",
            "--output",
        ])
        .arg(&file)
        .assert()
        .success();
    assert_eq!(&std::fs::read(&file).unwrap()[..3], b"\xEF\xBB\xBF");

    // A real workbook, read back.
    use calamine::{DataType, Reader, Xlsx, open_workbook};
    let xlsx = s.path().join("bilan.xlsx");
    s.iae()
        .args(["report", "annual", "--year", "2025", "--output"])
        .arg(&xlsx)
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Synthèse", "Sorties", "Public", "Freins", "Détail"]
    );
    let summary = book.worksheet_range("Synthèse").unwrap();
    assert_eq!(summary.get_value((0, 0)).unwrap().to_string(), "indicateur");
    assert_eq!(summary.get_value((1, 0)).unwrap().to_string(), "Entrées");
    assert_eq!(summary.get_value((1, 1)).unwrap().get_float(), Some(2.0));
    let exits = book.worksheet_range("Sorties").unwrap();
    assert_eq!(exits.get_value((1, 3)).unwrap().get_float(), Some(0.5));

    for (ext, needle) in [
        ("json", "\"entries\": 2"),
        ("yaml", "entries: 2"),
        ("md", "## Bilan 2025"),
        ("txt", "Bilan 2025"),
    ] {
        let path = s.path().join(format!("bilan.{ext}"));
        s.iae()
            .args(["report", "annual", "--year", "2025", "--output"])
            .arg(&path)
            .assert()
            .success();
        assert!(
            std::fs::read_to_string(&path).unwrap().contains(needle),
            "{ext}"
        );
    }
    let out = s
        .iae()
        .args(["report", "exits", "--year", "2025", "--output"])
        .arg(s.path().join("x.html"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "HTML is for the annual report");
    let out = s
        .iae()
        .args(["report", "exits", "--year", "2025", "--output"])
        .arg(s.path().join("x.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_annual_html_page_renders_in_a_browser() {
    let (s, _) = fixture();
    let html = s.path().join("bilan.html");
    s.iae()
        .args(["report", "annual", "--year", "2025", "--output"])
        .arg(&html)
        .assert()
        .success();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        page.matches("<svg").count(),
        2,
        "exits by category and barriers"
    );
    assert!(
        !page.contains("<script") && !page.contains("<link"),
        "self-contained"
    );
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        eprintln!("SKIPPED: no Chromium on this machine; the page was not rendered in a browser");
        return;
    };
    let shot = s.path().join("bilan.png");
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .args([
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1100,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(
        !log.contains("CONSOLE") && !log.contains("Uncaught"),
        "console errors: {log}"
    );
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[..4], b"\x89PNG");
    assert!(png.len() > 10_000, "a page with content");
}

const EVERY_REPORT: [&[&str]; 7] = [
    &["exits", "--year", "2025"],
    &["exits", "--year", "2025", "--detail"],
    &["deadlines"],
    &["active"],
    &["barriers", "--year", "2025"],
    &["annual", "--year", "2025"],
    &["interviews", "--year", "2025"],
];

/// The demo structure, read in place (reports never write), with output files elsewhere.
fn demo() -> Command {
    let mut cmd = iae();
    cmd.arg("--dir")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"))
        .args(["--today", "2026-01-15"]);
    cmd
}

#[test]
fn stdout_and_output_files_hold_the_same_bytes() {
    let out_dir = tempfile::tempdir().unwrap();
    for report in EVERY_REPORT {
        for (format, ext, extra) in [
            ("markdown", "md", None),
            ("csv", "csv", None),
            ("csv", "csv", Some("--csv-excel")),
            ("json", "json", None),
            ("yaml", "yaml", None),
        ] {
            let printed = demo()
                .arg("report")
                .args(report)
                .args(extra)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(printed.status.success(), "{report:?}: {}", stderr(&printed));
            let file = out_dir.path().join(format!("x.{ext}"));
            let written = demo()
                .arg("report")
                .args(report)
                .args(extra)
                .arg("--output")
                .arg(&file)
                .output()
                .unwrap();
            assert!(written.status.success(), "{report:?}: {}", stderr(&written));
            assert!(written.stdout.is_empty(), "the file, not stdout");
            assert_eq!(
                String::from_utf8_lossy(&printed.stdout),
                String::from_utf8_lossy(&std::fs::read(&file).unwrap()),
                "{report:?} {format} {extra:?}"
            );
        }
    }
}

#[test]
fn markdown_headers_are_one_line_and_every_table_is_whole() {
    for report in EVERY_REPORT {
        let out = demo()
            .arg("report")
            .args(report)
            .args(["--format", "markdown"])
            .output()
            .unwrap();
        let md = stdout(&out);
        let lines: Vec<&str> = md.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.starts_with("| --- |") || line.starts_with("|---") {
                let header = lines[i - 1];
                let columns = header.matches(" | ").count();
                assert!(
                    header.starts_with("| ") && header.ends_with(" |"),
                    "{header}"
                );
                // Every row of the table has as many cells as the header.
                for row in lines[i + 1..].iter().take_while(|l| l.starts_with('|')) {
                    assert_eq!(
                        row.replace("\\|", "").matches(" | ").count(),
                        columns,
                        "{report:?}: {row}"
                    );
                }
            }
        }
    }
}

#[test]
fn deadlines_csv_keeps_the_overdue_marker_out_of_the_date() {
    let out = demo()
        .args(["report", "deadlines", "--format", "csv"])
        .output()
        .unwrap();
    let csv = stdout(&out);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("date,overdue,id,name,what,detail"));
    let first = lines.next().unwrap();
    let fields: Vec<&str> = first.split(',').collect();
    assert!(
        chrono::NaiveDate::parse_from_str(fields[0], "%Y-%m-%d").is_ok(),
        "a bare date: {first}"
    );
    assert_eq!(fields[1], "true", "{first}");
    assert!(csv.lines().skip(1).all(|l| !l.contains(" !")), "{csv}");
}

#[test]
fn the_workbook_has_date_cells_and_no_negative_zero() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("bilan.xlsx");
    demo()
        .args(["report", "annual", "--year", "2025", "--output"])
        .arg(&xlsx)
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let detail = book.worksheet_range("Détail").unwrap();
    assert_eq!(detail.get_value((0, 2)).unwrap().to_string(), "embauche");
    for row in 1..detail.height() {
        let cell = detail.get_value((row as u32, 2)).unwrap();
        assert!(matches!(cell, Data::DateTime(_)), "a date cell: {cell:?}");
    }
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        for cell in range.used_cells() {
            if let Data::Float(x) = cell.2 {
                assert!(!(*x == 0.0 && x.is_sign_negative()), "{name}: -0");
            }
        }
    }
}

#[test]
fn an_80_column_table_cuts_no_code_id_date_or_name() {
    for report in EVERY_REPORT {
        let table = stdout(&demo().arg("report").args(report).output().unwrap());
        let markdown = stdout(
            &demo()
                .arg("report")
                .args(report)
                .args(["--format", "markdown"])
                .output()
                .unwrap(),
        );
        assert!(
            table.lines().all(|l| l.chars().count() <= 80),
            "{report:?}:\n{table}"
        );
        // Every id, date and code (one word) of the cells, as the Markdown tables show them
        // uncut, shows whole in the table (the headers may be shortened).
        let lines: Vec<&str> = markdown.lines().collect();
        let cells = lines.iter().enumerate().filter(|(i, l)| {
            l.starts_with("| ")
                && !lines
                    .get(i + 1)
                    .is_some_and(|next| next.starts_with("| ---"))
        });
        for field in cells.flat_map(|(_, l)| l.trim_matches(['|', ' ']).split(" | ")) {
            let one_word = !field.contains(' ') && !field.contains('"');
            let not_a_number = field
                .chars()
                .any(|c| c.is_alphabetic() || c == '-' || c == '/');
            if one_word && not_a_number && field.chars().count() >= 6 {
                assert!(table.contains(field), "{report:?}: {field} cut in\n{table}");
            }
        }
    }
}

#[test]
fn the_exits_report_as_people_read_it() {
    let out = demo()
        .args(["report", "exits", "--year", "2025"])
        .output()
        .unwrap();
    insta::assert_snapshot!(transcript(&out));
}

#[test]
fn people_read_words_and_french_dates_where_scripts_read_codes() {
    let run = |lang: &str, args: &[&str]| {
        stdout(
            &demo()
                .env("IAE_LANG", lang)
                .arg("report")
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let fr = run("fr", &["deadlines", "--format", "markdown"]);
    assert!(
        fr.starts_with("## Échéances au 15/01/2026 (+30 jours)\n"),
        "{fr}"
    );
    assert!(
        fr.contains("| date | en retard | id | nom | quoi | détail |"),
        "{fr}"
    );
    assert!(fr.contains("| frein sans action |"), "{fr}");
    assert!(!fr.contains("barrier_without_action"), "{fr}");
    assert!(fr.contains("| 09/08/2025 | oui |"), "{fr}");
    let en = run("en", &["deadlines", "--format", "markdown"]);
    assert!(
        en.contains("| date | overdue | id | name | what | detail |"),
        "{en}"
    );
    assert!(en.contains("| barrier without action |"), "{en}");
    assert!(en.contains("| 2025-08-09 | yes |"), "{en}");
    // The CSV keeps its keys, codes and ISO dates in either language.
    for lang in ["fr", "en"] {
        let csv = run(lang, &["deadlines", "--format", "csv"]);
        assert!(
            csv.starts_with("date,overdue,id,name,what,detail\n"),
            "{csv}"
        );
        assert!(csv.contains("2025-08-09,true,"), "{csv}");
        assert!(csv.contains(",barrier_without_action,"), "{csv}");
    }
    // Why an exit is not counted, in words; French numbers.
    let exits = run(
        "fr",
        &[
            "exits", "--year", "2025", "--detail", "--format", "markdown",
        ],
    );
    assert!(exits.contains("| trop courte |"), "{exits}");
    assert!(exits.contains("| 20,0 % |"), "{exits}");
    let csv = run(
        "fr",
        &["exits", "--year", "2025", "--detail", "--format", "csv"],
    );
    assert!(csv.contains(",no,too_short,"), "{csv}");
}

#[test]
fn every_report_csv_names_its_columns_with_the_json_keys() {
    let csv = |args: &[&str]| {
        let out = demo()
            .arg("report")
            .args(args)
            .args(["--format", "csv"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let active = csv(&["active"]);
    assert!(
        active.starts_with(
            "id,name,phase,months_in_parcours,contract_end,pass_end,last_interview,open_barriers,flag\n"
        ),
        "{active}"
    );
    let barriers = csv(&["barriers", "--year", "2025"]);
    assert!(
        barriers.contains(
            "category,asp_line,concerned,internal_only,external_only,both,resolved,abandoned,open_at_end,median_days_to_resolution\n"
        ),
        "{barriers}"
    );
}

#[test]
fn a_folder_that_does_not_exist_is_said_in_french() {
    let out = demo()
        .args(["report", "active", "--output"])
        .arg(
            std::env::temp_dir()
                .join("no-such-folder-iae")
                .join("actifs.csv"),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("\n  cause : fichier ou dossier introuvable\n"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("os error"), "{}", stderr(&out));
}
