//! The pallet's capabilities, one file each.

mod campaigns;
mod contributions;
mod default;
pub(crate) mod invariants;
mod milestones;
mod revenue;
