//! `iae report …`: figures over the whole structure, from the pure `report` layer.

use super::Ctx;
use crate::cli::ReportExitsArgs;
use crate::error::hinted;
use crate::output::{self, Format, Row, table};
use crate::reference::Lang;
use crate::report::exits::{ExitRow, ExitsReport, Period, exits_report};
use crate::rules::exits::Counting;
use crate::store::{LoadedSet, Store};
use anyhow::{Result, bail};

/// Load every file; a report is exact or not given, so an unreadable file stops it.
fn load_exact(store: &Store) -> Result<LoadedSet> {
    let set = store.load_all()?;
    if let Some(u) = set.unreadable.first() {
        return Err(hinted(
            format!(
                "{} file(s) cannot be read, starting with {}{}: {} — the report would be wrong",
                set.unreadable.len(),
                u.rel_path,
                u.finding.line.map(|l| format!(":{l}")).unwrap_or_default(),
                u.finding.message
            ),
            "fix them (`iae check` lists every problem), then run the report again",
        ));
    }
    Ok(set)
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_string(), |r| format!("{:.1} %", r * 100.0))
}

fn tr(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
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
    let set = load_exact(&store)?;
    let report = exits_report(
        set.cases.iter().map(|l| (l.file_id.as_str(), &l.case)),
        &store.structure,
        &store.reference,
        period,
        ctx.lang,
    )
    .map_err(|unknown| {
        let list: Vec<String> = unknown
            .iter()
            .map(|u| format!("salaries/{}.toml: \"{}\"", u.id, u.reason))
            .collect();
        hinted(
            format!("unknown exit reason(s), the report cannot place them: {}", list.join(", ")),
            "correct the reason, or add it with its category in iae.toml under [exit_reasons.<code>]",
        )
    })?;
    let categories = category_rows(&report, &store, ctx.lang);
    match ctx.format {
        Format::Json | Format::Yaml => {
            let mut value = serde_json::to_value(&report)?;
            if !a.detail {
                value.as_object_mut().map(|o| o.remove("detail"));
            }
            output::print_value(&value, ctx.format)
        }
        Format::Csv if a.detail => output::print_rows(&report.detail, Format::Csv),
        Format::Csv => output::print_rows(&categories, Format::Csv),
        f => output::out(&render(&report, &categories, a.detail, f, ctx.lang)),
    }
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
        tr(lang, "Sorties", "Exits"),
        report.structure,
        report.kind
    ));
    let mut rows: Vec<Vec<String>> = categories.iter().map(Row::cells).collect();
    rows.push(vec![
        tr(lang, "Sorties comptabilisées", "Counted exits").to_string(),
        report.counted.to_string(),
        if report.counted > 0 {
            "100.0 %".into()
        } else {
            "—".into()
        },
    ]);
    out.push_str(&grid(
        &[
            tr(lang, "catégorie", "category"),
            tr(lang, "sorties", "exits"),
            tr(lang, "part", "share"),
        ],
        &rows,
    ));
    let verdict = |rate: Option<f64>, target: f64| match rate {
        None => tr(lang, "sans objet", "no counted exit"),
        Some(r) if r + 1e-12 >= target => tr(lang, "atteint", "met"),
        Some(_) => tr(lang, "non atteint", "not met"),
    };
    let durable = report
        .by_category
        .get("emploi_durable")
        .copied()
        .unwrap_or(0);
    out.push_str(&format!(
        "\n{} : {} / {} = {} ({} {:.0} %, {})\n",
        tr(lang, "Taux de sorties dynamiques", "Dynamic exit rate"),
        report.dynamic,
        report.counted,
        percent(report.dynamic_rate),
        tr(lang, "objectif", "target"),
        report.targets.dynamic * 100.0,
        verdict(report.dynamic_rate, report.targets.dynamic)
    ));
    out.push_str(&format!(
        "{} : {} / {} = {} ({} {:.0} %, {})\n",
        tr(lang, "Taux d'emploi durable", "Durable employment rate"),
        durable,
        report.counted,
        percent(report.durable_rate),
        tr(lang, "objectif", "target"),
        report.targets.durable * 100.0,
        verdict(report.durable_rate, report.targets.durable)
    ));
    out.push_str(&format!(
        "{} : {} ; {} : {} (retrait {}, {} {})\n",
        tr(lang, "Sorties dans la période", "Exits in the period"),
        report.exits,
        tr(lang, "non comptabilisées", "not counted"),
        report.excluded.retrait + report.excluded.too_short,
        report.excluded.retrait,
        tr(lang, "trop courtes", "too short"),
        report.excluded.too_short
    ));
    let excluded: Vec<&ExitRow> = report.detail.iter().filter(|r| !r.counted).collect();
    if !excluded.is_empty() && !detail {
        out.push_str(&format!(
            "\n{}\n",
            tr(lang, "Sorties non comptabilisées :", "Exits not counted:")
        ));
        let rows: Vec<Vec<String>> = excluded.iter().map(|r| r.cells()).collect();
        out.push_str(&grid(&ExitRow::headers(), &rows));
    }
    if detail {
        out.push_str(&format!(
            "\n{}\n",
            tr(lang, "Détail des sorties :", "Every exit:")
        ));
        let rows: Vec<Vec<String>> = report.detail.iter().map(Row::cells).collect();
        out.push_str(&grid(&ExitRow::headers(), &rows));
    }
    let method = format!("{} : {}", tr(lang, "Méthode", "Method"), report.method);
    out.push('\n');
    out.push_str(&if md {
        format!("{method}\n")
    } else {
        output::wrap(&method, 80)
    });
    out
}
