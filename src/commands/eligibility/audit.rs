//! `iae eligibility audit`: the hires of a period on the structure's own diagnosis (the
//! population of the *contrôle a posteriori*), each criterion with its proof or
//! certification, and what is missing or expired.

use crate::case::date::parse_cli;
use crate::commands::Ctx;
use crate::commands::report::{OutputArgs, emit};
use crate::output::sheet::{Cell, Document, Sheet};
use crate::reference::Reference;
use crate::rules::audit::{AuditLine, ProofStatus, audit};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct EligibilityAuditArgs {
    /// First hiring day of the period, inclusive
    #[arg(long, value_parser = parse_cli)]
    pub from: NaiveDate,
    /// Last hiring day of the period, inclusive
    #[arg(long, value_parser = parse_cli)]
    pub to: NaiveDate,
    #[command(flatten)]
    pub out: OutputArgs,
}

fn status_code(s: ProofStatus) -> &'static str {
    match s {
        ProofStatus::Proved => "proved",
        ProofStatus::Certified => "certified",
        ProofStatus::Expired => "expired",
        ProofStatus::Missing => "missing",
    }
}

fn status_words(s: ProofStatus) -> String {
    match s {
        ProofStatus::Proved => crate::t!("audit-status-proved"),
        ProofStatus::Certified => crate::t!("audit-status-certified"),
        ProofStatus::Expired => crate::t!("audit-status-expired"),
        ProofStatus::Missing => crate::t!("audit-status-missing"),
    }
}

fn sheet(lines: &[AuditLine], reference: &Reference, from: NaiveDate, to: NaiveDate) -> Sheet {
    let lang = crate::i18n::lang();
    let mut sheet = Sheet::with_labels(
        &crate::t!("audit-sheet"),
        crate::t!(
            "audit-title",
            from = crate::i18n::day(from),
            to = crate::i18n::day(to)
        ),
        [
            ("id", crate::t!("report-col-id")),
            ("name", crate::t!("report-col-name")),
            ("hired_on", crate::t!("report-col-hired-on")),
            ("diagnosis_on", crate::t!("audit-col-diagnosis-on")),
            ("criterion", crate::t!("audit-col-criterion")),
            ("status", crate::t!("report-col-status")),
            ("document", crate::t!("audit-col-document")),
            ("dated", crate::t!("audit-col-dated")),
            ("expires_on", crate::t!("audit-col-expires-on")),
        ],
    );
    for l in lines {
        sheet.row(vec![
            Cell::text(&l.id),
            Cell::text(&l.name),
            Cell::Date(l.hired_on),
            Cell::Date(l.diagnosis_on),
            Cell::coded(&l.criterion, reference.criteria.label(&l.criterion, lang)),
            Cell::coded(status_code(l.status), status_words(l.status)),
            Cell::text(&l.document),
            Cell::opt_date(l.dated),
            Cell::opt_date(l.expires_on),
        ]);
    }
    sheet
}

pub fn run(ctx: &Ctx, a: EligibilityAuditArgs) -> Result<()> {
    if a.from > a.to {
        bail!(crate::t!(
            "cmd-from-after-to",
            from = crate::i18n::day(a.from),
            to = crate::i18n::day(a.to)
        ));
    }
    let store = ctx.open()?;
    let set = store.load_all()?;
    set.report_skipped();
    let lines = audit(
        set.cases.iter().map(|l| (l.file_id.as_str(), &l.case)),
        &store.reference,
        a.from,
        a.to,
    );
    let hires = {
        let mut ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
        ids.dedup();
        ids.len()
    };
    let gaps = lines
        .iter()
        .filter(|l| matches!(l.status, ProofStatus::Missing | ProofStatus::Expired))
        .count();
    let sheet = sheet(&lines, &store.reference, a.from, a.to);
    let data = serde_json::json!({
        "from": a.from.to_string(),
        "to": a.to.to_string(),
        "hires": hires,
        "missing_or_expired": gaps,
        "lines": lines,
    });
    let mut doc = Document::new();
    doc.table(sheet)
        .note(crate::t!("audit-summary", hires = hires, gaps = gaps));
    emit(ctx, &doc, &data, &a.out)
}
