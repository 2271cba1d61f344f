//! A test runtime: CEC (pallet-balances) and a fiat-backed asset (pallet-assets with
//! pallet-assets-holder) behind one `fungibles` union, a second pallet-assets instance for
//! project tokens, and in-memory stand-ins for KYC and the revenue account.

use crate as pallet_crowdfunding;
use cec_primitives::{KycCheck, KycUse};
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU32, ConstU64, ConstU8, Contains,
	},
	weights::Weight,
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::{cell::RefCell, collections::BTreeSet};

pub type AccountId = u64;
pub type Balance = u64;
pub type AssetId = NativeOrWithId<u32>;
type Block = frame_system::mocking::MockBlock<Test>;

pub const PROMOTER: AccountId = 1;
pub const ALICE: AccountId = 2;
pub const BOB: AccountId = 3;
/// Has money but no KYC claim.
pub const NOKYC: AccountId = 4;
pub const CAROL: AccountId = 5;
pub const FEES: AccountId = 99;

pub const CEC: AssetId = NativeOrWithId::Native;
/// The fiat-backed settlement asset (minimum balance 1).
pub const CNY: AssetId = NativeOrWithId::WithId(1);
pub const ED: Balance = 10;
pub const START_BALANCE: Balance = 10_000_000;

pub const CAMPAIGN_DEPOSIT: Balance = 500;
pub const MILESTONE_DEPOSIT: Balance = 50;
pub const CONTRIBUTION_DEPOSIT: Balance = 20;
pub const REPORT_DEPOSIT: Balance = 30;
pub const MAX_RAISING: u64 = 1_000;
pub const MIN_INTERVAL: u64 = 10;
pub const MAX_INTERVAL: u64 = 500;
pub const MAX_PROJECT: u64 = 5_000;
pub const MAX_MISSED: u32 = 3;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets::<Instance1>,
		AssetsHolder: pallet_assets_holder::<Instance1>,
		ProjectAssets: pallet_assets::<Instance2>,
		Crowdfunding: pallet_crowdfunding,
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
	type ExistentialDeposit = ConstU64<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<2>;
	type FreezeIdentifier = ();
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config<pallet_assets::Instance1> for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type Holder = AssetsHolder;
}

impl pallet_assets_holder::Config<pallet_assets::Instance1> for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeEvent = RuntimeEvent;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config<pallet_assets::Instance2> for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type AssetDeposit = ConstU64<0>;
	type AssetAccountDeposit = ConstU64<0>;
	type MetadataDepositBase = ConstU64<0>;
	type MetadataDepositPerByte = ConstU64<0>;
}

/// CEC and every fiat-backed asset, one `fungibles` with holds.
pub type Settlement = UnionOf<Balances, AssetsHolder, NativeFromLeft, AssetId, AccountId>;
/// The same, for transfers of free balances.
pub type Payments = UnionOf<Balances, Assets, NativeFromLeft, AssetId, AccountId>;

thread_local! {
	/// Accounts with a KYC claim for crowdfunding.
	pub static VERIFIED: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
	/// Revenue noted: asset and amount.
	pub static NOTED: RefCell<Vec<(AssetId, Balance)>> = RefCell::new(Vec::new());
	/// The revenue account ([`FEES`] unless a test changes it).
	pub static FEE_ACCOUNT: core::cell::Cell<AccountId> = const { core::cell::Cell::new(FEES) };
}

/// KYC stand-in: [`VERIFIED`] accounts pass.
pub struct MockKyc;
impl KycCheck<AccountId> for MockKyc {
	fn ensure_verified(who: &AccountId, _min_level: u8, use_: KycUse) -> DispatchResult {
		if use_ == KycUse::Crowdfunding && VERIFIED.with(|v| v.borrow().contains(who)) {
			Ok(())
		} else {
			Err(DispatchError::Other("NotVerified"))
		}
	}
	fn ensure_verified_weight() -> Weight {
		Weight::zero()
	}
}

/// The revenue account is [`FEE_ACCOUNT`]; what is noted is kept in [`NOTED`].
pub struct MockRevenue;
impl cec_primitives::RevenueSink<AccountId, AssetId, Balance> for MockRevenue {
	fn account() -> AccountId {
		FEE_ACCOUNT.with(|f| f.get())
	}
	fn note(asset: AssetId, amount: Balance) {
		NOTED.with(|n| n.borrow_mut().push((asset, amount)));
	}
	fn note_weight() -> Weight {
		Weight::zero()
	}
}

/// CEC carries freezes.
pub struct IsCec;
impl Contains<AssetId> for IsCec {
	fn contains(a: &AssetId) -> bool {
		matches!(a, NativeOrWithId::Native)
	}
}

/// Freezes the token in the project-token ledger, as the runtime does.
pub struct Freeze;
impl crate::FreezeToken for Freeze {
	fn freeze(id: crate::CampaignId) -> DispatchResult {
		ProjectAssets::freeze_asset(RuntimeOrigin::signed(Crowdfunding::account_id()), id)
	}
}

parameter_types! {
	pub const FeeRate: Perbill = Perbill::from_percent(1);
	pub const CrowdfundingPalletId: PalletId = PalletId(*b"cec/crwd");
}

impl pallet_crowdfunding::Config for Test {
	type Currency = Settlement;
	type Payments = Payments;
	type FreezableAssets = IsCec;
	type DepositCurrency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ProjectTokens = ProjectAssets;
	type FreezeToken = Freeze;
	type Kyc = MockKyc;
	type MinKycLevel = ConstU8<1>;
	type Revenue = MockRevenue;
	type FeeRate = FeeRate;
	type MilestoneOrigin = EnsureRoot<AccountId>;
	type DefaultOrigin = EnsureRoot<AccountId>;
	type PalletId = CrowdfundingPalletId;
	type MaxMilestones = ConstU32<4>;
	type MaxRaisingPeriod = ConstU64<MAX_RAISING>;
	type MinReportInterval = ConstU64<MIN_INTERVAL>;
	type MaxReportInterval = ConstU64<MAX_INTERVAL>;
	type MaxProjectLength = ConstU64<MAX_PROJECT>;
	type MaxMissedReports = ConstU32<MAX_MISSED>;
	type MaxSupply = ConstU64<{ u64::MAX / 2 }>;
	type CampaignDeposit = ConstU64<CAMPAIGN_DEPOSIT>;
	type MilestoneDeposit = ConstU64<MILESTONE_DEPOSIT>;
	type ContributionDeposit = ConstU64<CONTRIBUTION_DEPOSIT>;
	type ReportDeposit = ConstU64<REPORT_DEPOSIT>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

/// Benchmark set-up on the stand-ins.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, AssetId, Balance> for MockHelper {
	fn asset() -> AssetId {
		CEC
	}
	fn endow(_asset: &AssetId, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, amount.saturating_add(1_000_000));
	}
	fn verify(who: &AccountId) {
		VERIFIED.with(|v| v.borrow_mut().insert(*who));
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let accounts = [PROMOTER, ALICE, BOB, NOKYC, CAROL, FEES];
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.iter().map(|a| (*a, START_BALANCE)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test, pallet_assets::Instance1> {
		assets: vec![(1, FEES, true, 1)],
		metadata: vec![],
		accounts: accounts.iter().map(|a| (1, *a, START_BALANCE)).collect(),
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		NOTED.with(|p| p.borrow_mut().clear());
		FEE_ACCOUNT.with(|f| f.set(FEES));
		VERIFIED.with(|v| *v.borrow_mut() = [PROMOTER, ALICE, BOB, CAROL].into());
		System::set_block_number(1);
	});
	ext
}
