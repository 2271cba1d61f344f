//! The escrow's capabilities, one a file: each holds the `do_*` functions its calls hand over to.

pub(crate) mod contracts;
pub(crate) mod deposits;
pub(crate) mod disputes;
pub(crate) mod invariants;
pub(crate) mod listings;
pub(crate) mod queries;
pub(crate) mod ratings;
pub(crate) mod settlement;
