//! A test runtime: CEC (pallet-balances, 12 decimals like the chain's), a fiat-backed asset
//! (pallet-assets), a KYC allowlist and a settable reference price.

use crate as pallet_lockup;
use crate::{Balance, LockupParams};
use cec_primitives::{KycCheck, KycUse, ReferencePrice};
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, Hooks},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::{cell::RefCell, collections::BTreeSet};

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// Has CEC and yuan but no KYC claim.
pub const NOKYC: AccountId = 4;
/// Has CEC under a vesting-like lock.
pub const VESTED: AccountId = 5;
pub const FEES: AccountId = 99;
pub const ISSUER: AccountId = 200;

/// One CEC.
pub const CEC: Balance = 1_000_000_000_000;
pub const ED: Balance = CEC / 100;
/// The test yuan (2 decimals): 100 units a yuan.
pub const CNY: u32 = 1;
pub const CNY_MIN: Balance = 1;
/// Every account starts with this much CEC and yuan.
pub const START: Balance = 10_000 * CEC;
pub const START_CNY: Balance = 10_000_000;
/// The reference price: 2 yuan (200 units) a CEC.
pub const REF_PRICE: Balance = 200;
pub const DAY: u64 = 10;
pub const MIN_LOCK: Balance = CEC;
pub const LISTING_DEPOSIT: Balance = CEC / 10;
pub const PRIORITY_PER_DAY: u64 = 1_000;
/// What `VESTED` has under its other lock.
pub const VESTED_LOCK: Balance = 5_000 * CEC;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Lockup: pallet_lockup,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<4>;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
}

thread_local! {
	static VERIFIED: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
}

