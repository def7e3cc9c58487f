//! `iae report …`: figures over the whole structure, from the pure `report` layer.

use super::Ctx;
use crate::case::CaseFile;
use crate::case::model::Interview;
use crate::cli::{ActiveArgs, DeadlinesArgs, OutputArgs, ReportCmd, ReportExitsArgs, YearArgs};
use crate::error::hinted;
use crate::output::sheet::{Cell, Sheet, render_csv, render_markdown, render_table, render_xlsx};
use crate::output::{self, Format, Row, table};
use crate::reference::Lang;
use crate::reference::Reference;
use crate::report::active::active_rows;
use crate::report::barriers::{AspBarriersReport, asp_barriers};
use crate::report::exits::{ExitRow, ExitsReport, Period, exits_report};
use crate::report::interviews::interviews_report;
use crate::rules::exits::Counting;
use crate::store::Store;
use crate::store::atomic;
use anyhow::{Result, bail};
use chrono::NaiveDate;

/// The cases a report looks at (`relevant`), with their ids, in id order, each reduced
/// to the parts the report reads (`part`); the others are read and let go. A report is
/// exact or not given, so an unreadable file stops it.
fn load_exact(
    store: &Store,
    relevant: impl Fn(&CaseFile) -> bool + Sync,
    part: impl Fn(&CaseFile) -> CaseFile + Sync,
) -> Result<Vec<(String, CaseFile)>> {
    let scanned = store
        .scan(|l| relevant(&l.case).then(|| (l.file_id.clone(), part(&l.case))))?
        .exact()?;
    Ok(scanned.items)
}

/// A copy of a case with what the yearly reports read: the person, the recruitment, the
/// diagnosis, the PASS, the contracts, the hours and the exit, the interviews `interviews`
/// keeps, and the barriers if `barriers`. The parcours sections (project, skills,
/// trainings, immersions, follow-ups) are left out: no report of this file reads them.
fn part(c: &CaseFile, interviews: impl Fn(&Interview) -> bool, barriers: bool) -> CaseFile {
    CaseFile {
        schema: c.schema,
        id: c.id.clone(),
        person: c.person.clone(),
        recruitment: c.recruitment.clone(),
        eligibility: c.eligibility.clone(),
        pass: c.pass.clone(),
        contracts: c.contracts.clone(),
        interviews: c
            .interviews
            .iter()
            .filter(|i| interviews(i))
            .cloned()
            .collect(),
        barriers: if barriers {
            c.barriers.clone()
        } else {
            Vec::new()
        },
        project: None,
        skills: Vec::new(),
        trainings: Vec::new(),
        immersions: Vec::new(),
        hours: c.hours.clone(),
        exit: c.exit.clone(),
        followups: Vec::new(),
    }
}

/// The pairs the report functions take.
fn pairs(set: &[(String, CaseFile)]) -> impl Iterator<Item = (&str, &CaseFile)> + Clone {
    set.iter().map(|(id, c)| (id.as_str(), c))
}

/// In the structure at some time in the period (hired by its end, not gone before it).
fn present_in(c: &CaseFile, from: NaiveDate, to: NaiveDate) -> bool {
    c.recruitment.hired_on <= to && c.exit.as_ref().is_none_or(|x| x.date >= from)
}

/// A barrier open at some time in the period.
fn barrier_in(c: &CaseFile, from: NaiveDate, to: NaiveDate) -> bool {
    c.barriers
        .iter()
        .any(|b| b.noted_on <= to && b.resolved_on.is_none_or(|r| r >= from))
}

/// The first and last days of `year`.
fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(from), Some(to)) => Ok((from, to)),
        _ => bail!("--year {year}: not a year"),
    }
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_string(), |r| format!("{:.1} %", r * 100.0))
}

impl Row for ExitRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "hired on",
            "exit",
            "reason\n(category)",
            "counted",
        ]
    }
    fn keys() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "hired_on",
            "exit_date",
            "reason",
            "reason_label",
            "category",
            "counted",
            "why",
            "hours",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.hired_on.to_string(),
            self.exit_date.to_string(),
            format!("{}\n({})", self.reason, self.category),
            match self.why {
                None => "yes".into(),
                Some(Counting::Retrait) => "no:\nretrait".into(),
                Some(_) => "no: too\nshort".into(),
            },
        ]
    }
}

