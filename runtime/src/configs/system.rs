//! System, time, batching and the dev-chain superuser.

// `derive_impl` fills in the runtime's aggregated types by name, so they are imported here.
use crate::weights::{
	block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight,
	rocksdb_weights::constants::RocksDbWeight,
};
use crate::{
	constants::{currency::SS58_PREFIX, time::SLOT_DURATION},
	AccountId, Babe, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, MAXIMUM_BLOCK_WEIGHT, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU32, ConstU64, Get},
	weights::Weight,
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

/// Three quarters of a block are for ordinary transactions; the rest is kept for operational
/// ones (equivocation reports, governance) so they get in when blocks are full.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// An extrinsic's base weight: what `benchmark overhead` measured for a signed `system.remark`
/// on the reference machine ([`ExtrinsicBaseWeight`], all our transaction extensions run), less
/// what those extensions already charge for it on their own — each extension's weight is added
/// to every extrinsic besides this base, so counting it in both would charge it twice (the SDK's
/// open issue polkadot-sdk#9981) — but never less than checking the signature
/// ([`crate::weights::SR25519_VERIFY`]), the one part of a signed extrinsic no extension weighs.
pub struct ExtrinsicBase;
impl Get<Weight> for ExtrinsicBase {
	fn get() -> Weight {
		ExtrinsicBaseWeight::get()
			.saturating_sub(remark_extensions_weight())
			.max(crate::weights::SR25519_VERIFY)
	}
}

/// What the transaction extensions of [`crate::TxExtension`] charge for a signed `system.remark`
/// paying its fee in CEC (the `benchmark overhead` extrinsic), by their measured weights.
pub fn remark_extensions_weight() -> Weight {
	use frame_system::ExtensionsWeightInfo as _;
	use pallet_asset_tx_payment::WeightInfo as _;
	use pallet_lockup::WeightInfo as _;
	type System = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	System::check_non_zero_sender()
		.saturating_add(System::check_spec_version())
		.saturating_add(System::check_tx_version())
		.saturating_add(System::check_genesis())
		.saturating_add(System::check_mortality_mortal_transaction())
		.saturating_add(System::check_nonce())
		.saturating_add(System::check_weight())
		.saturating_add(
			crate::weights::pallet_asset_tx_payment::WeightInfo::<Runtime>::charge_asset_tx_payment_native(),
		)
		.saturating_add(pallet_lockup::weights::SubstrateWeight::<Runtime>::prioritise_holders())
		.saturating_add(System::weight_reclaim())
}

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Weights measured on the reference machine (`crate::weights`): an empty block's, each
	/// extrinsic's base ([`ExtrinsicBase`]), and the normal class's three quarters of the block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBase::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	/// 5 MiB blocks, of which ordinary transactions may fill three quarters.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	/// Everything, except settlement assets' own mint, burn and burning refund: only market
	/// makers issue them ([`super::market::SettlementIssuance`]).
	type BaseCallFilter = super::market::SettlementIssuance;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<crate::Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = crate::Moment;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

/// Sudo exists for dev and local chains; a production genesis sets no key, which disables it.
impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}
