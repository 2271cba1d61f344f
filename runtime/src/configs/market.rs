//! Market makers: the only issuers of the fiat-backed settlement assets, the two-way quotes of
//! CEC users trade at, and the reference price of the C2C market (the best live mid).

use super::{
	governance::MoneyOrigin,
	trade::{MaxSettlementSupply, SettlementAssetId},
};
use crate::{
	constants::{currency::*, time::DAYS},
	AccountId, Balance, Balances, BlockNumber, Kyc, Lockup, Runtime, RuntimeCall,
	RuntimeHoldReason, SettlementAssets,
};
use frame_support::{
	parameter_types,
	traits::{fungible::NativeOrWithId, ConstU128, ConstU32, ConstU8, Contains},
	weights::Weight,
	PalletId,
};
use sp_runtime::{traits::AccountIdConversion, Perbill};

parameter_types! {
	/// Owner, issuer, admin and freezer of every settlement asset in `pallet-assets`
	/// (`modlcec/issu…`): a keyless account, so that nobody holds those roles' powers (minting,
	/// burning anybody's balance, freezing); the market-maker pallet issues instead.
	pub SettlementIssuer: AccountId = PalletId(*b"cec/issu").into_account_truncating();
	/// A quote lives at most a day.
	pub const MaxQuoteLifetime: BlockNumber = DAYS;
	/// A quote's spread is at most 2 % of its mid until governance says otherwise…
	pub const DefaultMaxSpread: Perbill = Perbill::from_percent(2);
	/// …and governance may allow at most 10 %.
	pub const MaxSpreadCeiling: Perbill = Perbill::from_percent(10);
	/// A used payment reference is kept (and a second use refused) for a year.
	pub const RefRetention: BlockNumber = 365 * DAYS;
}

/// What settlement assets let only the market-maker pallet do, enforced by the base call filter
/// however a call is dispatched (directly, in a batch, through a proxy, a multisig or a council
/// motion; only Root itself bypasses the filter):
/// - `pallet-assets`' own `mint` and `burn` are refused (makers mint against a payment reference
///   and burn against a payout), and so is `refund` with `allow_burn`, which burns the caller's
///   balance: a holder redeems through a maker instead;
/// - so are destroying an asset (`start_destroy` and what follows it), which would leave its
///   ledger behind, and giving its roles to a real account (`transfer_ownership`, `set_team`,
///   `force_asset_status`), whose admin could `force_transfer` anybody's balance.
///
/// Each asset's supply is then always its ledger's minted − burned.
pub struct SettlementIssuance;

impl Contains<RuntimeCall> for SettlementIssuance {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_assets::Call as A;
		!matches!(
			call,
			RuntimeCall::SettlementAssets(
				A::mint { .. }
					| A::burn { .. }
					| A::refund { allow_burn: true, .. }
					| A::start_destroy { .. }
					| A::destroy_accounts { .. }
					| A::destroy_approvals { .. }
					| A::finish_destroy { .. }
					| A::transfer_ownership { .. }
					| A::set_team { .. }
					| A::force_asset_status { .. }
			)
		)
	}
}

/// Makers are appointed and dismissed by Root or 3/4 of the council (they issue money).
impl pallet_market_maker::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = SettlementAssetId;
	type Assets = SettlementAssets;
	type Lockup = Lockup;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type GovernanceOrigin = MoneyOrigin;
	type MaxMakers = ConstU32<16>;
	type MaxQuotedAssets = ConstU32<4>;
	type MaxQuoteLifetime = MaxQuoteLifetime;
	type DefaultMaxSpread = DefaultMaxSpread;
	type MaxSpreadCeiling = MaxSpreadCeiling;
	type MaxSupply = MaxSettlementSupply;
	// A reference's record: about 130 bytes, with its key.
	type RefDeposit = ConstU128<{ deposit(1, 130) }>;
	type RefRetention = RefRetention;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = pallet_market_maker::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MarketMakerBenchmarkHelper;
}

/// Benchmark set-up: the test yuan (created if the genesis has none), and KYC.
#[cfg(feature = "runtime-benchmarks")]
pub struct MarketMakerBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_market_maker::BenchmarkHelper<AccountId, SettlementAssetId>
	for MarketMakerBenchmarkHelper
{
	fn asset() -> SettlementAssetId {
		match <super::trade::EscrowBenchmarkHelper as pallet_escrow::BenchmarkHelper<
			_,
			_,
			Balance,
		>>::asset()
		{
			frame_support::traits::fungible::NativeOrWithId::WithId(id) => id,
			frame_support::traits::fungible::NativeOrWithId::Native => super::TEST_CNY,
		}
	}
	fn verify(who: &AccountId) {
		Kyc::bench_verify(who);
	}
}

/// The C2C market's reference price: the market makers' best live mid.
pub type ReferencePrice = crate::MarketMaker;

/// The reference price of CEC in a settlement asset named as the escrow names it (CEC itself has
/// none): the escrow holds a fiat trade's deposits in its asset at this price.
pub struct SettlementPrice;
impl cec_primitives::ReferencePrice<NativeOrWithId<SettlementAssetId>, Balance>
	for SettlementPrice
{
	fn price(asset: &NativeOrWithId<SettlementAssetId>) -> Option<Balance> {
		match asset {
			NativeOrWithId::WithId(id) => <crate::MarketMaker as cec_primitives::ReferencePrice<
				SettlementAssetId,
				Balance,
			>>::price(id),
			NativeOrWithId::Native => None,
		}
	}
	fn price_weight() -> Weight {
		<crate::MarketMaker as cec_primitives::ReferencePrice<SettlementAssetId, Balance>>::price_weight()
	}
}

