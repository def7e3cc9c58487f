//! `iae skill add`: a skill assessed, in date order.

use super::{Ctx, known_code, parse_id};
use crate::case::document::{insert_table, skill_table};
use crate::case::model::Skill;
use crate::cli::SkillAddArgs;
use anyhow::{Result, bail};

pub fn add(ctx: &Ctx, a: SkillAddArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = parse_id(&a.id)?;
    known_code(
        &store.reference.skill_kinds,
        &a.kind,
        "--kind",
        "skill kind",
    )?;
    if a.name.trim().is_empty() {
        bail!("--name is empty: name the skill");
    }
    let skill = Skill {
        kind: a.kind,
        name: a.name.trim().to_string(),
        level: a.level,
        assessed_on: a.on,
        by: a.by,
    };
    store.update(&id, |doc, case| {
        let index = case
            .skills
            .iter()
            .filter(|s| s.assessed_on <= skill.assessed_on)
            .count();
        insert_table(doc.as_table_mut(), "skills", index, skill_table(&skill))
    })?;
    eprintln!(
        "Recorded the skill \"{}\" (level {}) for {id}.",
        skill.name, skill.level
    );
    Ok(())
}
