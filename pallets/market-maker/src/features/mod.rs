//! The market-maker pallet's capabilities, one file each.

mod exchange;
mod invariants;
mod issuance;
mod makers;
mod quotes;

pub(crate) use exchange::mul_div_up;

#[cfg(test)]
pub(crate) use quotes::mid_for_tests;
