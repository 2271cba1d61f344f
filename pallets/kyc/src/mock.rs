use crate as pallet_kyc;
use frame_support::{derive_impl, traits::ConstU64};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

pub const PROVIDER: AccountId = 100;
pub const OTHER_PROVIDER: AccountId = 101;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const EVE: AccountId = 3;
/// Claims run at most a year of 6 s blocks.
pub const YEAR: u64 = 5_256_000;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Kyc: pallet_kyc,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
}

impl pallet_kyc::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxClaimDuration = ConstU64<YEAR>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_kyc::GenesisConfig::<Test> {
		providers: vec![
			(PROVIDER, b"Fujian KYC".to_vec()),
			(OTHER_PROVIDER, b"Other KYC".to_vec()),
		],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
