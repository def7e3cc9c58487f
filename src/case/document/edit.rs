//! Editing an existing case document: a value replaced with its comment kept, a record
//! inserted at its place in date order.

use toml_edit::{ArrayOfTables, Item, Table, Value};

/// Put `new` in `slot`, keeping the spacing and comment a person wrote around the old
/// value (`end = 2025-09-02   # first CDDI`).
pub fn replace_value(slot: &mut Item, mut new: Value) {
    if let Some(old) = slot.as_value() {
        *new.decor_mut() = old.decor().clone();
    }
    *slot = Item::Value(new);
}

/// Insert `table` at `index` of the array of tables `key` in `parent` (created when
/// absent). The new table is written right after the one before it, so events stay in
/// date order in the file.
pub fn insert_table(
    parent: &mut Table,
    key: &str,
    index: usize,
    table: Table,
) -> anyhow::Result<()> {
    let item = parent
        .entry(key)
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(array) = item.as_array_of_tables_mut() else {
        anyhow::bail!(crate::t!("doc-not-array-of-tables", key = key));
    };
    if index >= array.len() {
        array.push(table);
        return Ok(());
    }
    let mut tables: Vec<Table> = array.iter().cloned().collect();
    tables.insert(index, table);
    *array = tables.into_iter().collect();
    Ok(())
}

/// Append a table to the array of tables `key` in `parent` (created when absent).
pub fn push_table(parent: &mut Table, key: &str, table: Table) -> anyhow::Result<()> {
    insert_table(parent, key, usize::MAX, table)
}

/// The text a record is ordered by: its `field`, a date (`2025-03-03`) or a month
/// (`2025-03`), both of which sort as their text does.
pub fn order_text(table: &Table, field: &str) -> Option<String> {
    let v = table.get(field)?.as_value()?;
    Some(match v.as_str() {
        Some(s) => s.trim().to_string(),
        None => v.to_string().trim().to_string(),
    })
}

/// The position a record whose `field` reads `key` takes in `array` (leaving out the
/// record at `skip`, the one being moved): after every record on or before that day, so
/// records stay in date order in the file.
pub fn date_order_index(
    array: &ArrayOfTables,
    field: &str,
    key: &str,
    skip: Option<usize>,
) -> usize {
    array
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != skip)
        .filter(|(_, t)| order_text(t, field).is_some_and(|k| k.as_str() <= key))
        .count()
}

/// Insert `table` into the array of tables `key` in `parent` at its place in the order of
/// its `field` (see `date_order_index`); returns the index it took.
pub fn insert_in_date_order(
    parent: &mut Table,
    key: &str,
    field: &str,
    table: Table,
) -> anyhow::Result<usize> {
    let index = match (
        order_text(&table, field),
        parent.get(key).and_then(Item::as_array_of_tables),
    ) {
        (Some(text), Some(array)) => date_order_index(array, field, &text, None),
        _ => usize::MAX,
    };
    insert_table(parent, key, index, table)?;
    let len = parent
        .get(key)
        .and_then(Item::as_array_of_tables)
        .map_or(0, ArrayOfTables::len);
    Ok(index.min(len.saturating_sub(1)))
}
