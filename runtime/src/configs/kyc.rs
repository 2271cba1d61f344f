//! The KYC gate that trade, market-maker, insurance and crowdfunding payments go through.

use crate::{constants::time::DAYS, AccountId, BlockNumber, Runtime};
use frame_system::EnsureRoot;

frame_support::parameter_types! {
	/// A claim runs at most two years from issue or renewal.
	pub const MaxClaimDuration: BlockNumber = 730 * DAYS;
}

/// Providers are governance's; Root until the council lands.
impl pallet_kyc::Config for Runtime {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxClaimDuration = MaxClaimDuration;
	type WeightInfo = pallet_kyc::weights::SubstrateWeight<Runtime>;
}
