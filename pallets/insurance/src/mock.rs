//! A test runtime: CEC (pallet-balances) and a fiat-backed asset (pallet-assets with
//! pallet-assets-holder) behind one `fungibles` union, and in-memory stand-ins for the registry,
//! KYC and the oracle committee.

use crate as pallet_insurance;
use cec_primitives::{
	KycCheck, KycUse, ParcelFacts, ParcelId, RegionCode, TreeFacts, TreeIncident, TreeLookupError,
	TreeRegistry, TreeState,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU32, ConstU64, ConstU8, Contains, Get,
	},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::{
	cell::RefCell,
	collections::{BTreeMap, BTreeSet},
};

pub type AccountId = u64;
pub type Balance = u64;
pub type AssetId = NativeOrWithId<u32>;
type Block = frame_system::mocking::MockBlock<Test>;

pub const INSURER: AccountId = 1;
pub const OWNER: AccountId = 2;
pub const NEIGHBOUR: AccountId = 3;
/// Has money but no KYC claim.
pub const NOKYC: AccountId = 4;
pub const INSURER_B: AccountId = 5;
pub const ORACLE_A: AccountId = 10;
pub const ORACLE_B: AccountId = 11;
pub const ORACLE_C: AccountId = 12;
pub const FEES: AccountId = 99;
/// The witness who signs history records.
pub const WITNESS: AccountId = 20;

pub const CEC: AssetId = NativeOrWithId::Native;
/// The fiat-backed settlement asset.
pub const CNY: AssetId = NativeOrWithId::WithId(1);
pub const ED: Balance = 10;
pub const START_BALANCE: Balance = 10_000_000;

pub const DAY: u64 = 100;
pub const REPORT_WINDOW: u32 = 7;
pub const CLAIM_WINDOW: u64 = 30 * DAY;
pub const COVER: u64 = 365 * DAY;
pub const PRODUCT_DEPOSIT: Balance = 500;
pub const POLICY_DEPOSIT: Balance = 100;
pub const TREE_DEPOSIT: Balance = 5;
pub const MAX_TREES: u32 = 20;

/// The insured parcel, in `CN-35-01`, owned by [`OWNER`].
pub const PARCEL: ParcelId = 0;
/// The neighbour's parcel, in `CN-35-02`.
pub const NEIGHBOUR_PARCEL: ParcelId = 1;
/// An unattested parcel of [`OWNER`].
pub const UNATTESTED: ParcelId = 2;
/// A parcel in another province, `CN-11`, of [`OWNER`].
pub const FAR_PARCEL: ParcelId = 3;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		AssetsHolder: pallet_assets_holder,
		Insurance: pallet_insurance,
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
	type MaxFreezes = ConstU32<2>;
	type FreezeIdentifier = ();
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type Holder = AssetsHolder;
}

impl pallet_assets_holder::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeEvent = RuntimeEvent;
}

/// CEC and every fiat-backed asset, one `fungibles` with holds.
pub type Settlement = UnionOf<Balances, AssetsHolder, NativeFromLeft, AssetId, AccountId>;
/// The same, for transfers of free balances.
pub type Payments = UnionOf<Balances, Assets, NativeFromLeft, AssetId, AccountId>;

thread_local! {
	/// Parcels of the registry stand-in.
	pub static PARCELS: RefCell<BTreeMap<ParcelId, ParcelFacts<AccountId>>> = RefCell::new(BTreeMap::new());
	/// Trees: (parcel, index) → facts.
	pub static TREES: RefCell<BTreeMap<(u32, u32), TreeFacts<AccountId, u64>>> = RefCell::new(BTreeMap::new());
	/// History records: (parcel, index, seq) → incident and block.
	pub static RECORDS: RefCell<BTreeMap<(u32, u32, u32), (TreeIncident, AccountId, u64)>> = RefCell::new(BTreeMap::new());
	/// Accounts with a KYC claim for insurance.
	pub static VERIFIED: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
	/// The oracle committee.
	pub static ORACLE: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
	/// The quorum.
	pub static QUORUM: core::cell::Cell<u32> = const { core::cell::Cell::new(2) };
	/// Revenue noted: asset and amount.
	pub static NOTED: RefCell<Vec<(AssetId, Balance)>> = RefCell::new(Vec::new());
}

