//! `iae man`: the manual pages, from the same definitions as `--help`.

use super::Ctx;
use anyhow::{Context, Result};
use clap::{Args, CommandFactory};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (iae.1, iae-report-exits.1, …) into DIR instead of
    /// printing the main page
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: ManArgs) -> Result<()> {
    let mut cmd = crate::i18n::help::localize(crate::cli::Cli::command(), ctx.lang);
    cmd.build();
    match args.out_dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut page)?;
            crate::output::out_bytes(&page)
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| crate::t!("io-cannot-create", path = dir.display().to_string()))?;
            let mut written = 0;
            write_pages(&cmd, "iae", &dir, &mut written)?;
            eprintln!(
                "{}",
                crate::t!(
                    "man-written",
                    count = written,
                    dir = dir.display().to_string()
                )
            );
            Ok(())
        }
    }
}

/// The page of `cmd`, then one for each subcommand (`iae-barrier-add.1`).
fn write_pages(cmd: &clap::Command, name: &str, dir: &Path, written: &mut i64) -> Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let path = dir.join(format!("{name}.1"));
    let mut page = Vec::new();
    clap_mangen::Man::new(page_cmd).render(&mut page)?;
    std::fs::write(&path, page)
        .with_context(|| crate::t!("io-cannot-write", path = path.display().to_string()))?;
    *written += 1;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}
