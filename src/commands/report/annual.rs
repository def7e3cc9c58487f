//! `iae report annual`: the yearly figures for the dialogue de gestion — a summary, the
//! exits, the public hired, the barriers — and, as `.html`, the printable page.

use super::barriers::{barriers_sheet, line_label};
use super::exits::{category_sheet, detail_sheet};
use super::{
    YearArgs, barrier_in, emit, load_exact, pairs, part, present_in, unknown_reasons, year_bounds,
};
use crate::commands::Ctx;
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::{Lang, Reference};
use crate::report::annual::{AnnualReport, annual};
use anyhow::Result;

/// The annual report leaves the structure (to the administration, the funders): it names
/// people by id unless asked otherwise.
#[derive(Debug, clap::Args)]
pub struct AnnualArgs {
    #[command(flatten)]
    pub year: YearArgs,
    /// Show the names of the people in the detail of exits, not only their ids
    #[arg(long)]
    pub with_names: bool,
}

pub fn run(ctx: &Ctx, args: AnnualArgs) -> Result<()> {
    let a = args.year;
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    // Present in the year, gone in it, or with a barrier open in it: no one else counts.
    // Of the interviews, the report counts those attended in the year.
    let set = load_exact(
        &store,
        |c| {
            present_in(c, from, to)
                || c.exit
                    .as_ref()
                    .is_some_and(|x| from <= x.date && x.date <= to)
                || barrier_in(c, from, to)
        },
        |c| {
            part(
                c,
                |i| i.attended() && from <= i.date && i.date <= to,
                barrier_in(c, from, to),
            )
        },
    )?;
    let mut report = annual(
        pairs(&set),
        &store.structure,
        &store.reference,
        a.year,
        ctx.lang,
    )
    .map_err(unknown_reasons)?;
    // Pseudonymous unless asked: the same in every format, on stdout as in a file.
    if !args.with_names {
        for row in &mut report.exits.detail {
            row.name.clear();
        }
    }
    let doc = document(&report, &store.reference, ctx.lang);
    emit(ctx, &doc, &report, &a.out)
}

fn document(report: &AnnualReport, reference: &Reference, lang: Lang) -> Document {
    let exits = category_sheet(&report.exits, reference, lang);
    let exit_bars: Vec<(String, f64)> = report
        .exits
        .by_category
        .iter()
        .map(|(code, n)| (reference.exit_categories.label(code, lang), *n as f64))
        .collect();
    let barrier_bars: Vec<(String, f64)> = report
        .barriers
        .categories
        .iter()
        .map(|r| {
            let label = line_label(&r.category, &r.asp_line, reference, lang);
            (label, r.concerned as f64)
        })
        .collect();
    let mut doc = Document::new();
    doc.page = Some(format!(
        "{} {} — {}",
        lang.pick("Bilan", "Annual report"),
        report.year,
        report.structure
    ));
    doc.table(summary_sheet(report, lang))
        .bars(
            lang.pick(
                "Sorties comptabilisées par catégorie",
                "Counted exits by category",
            ),
            exit_bars,
        )
        .table(exits)
        .note(report.exits.method.clone())
        .table(public_sheet(report, reference, lang))
        .bars(
            lang.pick(
                "Salariés concernés par catégorie",
                "Salariés concerned by category",
            ),
            barrier_bars,
        )
        .table(barriers_sheet(&report.barriers, reference, lang))
        .note(report.barriers.method.clone())
        .table(detail_sheet(&report.exits.detail, lang).off_page())
        .note(report.method.clone());
    doc
}

