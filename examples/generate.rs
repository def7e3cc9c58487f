//! Generates a realistic fictional structure for benchmarks and trials:
//! `cargo run --release --example generate -- DIR N [KIND] [SEED]`.
//! Every person is invented; names are drawn from short lists of common names.

use chrono::{Datelike, Days, NaiveDate};
use iae::case::document::render_new;
use iae::case::model::*;
use iae::case::structure::init_text;
use iae::rules::dates::add_months;
use iae::rules::pass::default_end;
use iae::store::id::CaseId;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use std::collections::HashSet;
use std::path::PathBuf;

const LAST: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Benali",
    "Haddad",
    "Diallo",
    "N'Diaye",
    "Cherif",
    "Hoarau",
    "Nguyen",
    "Traoré",
    "Da Silva",
    "Kaya",
];
const FIRST_F: &[&str] = &[
    "Sofia", "Élodie", "Aminata", "Nadia", "Marie", "Chloé", "Inès", "Fatou", "Sarah", "Léa",
    "Julie", "Samira", "Océane", "Mélanie", "Aïcha",
];
const FIRST_M: &[&str] = &[
    "Karim",
    "Thomas",
    "Kevin",
    "Yacine",
    "Paul",
    "Jean-Noël",
    "Mamadou",
    "Lucas",
    "Hugo",
    "Mehdi",
    "Nicolas",
    "Julien",
    "Moussa",
    "Antoine",
    "Rachid",
];
const PRESCRIBERS: &[&str] = &[
    "france_travail",
    "mission_locale",
    "departement",
    "plie",
    "siae",
    "chrs",
    "spip",
    "cap_emploi",
];
const CRITERIA: &[&str] = &[
    "rsa", "ass", "detld", "deld", "cap_bep", "qpv", "pi", "psh_pr", "pm", "th", "fle",
];
const BARRIERS: &[&str] = &[
    "logement",
    "sante",
    "mobilite",
    "difficultes_financieres",
    "difficultes_administratives",
    "justice",
    "contraintes_familiales",
    "maitrise_langue",
    "numerique",
];
const EXITS: &[&str] = &[
    "cdi_non_aide",
    "cdd_6_mois_plus",
    "cdd_moins_6_mois",
    "contrat_aide_dd",
    "formation_qualifiante",
    "autre_siae",
    "chomage",
    "sans_nouvelle",
    "inactif",
    "rupture_periode_essai",
    "creation_entreprise",
];
const POSITIONS: &[&str] = &[
    "Agent d'entretien des espaces verts",
    "Ouvrier du bâtiment",
    "Agent de tri",
    "Employé de restauration",
    "Magasinier",
    "Agent de propreté",
];
const COUNSELLORS: &[&str] = &["C. Durand", "M. Lopez", "S. Benhamou"];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person_case(rng: &mut StdRng, id: &CaseId, today: NaiveDate, kind: &str) -> CaseFile {
    let female = rng.random_bool(0.45);
    let first = if female { FIRST_F } else { FIRST_M }.choose(rng).unwrap();
    let hired = date(2022, 1, 3)
        + Days::new(rng.random_range(0..(today - date(2022, 1, 3)).num_days() as u64));
    let birth = hired - Days::new(rng.random_range(18 * 365..62 * 365));
    let applied = hired - Days::new(rng.random_range(7..45));
    let diagnosis = hired - Days::new(rng.random_range(0..20));
    let by_prescriber = rng.random_bool(0.6);
    let count = rng.random_range(1..4);
    let mut criteria: Vec<String> = CRITERIA
        .choose_multiple(rng, count)
        .map(|c| c.to_string())
        .collect();
    criteria.sort();
    let months = rng.random_range(4..=24);
    let planned_end = add_months(hired, months) - Days::new(1);
    let exit_date = (planned_end < today && rng.random_bool(0.9)).then_some(planned_end);
    let contract_kind = match kind {
        "AI" => "cddu",
        "ETTI" => "mission",
        _ => "cddi",
    };
    let mut contracts = Vec::new();
    let mut start = hired;
    while start <= planned_end {
        let end = (add_months(start, 6) - Days::new(1)).min(planned_end);
        contracts.push(Contract {
            kind: contract_kind.into(),
            start,
            end: Some(end),
            weekly_hours: [20.0, 24.0, 26.0, 30.0, 35.0][rng.random_range(0..5)],
            planned_end: None,
            position: Some(POSITIONS.choose(rng).unwrap().to_string()),
            derogation: None,
        });
        start = end + Days::new(1);
    }
    let last_day = exit_date.unwrap_or(today).min(today);
    let mut interviews = Vec::new();
    let mut day = hired;
    let mut kind_of = "accueil";
    while day <= last_day {
        interviews.push(Interview {
            date: day,
            kind: kind_of.into(),
            by: COUNSELLORS.choose(rng).unwrap().to_string(),
            medium: Some(["in_person", "phone"][rng.random_range(0..2)].into()),
            attendance: None,
            duration_minutes: Some(rng.random_range(20..75)),
            topic: None,
            notes: Some(
                "Point sur le poste et le projet professionnel.\nObjectifs revus ensemble.".into(),
            ),
        });
        kind_of = "suivi";
        day = day + Days::new(rng.random_range(21..40));
    }
    if let Some(exit) = exit_date
        && exit >= hired + Days::new(14)
    {
        interviews.push(Interview {
            date: exit - Days::new(7),
            kind: "bilan_final".into(),
            by: COUNSELLORS[0].into(),
            medium: Some("in_person".into()),
            attendance: None,
            duration_minutes: Some(60),
            topic: None,
            notes: None,
        });
        interviews.sort_by_key(|i| i.date);
    }
    let count = rng.random_range(0..4);
    let chosen: Vec<&&str> = BARRIERS.choose_multiple(rng, count).collect();
    let barriers = chosen
        .into_iter()
        .enumerate()
        .map(|(i, category)| {
            let noted = hired + Days::new(rng.random_range(0..30));
            let action = noted + Days::new(rng.random_range(1..60));
            let resolved =
                (rng.random_bool(0.5) && action < last_day).then(|| action.min(last_day));
            Barrier {
                number: i as u32 + 1,
                category: category.to_string(),
                noted_on: noted,
                detail: "Repéré lors d'un entretien".into(),
                status: if resolved.is_some() {
                    "resolved"
                } else if action <= last_day {
                    "in_progress"
                } else {
                    "identified"
                }
                .into(),
                resolved_on: resolved,
                resolution_note: None,
                actions: (action <= last_day)
                    .then(|| BarrierAction {
                        date: action,
                        text: "Orientation vers un partenaire".into(),
                        partner: Some("CCAS".into()),
                        support: Some(
                            ["internal", "external", "both"][rng.random_range(0..3)].into(),
                        ),
                    })
                    .into_iter()
                    .collect(),
            }
        })
        .collect();
    let mut hours = Vec::new();
    if matches!(kind, "AI" | "ETTI") {
        let mut month = hired.with_day(1).unwrap();
        while month <= last_day {
            hours.push(HoursLine {
                month: month.format("%Y-%m").to_string(),
                hours: f64::from(rng.random_range(8..140u32)) / 2.0 * 2.0,
                client_kind: Some(
                    if kind == "AI" && rng.random_bool(0.3) {
                        "individual"
                    } else {
                        "company"
                    }
                    .into(),
                ),
            });
            month = add_months(month, 1);
        }
    }
    CaseFile {
        schema: SCHEMA,
        id: id.to_string(),
        person: Person {
            last_name: LAST.choose(rng).unwrap().to_string(),
            first_name: first.to_string(),
            birth_date: birth,
            sex: if female { "F" } else { "M" }.into(),
            postcode: Some(format!("9{}", rng.random_range(1000..5999))),
            anonymised_on: None,
        },
        recruitment: Recruitment {
            applied_on: Some(applied.min(diagnosis)),
            hired_on: hired,
            prescriber: Some(PRESCRIBERS.choose(rng).unwrap().to_string()),
        },
        eligibility: Some(Eligibility {
            date: diagnosis,
            by: if by_prescriber {
                "prescriber"
            } else {
                "employer"
            }
            .into(),
            criteria,
            proofs: Vec::new(),
            derogation: None,
        }),
        pass: Some(Pass {
            number: format!("99999{:07}", rng.random_range(0..10_000_000)),
            start: hired,
            end: default_end(hired),
            suspensions: Vec::new(),
            prolongations: Vec::new(),
        }),
        contracts,
        interviews,
        barriers,
        project: None,
        skills: Vec::new(),
        trainings: Vec::new(),
        immersions: Vec::new(),
        hours,
        followups: Vec::new(),
        dismissed: Vec::new(),
        exit: exit_date.map(|d| Exit {
            date: d,
            reason: EXITS.choose(rng).unwrap().to_string(),
            employer: None,
            job: None,
            contract_months: None,
            acquired: Some("Ponctualité, travail en équipe".into()),
            options: None,
            next_steps: None,
            partners: None,
        }),
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: generate DIR N [KIND] [SEED]");
    };
    let dir = PathBuf::from(dir);
    let n: usize = n.parse()?;
    let kind = args.get(2).map_or("ACI", String::as_str);
    let seed: u64 = args.get(3).map_or(Ok(42), |s| s.parse())?;
    if dir.join("iae.toml").exists() {
        anyhow::bail!("{} already holds a structure", dir.display());
    }
    std::fs::create_dir_all(dir.join("salaries"))?;
    std::fs::write(
        dir.join("iae.toml"),
        init_text("Structure générée", kind, None),
    )?;
    std::fs::write(dir.join(".gitignore"), ".iae/\n")?;
    let mut rng = StdRng::seed_from_u64(seed);
    let today = date(2025, 12, 31);
    let mut ids = HashSet::new();
    for _ in 0..n {
        let id = loop {
            let id = CaseId::random(&mut rng);
            if ids.insert(id.clone()) {
                break id;
            }
        };
        let case = person_case(&mut rng, &id, today, kind);
        std::fs::write(
            dir.join("salaries").join(format!("{id}.toml")),
            render_new(&case),
        )?;
    }
    eprintln!(
        "{n} case files written in {}",
        dir.join("salaries").display()
    );
    Ok(())
}
