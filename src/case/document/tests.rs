use super::*;
use crate::case::parse::parse_case;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn sample() -> CaseFile {
    CaseFile {
        schema: 1,
        id: "7K3M9Q".into(),
        person: Person {
            last_name: "Lefèvre".into(),
            first_name: "Élodie \"Lo\"".into(),
            birth_date: d("1998-05-14"),
            sex: "F".into(),
            postcode: Some("92220".into()),
            anonymised_on: None,
        },
        recruitment: Recruitment {
            applied_on: Some(d("2025-02-10")),
            hired_on: d("2025-03-03"),
            prescriber: Some("france_travail".into()),
        },
        eligibility: None,
        pass: None,
        contracts: vec![Contract {
            kind: "cddi".into(),
            start: d("2025-03-03"),
            end: Some(d("2025-09-02")),
            weekly_hours: 26.0,
            planned_end: None,
            position: Some("Agent d'entretien".into()),
            derogation: None,
        }],
        interviews: vec![Interview {
            date: d("2025-03-03"),
            kind: "accueil".into(),
            by: "C. Durand".into(),
            medium: None,
            attendance: None,
            duration_minutes: Some(45),
            topic: None,
            notes: Some("Première ligne.\n\nAvec \"\"\" et des accents : é à ç.\n".into()),
        }],
        barriers: Vec::new(),
        project: None,
        skills: Vec::new(),
        trainings: Vec::new(),
        immersions: Vec::new(),
        hours: vec![HoursLine {
            month: "2025-03".into(),
            hours: 35.5,
            client_kind: Some("company".into()),
        }],
        exit: Some(Exit {
            date: d("2025-09-02"),
            reason: "cdi_non_aide".into(),
            employer: Some("Espaces Verts du Sud".into()),
            job: None,
            contract_months: None,
            acquired: None,
            options: None,
            next_steps: None,
            partners: None,
        }),
        followups: vec![Followup {
            date: d("2025-12-02"),
            situation: "cdi_non_aide".into(),
            notes: None,
        }],
        dismissed: Vec::new(),
    }
}

#[test]
fn a_new_file_reads_back_as_written() {
    let case = sample();
    let text = render_new(&case);
    assert!(text.starts_with("# Dossier 7K3M9Q\nschema = 1\n"));
    assert!(text.contains("\n[person]\n"));
    assert!(text.contains("\n[[contracts]]\n"));
    assert!(text.contains("weekly_hours = 26\n"));
    assert!(text.contains("birth_date = 1998-05-14\n"));
    assert_eq!(parse_case(&text).unwrap().value, case);
}

#[test]
fn records_are_inserted_in_date_order_after_those_of_the_same_day() {
    let mut doc: DocumentMut = "[[interviews]]\ndate = 2025-03-03\nby = \"a\"\n\n[[interviews]]\ndate = 2025-05-05\nby = \"c\"\n"
            .parse()
            .unwrap();
    let table = |date: &str, by: &str| {
        let mut t = Table::new();
        t.insert("date", Item::Value(date_value(d(date))));
        t.insert("by", value(by));
        t
    };
    let middle = table("2025-04-04", "b");
    let same_day = table("2025-05-05", "d");
    let first = table("2025-01-01", "0");
    let root = doc.as_table_mut();
    assert_eq!(
        insert_in_date_order(root, "interviews", "date", middle).unwrap(),
        1
    );
    assert_eq!(
        insert_in_date_order(root, "interviews", "date", same_day).unwrap(),
        3
    );
    assert_eq!(
        insert_in_date_order(root, "interviews", "date", first).unwrap(),
        0
    );
    let order: Vec<&str> = root["interviews"]
        .as_array_of_tables()
        .unwrap()
        .iter()
        .map(|t| t["by"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["0", "a", "b", "c", "d"]);
}

#[test]
fn months_order_too_and_a_missing_array_is_created() {
    let mut doc = DocumentMut::new();
    let line = |month: &str| {
        hours_table(&HoursLine {
            month: month.into(),
            hours: 1.0,
            client_kind: None,
        })
    };
    let root = doc.as_table_mut();
    assert_eq!(
        insert_in_date_order(root, "hours", "month", line("2025-05")).unwrap(),
        0
    );
    assert_eq!(
        insert_in_date_order(root, "hours", "month", line("2025-03")).unwrap(),
        0
    );
    assert_eq!(
        insert_in_date_order(root, "hours", "month", line("2025-12")).unwrap(),
        2
    );
    let array = root["hours"].as_array_of_tables().unwrap();
    assert_eq!(date_order_index(array, "month", "2025-04", None), 1);
    assert_eq!(date_order_index(array, "month", "2025-05", Some(1)), 1);
}