/// The registry stand-in.
pub struct MockRegistry;
impl TreeRegistry<AccountId, u64> for MockRegistry {
	fn tree_by_code(_code: &[u8]) -> Result<TreeFacts<AccountId, u64>, TreeLookupError> {
		Err(TreeLookupError::NotFound)
	}
	fn tree_by_code_weight() -> Weight {
		Weight::zero()
	}
	fn tree(parcel: ParcelId, index: u32) -> Option<TreeFacts<AccountId, u64>> {
		TREES.with(|t| t.borrow().get(&(parcel, index)).cloned())
	}
	fn tree_weight() -> Weight {
		Weight::zero()
	}
	fn parcel(parcel: ParcelId) -> Option<ParcelFacts<AccountId>> {
		PARCELS.with(|p| p.borrow().get(&parcel).cloned())
	}
	fn parcel_weight() -> Weight {
		Weight::zero()
	}
	fn incident(parcel: ParcelId, index: u32, seq: u32) -> Option<(TreeIncident, AccountId, u64)> {
		RECORDS.with(|r| r.borrow().get(&(parcel, index, seq)).cloned())
	}
	fn incident_weight() -> Weight {
		Weight::zero()
	}
}

/// KYC stand-in: [`VERIFIED`] accounts pass.
pub struct MockKyc;
impl KycCheck<AccountId> for MockKyc {
	fn ensure_verified(who: &AccountId, _min_level: u8, use_: KycUse) -> DispatchResult {
		if use_ == KycUse::Insurance && VERIFIED.with(|v| v.borrow().contains(who)) {
			Ok(())
		} else {
			Err(DispatchError::Other("NotVerified"))
		}
	}
	fn ensure_verified_weight() -> Weight {
		Weight::zero()
	}
}

/// The committee stand-in: [`ORACLE`].
pub struct MockOracle;
impl Contains<AccountId> for MockOracle {
	fn contains(who: &AccountId) -> bool {
		ORACLE.with(|o| o.borrow().contains(who))
	}
}

/// The quorum stand-in: [`QUORUM`].
pub struct MockQuorum;
impl Get<u32> for MockQuorum {
	fn get() -> u32 {
		QUORUM.with(|q| q.get())
	}
}

/// The revenue account is [`FEES`]; what is noted is kept in [`NOTED`].
pub struct MockRevenue;
impl cec_primitives::RevenueSink<AccountId, AssetId, Balance> for MockRevenue {
	fn account() -> AccountId {
		FEES
	}
	fn note(asset: AssetId, amount: Balance) {
		NOTED.with(|n| n.borrow_mut().push((asset, amount)));
	}
	fn note_weight() -> Weight {
		Weight::zero()
	}
}

parameter_types! {
	pub const FeeRate: Perbill = Perbill::from_percent(2);
}

/// CEC carries freezes.
pub struct IsCec;
impl Contains<AssetId> for IsCec {
	fn contains(a: &AssetId) -> bool {
		matches!(a, NativeOrWithId::Native)
	}
}

impl pallet_insurance::Config for Test {
	type Currency = Settlement;
	type FreezableAssets = IsCec;
	type Payments = Payments;
	type DepositCurrency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Kyc = MockKyc;
	type MinKycLevel = ConstU8<1>;
	type Revenue = MockRevenue;
	type FeeRate = FeeRate;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type OracleMembers = MockOracle;
	type OracleQuorum = MockQuorum;
	type MaxOracleMembers = ConstU32<5>;
	type DayLength = ConstU64<DAY>;
	type TotalLossSeverity = ConstU8<50>;
	type ReportWindow = ConstU32<REPORT_WINDOW>;
	type ClaimWindow = ConstU64<CLAIM_WINDOW>;
	type MinCoverPeriod = ConstU64<{ 7 * DAY }>;
	type MaxCoverPeriod = ConstU64<{ 2 * 365 * DAY }>;
	type MaxTreesPerPolicy = ConstU32<MAX_TREES>;
	type ProductDeposit = ConstU64<PRODUCT_DEPOSIT>;
	type PolicyDeposit = ConstU64<POLICY_DEPOSIT>;
	type TreeDeposit = ConstU64<TREE_DEPOSIT>;
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
	fn region() -> RegionCode {
		region(b"CN-35")
	}
	fn parcel(owner: &AccountId, trees: u32) -> ParcelId {
		let id = PARCELS.with(|p| p.borrow().len() as u32 + 100);
		add_parcel(id, *owner, b"CN-35-01", 100_000, true, trees);
		id
	}
	fn damage_and_fell(
		parcel: ParcelId,
		index: u32,
		peril: cec_primitives::Peril,
		severity: u8,
	) -> (u32, u32) {
		let now = System::block_number();
		add_record(parcel, index, 0, TreeIncident::Damaged { peril: Some(peril), severity }, now);
		add_record(parcel, index, 1, TreeIncident::Felled, now);
		(0, 1)
	}
	fn add_oracle_member(who: &AccountId) {
		ORACLE.with(|o| o.borrow_mut().insert(*who));
	}
}

