//! The forestry registry and the tree-backed tokens, with the asset ledger the tokens live in.

use super::governance::{AppointmentOrigin, MoneyOrigin};
use crate::{
	constants::currency::{deposit, MAX_ASSET_SUPPLY},
	AccountId, Balance, Balances, Forestry, Runtime, RuntimeEvent, RuntimeHoldReason, TreeAssets,
};
use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, NeverEnsureOrigin},
	PalletId,
};

parameter_types! {
	/// A block holds at least 10 full batches: 10,000 trees (see the pallet README).
	pub const MaxTreesPerBatch: u32 = 1_000;
	pub const MaxRecordsPerTree: u32 = 10_000;
	pub const MaxDocumentsPerParcel: u32 = 1_000;
	/// The last 16 history slots of a tree are kept for trade hand-overs.
	pub const ReservedTradeRecords: u32 = 16;
	pub const TreeTokensPalletId: PalletId = PalletId(*b"cec/tree");
	pub const MaxTreesPerToken: u32 = 500;
	/// `MAX_ASSET_SUPPLY` (10^36 smallest units: 10^18 whole tokens at 18 decimals).
	pub const MaxTreeTokenSupply: Balance = MAX_ASSET_SUPPLY;
	/// A token: its record (up to 2,152 bytes), its asset (210) and metadata (140).
	pub const TreeTokenDeposit: Balance = deposit(3, 2_502);
	/// Per byte of a token's name and symbol.
	pub const TreeTokenDepositPerByte: Balance = deposit(0, 1);
}

/// Witnesses and species are the council's (majority).
impl pallet_forestry::Config for Runtime {
	type GovernanceOrigin = AppointmentOrigin;
	type MaxTreesPerBatch = MaxTreesPerBatch;
	type MaxRecordsPerTree = MaxRecordsPerTree;
	type MaxDocumentsPerParcel = MaxDocumentsPerParcel;
	type ReservedTradeRecords = ReservedTradeRecords;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// A parcel: 0.1 CEC plus 0.0001 CEC per byte of its declaration (about 0.13 CEC).
	type ParcelDeposit = ConstU128<{ deposit(1, 0) }>;
	type DepositPerByte = ConstU128<{ deposit(0, 1) }>;
	/// A tree: its record is about 170 bytes (0.017 CEC), paid by the registering witness.
	type TreeDeposit = ConstU128<{ deposit(0, 170) }>;
	/// A history record or document by an owner, lessee or custodian (about 200 bytes).
	type RecordDeposit = ConstU128<{ deposit(0, 200) }>;
	type WeightInfo = pallet_forestry::weights::SubstrateWeight<Runtime>;
}

/// The ledger of tree-backed tokens. Its calls are disabled in `construct_runtime`: tokens are
/// created, moved and burnt only through `TreeTokens`, which settles revenue shares on every
/// move. Only `TreeTokens` creates assets here, so no deposits are taken.
impl pallet_assets::Config<pallet_assets::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = MoneyOrigin;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type ReserveData = ();
	type RemoveItemsLimit = ConstU32<1_000>;
	type WeightInfo = crate::weights::pallet_assets_tree_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

impl pallet_tree_tokens::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type TokenDeposit = TreeTokenDeposit;
	type DepositPerByte = TreeTokenDepositPerByte;
	type Assets = TreeAssets;
	type Registry = Forestry;
	type PalletId = TreeTokensPalletId;
	type MaxTreesPerToken = MaxTreesPerToken;
	type MaxSupply = MaxTreeTokenSupply;
	type WeightInfo = pallet_tree_tokens::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ForestryBenchmarkHelper;
}

/// Registry set-up for the tree-token benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ForestryBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tree_tokens::BenchmarkHelper<AccountId> for ForestryBenchmarkHelper {
	fn parcel_with_trees(owner: &AccountId, trees: u32) -> cec_primitives::ParcelId {
		Forestry::bench_parcel(owner, trees)
	}
}
