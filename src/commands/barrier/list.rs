//! `iae barrier list`.

use crate::commands::{Ctx, resolve_who};
use crate::output::sheet::Cell;
use crate::output::{self, Row};
use crate::report::barriers::{BarrierRow, barrier_rows, order};
use crate::store::Store;
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
    let Some(text) = &a.id else {
        return list_all(ctx, &store, a.open);
    };
    let id = resolve_who(&store, text)?;
    let (_, case) = store.read(&id)?;
    let rows = barrier_rows(
        [(id.as_str(), &case)],
        a.open,
        &store.reference,
        ctx.lang,
        ctx.today,
    );
    output::print_rows(&rows, ctx.format)
}

/// The barriers of everyone. Each file's rows stay where the pass put them (at their
/// size); the listing is sorted and printed as references to them, so the rows of the
/// whole structure are held once.
fn list_all(ctx: &Ctx, store: &Store, open: bool) -> Result<()> {
    // "Open" is about the people in parcours: who left is followed otherwise.
    let scanned = store.scan(|l| {
        (!(open && l.case.is_exited())).then(|| {
            let mut rows = barrier_rows(
                [(l.file_id.as_str(), &l.case)],
                open,
                &store.reference,
                ctx.lang,
                ctx.today,
            );
            // Kept until the pass ends: no room for rows that never come.
            rows.shrink_to_fit();
            rows
        })
    })?;
    scanned.report_skipped();
    let mut rows: Vec<&BarrierRow> = Vec::with_capacity(scanned.items.iter().map(Vec::len).sum());
    rows.extend(scanned.items.iter().flatten());
    rows.sort_by(|a, b| order(a, b));
    output::print_rows(&rows, ctx.format)
}

/// How a barrier shows in the listing; JSON, CSV and YAML use its fields.
impl Row for BarrierRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "n°",
            "category",
            "status",
            "since",
            "last action",
        ]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("report-col-id"),
            crate::t!("report-col-name"),
            crate::t!("report-col-number"),
            crate::t!("report-col-category"),
            crate::t!("report-col-status"),
            crate::t!("report-col-since"),
            crate::t!("report-col-last-action"),
        ]
    }
    fn keys() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "number",
            "category",
            "category_label",
            "detail",
            "status",
            "noted_on",
            "days",
            "resolved_on",
            "last_action_on",
            "last_action",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.number.to_string(),
            self.category_label.clone(),
            crate::case::vocab::BarrierStatus::words_of(&self.status),
            crate::t!(
                "report-barrier-since",
                date = Cell::Date(self.noted_on).display(),
                days = self.days
            ),
            match (&self.last_action_on, &self.last_action) {
                (Some(d), Some(t)) => {
                    format!("{} {}", Cell::Date(*d).display(), output::ellipsis(t, 24))
                }
                _ => "—".into(),
            },
        ]
    }
}