pub fn region(code: &[u8]) -> RegionCode {
	RegionCode::truncate_from(code.to_vec())
}

/// Add a parcel with `trees` standing trees of `owner`, tree `i` `(i + 1)` metres tall.
pub fn add_parcel(
	id: ParcelId,
	owner: AccountId,
	code: &[u8],
	area_m2: u64,
	attested: bool,
	trees: u32,
) {
	PARCELS.with(|p| {
		p.borrow_mut()
			.insert(id, ParcelFacts { owner, region: region(code), area_m2, attested, trees })
	});
	for index in 0..trees {
		TREES.with(|t| {
			t.borrow_mut().insert(
				(id, index),
				TreeFacts {
					parcel: id,
					index,
					species: 1,
					status: TreeState::Standing,
					owner,
					height_cm: (index + 1) * 100,
					crown_cm: 300,
					trunk_mm: None,
					measured_at: 0,
				},
			)
		});
	}
}

/// Write history record `seq` of a tree, signed by [`WITNESS`].
pub fn add_record(parcel: ParcelId, index: u32, seq: u32, incident: TreeIncident, at: u64) {
	add_record_by(parcel, index, seq, incident, WITNESS, at)
}

/// Write history record `seq` of a tree, signed by `by`.
pub fn add_record_by(
	parcel: ParcelId,
	index: u32,
	seq: u32,
	incident: TreeIncident,
	by: AccountId,
	at: u64,
) {
	RECORDS.with(|r| r.borrow_mut().insert((parcel, index, seq), (incident, by, at)));
}

/// Change a tree in the registry stand-in.
pub fn edit_tree(parcel: ParcelId, index: u32, f: impl FnOnce(&mut TreeFacts<AccountId, u64>)) {
	TREES.with(|t| {
		if let Some(tree) = t.borrow_mut().get_mut(&(parcel, index)) {
			f(tree)
		}
	});
}

/// Change a parcel in the registry stand-in.
pub fn edit_parcel(parcel: ParcelId, f: impl FnOnce(&mut ParcelFacts<AccountId>)) {
	PARCELS.with(|p| {
		if let Some(facts) = p.borrow_mut().get_mut(&parcel) {
			f(facts)
		}
	});
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let accounts =
		[INSURER, OWNER, NEIGHBOUR, NOKYC, INSURER_B, ORACLE_A, ORACLE_B, ORACLE_C, FEES];
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.iter().map(|a| (*a, START_BALANCE)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
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
		PARCELS.with(|p| p.borrow_mut().clear());
		TREES.with(|p| p.borrow_mut().clear());
		RECORDS.with(|p| p.borrow_mut().clear());
		NOTED.with(|p| p.borrow_mut().clear());
		QUORUM.with(|q| q.set(2));
		VERIFIED.with(|v| *v.borrow_mut() = [INSURER, OWNER, NEIGHBOUR, INSURER_B].into());
		ORACLE.with(|o| *o.borrow_mut() = [ORACLE_A, ORACLE_B, ORACLE_C].into());
		add_parcel(PARCEL, OWNER, b"CN-35-01", 200_000, true, 10);
		add_parcel(NEIGHBOUR_PARCEL, NEIGHBOUR, b"CN-35-02", 100_000, true, 5);
		add_parcel(UNATTESTED, OWNER, b"CN-35-01", 100_000, false, 0);
		add_parcel(FAR_PARCEL, OWNER, b"CN-11", 100_000, true, 3);
		System::set_block_number(1);
	});
	ext
}
