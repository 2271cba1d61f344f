//! The market-maker pallet's capabilities, one file each.

mod exchange;
mod invariants;
mod issuance;
mod makers;
mod quotes;

#[cfg(test)]
pub(crate) use quotes::mid_for_tests;
