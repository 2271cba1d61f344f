//! The pallet's capabilities, one a file: each holds the `do_*` functions its calls hand over to.

pub(crate) mod invariants;
pub(crate) mod redeem;
pub(crate) mod revenue;
pub(crate) mod tokenise;
pub(crate) mod transfer;