fn summary_sheet(report: &AnnualReport, lang: Lang) -> Sheet {
    let mut summary = Sheet::new(
        lang.pick("Synthèse", "Summary"),
        format!(
            "{} {} — {} ({})",
            lang.pick("Bilan", "Annual report"),
            report.year,
            report.structure,
            report.kind
        ),
        &["figure", "value"],
    );
    let figures: Vec<(String, Cell)> = vec![
        (
            lang.pick("Entrées", "Entries").to_string(),
            Cell::count(report.entries),
        ),
        (
            lang.pick("Salariés présents", "Salariés present")
                .to_string(),
            Cell::count(report.present),
        ),
        (
            lang.pick("Sorties", "Exits").to_string(),
            Cell::count(report.exits.exits),
        ),
        (
            lang.pick("Sorties comptabilisées", "Counted exits")
                .to_string(),
            Cell::count(report.exits.counted),
        ),
        (
            lang.pick("Taux de sorties dynamiques", "Dynamic exit rate")
                .to_string(),
            Cell::Pct(report.exits.dynamic_rate),
        ),
        (
            lang.pick("Taux d'emploi durable", "Durable employment rate")
                .to_string(),
            Cell::Pct(report.exits.durable_rate),
        ),
        (
            lang.pick("Entretiens tenus", "Interviews held").to_string(),
            Cell::count(report.interviews),
        ),
        (
            lang.pick("Entretiens par salarié", "Interviews per salarié")
                .to_string(),
            Cell::opt_num(report.interviews_per_salarie),
        ),
        (
            lang.pick("Heures travaillées", "Hours worked").to_string(),
            Cell::Num(report.hours_worked),
        ),
        // How the hours were counted, right under them.
        (
            crate::t!("annual-hours-recorded"),
            Cell::Num(report.hours_recorded),
        ),
        (
            crate::t!("annual-hours-estimated"),
            Cell::Num(report.hours_estimated),
        ),
        (
            crate::t!("annual-hours-per-etp"),
            Cell::Num(report.annual_hours),
        ),
        (
            lang.pick("ETP réalisés", "ETP achieved").to_string(),
            Cell::Num(report.etp_achieved),
        ),
        (
            lang.pick("ETP conventionnés", "ETP funded").to_string(),
            Cell::opt_num(report.etp_funded),
        ),
    ];
    for (label, value) in figures {
        summary.row(vec![Cell::text(label), value]);
    }
    summary
}

/// The public hired in the year: sex, age, level-1 criteria, QPV, RQTH, education,
/// unemployment.
fn public_sheet(report: &AnnualReport, reference: &Reference, lang: Lang) -> Sheet {
    let ch = &report.characteristics;
    let mut public = Sheet::new(
        lang.pick("Public", "Public"),
        lang.pick(
            "Public accueilli (entrées de l'année)",
            "Public (entries of the year)",
        ),
        &["characteristic", "entries"],
    );
    let mut lines: Vec<(String, usize)> = vec![
        (lang.pick("Femmes", "Women").into(), ch.women),
        (lang.pick("Hommes", "Men").into(), ch.men),
        (lang.pick("Moins de 26 ans", "Under 26").into(), ch.under_26),
        (
            lang.pick("26 à 49 ans", "26 to 49").into(),
            ch.from_26_to_49,
        ),
        (
            lang.pick("50 ans et plus", "50 and over").into(),
            ch.from_50,
        ),
    ];
    for (code, n) in &ch.level1 {
        lines.push((reference.criteria.label(code, lang), *n));
    }
    lines.extend([
        (lang.pick("Résidents QPV", "QPV residents").into(), ch.qpv),
        (lang.pick("RQTH", "RQTH").into(), ch.rqth),
        (
            lang.pick("Niveau 3 (CAP, BEP) ou infra", "Education level 3 or below")
                .into(),
            ch.education_level_3_or_below,
        ),
        (
            lang.pick("DELD (12 à 24 mois)", "Long-term jobseekers (12–24 months)")
                .into(),
            ch.deld,
        ),
        (
            lang.pick(
                "DETLD (24 mois et plus)",
                "Very long-term jobseekers (24 months+)",
            )
            .into(),
            ch.detld,
        ),
    ]);
    for (label, n) in lines {
        public.row(vec![Cell::text(label), Cell::count(n)]);
    }
    public
}
