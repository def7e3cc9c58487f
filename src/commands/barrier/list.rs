//! `iae barrier list`.

use crate::commands::{Ctx, parse_id};
use crate::output::{self};
use crate::report::barriers::barrier_rows;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct BarrierListArgs {
    /// One salarié (default: everyone)
    pub id: Option<String>,
    /// Only barriers still open (identified or in progress)
    #[arg(long)]
    pub open: bool,
}

pub fn run(ctx: &Ctx, a: BarrierListArgs) -> Result<()> {
    let store = ctx.open()?;
    let rows = match &a.id {
        Some(text) => {
            let id = parse_id(text)?;
            let (_, case) = store.read(&id)?;
            barrier_rows(
                [(id.as_str(), &case)],
                a.open,
                &store.reference,
                ctx.lang,
                ctx.today,
            )
        }
        None => {
            let set = store.load_all()?;
            set.report_skipped();
            barrier_rows(
                set.cases.iter().map(|l| (l.file_id.as_str(), &l.case)),
                a.open,
                &store.reference,
                ctx.lang,
                ctx.today,
            )
        }
    };
    output::print_rows(&rows, ctx.format)
}
