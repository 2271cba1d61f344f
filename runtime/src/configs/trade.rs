//! Trade: fiat-backed settlement assets (with holds) and the escrow that sells trees, parcels,
//! token lots and services against them or against CEC.

use super::governance::{AppointmentOrigin, MoneyOrigin};
use crate::{
	constants::{currency::*, time::DAYS},
	AccountId, Balance, Balances, BlockNumber, Forestry, Kyc, Runtime, RuntimeEvent,
	RuntimeHoldReason, SettlementHolds, TreeTokens,
};
use cec_primitives::{ContractId, TradeItem, TradeItems};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU8, NeverEnsureOrigin,
	},
	PalletId,
};
use sp_runtime::{traits::AccountIdConversion, DispatchResult};

/// The id of a fiat-backed asset in `SettlementAssets`.
pub type SettlementAssetId = u32;
/// The dev and local chains' test yuan (2 decimals) in `SettlementAssets`.
pub const TEST_CNY: SettlementAssetId = 1;

parameter_types! {
	/// The most of one settlement asset that may exist: `MAX_ASSET_SUPPLY` (10^36 smallest
	/// units, 10^34 yuan at 2 decimals); lockup and dividends pay settlement assets with the
	/// `fungibles` transfer that loses units past it. The market makers' mints stop there.
	pub const MaxSettlementSupply: Balance = MAX_ASSET_SUPPLY;
}

/// Fiat-backed assets (CNY, USD…), issued by market makers against deposits
/// (`pallet-market-maker`, see `market.rs`): governance (3/4 of the council) creates each asset
/// with the keyless `SettlementIssuer` as its owner; holders transfer them freely.
impl pallet_assets::Config<pallet_assets::Instance2> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type AssetId = SettlementAssetId;
	type AssetIdParameter = codec::Compact<SettlementAssetId>;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = MoneyOrigin;
	type AssetDeposit = ConstU128<{ 100 * CEC }>;
	type AssetAccountDeposit = ConstU128<{ deposit(1, 16) }>;
	type MetadataDepositBase = ConstU128<{ deposit(1, 68) }>;
	type MetadataDepositPerByte = ConstU128<{ deposit(0, 1) }>;
	type ApprovalDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = SettlementHolds;
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type ReserveData = ();
	type RemoveItemsLimit = ConstU32<1_000>;
	type WeightInfo = crate::weights::pallet_assets_settlement_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Holds on fiat-backed assets (escrowed trade payments).
impl pallet_assets_holder::Config<pallet_assets::Instance2> for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeEvent = RuntimeEvent;
}

/// CEC (`Native`) and every fiat-backed asset (`WithId(id)`): one `fungibles` with holds.
pub type Settlement = UnionOf<
	Balances,
	SettlementHolds,
	NativeFromLeft,
	NativeOrWithId<SettlementAssetId>,
	AccountId,
>;

/// CEC, the one settlement asset whose balances carry freezes (lockup, vesting): escrow takes its
/// payments into the escrow's account rather than holding them on the buyer.
pub struct IsCec;
impl frame_support::traits::Contains<NativeOrWithId<SettlementAssetId>> for IsCec {
	fn contains(asset: &NativeOrWithId<SettlementAssetId>) -> bool {
		matches!(asset, NativeOrWithId::Native)
	}
}

/// The same assets' free balances, for transfers (the escrow's payments): `pallet-assets` itself
/// rather than its hold layer, which does not implement them.
pub type Payments = UnionOf<
	Balances,
	crate::SettlementAssets,
	NativeFromLeft,
	NativeOrWithId<SettlementAssetId>,
	AccountId,
>;

