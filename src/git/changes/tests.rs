use super::*;

const V1: &str = r#"schema = 1
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
end = 2025-09-02
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
"#;

fn words(old: Option<&str>, new: &str) -> Vec<String> {
    let reference = Reference::embedded();
    diff(old, Some(new))
        .unwrap()
        .iter()
        .map(|c| c.words(reference, Lang::Fr))
        .collect()
}

#[test]
fn a_new_file_is_a_case_opened() {
    assert_eq!(words(None, V1), ["dossier ouvert (embauche le 03/03/2025)"]);
}

#[test]
fn the_examples_of_a_history_in_words() {
    let v2 = V1
        .replace("end = 2025-09-02", "end = 2026-03-02")
        .replace(
            "status = \"in_progress\"",
            "status = \"resolved\"\nresolved_on = 2025-09-15",
        )
        .replace(
            "\n[[barriers]]",
            "\n[[interviews]]\ndate = 2025-04-02\nkind = \"suivi\"\nby = \"C. Durand\"\n\n[[barriers]]",
        );
    assert_eq!(
        words(Some(V1), &v2),
        [
            "fin du contrat 02/09/2025 → 02/03/2026",
            "entretien de suivi du 02/04/2025 ajouté",
            "frein n° 1 levé le 15/09/2025",
        ]
    );
}

#[test]
fn tokens_for_commits_carry_no_name() {
    let v2 = V1.replace("last_name = \"Martin\"", "last_name = \"Martin-Leroy\"");
    let changes = diff(Some(V1), Some(&v2)).unwrap();
    assert_eq!(changes[0].token("7K3M9Q"), "person change 7K3M9Q last_name");
    let reference = Reference::embedded();
    assert_eq!(
        changes[0].words(reference, Lang::En),
        "identity: last_name Martin → Martin-Leroy"
    );
}

#[test]
fn a_new_exit_and_a_barrier_action() {
    let v2 = format!(
        "{V1}\n[[barriers.actions]]\ndate = 2025-03-20\ntext = \"Demande SIAO\"\n\n[exit]\ndate = 2025-09-02\nreason = \"cdi_non_aide\"\n"
    );
    let w = words(Some(V1), &v2);
    assert_eq!(w[0], "frein n° 1 : action du 20/03/2025 ajoutée");
    assert!(w[1].starts_with("sortie le 02/09/2025 ("), "{}", w[1]);
}
