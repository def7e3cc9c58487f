//! `iae exit reasons`.

use super::*;
use crate::commands::Ctx;
use crate::output::{self, Format};
use anyhow::Result;

pub fn run(ctx: &Ctx) -> Result<()> {
    let store = ctx.open()?;
    let rows: Vec<ReasonRow> = store
        .reference
        .exit_reasons
        .entries
        .iter()
        // Reasons of one kind of structure (EITI) are listed to that kind only.
        .filter(|e| e.is_for_kind(&store.structure.kind))
        .map(|e| ReasonRow::new(e, ctx.lang))
        .collect();
    output::print_rows(&rows, ctx.format)?;
    if ctx.format == Format::Table {
        if rows.iter().any(|r| r.overridden) {
            eprintln!("{}", crate::t!("cmd-reasons-overridden"));
        }
        for r in rows.iter().filter(|r| !r.certain) {
            if let Some(note) = &r.note {
                eprintln!("{}: {note}", r.code);
            }
        }
    }
    Ok(())
}