/// KYC: the accounts in [`VERIFIED`] pass.
pub struct MockKyc;
impl KycCheck<AccountId> for MockKyc {
	fn ensure_verified(who: &AccountId, _min_level: u8, _use_: KycUse) -> DispatchResult {
		if VERIFIED.with(|v| v.borrow().contains(who)) {
			Ok(())
		} else {
			Err(DispatchError::Other("NotVerified"))
		}
	}
	fn ensure_verified_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Make `who` pass the KYC check.
pub fn verify(who: AccountId) {
	VERIFIED.with(|v| v.borrow_mut().insert(who));
}

parameter_types! {
	/// The reference price of CEC in yuan; `None` for no price.
	pub static Price: Option<Balance> = Some(REF_PRICE);
	/// The most listings open in all (the benchmarks need room for 100,000).
	pub static MaxListings: u32 = 100_000;
	pub const FeeAccount: AccountId = FEES;
	pub const Defaults: LockupParams<u64, Balance> = LockupParams {
		min_rate: Perbill::from_parts(5_000_000),
		max_rate: Perbill::from_percent(1),
		activity_target: 100,
		band: Perbill::from_percent(2),
		fee: Perbill::from_percent(1),
		presale_window: 10 * DAY,
		presale_top_score: 1_000 * CEC * 10,
		day_length: DAY,
		min_priority_lock: 100 * CEC,
	};
}

/// The price of [`CNY`]; no other asset has one.
pub struct MockPrice;
impl ReferencePrice<u32, Balance> for MockPrice {
	fn price(asset: &u32) -> Option<Balance> {
		if *asset == CNY {
			Price::get()
		} else {
			None
		}
	}
}

/// The mock's "vesting": a balances lock named `vesting `, as pallet-vesting keeps one.
pub struct VestingLock;
impl sp_runtime::traits::Convert<AccountId, Balance> for VestingLock {
	fn convert(who: AccountId) -> Balance {
		pallet_balances::Locks::<Test>::get(who)
			.iter()
			.filter(|l| l.id == *b"vesting ")
			.map(|l| l.amount)
			.sum()
	}
}

/// The revenue account is [`FEES`]; what is noted is kept in [`NOTED`].
pub struct MockRevenue;
impl cec_primitives::RevenueSink<AccountId, u32, Balance> for MockRevenue {
	fn account() -> AccountId {
		FeeAccount::get()
	}
	fn note(asset: u32, amount: Balance) {
		NOTED.with(|n| n.borrow_mut().push((asset, amount)));
	}
	fn note_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

thread_local! {
	/// Revenue noted: asset and amount.
	pub static NOTED: RefCell<Vec<(u32, Balance)>> = RefCell::new(Vec::new());
	/// What the observer was told: share changes, and day closes with their era ends.
	pub static SHARES_SEEN: RefCell<Vec<(AccountId, u128)>> = RefCell::new(Vec::new());
	pub static DAYS_SEEN: RefCell<Vec<(u32, Option<(u128, u128)>)>> = RefCell::new(Vec::new());
}

/// Records what the lockup tells the dividend pool.
pub struct MockObserver;
impl cec_primitives::PowerObserver<AccountId> for MockObserver {
	fn shares_changed(who: &AccountId, shares: u128) {
		SHARES_SEEN.with(|s| s.borrow_mut().push((*who, shares)));
	}
	fn day_closed(day: u32, era_end: Option<(u128, u128)>) -> frame_support::weights::Weight {
		DAYS_SEEN.with(|d| d.borrow_mut().push((day, era_end)));
		frame_support::weights::Weight::zero()
	}
	fn shares_changed_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
	fn day_closed_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

impl pallet_lockup::Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = u32;
	type Assets = Assets;
	type Price = MockPrice;
	type Kyc = MockKyc;
	type MinKycLevel = ConstU8<1>;
	type OtherFrozen = VestingLock;
	type Revenue = MockRevenue;
	type Observer = MockObserver;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DefaultParams = Defaults;
	type MaxDripRate = MaxDripRate;
	type MinDayLength = ConstU64<2>;
	type MaxBand = MaxBand;
	type MaxFee = MaxFee;
	type MinLock = ConstU128<MIN_LOCK>;
	type MinListing = ConstU128<CEC>;
	type ListingDeposit = ConstU128<LISTING_DEPOSIT>;
	type MaxListingsPerAccount = ConstU32<3>;
	type MaxListings = MaxListings;
	type DayHistory = ConstU32<30>;
	type PriorityPerDay = ConstU64<PRIORITY_PER_DAY>;
	type MaxPriorityDays = ConstU32<30>;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

parameter_types! {
	pub const MaxDripRate: Perbill = Perbill::from_percent(10);
	pub const MaxBand: Perbill = Perbill::from_percent(10);
	pub const MaxFee: Perbill = Perbill::from_percent(5);
}

/// Benchmark set-up in the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, u32> for MockHelper {
	fn asset() -> u32 {
		CNY
	}
	fn set_price(price: Balance) {
		Price::set(Some(price));
	}
	fn fund_asset(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		let _ = <Assets as Mutate<AccountId>>::mint_into(CNY, who, amount);
	}
	fn verify(who: &AccountId) {
		verify(*who);
	}
}

pub const ACCOUNTS: [AccountId; 5] = [ALICE, BOB, CHARLIE, NOKYC, VESTED];

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: ACCOUNTS.iter().map(|a| (*a, START)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(CNY, ISSUER, true, CNY_MIN)],
		metadata: vec![],
		accounts: ACCOUNTS.iter().map(|a| (CNY, *a, START_CNY)).collect(),
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		VERIFIED.with(|v| v.borrow_mut().clear());
		Price::set(Some(REF_PRICE));
		MaxListings::set(100_000);
		for a in [ALICE, BOB, CHARLIE, VESTED] {
			verify(a);
		}
		use frame_support::traits::LockableCurrency;
		Balances::set_lock(
			*b"vesting ",
			&VESTED,
			VESTED_LOCK,
			frame_support::traits::WithdrawReasons::all(),
		);
	});
	ext
}

/// Run blocks up to `n`, with the pallet's `on_initialize` in each.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Lockup::on_initialize(next);
	}
}

/// Run `days` whole days from the current block.
pub fn run_days(days: u64) {
	run_to(System::block_number() + days * DAY);
}
