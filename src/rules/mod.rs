//! Pure domain rules: every function takes the date it reasons about as an argument.

pub mod audit;
pub mod contracts;
pub mod dates;
pub mod eligibility;
pub mod exits;
pub mod findings;
pub mod future;
pub mod hours;
pub mod parcours;
pub mod pass;
pub mod retention;
