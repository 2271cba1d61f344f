use crate as pallet_supply;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU64, WithdrawReasons},
};
use sp_runtime::{traits::ConvertInto, BuildStorage};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

/// 1 CEC in planck.
pub const CEC: Balance = 1_000_000_000_000;
pub const DAY_MS: u64 = 86_400_000;
pub const EMISSION: Balance = 32_867_216 * CEC;
pub const GENESIS: Balance = 4_000_000 * CEC;
pub const CAP: Balance = GENESIS + EMISSION;

pub const TEAM: AccountId = 1;
pub const ALICE: AccountId = 2;
/// 30 days of 6 s blocks.
pub const MONTH: u64 = 30 * 14_400;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Vesting: pallet_vesting,
		Supply: pallet_supply,
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
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

parameter_types! {
	/// Half of each era's emission to stakers, unless a test sets it.
	pub static StakerShare: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(50);
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

impl pallet_vesting::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU128<1>;
	type WeightInfo = ();
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 8;
}

impl pallet_supply::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Vesting = Vesting;
	type EmissionTotal = ConstU128<EMISSION>;
	type EmissionPeriodMillis = ConstU64<{ 730 * DAY_MS }>;
	type IssuanceCap = ConstU128<CAP>;
	type StakerShare = StakerShare;
}

/// Team holds 100,000 CEC vesting in four monthly-6 tranches; Alice holds the rest of genesis.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(TEAM, 100_000 * CEC), (ALICE, GENESIS - 100_000 * CEC)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_supply::GenesisConfig::<Test> {
		tranches: vec![(TEAM, (1..=4).map(|k| (6 * k * MONTH, 25_000 * CEC)).collect())],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
