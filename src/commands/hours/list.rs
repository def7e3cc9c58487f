//! `iae hours list`: month by month, the hours recorded and the hours the contracts
//! estimate, and which of the two counts.

use crate::commands::{Ctx, resolve_who};
use crate::output::{self, Format, Row};
use crate::rules::hours::{MonthHours, months_of_parcours, months_of_year, round2};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct HoursListArgs {
    /// The id of the case file
    pub id: String,
    /// Only this calendar year (default: the parcours, from the hiring to the exit or today)
    #[arg(long)]
    pub year: Option<i32>,
}

/// One month as listed: what was recorded, what the contracts estimate, what counts.
#[derive(Debug, Serialize)]
struct MonthRow {
    month: String,
    recorded: Option<f64>,
    estimated: f64,
    counted: f64,
    /// `recorded` or `estimated`.
    source: &'static str,
}

impl From<MonthHours> for MonthRow {
    fn from(m: MonthHours) -> MonthRow {
        MonthRow {
            source: if m.recorded.is_some() {
                "recorded"
            } else {
                "estimated"
            },
            month: m.month,
            recorded: m.recorded,
            estimated: m.estimated,
            counted: m.counted,
        }
    }
}

impl Row for MonthRow {
    fn headers() -> Vec<&'static str> {
        vec!["month", "recorded", "estimated", "counted", "source"]
    }
    fn labels() -> Vec<String> {
        vec![
            crate::t!("col-hours-month"),
            crate::t!("col-hours-recorded"),
            crate::t!("col-hours-estimated"),
            crate::t!("col-hours-counted"),
            crate::t!("col-hours-source"),
        ]
    }
    fn cells(&self) -> Vec<String> {
        let lang = crate::i18n::lang();
        let number = |h: f64| crate::i18n::format::people_number(&round2(h).to_string(), lang);
        vec![
            crate::i18n::format::people_month(&self.month, lang),
            self.recorded.map(number).unwrap_or_else(|| "—".into()),
            number(self.estimated),
            number(self.counted),
            crate::t!(if self.recorded.is_some() {
                "hours-source-recorded"
            } else {
                "hours-source-estimated"
            }),
        ]
    }
}

pub fn run(ctx: &Ctx, a: HoursListArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = resolve_who(&store, &a.id)?;
    let (_, case) = store.read(&id)?;
    let months = match a.year {
        Some(year) => months_of_year(&case, year),
        None => months_of_parcours(&case, ctx.today),
    };
    let rows: Vec<MonthRow> = months.into_iter().map(MonthRow::from).collect();
    output::print_rows(&rows, ctx.format)?;
    if ctx.format == Format::Table {
        let recorded: f64 = rows.iter().filter_map(|r| r.recorded).sum();
        let estimated: f64 = rows
            .iter()
            .filter(|r| r.recorded.is_none())
            .map(|r| r.estimated)
            .sum();
        eprintln!(
            "{}",
            crate::t!(
                "hours-list-total",
                total = round2(recorded + estimated),
                recorded = round2(recorded),
                estimated = round2(estimated)
            )
        );
    }
    Ok(())
}
