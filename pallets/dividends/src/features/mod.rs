//! What the pallet does, one capability a file.

mod accounts;
mod close;
mod invariants;
mod revenue;

pub use accounts::MAX_SEGMENTS;
