//! Pallet configurations, one file per concern.

mod accounts;
mod consensus;
mod crowdfunding;
pub mod dapps;
mod forestry;
pub mod governance;
mod holders;
mod insurance;
mod kyc;
mod market;
mod monetary;
mod staking;
mod system;
mod trade;

pub use accounts::ProxyType;
pub use forestry::MaxTreeTokenSupply;
pub use market::{fee_asset_location, ByLocation, SettlementIssuer};
pub use staking::{BondingDuration, SlashDeferDuration};
pub use system::{remark_extensions_weight, ExtrinsicBase, RuntimeBlockWeights};
pub use trade::{
	ContractDeposit, EscrowPalletId, MaxSettlementSupply, Settlement, SettlementAssetId,
	TradeFeeAccount, TEST_CNY,
};
