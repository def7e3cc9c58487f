use super::*;

const BASE: &str = r#"# Dossier 7K3M9Q
schema = 1
id = "7K3M9Q"

[person]
last_name = "Martin"
first_name = "Sofia"
birth_date = 1998-05-14
sex = "F"

[recruitment]
hired_on = 2025-03-03

[[contracts]]
kind = "cddi"
start = 2025-03-03
end = 2025-09-02   # first CDDI
weekly_hours = 26

[[interviews]]
date = 2025-03-03
kind = "accueil"
by = "C. Durand"

[[barriers]]
number = 1
category = "logement"
noted_on = 2025-03-03
detail = "Hébergée chez un tiers"
status = "in_progress"

[[barriers.actions]]
date = 2025-03-20
text = "Demande SIAO déposée"
"#;

fn comment(from: i64, to: i64) -> String {
    format!("n° {from} renumbered {to}")
}

fn merge(base: &str, ours: &str, theirs: &str) -> Merged {
    merge_case(base, ours, theirs, &comment).unwrap()
}

fn with_interview(text: &str, date: &str, kind: &str) -> String {
    text.replace(
        "\n[[barriers]]",
        &format!(
            "\n[[interviews]]\ndate = {date}\nkind = \"{kind}\"\nby = \"C. Durand\"\n\n[[barriers]]"
        ),
    )
}

fn case(text: &str) -> crate::case::CaseFile {
    crate::case::parse::parse_case(text).unwrap().value
}

#[test]
fn interviews_added_on_both_sides_are_all_kept_in_date_order() {
    let ours = with_interview(BASE, "2025-04-10", "suivi");
    let theirs = with_interview(BASE, "2025-04-02", "suivi");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{}", m.text);
    let dates: Vec<String> = case(&m.text)
        .interviews
        .iter()
        .map(|i| i.date.to_string())
        .collect();
    assert_eq!(dates, ["2025-03-03", "2025-04-02", "2025-04-10"]);
    assert!(
        m.text.contains("end = 2025-09-02   # first CDDI"),
        "comment kept"
    );
    // The interviews stay together, before the barriers.
    let i = m.text.find("date = 2025-04-10").unwrap();
    assert!(i < m.text.find("[[barriers]]").unwrap(), "{}", m.text);
}

#[test]
fn the_same_entry_added_on_both_sides_is_kept_once() {
    let ours = with_interview(BASE, "2025-04-02", "suivi");
    let m = merge(BASE, &ours, &ours.clone());
    assert_eq!(case(&m.text).interviews.len(), 2);
}

#[test]
fn an_entry_removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let ours = with_interview(BASE, "2025-04-02", "suivi");
    let theirs = BASE.replace(
        "[[interviews]]\ndate = 2025-03-03\nkind = \"accueil\"\nby = \"C. Durand\"\n\n",
        "",
    );
    let m = merge(BASE, &ours, &theirs);
    let kinds: Vec<String> = case(&m.text)
        .interviews
        .iter()
        .map(|i| i.kind.clone())
        .collect();
    assert_eq!(kinds, ["suivi"], "{}", m.text);
}

#[test]
fn a_change_on_one_side_is_taken_and_the_comment_stays() {
    let theirs = BASE.replace("end = 2025-09-02   # first CDDI", "end = 2026-03-02");
    let ours = with_interview(BASE, "2025-04-02", "suivi");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert!(
        m.text.contains("end = 2026-03-02   # first CDDI"),
        "{}",
        m.text
    );
}

#[test]
fn the_same_key_changed_differently_is_a_conflict_around_that_key_only() {
    let ours = BASE.replace("end = 2025-09-02   # first CDDI", "end = 2025-12-31");
    let theirs = BASE.replace("end = 2025-09-02   # first CDDI", "end = 2026-03-02");
    let m = merge(BASE, &ours, &theirs);
    assert_eq!(m.conflicts, ["contracts.end"]);
    assert!(
        m.text.contains(
            "<<<<<<< ours\nend = 2025-12-31\n=======\nend = 2026-03-02\n>>>>>>> theirs\n"
        ),
        "{}",
        m.text
    );
    assert_eq!(m.text.matches("<<<<<<<").count(), 1);
}

#[test]
fn barriers_added_under_the_same_number_do_not_collide() {
    let add = |text: &str, category: &str, detail: &str| {
        format!(
            "{text}\n[[barriers]]\nnumber = 2\ncategory = \"{category}\"\nnoted_on = 2025-04-01\ndetail = \"{detail}\"\nstatus = \"identified\"\n"
        )
    };
    let ours = add(BASE, "mobilite", "Pas de permis");
    let theirs = add(BASE, "sante", "Suivi médical");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.renumbered, [(2, 3)]);
    let numbers: Vec<(u32, String)> = case(&m.text)
        .barriers
        .iter()
        .map(|b| (b.number, b.category.clone()))
        .collect();
    assert_eq!(
        numbers,
        [
            (1, "logement".into()),
            (2, "mobilite".into()),
            (3, "sante".into())
        ]
    );
    assert!(
        m.text.contains("# n° 2 renumbered 3\n[[barriers]]"),
        "{}",
        m.text
    );
}

