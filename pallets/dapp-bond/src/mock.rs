//! A test runtime: CEC (pallet-balances, 12 decimals like the chain's), Root slashes, a treasury
//! account receives slashes.

use crate as pallet_dapp_bond;
use frame_support::{derive_impl, parameter_types, traits::ConstU64};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Has less than the minimum bond.
pub const POOR: AccountId = 3;
pub const TREASURY: AccountId = 99;

/// One CEC.
pub const CEC: Balance = 1_000_000_000_000;
pub const ED: Balance = CEC / 100;
pub const MIN_BOND: Balance = 1_000 * CEC;
pub const START: Balance = 10_000 * CEC;
pub const COOLDOWN: u64 = 100;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		DappBond: pallet_dapp_bond,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

parameter_types! {
	pub const ExistentialDeposit: Balance = ED;
	pub const MinDeveloperBond: Balance = MIN_BOND;
	pub const Treasury: AccountId = TREASURY;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_dapp_bond::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type MinDeveloperBond = MinDeveloperBond;
	type UnbondingPeriod = ConstU64<COOLDOWN>;
	type SlashOrigin = EnsureRoot<AccountId>;
	type SlashBeneficiary = Treasury;
	type WeightInfo = ();
}

/// The mock chain at block 1: Alice and Bob with `START`, `POOR` with half a minimum bond, the
/// treasury with the existential deposit.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, START), (BOB, START), (POOR, MIN_BOND / 2), (TREASURY, ED)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` on [`new_test_ext`], then check the pallet's invariants and that no CEC was made
/// or lost.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		test();
		DappBond::do_try_state().expect("invariants hold");
		assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), issuance, "CEC made or lost");
		for who in [ALICE, BOB, POOR] {
			assert_eq!(DappBond::held_without_bond(&who), 0);
		}
	});
}
