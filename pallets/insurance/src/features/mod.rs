//! The pallet's capabilities, one file each.

mod claims;
mod insurers;
mod invariants;
mod oracle;
mod policies;
mod products;
