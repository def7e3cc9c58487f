//! Pure aggregations: case files (+ structure, + today) → rows ready to render.

pub mod barriers;
pub mod exits;
pub mod list;
