//! `iae git setup`: in an existing clone, route case files to the merge driver and set the
//! driver in the clone's config, saying what was done.

use crate::commands::Ctx;
use crate::error::hinted;
use crate::git::setup::{configure_driver, ensure_attributes};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SetupArgs {}

pub fn run(ctx: &Ctx, _args: SetupArgs) -> Result<()> {
    let store = ctx.open()?;
    require_repository(&store.root)?;
    let written = ensure_attributes(&store.root)?;
    configure_driver(&store.root)?;
    eprintln!(
        "{}",
        if written {
            crate::t!("setup-attributes-written")
        } else {
            crate::t!("setup-attributes-present")
        }
    );
    eprintln!("{}", crate::t!("setup-driver"));
    Ok(())
}

/// The structure must be inside a git work tree.
pub fn require_repository(root: &std::path::Path) -> Result<std::path::PathBuf> {
    crate::git::work_tree(root).ok_or_else(|| {
        hinted(
            crate::t!("not-a-repo", dir = root.display().to_string()),
            crate::t!("not-a-repo-hint"),
        )
    })
}
