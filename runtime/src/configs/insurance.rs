//! Insurance: appointed insurers' collateralised cover, priced from the forestry registry's
//! survey data, paid by the chain on an oracle quorum's events of record or a witness's damage
//! records (`pallet-insurance`); the oracle committee is a `pallet-membership` instance the
//! council appoints.

use super::governance::{dynamic_params::insurance, AppointmentOrigin};
use super::trade::{Payments, Settlement};
use crate::{
	constants::{currency::*, time::DAYS},
	Balance, Balances, BlockNumber, Forestry, Kyc, Runtime, RuntimeEvent, RuntimeHoldReason,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
};

/// The oracle committee's membership instance.
pub type OracleMembershipInstance = pallet_membership::Instance2;

parameter_types! {
	/// The most oracle members (and so reports kept per event).
	pub const MaxOracleMembers: u32 = 16;
	/// Events are dated by the day.
	pub const EventDay: BlockNumber = DAYS;
	/// Claims stay open 30 days after cover ends (reports of a day are taken for 7).
	pub const ClaimWindow: BlockNumber = 30 * DAYS;
	pub const MinCoverPeriod: BlockNumber = 7 * DAYS;
	pub const MaxCoverPeriod: BlockNumber = 3 * 365 * DAYS;
	/// A product record (about 250 bytes).
	pub const ProductDeposit: Balance = deposit(1, 256);
	/// A policy record (about 330 bytes)…
	pub const PolicyDeposit: Balance = deposit(1, 336);
	/// …and each tree's entry (about 60 bytes).
	pub const TreeDeposit: Balance = deposit(1, 64);
}

/// The oracle committee: a council majority adds, removes and swaps members.
impl pallet_membership::Config<OracleMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = AppointmentOrigin;
	type RemoveOrigin = AppointmentOrigin;
	type SwapOrigin = AppointmentOrigin;
	type ResetOrigin = AppointmentOrigin;
	type PrimeOrigin = AppointmentOrigin;
	type MembershipInitialized = ();
	type MembershipChanged = ();
	type MaxMembers = MaxOracleMembers;
	type WeightInfo = crate::weights::pallet_membership_oracle_committee::WeightInfo<Runtime>;
}

/// REQUIREMENTS §10: insurers cannot refuse a valid claim. Premiums, collateral and payouts are
/// in CEC or a settlement asset; storage deposits in CEC.
impl pallet_insurance::Config for Runtime {
	type Currency = Settlement;
	type FreezableAssets = super::trade::IsCec;
	type Payments = Payments;
	type DepositCurrency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Forestry;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type Revenue = crate::Dividends;
	type FeeRate = insurance::InsuranceFeeRate;
	type GovernanceOrigin = AppointmentOrigin;
	type OracleMembers = crate::OracleCommittee;
	type OracleQuorum = insurance::OracleQuorum;
	type MaxOracleMembers = MaxOracleMembers;
	type DayLength = EventDay;
	type TotalLossSeverity = ConstU8<50>;
	type ReportWindow = ConstU32<7>;
	type ClaimWindow = ClaimWindow;
	type MinCoverPeriod = MinCoverPeriod;
	type MaxCoverPeriod = MaxCoverPeriod;
	type MaxTreesPerPolicy = ConstU32<500>;
	type ProductDeposit = ProductDeposit;
	type PolicyDeposit = PolicyDeposit;
	type TreeDeposit = TreeDeposit;
	type WeightInfo = pallet_insurance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = InsuranceBenchmarkHelper;
}

/// Benchmark set-up: CEC, the registry's benchmark parcels, KYC and committee seats.
#[cfg(feature = "runtime-benchmarks")]
pub struct InsuranceBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl
	pallet_insurance::BenchmarkHelper<
		crate::AccountId,
		frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId>,
		Balance,
	> for InsuranceBenchmarkHelper
{
	fn asset() -> frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId> {
		frame_support::traits::fungible::NativeOrWithId::Native
	}
	fn endow(
		_asset: &frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId>,
		who: &crate::AccountId,
		amount: Balance,
	) {
		use frame_support::traits::fungible::Mutate as _;
		let _ = Balances::mint_into(who, amount.saturating_add(1_000 * CEC));
	}
	fn verify(who: &crate::AccountId) {
		Kyc::bench_verify(who);
	}
	fn region() -> cec_primitives::RegionCode {
		cec_primitives::RegionCode::truncate_from(b"CN".to_vec())
	}
	fn parcel(owner: &crate::AccountId, trees: u32) -> cec_primitives::ParcelId {
		Forestry::bench_parcel(owner, trees)
	}
	fn damage_and_fell(
		parcel: cec_primitives::ParcelId,
		index: cec_primitives::TreeIndex,
		peril: cec_primitives::Peril,
		severity: u8,
	) -> (u32, u32) {
		use cec_primitives::Peril;
		use pallet_forestry::DamageCause;
		let cause = match peril {
			Peril::Fire => DamageCause::Fire,
			Peril::Pest => DamageCause::Pest,
			Peril::Storm => DamageCause::Storm,
			Peril::Drought => DamageCause::Drought,
			Peril::Disease => DamageCause::Disease,
		};
		Forestry::bench_damage_and_fell(parcel, index, cause, severity)
	}
	fn add_oracle_member(who: &crate::AccountId) {
		let _ =
			crate::OracleCommittee::add_member(crate::RuntimeOrigin::root(), who.clone().into());
	}
}
