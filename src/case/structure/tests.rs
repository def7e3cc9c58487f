use super::*;

#[test]
fn the_init_text_reads_back_with_its_defaults() {
    let text = init_text("Les Jardins d'Aulnay", "ACI", Some("12345678900012"));
    let s: Structure = toml::from_str(&text).unwrap();
    assert_eq!(s.name, "Les Jardins d'Aulnay");
    assert_eq!(s.interview_every_days, 31);
    assert_eq!(s.targets, Targets::default());
    assert_eq!(s.exits.counting, ExitCounting::Pipeline);
    assert_eq!(s.etp.annual_hours, 1607.0);
    assert!(s.problems().is_empty());
}

#[test]
fn problems_name_the_key() {
    let s: Structure =
        toml::from_str("name = \"x\"\nkind = \"XYZ\"\nsiret = \"12\"\n[targets]\ndynamic = 60\n")
            .unwrap();
    let problems = s.problems().join("\n");
    assert!(problems.contains("kind = \"XYZ\""));
    assert!(problems.contains("siret"));
    assert!(problems.contains("targets.dynamic"));
}

#[test]
fn numbers_are_bounded() {
    let at = |extra: &str| {
        let s: Structure =
            toml::from_str(&format!("name = \"x\"\nkind = \"ACI\"\n{extra}")).unwrap();
        s.problems()
    };
    assert!(at("interview_every_days = 3650").is_empty());
    assert!(at("interview_every_days = 3651")[0].contains("interview_every_days"));
    assert!(at("interview_every_days = 95000000")[0].contains("interview_every_days"));
    assert!(at("retention_years = 100").is_empty());
    assert!(at("retention_years = 101")[0].contains("retention_years"));
    assert_eq!(at("retention_years = 0").len(), 1);
    assert_eq!(at("funded_etp = -1").len(), 1);
    assert_eq!(at("[files]\nmode = \"group\"").len(), 0);
}

#[test]
fn a_typo_finds_its_key() {
    assert_eq!(
        closest_key("", "interview_every_day"),
        Some("interview_every_days")
    );
    assert_eq!(closest_key("", "Retention_Years"), Some("retention_years"));
    assert_eq!(closest_key("targets", "dynamik"), Some("dynamic"));
    assert_eq!(closest_key("etp", "anual_hours"), Some("annual_hours"));
    assert_eq!(
        closest_key("prescribers.epide", "authorised"),
        Some("authorized")
    );
    assert_eq!(closest_key("", "colour"), None);
}

#[test]
fn exits_and_etp_settings() {
    let s: Structure = toml::from_str(
            "name = \"x\"\nkind = \"ACI\"\n[exits]\ncounting = \"circular\"\n[etp]\nannual_hours = 1820\n",
        )
        .unwrap();
    assert_eq!(s.exits.counting, ExitCounting::Circular);
    assert_eq!(s.etp.annual_hours, 1820.0);
    let plain: Structure = toml::from_str("name = \"x\"\nkind = \"ACI\"\n").unwrap();
    assert_eq!(plain.exits.counting, ExitCounting::Pipeline);
    assert_eq!(plain.etp.annual_hours, 1607.0);
    assert!(
        toml::from_str::<Structure>(
            "name = \"x\"\nkind = \"ACI\"\n[exits]\ncounting = \"other\"\n"
        )
        .is_err()
    );
    let zero: Structure =
        toml::from_str("name = \"x\"\nkind = \"ACI\"\n[etp]\nannual_hours = 0\n").unwrap();
    assert!(zero.problems().join("").contains("etp.annual_hours"));
}
