//! `iae project set`.

use crate::case::date::parse_cli;
use crate::case::document::{
    date_value, previous_project_table, project_table, push_table, replace_value,
};
use crate::case::model::{PreviousProject, Project};
use crate::case::validate::is_rome;
use crate::commands::{Ctx, resolve_who};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use toml_edit::{Item, value};

#[derive(Debug, Args)]
pub struct ProjectSetArgs {
    /// The salarié: an id (7K3M9Q) or a name
    pub id: String,
    /// The target job or training, in words
    #[arg(long)]
    pub target: String,
    /// ROME code of the target job (e.g. K2204)
    #[arg(long)]
    pub rome: Option<String>,
    /// Date of the decision (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: ProjectSetArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let target = a.target.trim().to_string();
    if target.is_empty() {
        bail!(crate::t!("cmd-project-target-empty"));
    }
    let rome = a.rome.map(|r| r.trim().to_uppercase());
    if let Some(r) = &rome
        && !is_rome(r)
    {
        bail!(crate::t!("cmd-project-rome", rome = r.as_str()));
    }
    let on = a.on.unwrap_or(ctx.today);
    store.update(&id, |doc, case| {
        let Some(current) = &case.project else {
            let project = Project {
                target: target.clone(),
                rome: rome.clone(),
                set_on: on,
                previous: Vec::new(),
            };
            doc["project"] = Item::Table(project_table(&project));
            return Ok(());
        };
        if current.target == target && current.rome == rome {
            return Ok(());
        }
        if on < current.set_on {
            bail!(crate::t!(
                "cmd-project-on-before",
                on = crate::i18n::day(on),
                set = crate::i18n::day(current.set_on)
            ));
        }
        let Some(table) = doc.get_mut("project").and_then(Item::as_table_mut) else {
            bail!(crate::t!("cmd-project-not-table", id = id.as_str()));
        };
        let previous = PreviousProject {
            target: current.target.clone(),
            rome: current.rome.clone(),
            set_on: current.set_on,
            replaced_on: on,
        };
        replace_value(&mut table["target"], target.as_str().into());
        match &rome {
            Some(r) if table.contains_key("rome") => {
                replace_value(&mut table["rome"], r.as_str().into())
            }
            Some(r) => {
                table.insert("rome", value(r.as_str()));
            }
            None => {
                table.remove("rome");
            }
        }
        replace_value(&mut table["set_on"], date_value(on));
        push_table(table, "previous", previous_project_table(&previous))
    })?;
    eprintln!(
        "{}",
        crate::t!(
            "cmd-project-set",
            id = id.as_str(),
            target = target.as_str()
        )
    );
    crate::commands::support::future::warn(ctx.today, crate::rules::future::Dated::Project, on);
    Ok(())
}
