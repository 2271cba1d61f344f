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

/// The mock chain at block 1 with two genesis providers.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with_providers(vec![
		(PROVIDER, b"Fujian KYC".to_vec()),
		(OTHER_PROVIDER, b"Other KYC".to_vec()),
	])
}

/// The mock chain at block 1 with the given genesis providers.
pub fn ext_with_providers(providers: Vec<(AccountId, Vec<u8>)>) -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_kyc::GenesisConfig::<Test> { providers }.assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` on [`new_test_ext`], then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Kyc::do_try_state().expect("invariants hold");
	});
}
