//! A test runtime: the registry with pallet-balances for its deposits.

use crate as pallet_forestry;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

pub const OWNER: AccountId = 1;
pub const BUYER: AccountId = 2;
/// Witness for region `CN-35`.
pub const WITNESS: AccountId = 10;
/// Witness for region `CN-11` only.
pub const FAR_WITNESS: AccountId = 11;
pub const LOGISTICS: AccountId = 20;
/// An account without any funds.
pub const PAUPER: AccountId = 99;
pub const PINE: u16 = 1;
pub const OAK: u16 = 2;

pub const PARCEL_DEPOSIT: Balance = 100;
pub const PER_BYTE: Balance = 1;
pub const TREE_DEPOSIT: Balance = 3;
pub const RECORD_DEPOSIT: Balance = 7;
pub const MAX_RECORDS: u32 = 6;
pub const RESERVED: u32 = 2;
pub const START: Balance = 1_000_000;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Forestry: pallet_forestry,
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
	type ExistentialDeposit = ConstU64<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_forestry::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ParcelDeposit = ConstU64<PARCEL_DEPOSIT>;
	type DepositPerByte = ConstU64<PER_BYTE>;
	type TreeDeposit = ConstU64<TREE_DEPOSIT>;
	type RecordDeposit = ConstU64<RECORD_DEPOSIT>;
	type MaxTreesPerBatch = ConstU32<50>;
	type MaxRecordsPerTree = ConstU32<MAX_RECORDS>;
	type ReservedTradeRecords = ConstU32<RESERVED>;
	type MaxDocumentsPerParcel = ConstU32<2>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [OWNER, BUYER, 3, 5, WITNESS, FAR_WITNESS, LOGISTICS, 21]
			.into_iter()
			.map(|a| (a, START))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_forestry::GenesisConfig::<Test> {
		species: vec![(PINE, b"Pinus massoniana".to_vec()), (OAK, b"Quercus variabilis".to_vec())],
		witnesses: vec![
			(WITNESS, b"LIC-0001".to_vec(), b"CN-35".to_vec()),
			(FAR_WITNESS, b"LIC-0002".to_vec(), b"CN-11".to_vec()),
		],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run a test and then check every invariant of the pallet.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Forestry::do_try_state().expect("forestry invariants");
	});
}
