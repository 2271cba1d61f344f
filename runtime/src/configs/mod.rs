//! Pallet configurations, one file per concern.

mod accounts;
mod consensus;
mod forestry;
mod kyc;
mod monetary;
mod staking;
mod system;

pub use accounts::ProxyType;
pub use staking::{BondingDuration, SlashDeferDuration};
pub use system::RuntimeBlockWeights;
