//! The lockup pallet's capabilities, one file each.

mod drip;
mod invariants;
mod locking;
mod market;
mod priority;

pub(crate) use drip::{mul_div_down, mul_div_up};
