//! The registry's capabilities, one a file: each holds the `do_*` functions its calls hand over
//! to.

pub(crate) mod deposits;
pub(crate) mod documents;
pub(crate) mod history;
pub(crate) mod invariants;
pub(crate) mod leases;
pub(crate) mod locks;
pub(crate) mod lookup;
pub(crate) mod parcels;
pub(crate) mod pricing;
pub(crate) mod rarity;
pub(crate) mod species;
pub(crate) mod trees;
pub(crate) mod witnesses;