/// One line per category, for table, Markdown and CSV.
#[derive(Debug, serde::Serialize)]
struct CategoryRow {
    category: String,
    label: String,
    exits: usize,
    share: Option<f64>,
}

impl Row for CategoryRow {
    fn headers() -> Vec<&'static str> {
        vec!["category", "exits", "share"]
    }
    fn keys() -> Vec<&'static str> {
        vec!["category", "label", "exits", "share"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.label.clone(),
            self.exits.to_string(),
            percent(self.share),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: ReportCmd) -> Result<()> {
    match cmd {
        ReportCmd::Exits(a) => exits(ctx, a),
        ReportCmd::Deadlines(a) => deadlines(ctx, a),
        ReportCmd::Active(a) => active(ctx, a),
        ReportCmd::Barriers(a) => barriers(ctx, a),
        ReportCmd::Annual(a) => annual(ctx, a),
        ReportCmd::Interviews(a) => interviews(ctx, a),
    }
}

/// A report ready for every output: its data, its tables, and optionally its own text
/// table and HTML page.
struct Rendered {
    data: serde_json::Value,
    sheets: Vec<Sheet>,
    text: Option<String>,
    html: Option<String>,
}

/// Print the report in the chosen format, or write it to `--output FILE`.
fn emit(ctx: &Ctx, r: Rendered, out: &OutputArgs) -> Result<()> {
    let Some(path) = &out.output else {
        return match ctx.format {
            Format::Json | Format::Yaml => output::print_value(&r.data, ctx.format),
            Format::Csv => output::out_bytes(&render_csv(&r.sheets, out.csv_excel)?),
            Format::Markdown => output::out(&render_markdown(&r.sheets)),
            Format::Table => output::out(&r.text.unwrap_or_else(|| render_table(&r.sheets))),
        };
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes: Vec<u8> = match ext.as_str() {
        "json" => format!("{}\n", serde_json::to_string_pretty(&r.data)?).into_bytes(),
        "yaml" | "yml" => yaml_serde::to_string(&r.data)?.into_bytes(),
        "csv" => render_csv(&r.sheets, out.csv_excel)?,
        "md" => render_markdown(&r.sheets).into_bytes(),
        "txt" => r
            .text
            .unwrap_or_else(|| render_table(&r.sheets))
            .into_bytes(),
        "xlsx" => render_xlsx(&r.sheets)?,
        "html" | "htm" => match r.html {
            Some(html) => html.into_bytes(),
            None => bail!(
                "--output {}: an HTML page is made for the annual report; use .xlsx, .csv, .md, .json or .yaml",
                path.display()
            ),
        },
        _ => bail!(
            "--output {}: write .json, .yaml, .csv, .md, .txt, .xlsx (or .html for the annual report)",
            path.display()
        ),
    };
    atomic::write(path, &bytes)?;
    eprintln!("Wrote {}.", path.display());
    Ok(())
}

fn exits_sheets(report: &ExitsReport, categories: &[CategoryRow], lang: Lang) -> Vec<Sheet> {
    let period = match report.year {
        Some(y) => y.to_string(),
        None => format!("{} → {}", report.from, report.to),
    };
    let mut by_category = Sheet::new(
        lang.pick("Sorties", "Exits"),
        format!("{} {period}", lang.pick("Sorties", "Exits")),
        &["category", "label", "exits", "share"],
    );
    for c in categories {
        by_category.row(vec![
            Cell::text(&c.category),
            Cell::text(&c.label),
            Cell::Int(c.exits as i64),
            Cell::Pct(c.share),
        ]);
    }
    by_category.row(vec![
        Cell::text("counted"),
        Cell::text(lang.pick("Sorties comptabilisées", "Counted exits")),
        Cell::Int(report.counted as i64),
        Cell::Empty,
    ]);
    let mut rates = Sheet::new(
        lang.pick("Taux", "Rates"),
        lang.pick("Taux et objectifs", "Rates and targets"),
        &["figure", "value", "target"],
    );
    rates.row(vec![
        Cell::text("dynamic_rate"),
        Cell::Pct(report.dynamic_rate),
        Cell::Pct(Some(report.targets.dynamic)),
    ]);
    rates.row(vec![
        Cell::text("durable_rate"),
        Cell::Pct(report.durable_rate),
        Cell::Pct(Some(report.targets.durable)),
    ]);
    rates.row(vec![
        Cell::text("exits"),
        Cell::Int(report.exits as i64),
        Cell::Empty,
    ]);
    rates.row(vec![
        Cell::text("excluded_retrait"),
        Cell::Int(report.excluded.retrait as i64),
        Cell::Empty,
    ]);
    rates.row(vec![
        Cell::text("excluded_too_short"),
        Cell::Int(report.excluded.too_short as i64),
        Cell::Empty,
    ]);
    let mut detail = Sheet::new(
        lang.pick("Détail", "Detail"),
        lang.pick("Détail des sorties", "Every exit"),
        &[
            "id",
            "name",
            "hired_on",
            "exit_date",
            "reason",
            "category",
            "counted",
            "why",
            "hours",
        ],
    );
    for r in &report.detail {
        detail.row(vec![
            Cell::text(&r.id),
            Cell::text(&r.name),
            Cell::Date(r.hired_on),
            Cell::Date(r.exit_date),
            Cell::text(&r.reason),
            Cell::text(&r.category),
            Cell::text(if r.counted { "yes" } else { "no" }),
            Cell::text(match r.why {
                None => "",
                Some(Counting::Retrait) => "retrait",
                Some(_) => "too_short",
            }),
            Cell::Num(r.hours),
        ]);
    }
    vec![by_category, rates, detail]
}

pub fn exits(ctx: &Ctx, a: ReportExitsArgs) -> Result<()> {
    let store = ctx.open()?;
    let period = match (a.year, a.from, a.to) {
        (Some(y), _, _) => match Period::year(y) {
            Some(p) => p,
            None => bail!("--year {y}: not a year"),
        },
        (None, Some(from), Some(to)) if from <= to => Period {
            from,
            to,
            year: None,
        },
        (None, Some(from), Some(to)) => bail!("--from {from} is after --to {to}"),
        _ => bail!("give --year Y, or --from D --to D"),
    };
    let set = load_exact(
        &store,
        |c| c.exit.as_ref().is_some_and(|x| period.contains(x.date)),
        |c| part(c, |_| false, false),
    )?;
    let report = exits_report(
        pairs(&set),
        &store.structure,
        &store.reference,
        period,
        ctx.lang,
    )
    .map_err(unknown_reasons)?;
    let categories = category_rows(&report, &store, ctx.lang);
    let mut data = serde_json::to_value(&report)?;
    if !a.detail {
        data.as_object_mut().map(|o| o.remove("detail"));
    }
    let mut sheets = exits_sheets(&report, &categories, ctx.lang);
    if a.out.output.is_none() {
        match ctx.format {
            Format::Markdown => {
                return output::out(&render(
                    &report,
                    &categories,
                    a.detail,
                    Format::Markdown,
                    ctx.lang,
                ));
            }
            // Scripts get one table: the categories, or with --detail every exit.
            Format::Csv => {
                let one = sheets.remove(if a.detail { 2 } else { 0 });
                return output::out_bytes(&render_csv(&[one], a.out.csv_excel)?);
            }
            _ => {}
        }
    }
    if !a.detail {
        sheets.truncate(2);
    }
    let text = render(&report, &categories, a.detail, Format::Table, ctx.lang);
    emit(
        ctx,
        Rendered {
            data,
            sheets,
            text: Some(text),
            html: None,
        },
        &a.out,
    )
}

fn unknown_reasons(unknown: Vec<crate::report::exits::UnknownReason>) -> anyhow::Error {
    let list: Vec<String> = unknown
        .iter()
        .map(|u| format!("salaries/{}.toml: \"{}\"", u.id, u.reason))
        .collect();
    hinted(
        format!(
            "unknown exit reason(s), the report cannot place them: {}",
            list.join(", ")
        ),
        "correct the reason, or add it with its category in iae.toml under [exit_reasons.<code>]",
    )
}

fn deadlines(ctx: &Ctx, a: DeadlinesArgs) -> Result<()> {
    let store = ctx.open()?;
    // Each file's deadlines, then one sort as the report makes it.
    let scanned = store
        .scan(|l| {
            Some(crate::report::deadlines::deadlines(
                [(l.file_id.as_str(), &l.case)],
                &store.structure,
                &store.reference,
                ctx.today,
                a.within,
            ))
        })?
        .exact()?;
    let mut rows: Vec<_> = scanned.items.into_iter().flatten().collect();
    crate::report::deadlines::sort(&mut rows);
    let mut sheet = Sheet::new(
        ctx.lang.pick("Échéances", "Deadlines"),
        format!(
            "{} {} (+{} {})",
            ctx.lang.pick("Échéances au", "Deadlines on"),
            ctx.today,
            a.within,
            ctx.lang.pick("jours", "days")
        ),
        &["date", "id", "name", "what", "detail"],
    );
    for d in &rows {
        let date = if d.overdue {
            format!("{} !", d.date)
        } else {
            d.date.to_string()
        };
        sheet.row(vec![
            Cell::text(date),
            Cell::text(&d.id),
            Cell::text(&d.name),
            Cell::text(&d.what),
            Cell::text(&d.detail),
        ]);
    }
    let overdue = rows.iter().filter(|d| d.overdue).count();
    let text = format!(
        "{}{}",
        render_table(std::slice::from_ref(&sheet)),
        if overdue > 0 {
            format!("! {overdue} {}\n", ctx.lang.pick("en retard", "overdue"))
        } else {
            String::new()
        }
    );
    emit(
        ctx,
        Rendered {
            data: serde_json::to_value(&rows)?,
            sheets: vec![sheet],
            text: Some(text),
            html: None,
        },
        &a.out,
    )
}

fn active(ctx: &Ctx, a: ActiveArgs) -> Result<()> {
    let store = ctx.open()?;
    let on = a.on.unwrap_or(ctx.today);
    let scanned = store
        .scan(|l| active_rows([(l.file_id.as_str(), &l.case)], on).pop())?
        .exact()?;
    let mut rows = scanned.items;
    crate::report::active::sort(&mut rows);
    let mut sheet = Sheet::new(
        ctx.lang.pick("En parcours", "In parcours"),
        format!(
            "{} {on} : {}",
            ctx.lang.pick("En parcours le", "In parcours on"),
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
        ],
    );
    for r in &rows {
        sheet.row(vec![
            Cell::text(&r.id),
            Cell::text(&r.name),
            Cell::Int(r.phase.into()),
            Cell::Int(r.months_in_parcours.into()),
            Cell::opt_date(r.contract_end),
            Cell::opt_date(r.pass_end),
            Cell::opt_date(r.last_interview),
            Cell::Int(r.open_barriers as i64),
        ]);
    }
    emit(
        ctx,
        Rendered {
            data: serde_json::to_value(&rows)?,
            sheets: vec![sheet],
            text: None,
            html: None,
        },
        &a.out,
    )
}

fn barriers_sheet(report: &AspBarriersReport, reference: &Reference, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(
        lang.pick("Freins", "Barriers"),
        format!(
            "{} {} — {} {}",
            lang.pick("Freins périphériques", "Barriers"),
            report.year,
            report.people_concerned,
            lang.pick("salarié(s) concerné(s)", "salarié(s) concerned")
        ),
        &[
            "category",
            "ASP line",
            "concerned",
            "internal only",
            "external only",
            "both",
            "resolved",
            "abandoned",
            "open at end",
            "median days",
        ],
    );
    for r in &report.categories {
        let line = if r.asp_line.is_empty() {
            reference.barrier_categories.label(&r.category, lang)
        } else {
            r.asp_line.clone()
        };
        sheet.row(vec![
            Cell::text(&r.category),
            Cell::text(line),
            Cell::Int(r.concerned as i64),
            Cell::Int(r.internal_only as i64),
            Cell::Int(r.external_only as i64),
            Cell::Int(r.both as i64),
            Cell::Int(r.resolved as i64),
            Cell::Int(r.abandoned as i64),
            Cell::Int(r.open_at_end as i64),
            r.median_days_to_resolution.map_or(Cell::Empty, Cell::Num),
        ]);
    }
    sheet
}

fn barriers(ctx: &Ctx, a: YearArgs) -> Result<()> {
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    let set = load_exact(
        &store,
        |c| barrier_in(c, from, to),
        |c| part(c, |_| false, true),
    )?;
    let report = asp_barriers(pairs(&set), &store.reference, a.year);
    let sheet = barriers_sheet(&report, &store.reference, ctx.lang);
    let text = format!(
        "{}\n{}",
        render_table(std::slice::from_ref(&sheet)),
        output::wrap(&report.method, 80)
    );
    emit(
        ctx,
        Rendered {
            data: serde_json::to_value(&report)?,
            sheets: vec![sheet],
            text: Some(text),
            html: None,
        },
        &a.out,
    )
}

fn annual(ctx: &Ctx, a: YearArgs) -> Result<()> {
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
    let lang = ctx.lang;
    let report = crate::report::annual::annual(
        pairs(&set),
        &store.structure,
        &store.reference,
        a.year,
        lang,
    )
    .map_err(unknown_reasons)?;
    let mut summary = Sheet::new(
        lang.pick("Synthèse", "Summary"),
        format!(
            "{} {} — {} ({})",
            lang.pick("Bilan", "Annual report"),
            a.year,
            report.structure,
            report.kind
        ),
        &["figure", "value"],
    );
    let figures: Vec<(&str, Cell)> = vec![
        (
            lang.pick("Entrées", "Entries"),
            Cell::Int(report.entries as i64),
        ),
        (
            lang.pick("Salariés présents", "Salariés present"),
            Cell::Int(report.present as i64),
        ),
        (
            lang.pick("Sorties", "Exits"),
            Cell::Int(report.exits.exits as i64),
        ),
        (
            lang.pick("Sorties comptabilisées", "Counted exits"),
            Cell::Int(report.exits.counted as i64),
        ),
        (
            lang.pick("Taux de sorties dynamiques", "Dynamic exit rate"),
            Cell::Pct(report.exits.dynamic_rate),
        ),
        (
            lang.pick("Taux d'emploi durable", "Durable employment rate"),
            Cell::Pct(report.exits.durable_rate),
        ),
        (
            lang.pick("Entretiens tenus", "Interviews held"),
            Cell::Int(report.interviews as i64),
        ),
        (
            lang.pick("Entretiens par salarié", "Interviews per salarié"),
            report.interviews_per_salarie.map_or(Cell::Empty, Cell::Num),
        ),
        (
            lang.pick("Heures travaillées", "Hours worked"),
            Cell::Num(report.hours_worked),
        ),
        (
            lang.pick("ETP réalisés", "ETP achieved"),
            Cell::Num(report.etp_achieved),
        ),
        (
            lang.pick("ETP conventionnés", "ETP funded"),
            report.etp_funded.map_or(Cell::Empty, Cell::Num),
        ),
    ];
    for (label, value) in figures {
        summary.row(vec![Cell::text(label), value]);
    }
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
        lines.push((store.reference.criteria.label(code, lang), *n));
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
        public.row(vec![Cell::text(label), Cell::Int(n as i64)]);
    }
    let categories = category_rows(&report.exits, &store, lang);
    let exit_sheets = exits_sheets(&report.exits, &categories, lang);
    let barrier_sheet = barriers_sheet(&report.barriers, &store.reference, lang);
    let sheets = vec![
        summary.clone(),
        exit_sheets[0].clone(),
        public.clone(),
        barrier_sheet.clone(),
        exit_sheets[2].clone(),
    ];

    let html = {
        use crate::output::html::{Block, page};
        let exit_bars: Vec<(String, f64)> = categories
            .iter()
            .map(|c| (c.label.clone(), c.exits as f64))
            .collect();
        let barrier_bars: Vec<(String, f64)> = report
            .barriers
            .categories
            .iter()
            .map(|r| {
                (
                    if r.asp_line.is_empty() {
                        store.reference.barrier_categories.label(&r.category, lang)
                    } else {
                        r.asp_line.clone()
                    },
                    r.concerned as f64,
                )
            })
            .collect();
        page(
            &format!(
                "{} {} — {}",
                lang.pick("Bilan", "Annual report"),
                a.year,
                report.structure
            ),
            &[
                Block::Table(summary),
                Block::Heading(lang.pick("Sorties", "Exits").into()),
                Block::Bars(
                    lang.pick(
                        "Sorties comptabilisées par catégorie",
                        "Counted exits by category",
                    )
                    .into(),
                    exit_bars,
                ),
                Block::Table(exit_sheets[0].clone()),
                Block::Paragraph(report.exits.method.clone()),
                Block::Heading(lang.pick("Public accueilli", "Public").into()),
                Block::Table(public),
                Block::Heading(lang.pick("Freins périphériques", "Barriers").into()),
                Block::Bars(
                    lang.pick(
                        "Salariés concernés par catégorie",
                        "Salariés concerned by category",
                    )
                    .into(),
                    barrier_bars,
                ),
                Block::Table(barrier_sheet),
                Block::Paragraph(report.barriers.method.clone()),
                Block::Paragraph(report.method.clone()),
            ],
        )
    };
    let text = format!(
        "{}\n{}",
        render_table(&sheets[..4]),
        output::wrap(&report.method, 80)
    );
    emit(
        ctx,
        Rendered {
            data: serde_json::to_value(&report)?,
            sheets,
            text: Some(text),
            html: Some(html),
        },
        &a.out,
    )
}

