//! Holder economics: lockup-and-drip, power, coin-days and the C2C market of available CEC.

use super::{
	governance::{MoneyOrigin, TreasuryAccount},
	trade::{Payments, RevenuePalletId, SettlementAssetId, TradeFeeAccount},
};
use crate::{
	constants::{currency::*, time::DAYS},
	AccountId, Balance, Balances, BlockNumber, Dividends, Kyc, Runtime, RuntimeFreezeReason,
	RuntimeHoldReason, SettlementAssets,
};
use cec_primitives::RevenueSink;
use frame_support::{
	parameter_types,
	traits::{fungible::NativeOrWithId, ConstU128, ConstU32, ConstU64, ConstU8, VestingSchedule},
	weights::Weight,
};
use pallet_lockup::LockupParams;
use sp_runtime::{traits::Convert, Perbill};

parameter_types! {
	/// REQUIREMENTS §7: 0.5 %–1 % a day, ±2 % band. A busy day is 14,400 successful signed
	/// extrinsics (one a block on average); the C2C fee is the trade market's 1 %.
	pub const DefaultLockupParams: LockupParams<BlockNumber, Balance> = LockupParams {
		min_rate: Perbill::from_parts(5_000_000),
		max_rate: Perbill::from_percent(1),
		activity_target: 14_400,
		band: Perbill::from_percent(2),
		fee: Perbill::from_percent(1),
		presale_window: 3 * DAYS,
		// 10,000 CEC held 30 days opens a pre-sale; the threshold falls to zero over 3 days.
		presale_top_score: 300_000 * CEC,
		day_length: DAYS,
		min_priority_lock: 100 * CEC,
	};
	/// Governance may not set a drip above 5 % a day.
	pub const MaxDripRate: Perbill = Perbill::from_percent(5);
	/// Nor a band above 10 %.
	pub const MaxBand: Perbill = Perbill::from_percent(10);
	/// Nor a C2C fee above 5 %.
	pub const MaxC2cFee: Perbill = Perbill::from_percent(5);
}

/// What an account still has vesting (the promotion, tech-team and foundation allocations'
/// tranches not yet released): it has no power, so the lockup's freeze stacks on top of it.
/// Voting locks and staking are left out: those are the holder's own to lift, so overlapping
/// them with a lock gives nothing away.
pub struct Unvested;
impl Convert<crate::AccountId, Balance> for Unvested {
	fn convert(who: crate::AccountId) -> Balance {
		<crate::Vesting as VestingSchedule<_>>::vesting_balance(&who).unwrap_or_default()
	}
}

impl pallet_lockup::Config for Runtime {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = SettlementAssetId;
	type Assets = SettlementAssets;
	type Price = super::market::ReferencePrice;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type OtherFrozen = Unvested;
	type Revenue = SettlementRevenue;
	type Observer = crate::Dividends;
	type GovernanceOrigin = MoneyOrigin;
	type DefaultParams = DefaultLockupParams;
	type MaxDripRate = MaxDripRate;
	// A dev chain's day may be as short as 5 blocks (30 s).
	type MinDayLength = ConstU32<5>;
	type MaxBand = MaxBand;
	type MaxFee = MaxC2cFee;
	// A lock record (about 150 bytes) costs deposit(1, 150) = 0.115 CEC; the least lock that
	// opens one keeps nine times that frozen on its holder until it is all unlocked.
	type MinLock = ConstU128<CEC>;
	type MinListing = ConstU128<CEC>;
	// A listing record: about 100 bytes.
	type ListingDeposit = ConstU128<{ deposit(1, 100) }>;
	type MaxListingsPerAccount = ConstU32<16>;
	type MaxListings = ConstU32<100_000>;
	type DayHistory = ConstU32<400>;
	// A day of holding is worth as much pool priority as a tip of about 0.000001 CEC on a
	// plain transfer; the most (a year) stays below a 0.0004 CEC tip: any payer outbids it.
	type PriorityPerDay = ConstU64<1_000_000>;
	type MaxPriorityDays = ConstU32<365>;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = pallet_lockup::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LockupBenchmarkHelper;
}

/// The C2C fee is revenue in a settlement asset: the dividend pool takes it by its kind.
pub struct SettlementRevenue;
impl RevenueSink<AccountId, SettlementAssetId, Balance> for SettlementRevenue {
	fn account() -> AccountId {
		TradeFeeAccount::get()
	}
	fn note(asset: SettlementAssetId, amount: Balance) {
		<Dividends as RevenueSink<_, _, _>>::note(NativeOrWithId::WithId(asset), amount)
	}
	fn note_weight() -> Weight {
		<Dividends as RevenueSink<AccountId, NativeOrWithId<SettlementAssetId>, Balance>>::note_weight()
	}
}

