//! The KYC gate that trade, market-maker, insurance and crowdfunding payments go through.

use super::governance::AppointmentOrigin;
use crate::{constants::time::DAYS, BlockNumber, Runtime};

frame_support::parameter_types! {
	/// A claim runs at most two years from issue or renewal.
	pub const MaxClaimDuration: BlockNumber = 730 * DAYS;
}

/// Providers, and revoking claims over their heads, are the council's (majority).
impl pallet_kyc::Config for Runtime {
	type GovernanceOrigin = AppointmentOrigin;
	type MaxClaimDuration = MaxClaimDuration;
	type WeightInfo = pallet_kyc::weights::SubstrateWeight<Runtime>;
}
