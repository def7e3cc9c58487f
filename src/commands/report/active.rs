//! `iae report active`: everyone in parcours on a day, with where they stand.

use super::{OutputArgs, emit, load_exact};
use crate::case::date::parse_cli;
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::Lang;
use crate::report::active::{ActiveRow, active_rows};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ActiveArgs {
    /// The day (default: today)
    #[arg(long, value_parser = parse_cli)]
    pub on: Option<NaiveDate>,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, a: ActiveArgs) -> Result<()> {
    let store = ctx.open()?;
    let set = load_exact(&store)?;
    let on = a.on.unwrap_or(ctx.today);
    let rows = active_rows(set.cases.iter().map(|l| (l.file_id.as_str(), &l.case)), on);
    emit(ctx, &document(&rows, on, ctx.lang), &rows, &a.out)
}

fn document(rows: &[ActiveRow], on: NaiveDate, lang: Lang) -> Document {
    let mut sheet = Sheet::new(
        lang.pick("En parcours", "In parcours"),
        format!(
            "{} {on} : {}",
            lang.pick("En parcours le", "In parcours on"),
            rows.len()
        ),
        &[
            "id",
            "name",
            "phase",
            "months",
            "contract end",
            "PASS end",
            "last interview",
            "open barriers",
            "flag",
        ],
    );
    for r in rows {
        sheet.row(vec![
            Cell::text(&r.id),
            Cell::text(&r.name),
            Cell::Int(r.phase.into()),
            Cell::Int(r.months_in_parcours.into()),
            Cell::opt_date(r.contract_end),
            Cell::opt_date(r.pass_end),
            Cell::opt_date(r.last_interview),
            Cell::count(r.open_barriers),
            Cell::text(r.flag.as_deref().unwrap_or_default()),
        ]);
    }
    let mut doc = Document::new();
    doc.table(sheet);
    doc
}