parameter_types! {
	/// CEC and each settlement asset the platform takes fees in: CEC, the test yuan, and room for
	/// two more (CNY and USD of the market makers).
	pub const NativeAsset: NativeOrWithId<SettlementAssetId> = NativeOrWithId::Native;
}

/// REQUIREMENTS §8: 70 % of each day's revenue to holders, 30 % to buy-back and operations
/// (the treasury, which the council spends); 3/4 of the council changes the split.
impl pallet_dividends::Config for Runtime {
	type AssetKind = NativeOrWithId<SettlementAssetId>;
	type Converter = super::market::RevenueToCec;
	type Assets = Payments;
	type NativeAsset = NativeAsset;
	type Power = crate::Lockup;
	type PalletId = RevenuePalletId;
	type BuybackAccount = TreasuryAccount;
	type GovernanceOrigin = MoneyOrigin;
	type MaxAssets = ConstU32<4>;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = pallet_dividends::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = DividendsBenchmarkHelper;
}

/// Benchmark set-up: CEC and settlement assets 1, 2, 3, … (created if need be).
#[cfg(feature = "runtime-benchmarks")]
pub struct DividendsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_dividends::BenchmarkHelper<AccountId, NativeOrWithId<SettlementAssetId>>
	for DividendsBenchmarkHelper
{
	fn asset(i: u32) -> NativeOrWithId<SettlementAssetId> {
		if i == 0 {
			NativeOrWithId::Native
		} else {
			NativeOrWithId::WithId(i)
		}
	}
	fn endow(asset: &NativeOrWithId<SettlementAssetId>, who: &AccountId, amount: Balance) {
		if let NativeOrWithId::WithId(id) = asset {
			if !pallet_assets::Asset::<Runtime, pallet_assets::Instance2>::contains_key(*id) {
				let _ = SettlementAssets::force_create(
					crate::RuntimeOrigin::root(),
					(*id).into(),
					TradeFeeAccount::get().into(),
					true,
					1,
				);
			}
		}
		let _ = <Payments as frame_support::traits::fungibles::Mutate<_>>::mint_into(
			asset.clone(),
			who,
			amount,
		);
		let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(who, CEC);
	}
}

#[cfg(feature = "runtime-benchmarks")]
use super::trade::TEST_CNY;

/// Benchmark set-up: the test yuan exists, has a price, and traders are verified.
#[cfg(feature = "runtime-benchmarks")]
pub struct LockupBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_lockup::BenchmarkHelper<AccountId, SettlementAssetId> for LockupBenchmarkHelper {
	fn asset() -> SettlementAssetId {
		TEST_CNY
	}
	fn set_price(price: Balance) {
		use pallet_market_maker::{Makers, Quote, QuotedAssets, Quotes};
		// The escrow's helper creates the test yuan if the genesis has none.
		let _ = <super::trade::EscrowBenchmarkHelper as pallet_escrow::BenchmarkHelper<
			_,
			_,
			Balance,
		>>::asset();
		// Every maker seat quotes (the price reads them all), bid = ask = `price`.
		let _ = Quotes::<Runtime>::clear_prefix(TEST_CNY, u32::MAX, None);
		let expires_at = crate::System::block_number().saturating_add(DAYS);
		let seats =
			<<Runtime as pallet_market_maker::Config>::MaxMakers as frame_support::traits::Get<
				u32,
			>>::get();
		for i in 0..seats {
			let maker: AccountId = frame_benchmarking::account("maker", i, 0);
			Makers::<Runtime>::insert(&maker, 0);
			// Only a maker with inventory behind its quote counts for the price.
			if crate::MarketMaker::inventory_of(&maker) == 0 {
				use frame_support::traits::fungible::Mutate as _;
				let _ = crate::Balances::mint_into(&maker, 1_000 * CEC);
				let _ = crate::MarketMaker::add_inventory(
					crate::RuntimeOrigin::signed(maker.clone()),
					100 * CEC,
				);
			}
			if price > 0 {
				Quotes::<Runtime>::insert(
					TEST_CNY,
					&maker,
					Quote { bid: price, ask: price, expires_at, posted_at: 0 },
				);
				QuotedAssets::<Runtime>::mutate(&maker, |a| {
					if !a.contains(&TEST_CNY) {
						let _ = a.try_push(TEST_CNY);
					}
				});
			}
		}
	}
	fn fund_asset(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate as _;
		let _ = SettlementAssets::mint_into(TEST_CNY, who, amount);
	}
	fn verify(who: &AccountId) {
		Kyc::bench_verify(who);
	}
}
