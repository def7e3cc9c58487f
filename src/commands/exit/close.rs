//! What recording an exit does to the rest of the file: the contracts end, those not
//! started are dropped, the open barriers are settled as the counsellor said.

use super::end_contract;
use super::record::OpenBarriers;
use crate::case::CaseFile;
use crate::case::document::exit_table;
use crate::case::model::Exit;
use chrono::NaiveDate;
use toml_edit::Item;

/// What writing the exit did to the rest of the file.
pub(super) struct Written {
    /// Contracts ended on the exit date.
    pub ended: usize,
    /// Contracts that had not started, dropped: their kind and start.
    pub dropped: Vec<(String, NaiveDate)>,
    /// Barriers closed on the exit date.
    pub closed: usize,
    /// Barriers left open.
    pub still_open: usize,
    pub has_bilan: bool,
}

/// Write `[exit]`, end the open contracts, drop those not started, and close the open
/// barriers unless they are kept.
pub(super) fn write_exit(
    doc: &mut toml_edit::DocumentMut,
    case: &CaseFile,
    exit: &Exit,
    barriers: Option<OpenBarriers>,
) -> Written {
    let (ended, dropped) = end_contracts(doc, case, exit.date);
    let closed = match barriers {
        Some(OpenBarriers::Resolved) => close_barriers(doc, case, "resolved", exit.date),
        Some(OpenBarriers::Abandoned) => close_barriers(doc, case, "abandoned", exit.date),
        Some(OpenBarriers::Keep) | None => 0,
    };
    let still_open = case.barriers.iter().filter(|b| b.is_open()).count() - closed;
    doc["exit"] = Item::Table(exit_table(exit));
    Written {
        ended,
        dropped,
        closed,
        still_open,
        has_bilan: case.interviews.iter().any(|i| i.kind == "bilan_final"),
    }
}

/// Open contracts end on the exit date; those that had not started are dropped.
fn end_contracts(
    doc: &mut toml_edit::DocumentMut,
    case: &CaseFile,
    date: NaiveDate,
) -> (usize, Vec<(String, NaiveDate)>) {
    let mut ended = 0;
    let mut dropped = Vec::new();
    let Some(contracts) = doc
        .get_mut("contracts")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return (ended, dropped);
    };
    for (table, contract) in contracts.iter_mut().zip(&case.contracts) {
        if contract.start <= date && contract.end.is_none_or(|end| end > date) {
            end_contract(table, contract, date);
            ended += 1;
        }
    }
    for (i, contract) in case.contracts.iter().enumerate().rev() {
        if contract.start > date {
            contracts.remove(i);
            dropped.push((contract.kind.clone(), contract.start));
        }
    }
    if contracts.is_empty() {
        doc.remove("contracts");
    }
    dropped.reverse();
    (ended, dropped)
}

/// The barriers still open take `status` on the exit date; returns how many.
fn close_barriers(
    doc: &mut toml_edit::DocumentMut,
    case: &CaseFile,
    status: &str,
    date: NaiveDate,
) -> usize {
    let Some(barriers) = doc
        .get_mut("barriers")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return 0;
    };
    let mut closed = 0;
    for (table, barrier) in barriers.iter_mut().zip(&case.barriers) {
        if barrier.is_open() {
            crate::case::document::replace_value(&mut table["status"], status.into());
            table.insert(
                "resolved_on",
                Item::Value(crate::case::document::date_value(date)),
            );
            closed += 1;
        }
    }
    closed
}
