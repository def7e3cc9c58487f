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
