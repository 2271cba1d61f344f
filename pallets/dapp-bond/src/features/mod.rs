//! The pallet's capabilities, one file each.

mod bonding;
mod invariants;
mod slashing;