#[test]
fn actions_added_on_both_sides_to_one_barrier_stay_under_it() {
    let action = |date: &str, text: &str| {
        BASE.replace(
            "text = \"Demande SIAO déposée\"\n",
            &format!("text = \"Demande SIAO déposée\"\n\n[[barriers.actions]]\ndate = {date}\ntext = \"{text}\"\n"),
        )
    };
    let m = merge(
        BASE,
        &action("2025-05-02", "Relance"),
        &action("2025-04-15", "RDV"),
    );
    let c = case(&m.text);
    let texts: Vec<&str> = c.barriers[0]
        .actions
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(texts, ["Demande SIAO déposée", "RDV", "Relance"]);
}

#[test]
fn a_new_section_from_their_side_is_added() {
    let theirs = format!("{BASE}\n[exit]\ndate = 2025-09-02\nreason = \"cdi_non_aide\"\n");
    let ours = with_interview(BASE, "2025-04-02", "suivi");
    let m = merge(BASE, &ours, &theirs);
    let c = case(&m.text);
    assert_eq!(c.exit.unwrap().reason, "cdi_non_aide");
    assert_eq!(c.interviews.len(), 2);
}

#[test]
fn hours_added_to_the_same_month_on_both_sides_add_up() {
    let base = format!("{BASE}\n[[hours]]\nmonth = \"2025-04\"\nhours = 100\n");
    let ours = base.replace("hours = 100", "hours = 130");
    let theirs = base.replace("hours = 100", "hours = 120");
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(case(&m.text).hours[0].hours, 150.0);
}

#[test]
fn codes_in_a_list_merge_as_a_set() {
    let base = BASE.replace(
        "\n[[contracts]]",
        "\n[eligibility]\ndate = 2025-02-20\nby = \"employer\"\ncriteria = [\"rsa\", \"qpv\"]\n\n[[contracts]]",
    );
    let ours = base.replace("[\"rsa\", \"qpv\"]", "[\"rsa\", \"qpv\", \"de_ld\"]");
    let theirs = base.replace("[\"rsa\", \"qpv\"]", "[\"rsa\"]");
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        case(&m.text).eligibility.unwrap().criteria,
        ["rsa", "de_ld"]
    );
}

#[test]
fn a_side_that_is_not_toml_is_refused_for_the_text_merge() {
    assert_eq!(merge_case(BASE, "a = = 1", BASE, &comment), Err(NotToml));
}

#[test]
fn a_barrier_status_moves_to_the_further_stage() {
    let ours = BASE.replace(
        "status = \"in_progress\"",
        "status = \"resolved\"\nresolved_on = 2025-09-15",
    );
    let theirs = BASE.replace("status = \"in_progress\"", "status = \"identified\"");
    let m = merge(BASE, &theirs, &ours);
    assert!(m.conflicts.is_empty(), "{}", m.text);
    assert_eq!(case(&m.text).barriers[0].status, "resolved");
    let abandoned = BASE.replace("status = \"in_progress\"", "status = \"abandoned\"");
    assert_eq!(
        merge(BASE, &ours, &abandoned).conflicts,
        ["barriers.status"]
    );
}

#[test]
fn the_first_action_of_a_barrier_from_their_side_goes_under_it() {
    let base = BASE.replace(
        "\n[[barriers.actions]]\ndate = 2025-03-20\ntext = \"Demande SIAO déposée\"\n",
        "",
    );
    let ours = base.replace(
        "status = \"in_progress\"",
        "status = \"resolved\"\nresolved_on = 2025-09-15",
    );
    let theirs = format!("{base}\n[[barriers.actions]]\ndate = 2025-03-20\ntext = \"RDV\"\n");
    let m = merge_case(&base, &ours, &theirs, &comment);
    let m = m.unwrap();
    let c = case(&m.text);
    assert_eq!(c.barriers[0].actions.len(), 1, "{}", m.text);
}

#[test]
fn a_section_removed_on_one_side_and_changed_on_the_other_is_a_conflict_that_resolves_to_toml() {
    let base = format!("{BASE}\n[exit]\ndate = 2025-09-02\nreason = \"cdi_non_aide\"\n");
    let cancelled = BASE.to_string();
    let changed = base.replace("reason = \"cdi_non_aide\"", "reason = \"cdd_non_aide\"");
    let m = merge(&base, &cancelled, &changed);
    assert_eq!(m.conflicts, ["exit"]);
    // Keeping either side leaves a valid case file.
    let keep_theirs: String = m
        .text
        .lines()
        .filter(|l| {
            !l.starts_with("<<<<<<<") && !l.starts_with("=======") && !l.starts_with(">>>>>>>")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(case(&keep_theirs).exit.unwrap().reason, "cdd_non_aide");
}
