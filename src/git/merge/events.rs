//! Arrays of events (interviews, contracts, barriers…) merged as sets of entries, in
//! date order, with barriers numbered apart.

use super::*;

impl Merger<'_> {
    /// Arrays of events as sets of entries.
    pub(super) fn events(
        &mut self,
        path: &str,
        result: &mut ArrayOfTables,
        base: Option<&ArrayOfTables>,
        theirs: &ArrayOfTables,
        anchor: isize,
    ) {
        let ours: Vec<Table> = result.iter().cloned().collect();
        let base: Vec<Table> = base
            .map(|b| b.iter().cloned().collect())
            .unwrap_or_default();
        let mut theirs: Vec<Table> = theirs.iter().cloned().collect();
        if path == "barriers" {
            self.renumber(&base, &ours, &mut theirs);
        }
        let (bk, ok, tk) = (
            identities(path, &base),
            identities(path, &ours),
            identities(path, &theirs),
        );
        let base_by: HashMap<&str, &Table> = bk.iter().map(|k| k.as_str()).zip(&base).collect();
        let theirs_by: HashMap<&str, &Table> = tk.iter().map(|k| k.as_str()).zip(&theirs).collect();
        let ours_keys: HashSet<&str> = ok.iter().map(|k| k.as_str()).collect();

        // (entry, brought from their side)
        let mut out: Vec<(Table, bool)> = Vec::new();
        for (o, k) in ours.iter().zip(&ok) {
            match (base_by.get(k.as_str()), theirs_by.get(k.as_str())) {
                (Some(b), Some(t)) => {
                    let mut merged = o.clone();
                    self.table(path, &mut merged, Some(b), t);
                    out.push((merged, false));
                }
                // Removed on their side: gone, unless ours changed it (a change is kept).
                (Some(b), None) => {
                    if canon_table(o) != canon_table(b) {
                        out.push((o.clone(), false));
                    }
                }
                (None, Some(t)) => {
                    let mut merged = o.clone();
                    self.table(path, &mut merged, None, t);
                    out.push((merged, false));
                }
                (None, None) => out.push((o.clone(), false)),
            }
        }
        for (t, k) in theirs.iter().zip(&tk) {
            if ours_keys.contains(k.as_str()) {
                continue;
            }
            if let Some(b) = base_by.get(k.as_str())
                && canon_table(t) == canon_table(b)
            {
                continue; // removed on our side, untouched on theirs
            }
            let index = date_order_index(path, &out, t);
            out.insert(index, (t.clone(), true));
        }
        place_new_entries(&mut out, anchor);
        let mut fresh = ArrayOfTables::new();
        for (t, _) in out {
            fresh.push(t);
        }
        *result = fresh;
    }

    /// Barriers both sides added under the same number: ours keeps it, theirs takes the
    /// next free one and says so in a comment.
    fn renumber(&mut self, base: &[Table], ours: &[Table], theirs: &mut [Table]) {
        let number = |t: &Table| t.get("number").and_then(Item::as_integer);
        let base_numbers: HashSet<i64> = base.iter().filter_map(number).collect();
        let ours_new: HashMap<i64, &Table> = ours
            .iter()
            .filter_map(|t| number(t).map(|n| (n, t)))
            .filter(|(n, _)| !base_numbers.contains(n))
            .collect();
        let same = |a: &Table, b: &Table| {
            ["category", "noted_on", "detail"]
                .iter()
                .all(|f| canon_opt(a.get(f)) == canon_opt(b.get(f)))
        };
        let mut next = base
            .iter()
            .chain(ours)
            .chain(theirs.iter())
            .filter_map(number)
            .max()
            .unwrap_or(0)
            + 1;
        for t in theirs.iter_mut() {
            let Some(n) = number(t) else { continue };
            if base_numbers.contains(&n) {
                continue;
            }
            let Some(o) = ours_new.get(&n) else { continue };
            if same(o, t) {
                continue;
            }
            if let Some(slot) = t.get_mut("number") {
                replace_value(slot, Value::from(next));
            }
            let prefix = t
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("\n")
                .to_string();
            t.decor_mut()
                .set_prefix(format!("{prefix}# {}\n", (self.comment)(n, next)));
            self.renumbered.push((n, next));
            next += 1;
        }
    }
}

/// Where an entry from their side goes among the merged ones: after the last entry dated
/// on or before it, so that events stay in date order.
fn date_order_index(path: &str, out: &[(Table, bool)], t: &Table) -> usize {
    let Some(key) = order_key(path, t) else {
        return out.len();
    };
    out.iter()
        .rposition(|(e, _)| order_key(path, e).is_some_and(|e| e <= key))
        .map_or_else(
            || {
                if out.iter().all(|(e, _)| order_key(path, e).is_some()) {
                    0
                } else {
                    out.len()
                }
            },
            |i| i + 1,
        )
}

/// Entries brought from their side are written where they stand in the array, not where
/// their own document had them (`toml_edit` positions).
fn place_new_entries(out: &mut [(Table, bool)], anchor: isize) {
    for i in 0..out.len() {
        if !out[i].1 {
            continue;
        }
        let position = if i > 0 {
            max_position(&out[i - 1].0)
        } else {
            out.iter()
                .find(|(_, new)| !new)
                .and_then(|(e, _)| e.position())
                .map_or(anchor, |p| p - 1)
        };
        set_positions(&mut out[i].0, position);
    }
}
