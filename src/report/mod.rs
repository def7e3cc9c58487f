//! Pure aggregations: case files (+ structure, + today) → rows and figures ready to
//! render. Nothing here reads the disk or the clock.

pub mod active;
pub mod annual;
pub mod barriers;
pub mod deadlines;
pub mod exits;
pub mod interviews;
pub mod list;
pub mod timeline;

use std::cmp::Ordering;

/// Sort `rows` by `compare`, stably, with the room of one index per row besides them: the
/// slice's stable sort borrows room for half the rows, 15 MB for the barriers of a
/// structure of 100,000 people, on top of the rows themselves.
pub fn sort_in_place_by<T>(rows: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| compare(&rows[a], &rows[b]));
    // The row at `k` is to be the one now at `order[k]`: each cycle of that permutation
    // is followed by swaps, and its places marked done (`order[k] = k`) on the way.
    for start in 0..rows.len() {
        let mut k = start;
        loop {
            let from = order[k];
            order[k] = k;
            if from == start || from == k {
                break;
            }
            rows.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sort_in_place_is_the_stable_sort() {
        let rows: Vec<(u32, u32)> = (0..5_000u32).map(|i| ((i * 7919) % 97, i)).collect();
        let mut expected = rows.clone();
        expected.sort_by_key(|r| r.0);
        let mut sorted = rows;
        super::sort_in_place_by(&mut sorted, |a, b| a.0.cmp(&b.0));
        assert_eq!(sorted, expected);
        let mut none: Vec<u8> = Vec::new();
        super::sort_in_place_by(&mut none, u8::cmp);
    }
}
