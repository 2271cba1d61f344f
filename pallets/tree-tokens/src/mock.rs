use crate as pallet_tree_tokens;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::BuildStorage;

/// Wide enough for the pallet's derived accounts (pots) to stay distinct.
pub type AccountId = u128;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

pub const OWNER: AccountId = 1;
pub const ALICE: AccountId = 2;
pub const BOB: AccountId = 3;
pub const CAROL: AccountId = 4;
pub const WITNESS: AccountId = 10;
pub const ED: Balance = 10;
pub const START: Balance = 1_000_000;
/// The base storage deposit of a token.
pub const TOKEN_DEPOSIT: Balance = 100;
/// The storage deposit per byte of a token's name and symbol.
pub const DEPOSIT_PER_BYTE: Balance = 1;
/// The largest token supply: half the balance range, the most the pallet allows.
pub const MAX_SUPPLY: Balance = Balance::MAX / 2;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Forestry: pallet_forestry,
		TreeTokens: pallet_tree_tokens,
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
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type Freezer = ();
	type Holder = ();
}

/// The registry takes no deposits here, so that the tests see only this pallet's.
impl pallet_forestry::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ParcelDeposit = ConstU128<0>;
	type DepositPerByte = ConstU128<0>;
	type TreeDeposit = ConstU128<0>;
	type RecordDeposit = ConstU128<0>;
	type MaxTreesPerBatch = ConstU32<100>;
	type MaxRecordsPerTree = ConstU32<10>;
	type ReservedTradeRecords = ConstU32<2>;
	type MaxDocumentsPerParcel = ConstU32<10>;
	type WeightInfo = ();
}

parameter_types! {
	pub const TreeTokensPalletId: PalletId = PalletId(*b"cec/tree");
}

impl pallet_tree_tokens::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type Registry = Forestry;
	type PalletId = TreeTokensPalletId;
	type MaxTreesPerToken = ConstU32<5>;
	type MaxSupply = ConstU128<MAX_SUPPLY>;
	type TokenDeposit = ConstU128<TOKEN_DEPOSIT>;
	type DepositPerByte = ConstU128<DEPOSIT_PER_BYTE>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ForestryHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct ForestryHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tree_tokens::BenchmarkHelper<AccountId> for ForestryHelper {
	fn parcel_with_trees(owner: &AccountId, trees: u32) -> u32 {
		Forestry::bench_parcel(owner, trees)
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [OWNER, ALICE, BOB, CAROL, WITNESS].iter().map(|a| (*a, START)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_forestry::GenesisConfig::<Test> {
		species: vec![(1, b"Pinus massoniana".to_vec())],
		witnesses: vec![(WITNESS, b"LIC-1".to_vec(), b"CN".to_vec())],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