fn interviews(ctx: &Ctx, a: YearArgs) -> Result<()> {
    let store = ctx.open()?;
    let (from, to) = year_bounds(a.year)?;
    let until = to.min(ctx.today);
    // An interview in the year, or some of the parcours in it (its gaps are measured).
    // Interviews after the end are not read; earlier ones date the first gap.
    let set = load_exact(
        &store,
        |c| {
            present_in(c, from, until)
                || c.interviews
                    .iter()
                    .any(|i| from <= i.date && i.date <= until)
        },
        |c| part(c, |i| i.date <= until, false),
    )?;
    let kinds: Vec<String> = store
        .reference
        .interview_kinds
        .entries
        .iter()
        .map(|e| e.code.clone())
        .collect();
    let report = interviews_report(
        pairs(&set),
        &kinds,
        a.year,
        ctx.today,
        store.structure.interview_every_days,
    );
    let lang = ctx.lang;
    let mut by_kind = Sheet::new(
        lang.pick("Par type", "By kind"),
        format!(
            "{} {} : {} {}, {} {}",
            lang.pick("Entretiens", "Interviews"),
            a.year,
            report.held,
            lang.pick("tenus", "held"),
            report.missed,
            lang.pick("manqués", "missed")
        ),
        &["kind", "label", "held"],
    );
    for (k, n) in &report.by_kind {
        by_kind.row(vec![
            Cell::text(k),
            Cell::text(store.reference.interview_kinds.label(k, lang)),
            Cell::Int(*n as i64),
        ]);
    }
    let mut by_counsellor = Sheet::new(
        lang.pick("Par conseiller", "By counsellor"),
        lang.pick("Par conseiller·e", "By counsellor"),
        &["by", "held"],
    );
    for (k, n) in &report.by_counsellor {
        by_counsellor.row(vec![Cell::text(k), Cell::Int(*n as i64)]);
    }
    let mut gaps = Sheet::new(
        lang.pick("Sans entretien", "Beyond cadence"),
        format!(
            "{} {} {}",
            lang.pick("Plus de", "More than"),
            report.interview_every_days,
            lang.pick("jours sans entretien", "days without an interview")
        ),
        &["id", "name", "days", "from", "to"],
    );
    for g in &report.beyond_cadence {
        gaps.row(vec![
            Cell::text(&g.id),
            Cell::text(&g.name),
            Cell::Int(g.longest_gap_days),
            Cell::Date(g.gap_from),
            Cell::Date(g.gap_to),
        ]);
    }
    emit(
        ctx,
        Rendered {
            data: serde_json::to_value(&report)?,
            sheets: vec![by_kind, by_counsellor, gaps],
            text: None,
            html: None,
        },
        &a.out,
    )
}