parameter_types! {
	/// The revenue account (`modlcec/fees…`), the dividend pool's: every platform fee is paid
	/// here, and what holders have not claimed yet waits here.
	pub const RevenuePalletId: PalletId = PalletId(*b"cec/fees");
	pub TradeFeeAccount: AccountId = RevenuePalletId::get().into_account_truncating();
	/// "The buyer must pay within one day."
	pub const FundingPeriod: BlockNumber = DAYS;
	pub const MaxDeliveryPeriod: BlockNumber = 365 * DAYS;
	pub const ReceiptPeriod: BlockNumber = 7 * DAYS;
	pub const ArbitrationPeriod: BlockNumber = 14 * DAYS;
	/// A buyer that let a contract end unfunded waits this long to accept the listing again.
	pub const ReacceptCooldown: BlockNumber = 3 * DAYS;
	/// Ratings are open for 30 days after settlement; then the contract may be pruned.
	pub const RatingPeriod: BlockNumber = 30 * DAYS;
	/// Storage deposits are held in CEC.
	pub const DepositAsset: NativeOrWithId<SettlementAssetId> = NativeOrWithId::Native;
	/// The escrow's account (`modlcec/escr…`): funded contracts' prices and fees wait here.
	pub const EscrowPalletId: PalletId = PalletId(*b"cec/escr");
}

/// The trade fee and the escrow's storage deposits are runtime parameters (3/4 of the council
/// changes them, see `governance.rs`); each contract keeps the fee and deposits it was made with.
pub use super::governance::dynamic_params::trade::{
	ContractDeposit, EvidenceDeposit, ListingDeposit, ReviewDeposit, TradeFeeRate,
};

/// A council majority appoints arbiters and rules escalated disputes.
impl pallet_escrow::Config for Runtime {
	type Currency = Settlement;
	type Payments = Payments;
	type PalletId = EscrowPalletId;
	type PaidIntoEscrow = IsCec;
	type RuntimeHoldReason = RuntimeHoldReason;
	type DepositAsset = DepositAsset;
	type DepositPrice = super::market::SettlementPrice;
	type CecUnit = frame_support::traits::ConstU128<CEC>;
	type ListingDeposit = ListingDeposit;
	type ContractDeposit = ContractDeposit;
	type EvidenceDeposit = EvidenceDeposit;
	type ReviewDeposit = ReviewDeposit;
	type Randomness = pallet_babe::RandomnessFromOneEpochAgo<Runtime>;
	type ReacceptCooldown = ReacceptCooldown;
	type RatingPeriod = RatingPeriod;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type Identity = Kyc;
	type Items = RegistryItems;
	type Rare = Forestry;
	type PreSale = crate::Lockup;
	type GovernanceOrigin = AppointmentOrigin;
	type FeeRate = TradeFeeRate;
	type Revenue = crate::Dividends;
	type FundingPeriod = FundingPeriod;
	type MaxDeliveryPeriod = MaxDeliveryPeriod;
	type ReceiptPeriod = ReceiptPeriod;
	type ArbitrationPeriod = ArbitrationPeriod;
	type MaxEscalations = ConstU8<2>;
	type MaxArbiters = ConstU32<32>;
	type MaxEvidence = ConstU32<8>;
	type WeightInfo = pallet_escrow::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = EscrowBenchmarkHelper;
}

/// Routes each item to its registry: trees and parcels to `Forestry`, token lots to
/// `TreeTokens`; a service has nothing to freeze or hand over on chain.
pub struct RegistryItems;

impl RegistryItems {
	fn route<R>(
		item: &TradeItem,
		forestry: impl FnOnce() -> R,
		tokens: impl FnOnce() -> R,
		service: R,
	) -> R {
		match item {
			TradeItem::Tree { .. } | TradeItem::Parcel(_) => forestry(),
			TradeItem::TokenLot { .. } => tokens(),
			TradeItem::Service { .. } => service,
		}
	}
}

impl TradeItems<AccountId> for RegistryItems {
	fn ensure_sellable(seller: &AccountId, item: &TradeItem) -> DispatchResult {
		Self::route(
			item,
			|| <Forestry as TradeItems<_>>::ensure_sellable(seller, item),
			|| <TreeTokens as TradeItems<_>>::ensure_sellable(seller, item),
			Ok(()),
		)
	}
	fn freeze(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::route(
			item,
			|| <Forestry as TradeItems<_>>::freeze(seller, item, contract),
			|| <TreeTokens as TradeItems<_>>::freeze(seller, item, contract),
			Ok(()),
		)
	}
	fn release(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::route(
			item,
			|| <Forestry as TradeItems<_>>::release(seller, item, contract),
			|| <TreeTokens as TradeItems<_>>::release(seller, item, contract),
			Ok(()),
		)
	}
	fn deliver(
		seller: &AccountId,
		buyer: &AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		Self::route(
			item,
			|| <Forestry as TradeItems<_>>::deliver(seller, buyer, item, contract),
			|| <TreeTokens as TradeItems<_>>::deliver(seller, buyer, item, contract),
			Ok(()),
		)
	}
}

