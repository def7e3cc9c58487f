//! `iae skill add`.

use crate::case::date::parse_cli;
use crate::case::document::{insert_in_date_order, skill_table};
use crate::case::model::Skill;
use crate::commands::{Ctx, known_code, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct SkillAddArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// savoir_etre, savoir_faire or aptitude
    #[arg(long)]
    pub kind: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub level: u8,
    /// Date of the assessment
    #[arg(long, value_parser = parse_cli)]
    pub on: NaiveDate,
    /// Who assessed it
    #[arg(long)]
    pub by: Option<String>,
}

pub fn run(ctx: &Ctx, a: SkillAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    known_code(
        &store.reference.skill_kinds,
        &a.kind,
        "--kind",
        "skill-kind",
    )?;
    if a.name.trim().is_empty() {
        bail!(crate::t!("cmd-skill-name-empty"));
    }
    let skill = Skill {
        kind: a.kind,
        name: a.name.trim().to_string(),
        level: a.level,
        assessed_on: a.on,
        by: a.by,
    };
    store.update(&id, |doc, _| {
        insert_in_date_order(
            doc.as_table_mut(),
            "skills",
            "assessed_on",
            skill_table(&skill),
        )
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-skill-recorded",
            name = skill.name.as_str(),
            level = skill.level.to_string(),
            id = id.as_str()
        )
    );
    crate::commands::support::future::warn(
        ctx.today,
        crate::rules::future::Dated::Skill,
        skill.assessed_on,
    );
    Ok(())
}
