use crate as pallet_forestry;
use frame_support::{derive_impl, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

pub const OWNER: AccountId = 1;
pub const BUYER: AccountId = 2;
/// Witness for region `CN-35`.
pub const WITNESS: AccountId = 10;
/// Witness for region `CN-11` only.
pub const FAR_WITNESS: AccountId = 11;
pub const LOGISTICS: AccountId = 20;
pub const PINE: u16 = 1;
pub const OAK: u16 = 2;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Forestry: pallet_forestry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
}

impl pallet_forestry::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxTreesPerBatch = ConstU32<50>;
	type MaxRecordsPerTree = ConstU32<5>;
	type MaxDocumentsPerParcel = ConstU32<2>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
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
