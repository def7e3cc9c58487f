use super::*;

/// The table of `rows` drawn `slice` rows at a time.
fn in_slices(headers: &[&str], rows: &[Vec<String>], droppable: &[usize], slice: usize) -> String {
    text_of(|w| {
        write_in_slices(
            w,
            headers,
            droppable,
            rows.len(),
            &|i| rows[i].clone(),
            slice,
        )
    })
}

#[test]
fn headers_stay_whole_when_they_fit_and_are_shortened_when_not() {
    let columns = |words: Vec<usize>| Columns {
        whole: words.clone(),
        words,
    };
    let (shown, lower) = fit_headers(&["open barriers", "id"], &columns(vec![1, 6]), 80);
    assert_eq!(shown, ["open barriers", "id"]);
    assert_eq!(lower, [8, 6]);
    // 3 columns: 7 of borders and padding, 20 of content, 3 left for the headers.
    let (shown, lower) = fit_headers(
        &["concerned", "resolved", "code"],
        &columns(vec![1, 1, 18]),
        30,
    );
    assert_eq!(lower, [4, 4, 18]);
    assert_eq!(shown, ["con…", "res…", "code"]);
}

#[test]
fn short_cells_stay_on_one_line_when_there_is_room() {
    let columns = Columns {
        words: vec![6, 6],
        whole: vec![12, 6],
    };
    assert_eq!(fit_headers(&["name", "id"], &columns, 80).1, [12, 6]);
    assert_eq!(fit_headers(&["name", "id"], &columns, 20).1, [9, 6]);
}

#[test]
fn a_table_too_wide_for_its_words_shows_one_record_after_the_other() {
    let code = "difficultes_administratives";
    let rows = vec![vec![code.to_string(); 4], vec!["b".to_string(); 4]];
    let text = table(&["one", "two", "three", "four"], &rows);
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    assert_eq!(text.matches(code).count(), 4, "{text}");
    assert!(
        text.starts_with("one    difficultes_administratives\n"),
        "{text}"
    );
    assert!(
        text.contains("four   difficultes_administratives\n\none    b\n"),
        "{text}"
    );
}

#[test]
fn a_droppable_column_goes_before_the_table_becomes_records() {
    let date = "2025-08-09".to_string();
    let long = "difficultes_administratives".to_string();
    let rows = vec![vec![long.clone(), long.clone(), date.clone(), long.clone()]];
    // 3 × 27 + 10 + 9 of borders and padding: 100 columns, too wide for 80.
    let headers = ["one", "two", "day", "four"];
    let text = table_dropping(&headers, &rows, &[1]);
    assert!(text.starts_with(" one "), "{text}");
    assert!(!text.contains("two"), "{text}");
    assert_eq!(text.matches(&long).count(), 2, "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    // Nothing droppable: records, every column kept.
    let text = table_dropping(&headers, &rows, &[]);
    assert!(text.starts_with("one   "), "{text}");
    assert_eq!(text.matches(&long).count(), 3, "{text}");
}

#[test]
fn a_long_table_drawn_in_slices_is_the_table_drawn_whole() {
    let names = [
        "BENALI Karim",
        "HOARAU Kévin",
        "N'DIAYE Aminata Fatou",
        "LI Wei",
    ];
    let whats = [
        "bilan de sortie à faire",
        "contrat terminé le 06/04/2026 sans renouvellement ni sortie",
        "PASS IAE à prolonger",
    ];
    let rows: Vec<Vec<String>> = (0..2_500)
        .map(|i| {
            vec![
                format!("{:06X}", i * 7919),
                names[i % names.len()].to_string(),
                format!("{:02}/{:02}/2026", 1 + i % 28, 1 + i % 12),
                whats[i % whats.len()].repeat(1 + i % 3),
                format!("{}", i % 41),
            ]
        })
        .collect();
    let headers = ["id", "nom", "échéance", "quoi", "jours"];
    let whole = in_slices(&headers, &rows, &[], usize::MAX);
    assert!(whole.lines().count() > rows.len(), "the long cells wrap");
    assert_eq!(table(&headers, &rows), whole);
    for slice in [1, 100, 1024] {
        assert_eq!(
            in_slices(&headers, &rows, &[], slice),
            whole,
            "{slice} rows at a time"
        );
    }
}

#[test]
fn a_narrow_table_wraps_between_words_and_never_cuts_a_code() {
    let rows = vec![vec![
        "2025-08-09".to_string(),
        "barrier_without_action".to_string(),
        "barrier n°1 (difficultes_financieres) without action for 60 days".to_string(),
    ]];
    let text = table(&["date", "what", "detail"], &rows);
    for word in [
        "2025-08-09",
        "barrier_without_action",
        "(difficultes_financieres)",
    ] {
        assert!(text.contains(word), "{word} whole in:\n{text}");
    }
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn a_long_table_without_its_droppable_column_is_drawn_in_slices_the_same() {
    let long = "difficultes_administratives".to_string();
    let rows: Vec<Vec<String>> = (0..2_100)
        .map(|i| {
            vec![
                format!("{i:06}"),
                long.clone(),
                format!("{long} {i}"),
                long.clone(),
            ]
        })
        .collect();
    let headers = ["id", "one", "two", "three"];
    let whole = in_slices(&headers, &rows, &[1], usize::MAX);
    assert!(!whole.contains(" one "), "{whole}");
    assert_eq!(whole.matches(&long).count(), 2 * rows.len());
    assert_eq!(in_slices(&headers, &rows, &[1], 1024), whole);
    let kept: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r[0].clone(), r[2].clone(), r[3].clone()])
        .collect();
    assert_eq!(whole, table(&["id", "two", "three"], &kept));
}

#[test]
fn records_of_a_long_table_are_each_row_as_records() {
    let code = "difficultes_administratives";
    let rows: Vec<Vec<String>> = (0..1_500)
        .map(|i| {
            vec![
                code.to_string(),
                format!("{code} {i}"),
                code.to_string(),
                code.into(),
            ]
        })
        .collect();
    let headers = ["one", "two", "three", "four"];
    let text = in_slices(&headers, &rows, &[], 1024);
    let each: Vec<String> = rows
        .iter()
        .map(|r| table(&headers, std::slice::from_ref(r)))
        .collect();
    assert!(each[0].starts_with("one    difficultes_administratives\n"));
    assert_eq!(text, each.join("\n\n"));
}

#[test]
fn a_cell_longer_than_a_terminal_shows_is_cut() {
    let rows = vec![vec!["a ".repeat(MAX_CELL_CHARS)]];
    let text = table(&["x"], &rows);
    assert!(text.ends_with('…'), "{text}");
    assert_eq!(text.matches('a').count(), MAX_CELL_CHARS / 2);
}