/// The dividend pool's day close sells each settlement asset's revenue to the maker with the
/// lowest live ask (CEC's own revenue is not sold).
pub struct RevenueToCec;
impl cec_primitives::RevenueConverter<AccountId, NativeOrWithId<SettlementAssetId>, Balance>
	for RevenueToCec
{
	fn convert(
		from: &AccountId,
		asset: &NativeOrWithId<SettlementAssetId>,
		amount: Balance,
	) -> Option<Balance> {
		match asset {
			NativeOrWithId::WithId(id) => {
				<crate::MarketMaker as cec_primitives::RevenueConverter<
					AccountId,
					SettlementAssetId,
					Balance,
				>>::convert(from, id, amount)
			},
			NativeOrWithId::Native => None,
		}
	}
	fn convert_weight() -> Weight {
		<crate::MarketMaker as cec_primitives::RevenueConverter<
			AccountId,
			SettlementAssetId,
			Balance,
		>>::convert_weight()
	}
}

/// How a transaction names the settlement asset it pays its fee in: as Asset Hub names its
/// assets, by the XCM location `{ parents: 0, interior: X2[PalletInstance(51), GeneralIndex(id)] }`
/// (51 is `SettlementAssets`' pallet index). @polkadot/api types `ChargeAssetTxPayment`'s
/// `assetId` as an XCM location out of the box, so wallets and scripts sign with it without any
/// type of ours (README, "Fees in test yuan"); polkadot-api reads the type from the metadata.
pub struct ByLocation;

impl pallet_market_maker::FeeAsset<SettlementAssetId> for ByLocation {
	type Id = xcm::v5::Location;
	fn asset(id: &xcm::v5::Location) -> Option<SettlementAssetId> {
		use frame_support::traits::PalletInfoAccess;
		use xcm::v5::{Junction::*, Junctions::X2};
		let pallet = u8::try_from(<SettlementAssets as PalletInfoAccess>::index()).ok()?;
		match (id.parents, id.interior()) {
			(0, X2(junctions)) => match junctions.as_ref() {
				[PalletInstance(p), GeneralIndex(i)] if *p == pallet => {
					SettlementAssetId::try_from(*i).ok()
				},
				_ => None,
			},
			_ => None,
		}
	}
}

/// The location of settlement asset `id`, as a transaction names it to pay its fee in it.
pub fn fee_asset_location(id: SettlementAssetId) -> xcm::v5::Location {
	use frame_support::traits::PalletInfoAccess;
	use xcm::v5::Junction::{GeneralIndex, PalletInstance};
	let pallet = <SettlementAssets as PalletInfoAccess>::index() as u8;
	xcm::v5::Location::new(0, [PalletInstance(pallet), GeneralIndex(u128::from(id))])
}

/// Fees paid in a settlement asset: `ChargeAssetTxPayment` (the SDK's extension, in place of
/// `ChargeTransactionPayment`) with the market makers' conversion. The CEC a maker's inventory
/// pays goes through `DealWithFees` like any fee: the block author's share, the rest revenue.
impl pallet_asset_tx_payment::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type Fungibles = SettlementAssets;
	type OnChargeAssetTransaction =
		pallet_market_maker::MakerFees<Runtime, super::monetary::DealWithFees, ByLocation>;
	/// Measured on this runtime with every maker seat quoting (`scripts/benchmark.sh
	/// asset-tx-payment`): a fee in a settlement asset reads each maker's quote, inventory and
	/// asset account.
	type WeightInfo = crate::weights::pallet_asset_tx_payment::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AssetTxBenchmarkHelper;
}

/// Benchmark set-up of `ChargeAssetTxPayment`: the test yuan's every maker seat quotes it with
/// inventory and an account in it (the conversion reads them all), and the payer holds yuan.
#[cfg(feature = "runtime-benchmarks")]
pub struct AssetTxBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_tx_payment::BenchmarkHelperTrait<AccountId, SettlementAssetId, xcm::v5::Location>
	for AssetTxBenchmarkHelper
{
	fn create_asset_id_parameter(id: u32) -> (SettlementAssetId, xcm::v5::Location) {
		let _ = id;
		let asset = <MarketMakerBenchmarkHelper as pallet_market_maker::BenchmarkHelper<
			AccountId,
			SettlementAssetId,
		>>::asset();
		(asset, fee_asset_location(asset))
	}
	fn setup_balances_and_pool(asset: SettlementAssetId, account: AccountId) {
		use frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _, Get};
		use pallet_market_maker::{Makers, Quote, QuotedAssets, Quotes};
		let seats: u32 = <Runtime as pallet_market_maker::Config>::MaxMakers::get();
		let expires_at = crate::System::block_number().saturating_add(DAYS);
		for i in 0..seats {
			let maker: AccountId = frame_benchmarking::account("maker", i, 0);
			let _ = Balances::mint_into(&maker, 1_000_000 * CEC);
			let _ = SettlementAssets::mint_into(asset, &maker, 1_000_000);
			Makers::<Runtime>::insert(&maker, 0);
			let _ = crate::MarketMaker::add_inventory(
				crate::RuntimeOrigin::signed(maker.clone()),
				100_000 * CEC,
			);
			Quotes::<Runtime>::insert(
				asset,
				&maker,
				Quote { bid: 99, ask: 101, expires_at, posted_at: 0 },
			);
			QuotedAssets::<Runtime>::mutate(&maker, |a| {
				let _ = a.try_push(asset);
			});
		}
		let _ = Balances::mint_into(&account, CEC);
		let _ = SettlementAssets::mint_into(asset, &account, 1_000_000_000);
	}
}
