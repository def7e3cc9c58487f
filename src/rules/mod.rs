//! Pure domain rules: every function takes the date it reasons about as an argument.

pub mod dates;
pub mod exits;
pub mod hours;
pub mod parcours;
pub mod pass;