/// Escrow benchmarks trade the most expensive item, a lot of a revenue-share token (its freeze,
/// release and hand-over settle revenue), for test yuan.
#[cfg(feature = "runtime-benchmarks")]
pub struct EscrowBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_escrow::BenchmarkHelper<AccountId, NativeOrWithId<SettlementAssetId>, Balance>
	for EscrowBenchmarkHelper
{
	fn item(seller: &AccountId) -> TradeItem {
		use frame_support::traits::fungible::Mutate as _;
		let _ = Balances::mint_into(seller, 1_000 * CEC);
		let parcel = Forestry::bench_parcel(seller, 1);
		let token = pallet_tree_tokens::NextTokenId::<Runtime>::get();
		let _ = TreeTokens::tokenise(
			crate::RuntimeOrigin::signed(seller.clone()),
			parcel,
			Default::default(),
			pallet_tree_tokens::TokenKind::Revenue,
			1_000_000,
			0,
			b"Bench forest revenue".to_vec().try_into().unwrap_or_default(),
			b"BFR".to_vec().try_into().unwrap_or_default(),
		);
		// Revenue is waiting, so every move of the lot settles both sides.
		let _ = TreeTokens::deposit_revenue(
			crate::RuntimeOrigin::signed(seller.clone()),
			token,
			100 * CEC,
		);
		TradeItem::TokenLot { token, amount: 400_000 }
	}
	fn asset() -> NativeOrWithId<SettlementAssetId> {
		use crate::SettlementAssets;
		if !pallet_assets::Asset::<Runtime, pallet_assets::Instance2>::contains_key(TEST_CNY) {
			let owner = TradeFeeAccount::get();
			let _ = SettlementAssets::force_create(
				crate::RuntimeOrigin::root(),
				TEST_CNY.into(),
				owner.into(),
				true,
				1,
			);
		}
		// A market maker quotes the yuan, so that trades in it hold their deposits in yuan: the
		// costlier path (an asset hold and its account) is the one measured.
		let maker: AccountId = frame_benchmarking::account("escrow-bench-maker", 0, 0);
		let now = frame_system::Pallet::<Runtime>::block_number();
		let live = pallet_market_maker::Quotes::<Runtime>::get(TEST_CNY, &maker)
			.is_some_and(|q| q.expires_at > now);
		if !live {
			use frame_support::traits::fungible::Mutate as _;
			let _ = Balances::mint_into(&maker, 1_000 * CEC);
			let _ = crate::MarketMaker::appoint(crate::RuntimeOrigin::root(), maker.clone().into());
			let _ = crate::MarketMaker::add_inventory(
				crate::RuntimeOrigin::signed(maker.clone()),
				100 * CEC,
			);
			let _ = crate::MarketMaker::post_quote(
				crate::RuntimeOrigin::signed(maker),
				TEST_CNY,
				99,
				101,
				now.saturating_add(crate::constants::time::DAYS),
			);
		}
		NativeOrWithId::WithId(TEST_CNY)
	}
	fn endow(asset: &NativeOrWithId<SettlementAssetId>, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungible::Mutate as _;
		use frame_support::traits::fungibles::Mutate as _;
		let _ = match asset {
			NativeOrWithId::Native => Balances::mint_into(who, amount),
			NativeOrWithId::WithId(id) => crate::SettlementAssets::mint_into(*id, who, amount),
		};
		// Every account needs some CEC to exist.
		let _ = Balances::mint_into(who, CEC);
	}
	fn verify(who: &AccountId) {
		Kyc::bench_verify(who);
	}
}