fn category_rows(report: &ExitsReport, store: &Store, lang: Lang) -> Vec<CategoryRow> {
    report
        .by_category
        .iter()
        .map(|(code, n)| CategoryRow {
            category: code.clone(),
            label: store.reference.exit_categories.label(code, lang),
            exits: *n,
            share: crate::rules::exits::rate(*n, report.counted),
        })
        .collect()
}

fn render(
    report: &ExitsReport,
    categories: &[CategoryRow],
    detail: bool,
    format: Format,
    lang: Lang,
) -> String {
    let md = format == Format::Markdown;
    let grid = |headers: &[&str], rows: &[Vec<String>]| {
        if md {
            output::markdown(headers, rows)
        } else {
            format!("{}\n", table(headers, rows))
        }
    };
    let mut out = String::new();
    let period = match report.year {
        Some(y) => format!("{y}"),
        None => format!("{} → {}", report.from, report.to),
    };
    out.push_str(&format!(
        "{}{} {period} — {} ({})\n\n",
        if md { "## " } else { "" },
        lang.pick("Sorties", "Exits"),
        report.structure,
        report.kind
    ));
    let mut rows: Vec<Vec<String>> = categories.iter().map(Row::cells).collect();
    rows.push(vec![
        lang.pick("Sorties comptabilisées", "Counted exits")
            .to_string(),
        report.counted.to_string(),
        if report.counted > 0 {
            "100.0 %".into()
        } else {
            "—".into()
        },
    ]);
    out.push_str(&grid(
        &[
            lang.pick("catégorie", "category"),
            lang.pick("sorties", "exits"),
            lang.pick("part", "share"),
        ],
        &rows,
    ));
    let verdict = |rate: Option<f64>, target: f64| match rate {
        None => lang.pick("sans objet", "no counted exit"),
        Some(r) if r + 1e-12 >= target => lang.pick("atteint", "met"),
        Some(_) => lang.pick("non atteint", "not met"),
    };
    let durable = report
        .by_category
        .get("emploi_durable")
        .copied()
        .unwrap_or(0);
    out.push_str(&format!(
        "\n{} : {} / {} = {} ({} {:.0} %, {})\n",
        lang.pick("Taux de sorties dynamiques", "Dynamic exit rate"),
        report.dynamic,
        report.counted,
        percent(report.dynamic_rate),
        lang.pick("objectif", "target"),
        report.targets.dynamic * 100.0,
        verdict(report.dynamic_rate, report.targets.dynamic)
    ));
    out.push_str(&format!(
        "{} : {} / {} = {} ({} {:.0} %, {})\n",
        lang.pick("Taux d'emploi durable", "Durable employment rate"),
        durable,
        report.counted,
        percent(report.durable_rate),
        lang.pick("objectif", "target"),
        report.targets.durable * 100.0,
        verdict(report.durable_rate, report.targets.durable)
    ));
    out.push_str(&format!(
        "{} : {} ; {} : {} (retrait {}, {} {})\n",
        lang.pick("Sorties dans la période", "Exits in the period"),
        report.exits,
        lang.pick("non comptabilisées", "not counted"),
        report.excluded.retrait + report.excluded.too_short,
        report.excluded.retrait,
        lang.pick("trop courtes", "too short"),
        report.excluded.too_short
    ));
    let excluded: Vec<&ExitRow> = report.detail.iter().filter(|r| !r.counted).collect();
    if !excluded.is_empty() && !detail {
        out.push_str(&format!(
            "\n{}\n",
            lang.pick("Sorties non comptabilisées :", "Exits not counted:")
        ));
        let rows: Vec<Vec<String>> = excluded.iter().map(|r| r.cells()).collect();
        out.push_str(&grid(&ExitRow::headers(), &rows));
    }
    if detail {
        out.push_str(&format!(
            "\n{}\n",
            lang.pick("Détail des sorties :", "Every exit:")
        ));
        let rows: Vec<Vec<String>> = report.detail.iter().map(Row::cells).collect();
        out.push_str(&grid(&ExitRow::headers(), &rows));
    }
    let method = format!("{} : {}", lang.pick("Méthode", "Method"), report.method);
    out.push('\n');
    out.push_str(&if md {
        format!("{method}\n")
    } else {
        output::wrap(&method, 80)
    });
    out
}
