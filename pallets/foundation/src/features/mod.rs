//! The pallet's capabilities, one a file: each holds the `do_*` functions its calls hand over to.

pub(crate) mod invariants;
pub(crate) mod reports;
pub(crate) mod spending;
