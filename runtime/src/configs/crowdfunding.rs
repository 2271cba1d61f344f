//! Equity crowdfunding for forestry projects (`pallet-crowdfunding`), with the asset ledger its
//! project tokens live in (a `pallet-assets` instance whose calls are disabled).

use super::governance::{dynamic_params::crowdfunding, AppointmentOrigin, MoneyOrigin};
use super::trade::{IsCec, Payments, Settlement};
use crate::{
	constants::{
		currency::{deposit, MAX_ASSET_SUPPLY},
		time::DAYS,
	},
	AccountId, Balance, Balances, BlockNumber, Crowdfunding, Kyc, ProjectAssets, Runtime,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin,
};
use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU8, NeverEnsureOrigin},
	PalletId,
};

parameter_types! {
	/// The crowdfunding pallet's id: it owns the project tokens and derives each campaign's
	/// account (`modlcec/crwd` + `cf` + the campaign id).
	pub const CrowdfundingPalletId: PalletId = PalletId(*b"cec/crwd");
	/// A campaign raises for at most half a year.
	pub const MaxRaisingPeriod: BlockNumber = 180 * DAYS;
	/// Progress reports are due at most daily…
	pub const MinReportInterval: BlockNumber = DAYS;
	/// …and at least every quarter, so that missed reports can default a campaign.
	pub const MaxReportInterval: BlockNumber = 90 * DAYS;
	/// The last milestone is due at most ten years after the deadline.
	pub const MaxProjectLength: BlockNumber = 10 * 365 * DAYS;
	/// `MAX_ASSET_SUPPLY` (10^36 smallest units), as tree-backed tokens.
	pub const MaxProjectTokenSupply: Balance = MAX_ASSET_SUPPLY;
	/// A campaign's record without its milestones (about 600 bytes)…
	pub const CampaignDeposit: Balance = deposit(1, 600);
	/// …and each milestone (up to 300 bytes with its evidence).
	pub const MilestoneDeposit: Balance = deposit(0, 300);
	/// A contribution record (about 100 bytes), returned when it is settled.
	pub const ContributionDeposit: Balance = deposit(1, 100);
	/// A progress report (about 180 bytes), kept with it.
	pub const ReportDeposit: Balance = deposit(1, 180);
}

/// The ledger of project tokens. Its calls are disabled in `construct_runtime`: tokens are
/// created, moved and frozen only through `Crowdfunding`, which settles revenue shares on every
/// move. Only `Crowdfunding` creates assets here, so no deposits are taken.
impl pallet_assets::Config<pallet_assets::Instance3> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = MoneyOrigin;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type ReserveData = ();
	type RemoveItemsLimit = ConstU32<1_000>;
	type WeightInfo = crate::weights::pallet_assets_project_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// A defaulted campaign's token is frozen in the ledger, as wallets and Apps show it.
pub struct FreezeProjectToken;
impl pallet_crowdfunding::FreezeToken for FreezeProjectToken {
	fn freeze(id: pallet_crowdfunding::CampaignId) -> frame_support::dispatch::DispatchResult {
		ProjectAssets::freeze_asset(RuntimeOrigin::signed(Crowdfunding::account_id()), id)
	}
}

/// REQUIREMENTS §11: contributions held on investors until success, milestones released on a
/// council majority's approval, defaults declared by 3/4 of the council (they hand the
/// unreleased funds to token holders), KYC for promoters, investors and token receivers.
impl pallet_crowdfunding::Config for Runtime {
	type Currency = Settlement;
	type Payments = Payments;
	type FreezableAssets = IsCec;
	type DepositCurrency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ProjectTokens = ProjectAssets;
	type FreezeToken = FreezeProjectToken;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type Revenue = crate::Dividends;
	type FeeRate = crowdfunding::CrowdfundingFeeRate;
	type MilestoneOrigin = AppointmentOrigin;
	type DefaultOrigin = MoneyOrigin;
	type PalletId = CrowdfundingPalletId;
	type MaxMilestones = ConstU32<12>;
	type MaxRaisingPeriod = MaxRaisingPeriod;
	type MinReportInterval = MinReportInterval;
	type MaxReportInterval = MaxReportInterval;
	type MaxProjectLength = MaxProjectLength;
	type MaxMissedReports = ConstU32<3>;
	type MaxSupply = MaxProjectTokenSupply;
	type CampaignDeposit = CampaignDeposit;
	type MilestoneDeposit = MilestoneDeposit;
	type ContributionDeposit = ContributionDeposit;
	type ReportDeposit = ReportDeposit;
	type WeightInfo = pallet_crowdfunding::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CrowdfundingBenchmarkHelper;
}

/// Benchmark set-up: CEC and KYC.
#[cfg(feature = "runtime-benchmarks")]
pub struct CrowdfundingBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl
	pallet_crowdfunding::BenchmarkHelper<
		AccountId,
		frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId>,
		Balance,
	> for CrowdfundingBenchmarkHelper
{
	/// The test yuan: a contribution in it is an asset hold and an asset account, the costlier
	/// path.
	fn asset() -> frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId> {
		if !pallet_assets::Asset::<Runtime, pallet_assets::Instance2>::contains_key(super::TEST_CNY)
		{
			let _ = crate::SettlementAssets::force_create(
				RuntimeOrigin::root(),
				super::TEST_CNY.into(),
				super::TradeFeeAccount::get().into(),
				true,
				1,
			);
		}
		frame_support::traits::fungible::NativeOrWithId::WithId(super::TEST_CNY)
	}
	fn endow(
		asset: &frame_support::traits::fungible::NativeOrWithId<super::SettlementAssetId>,
		who: &AccountId,
		amount: Balance,
	) {
		use frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
		let _ = match asset {
			frame_support::traits::fungible::NativeOrWithId::Native => {
				Balances::mint_into(who, amount)
			},
			frame_support::traits::fungible::NativeOrWithId::WithId(id) => {
				crate::SettlementAssets::mint_into(*id, who, amount)
			},
		};
		// CEC for deposits and to exist.
		let _ = Balances::mint_into(who, 1_000 * crate::constants::currency::CEC);
	}
	fn verify(who: &AccountId) {
		Kyc::bench_verify(who);
	}
}
