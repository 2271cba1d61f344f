//! A test runtime: CEC (pallet-balances, 12 decimals like the chain's), two fiat-backed assets
//! (pallet-assets; USD with a minimum balance above one unit), a KYC allowlist and a lockup that
//! records what it locks.

use crate as pallet_market_maker;
use crate::Balance;
use cec_primitives::{KycCheck, KycUse, Lockup};
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, Hooks},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::{
	cell::RefCell,
	collections::{BTreeMap, BTreeSet},
};

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

/// Verified users.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Has CEC and yuan but no KYC claim.
pub const NOKYC: AccountId = 4;
/// Appointed at genesis with [`INVENTORY`].
pub const MAKER: AccountId = 10;
/// Not appointed at genesis.
pub const MAKER2: AccountId = 11;
/// Owns the assets in pallet-assets (a role nobody uses here).
pub const ASSET_OWNER: AccountId = 999;

/// One CEC.
pub const CEC: Balance = 1_000_000_000_000;
pub const ED: Balance = CEC / 100;
/// The test yuan (2 decimals), minimum balance 1.
pub const CNY: u32 = 1;
/// A dollar with a minimum balance of 100 units (one dollar).
pub const USD: u32 = 2;
pub const USD_MIN: Balance = 100;
/// An asset pallet-assets does not have.
pub const NOPE: u32 = 77;
/// Every account starts with this much CEC.
pub const START: Balance = 10_000 * CEC;
/// ALICE and BOB start with this many yuan units.
pub const START_CNY: Balance = 1_000_000;
/// The genesis maker's inventory.
pub const INVENTORY: Balance = 1_000 * CEC;
pub const REF_DEPOSIT: Balance = CEC / 10;
pub const RETENTION: u64 = 100;
pub const LIFETIME: u64 = 50;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		TransactionPayment: pallet_transaction_payment,
		AssetTxPayment: pallet_asset_tx_payment,
		MarketMaker: pallet_market_maker,
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

/// Gets the CEC fees (and tips) of every transaction, however paid.
pub const AUTHOR: AccountId = 500;

/// Native fees and tips go to [`AUTHOR`], as a runtime's handler would pay its block author.
pub struct ToAuthor;
impl
	frame_support::traits::OnUnbalanced<
		frame_support::traits::fungible::Credit<AccountId, Balances>,
	> for ToAuthor
{
	fn on_unbalanceds(
		credits: impl Iterator<Item = frame_support::traits::fungible::Credit<AccountId, Balances>>,
	) {
		use frame_support::traits::fungible::Balanced as _;
		for credit in credits {
			let _ = Balances::resolve(&AUTHOR, credit);
		}
	}
}

/// A unit of ref-time weight costs 10,000 planck: a call of 10^9 costs 10 CEC.
pub type WeightToFee = frame_support::weights::ConstantMultiplier<Balance, ConstU128<10_000>>;

#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Test {
	type OnChargeTransaction = pallet_transaction_payment::FungibleAdapter<Balances, ToAuthor>;
	type WeightToFee = WeightToFee;
	type LengthToFee = frame_support::weights::IdentityFee<Balance>;
	type OperationalFeeMultiplier = ConstU8<5>;
}

impl pallet_asset_tx_payment::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Fungibles = Assets;
	type OnChargeAssetTransaction = crate::MakerFees<Test, ToAuthor>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

thread_local! {
	static VERIFIED: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
	static LOCKED: RefCell<BTreeMap<AccountId, Balance>> = RefCell::new(BTreeMap::new());
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

/// The lockup: refuses what is not in the buyer's free balance or is below one CEC (as the
/// real one's `MinLock`), and records the rest.
pub struct MockLockup;
impl Lockup<AccountId, Balance> for MockLockup {
	fn lock_bought(who: &AccountId, amount: Balance) -> DispatchResult {
		if amount < CEC {
			return Err(DispatchError::Other("BelowMinimumLock"));
		}
		if pallet_balances::Pallet::<Test>::free_balance(who) < amount {
			return Err(DispatchError::Other("InsufficientAvailable"));
		}
		LOCKED.with(|l| *l.borrow_mut().entry(*who).or_default() += amount);
		Ok(())
	}
}

/// What the mock lockup locked for `who`.
pub fn locked(who: AccountId) -> Balance {
	LOCKED.with(|l| l.borrow().get(&who).copied().unwrap_or_default())
}

parameter_types! {
	pub static MaxSupply: Balance = 1_000_000_000_000;
}

impl pallet_market_maker::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = u32;
	type Assets = Assets;
	type Lockup = MockLockup;
	type Kyc = MockKyc;
	type MinKycLevel = ConstU8<1>;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxMakers = ConstU32<3>;
	type MaxQuotedAssets = ConstU32<2>;
	type MaxQuoteLifetime = ConstU64<LIFETIME>;
	type DefaultMaxSpread = DefaultSpread;
	type MaxSpreadCeiling = SpreadCeiling;
	type MaxSupply = MaxSupply;
	type RefDeposit = ConstU128<REF_DEPOSIT>;
	type RefRetention = ConstU64<RETENTION>;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

parameter_types! {
	pub const DefaultSpread: Perbill = Perbill::from_percent(4);
	pub const SpreadCeiling: Perbill = Perbill::from_percent(10);
}

/// Benchmarks: the yuan, and KYC by the allowlist.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, u32> for BenchHelper {
	fn asset() -> u32 {
		CNY
	}
	fn verify(who: &AccountId) {
		verify(*who);
	}
}

/// Make `who` pass the KYC check.
pub fn verify(who: AccountId) {
	VERIFIED.with(|v| v.borrow_mut().insert(who));
}

/// The genesis: CEC for everyone, yuan for ALICE and BOB, USD for nobody, MAKER appointed.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [ALICE, BOB, NOKYC, MAKER, MAKER2, ASSET_OWNER, AUTHOR]
			.iter()
			.map(|a| (*a, START))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(CNY, ASSET_OWNER, true, 1), (USD, ASSET_OWNER, true, USD_MIN)],
		metadata: vec![],
		accounts: vec![(CNY, ALICE, START_CNY), (CNY, BOB, START_CNY)],
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_market_maker::GenesisConfig::<Test> {
		makers: vec![(MAKER, INVENTORY)],
		assets: vec![CNY, USD],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		verify(ALICE);
		verify(BOB);
		verify(MAKER2);
	});
	ext
}

/// Run `test` on the genesis, then check the invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		MarketMaker::do_try_state().expect("invariants hold");
	});
}

/// Go to block `n`, running the hooks.
pub fn go_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		MarketMaker::on_initialize(next);
	}
}
