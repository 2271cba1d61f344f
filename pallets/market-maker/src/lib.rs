//! # Market makers
//!
//! Users and merchants pay and are paid in fiat (CNY, USD) and never need to hold CEC: licensed
//! market makers stand between their fiat and the CEC the chain runs on.
//!
//! - **Makers.** [`Config::GovernanceOrigin`] appoints ([`Pallet::appoint`]) and dismisses
//!   ([`Pallet::dismiss`]) makers, at most [`Config::MaxMakers`]. A maker's CEC inventory is a
//!   hold on its own balance ([`HoldReason::Inventory`]), never a transfer: it backs the CEC the
//!   maker sells at its quotes and the fees it pays for users who pay in fiat.
//! - **Fiat-backed settlement assets.** Only makers issue them. A maker mints to a user against an
//!   off-chain fiat deposit ([`Pallet::mint`]) and burns what users hand back against a payout
//!   ([`Pallet::burn`]), each time with the hash of the payment reference, which may be used once
//!   per asset ([`Refs`]). Each asset's [`Ledger`] counts minted and burnt: its supply always
//!   equals `minted − burned` (the `try_state` hook checks it), and never exceeds
//!   [`Config::MaxSupply`]. A maker publishes attestations of the fiat reserve behind an asset,
//!   with the report's content id ([`Pallet::attest_reserve`]).
//! - **Two-way quotes.** A maker quotes a bid and an ask of CEC in a settlement asset with an
//!   expiry ([`Pallet::post_quote`]); the spread is bounded by [`MaxSpread`] (governance sets it,
//!   up to [`Config::MaxSpreadCeiling`]); an expired quote is unusable. KYC-verified users buy CEC
//!   from a maker at its ask ([`Pallet::buy_cec`]) — the CEC arrives locked through
//!   [`cec_primitives::Lockup`] — and sell CEC to it at its bid ([`Pallet::sell_cec`]).
//! - **Reference price.** The live quotes make CEC's reference price in each asset
//!   ([`cec_primitives::ReferencePrice`]): the median of the mids of the makers with inventory
//!   behind their quotes, so that one maker far off the others does not move it.
//!
//! - **Fees paid in fiat.** With `pallet-asset-tx-payment`'s `ChargeAssetTxPayment` extension in
//!   the runtime, [`MakerFees`] converts a fee paid in a settlement asset through the cheapest
//!   maker's ask: the payer pays the maker in the asset, the maker's inventory pays the chain's
//!   fee in CEC. No live quote or too little inventory: the pool rejects the transaction.
//!
//! Storage a signed origin creates: each used payment reference holds [`Config::RefDeposit`] CEC
//! on the maker until it is pruned ([`Pallet::prune_ref`], by anyone, [`Config::RefRetention`]
//! blocks after its use; until then a second use is refused). Quotes and attestations are one per
//! maker and asset and only appointed makers write them, so their storage is bounded by
//! [`Config::MaxMakers`] × [`Config::MaxQuotedAssets`] and is not charged for.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_fee;
mod impl_traits;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use impl_fee::{ByAssetId, FeeAsset, MakerFees, NO_CONVERSION, UNKNOWN_FEE_ASSET};
pub use types::*;
pub use weights::WeightInfo;

pub use cec_primitives::Cid;
use cec_primitives::KycCheck;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible, fungibles},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{Saturating, StaticLookup},
	Perbill,
};

/// CEC and settlement-asset amounts (their smallest units).
pub type Balance = u128;
/// A quote of this runtime.
pub type QuoteOf<T> = Quote<Balance, BlockNumberFor<T>>;
/// A payment reference's record of this runtime.
pub type RefRecordOf<T> =
	RefRecord<<T as frame_system::Config>::AccountId, Balance, BlockNumberFor<T>>;
/// A reserve attestation of this runtime.
pub type AttestationOf<T> = Attestation<Balance, BlockNumberFor<T>, Cid>;
/// An account given by address (`MultiAddress` in the runtime).
pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId> {
	/// A settlement asset that exists, with a minimum balance of at most one CEC's price.
	fn asset() -> AssetId;
	/// Make `who` pass the KYC check for trade.
	fn verify(who: &AccountId);
}

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The market-maker pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds CEC.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A maker's CEC inventory: sold at its quotes, and paying fees for users who pay in fiat.
		Inventory,
		/// The storage deposit of a used payment reference.
		RefDeposit,
		/// CEC of a maker's inventory paying the fee of a transaction under way that its payer
		/// pays in a settlement asset ([`MakerFees`]); empty between transactions.
		FeeInFlight,
	}

	/// Configuration of the market-maker pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// CEC: makers' inventory and deposits are holds on their own balances.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The id of a settlement asset.
		type AssetId: Parameter
			+ MaxEncodedLen
			+ Copy
			+ Ord
			+ sp_runtime::traits::MaybeSerializeDeserialize;
		/// The fiat-backed settlement assets, which this pallet alone mints and burns.
		type Assets: fungibles::Mutate<Self::AccountId, AssetId = Self::AssetId, Balance = Balance>;
		/// Where CEC bought from a maker is locked.
		type Lockup: cec_primitives::Lockup<Self::AccountId, Balance>;
		/// The KYC gate users pass to trade CEC with a maker.
		type Kyc: KycCheck<Self::AccountId>;
		/// The least KYC level a user needs to trade CEC with a maker.
		type MinKycLevel: Get<u8>;
		/// Appoints and dismisses makers and sets [`MaxSpread`].
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The most makers appointed at once.
		#[pallet::constant]
		type MaxMakers: Get<u32>;
		/// The most settlement assets one maker quotes at once.
		#[pallet::constant]
		type MaxQuotedAssets: Get<u32>;
		/// How far ahead a quote may expire, in blocks.
		#[pallet::constant]
		type MaxQuoteLifetime: Get<BlockNumberFor<Self>>;
		/// [`MaxSpread`] before governance first sets it.
		#[pallet::constant]
		type DefaultMaxSpread: Get<Perbill>;
		/// The widest spread governance may allow.
		#[pallet::constant]
		type MaxSpreadCeiling: Get<Perbill>;
		/// The most of one settlement asset that may exist.
		#[pallet::constant]
		type MaxSupply: Get<Balance>;
		/// CEC held on the maker for each used payment reference.
		#[pallet::constant]
		type RefDeposit: Get<Balance>;
		/// How long a used payment reference is kept (and a second use refused) before anyone may
		/// prune it, in blocks.
		#[pallet::constant]
		type RefRetention: Get<BlockNumberFor<Self>>;
		/// Planck in one CEC (prices are per whole CEC).
		#[pallet::constant]
		type CecUnit: Get<Balance>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Set-up for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::AssetId>;
	}

	/// The appointed makers, with the block each was appointed in.
	#[pallet::storage]
	pub type Makers<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// Each maker's quote in each settlement asset.
	#[pallet::storage]
	pub type Quotes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, T::AssetId, Blake2_128Concat, T::AccountId, QuoteOf<T>>;

	/// The assets each maker quotes (what [`Pallet::dismiss`] removes).
	#[pallet::storage]
	pub type QuotedAssets<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AssetId, T::MaxQuotedAssets>,
		ValueQuery,
	>;

	/// Used payment references, by asset and reference hash.
	#[pallet::storage]
	pub type Refs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, T::AssetId, Identity, PaymentRef, RefRecordOf<T>>;

	/// Each maker's latest reserve attestation for each asset.
	#[pallet::storage]
	pub type Attestations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		T::AssetId,
		Blake2_128Concat,
		T::AccountId,
		AttestationOf<T>,
	>;

	/// Minted and burnt so far, per settlement asset.
	#[pallet::storage]
	pub type Ledgers<T: Config> =
		StorageMap<_, Twox64Concat, T::AssetId, Ledger<Balance>, ValueQuery>;

	/// The fee conversion of the transaction under way ([`MakerFees`]): its maker, the ask it
	/// converts at and the CEC moved into the maker's fee-in-flight hold. Written before dispatch,
	/// taken after it: empty between transactions.
	#[pallet::storage]
	pub type PendingFee<T: Config> = StorageValue<_, (T::AccountId, Balance, Balance)>;

	/// The widest spread a quote may have: `ask − bid` at most this share of the mid price.
	#[pallet::storage]
	pub type MaxSpread<T: Config> = StorageValue<_, Perbill, ValueQuery, T::DefaultMaxSpread>;

	/// Events of the market-maker pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A maker was appointed.
		MakerAppointed {
			/// The maker.
			maker: T::AccountId,
		},
		/// A maker was dismissed: its quotes are gone and its inventory is free again.
		MakerDismissed {
			/// The maker.
			maker: T::AccountId,
			/// The inventory released.
			released: Balance,
		},
		/// A maker's CEC inventory changed.
		InventoryChanged {
			/// The maker.
			maker: T::AccountId,
			/// Its inventory now.
			inventory: Balance,
		},
		/// A maker minted a settlement asset against a fiat deposit.
		Minted {
			/// The asset.
			asset: T::AssetId,
			/// The maker.
			maker: T::AccountId,
			/// Who received it.
			to: T::AccountId,
			/// How much.
			amount: Balance,
			/// The hash of the deposit's payment reference.
			reference: PaymentRef,
		},
		/// A maker burnt a settlement asset against a fiat payout.
		Burned {
			/// The asset.
			asset: T::AssetId,
			/// The maker.
			maker: T::AccountId,
			/// How much.
			amount: Balance,
			/// The hash of the payout's payment reference.
			reference: PaymentRef,
		},
		/// A used payment reference's record was removed and its deposit returned.
		RefPruned {
			/// The asset.
			asset: T::AssetId,
			/// The reference hash.
			reference: PaymentRef,
		},
		/// A maker attested the fiat reserve behind an asset.
		ReserveAttested {
			/// The asset.
			asset: T::AssetId,
			/// The maker.
			maker: T::AccountId,
			/// The reserve it attests.
			reserve: Balance,
			/// The report's content id.
			cid: Cid,
		},
		/// A maker quoted CEC in an asset.
		QuotePosted {
			/// The asset.
			asset: T::AssetId,
			/// The maker.
			maker: T::AccountId,
			/// The quote.
			quote: QuoteOf<T>,
		},
		/// A maker withdrew its quote.
		QuoteWithdrawn {
			/// The asset.
			asset: T::AssetId,
			/// The maker.
			maker: T::AccountId,
		},
		/// A user bought CEC from a maker; it arrived locked.
		CecBought {
			/// The buyer.
			who: T::AccountId,
			/// The maker.
			maker: T::AccountId,
			/// The asset paid in.
			asset: T::AssetId,
			/// CEC bought.
			amount: Balance,
			/// What the buyer paid, in the asset.
			cost: Balance,
		},
		/// A user sold CEC to a maker.
		CecSold {
			/// The seller.
			who: T::AccountId,
			/// The maker.
			maker: T::AccountId,
			/// The asset paid out.
			asset: T::AssetId,
			/// CEC sold.
			amount: Balance,
			/// What the seller was paid, in the asset.
			proceeds: Balance,
		},
		/// The platform's revenue in a settlement asset bought CEC from a maker at its ask (the
		/// dividend pool's day close).
		RevenueConverted {
			/// The revenue account that paid.
			buyer: T::AccountId,
			/// The maker, whose inventory paid the CEC.
			maker: T::AccountId,
			/// The asset paid.
			asset: T::AssetId,
			/// How much of it.
			amount: Balance,
			/// The CEC bought (free on the buyer's account).
			cec: Balance,
		},
		/// A transaction fee was paid in a settlement asset: a maker converted it into CEC.
		FeeConverted {
			/// Who paid the fee.
			who: T::AccountId,
			/// The maker that converted it.
			maker: T::AccountId,
			/// The asset it was paid in.
			asset: T::AssetId,
			/// The fee in CEC (tip included), which the maker's inventory paid.
			fee: Balance,
			/// What the payer paid the maker, in the asset.
			cost: Balance,
		},
		/// Governance set the widest spread a quote may have.
		MaxSpreadSet {
			/// The new bound.
			spread: Perbill,
		},
	}

	/// Errors of the market-maker pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// Only an appointed maker may do this.
		NotMaker,
		/// The account is a maker already.
		AlreadyMaker,
		/// The most makers allowed are appointed.
		TooManyMakers,
		/// The amount must be more than nothing.
		ZeroAmount,
		/// The account has not that much free CEC to add to its inventory.
		InsufficientBalance,
		/// The maker's inventory holds less CEC than that.
		InsufficientInventory,
		/// The maker cannot hold the CEC deposit for a payment reference's record.
		CannotPayDeposit,
		/// No such settlement asset.
		UnknownAsset,
		/// A mint or burn needs the hash of its payment reference (not all zeros).
		MissingReference,
		/// That payment reference was used already for this asset.
		DuplicateReference,
		/// No such used payment reference.
		UnknownReference,
		/// The reference is kept for `RefRetention` blocks after its use.
		ReferenceRetained,
		/// The mint would take the asset's supply above `MaxSupply`.
		SupplyTooLarge,
		/// The maker holds less of the asset than it would burn.
		BurnExceedsBalance,
		/// The content id is not a valid IPFS CID.
		InvalidCid,
		/// A price must be more than nothing.
		ZeroPrice,
		/// The bid is above the ask.
		CrossedQuote,
		/// The spread is wider than `MaxSpread` allows.
		SpreadTooWide,
		/// The spread bound is above `MaxSpreadCeiling`.
		SpreadCeilingExceeded,
		/// The expiry is not after this block.
		QuoteExpired,
		/// The expiry is further ahead than `MaxQuoteLifetime`.
		ExpiryTooFar,
		/// The maker quotes the most assets it may.
		TooManyQuotes,
		/// The maker has no quote in that asset.
		NoQuote,
		/// The maker's ask is above the buyer's limit.
		PriceAboveLimit,
		/// The maker's bid is below the seller's limit.
		PriceBelowLimit,
		/// A maker does not trade with itself.
		OwnQuote,
		/// The buyer cannot pay that much of the asset (keeping its minimum balance unless it
		/// pays all it has).
		InsufficientPayment,
		/// The maker cannot pay that much of the asset.
		MakerCannotPay,
		/// The seller has not that much CEC free to sell.
		InsufficientCec,
		/// The trade is too small to cost anything or pay anything.
		TradeTooSmall,
		/// An amount would leave its type's range.
		Overflow,
	}

	/// Genesis: makers with their inventory, and the settlement assets whose genesis supply the
	/// ledger counts as minted.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Makers appointed at genesis, and the CEC each holds as inventory.
		pub makers: alloc::vec::Vec<(T::AccountId, Balance)>,
		/// Settlement assets created at genesis: their supply then is counted as minted.
		pub assets: alloc::vec::Vec<T::AssetId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			use fungibles::Inspect as _;
			for (maker, inventory) in &self.makers {
				assert!(!Makers::<T>::contains_key(maker), "genesis maker listed twice");
				Makers::<T>::insert(maker, BlockNumberFor::<T>::default());
				if *inventory > 0 {
					Pallet::<T>::do_add_inventory(maker.clone(), *inventory)
						.expect("genesis inventory must be free CEC of the maker");
				}
			}
			assert!(Makers::<T>::count() <= T::MaxMakers::get(), "too many genesis makers");
			for asset in &self.assets {
				assert!(T::Assets::asset_exists(*asset), "genesis asset must exist");
				let minted = T::Assets::total_issuance(*asset);
				assert!(minted <= T::MaxSupply::get(), "genesis supply above MaxSupply");
				Ledgers::<T>::insert(asset, Ledger { minted, burned: 0 });
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxMakers::get() > 0, "MaxMakers must be positive");
			assert!(T::MaxQuotedAssets::get() > 0, "MaxQuotedAssets must be positive");
			assert!(T::CecUnit::get() > 0, "CecUnit must be positive");
			assert!(
				T::DefaultMaxSpread::get() <= T::MaxSpreadCeiling::get(),
				"DefaultMaxSpread above MaxSpreadCeiling"
			);
			// Every ledger and payment sum stays far inside u128.
			assert!(T::MaxSupply::get() <= u128::MAX / 2, "MaxSupply must leave headroom");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint `maker` (governance).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint())]
		pub fn appoint(origin: OriginFor<T>, maker: AccountIdLookupOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let maker = T::Lookup::lookup(maker)?;
			Self::do_appoint(maker)
		}

		/// Dismiss `maker` (governance): its quotes go and its inventory is released to it. The
		/// deposits of the references it used stay held until they are pruned.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::dismiss(T::MaxQuotedAssets::get()))]
		pub fn dismiss(
			origin: OriginFor<T>,
			maker: AccountIdLookupOf<T>,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let maker = T::Lookup::lookup(maker)?;
			let quoted = Self::do_dismiss(maker)?;
			Ok(Some(T::WeightInfo::dismiss(quoted)).into())
		}

		/// Add `amount` of the maker's free CEC to its inventory (a hold).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_inventory())]
		pub fn add_inventory(
			origin: OriginFor<T>,
			#[pallet::compact] amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Makers::<T>::contains_key(&who), Error::<T>::NotMaker);
			Self::do_add_inventory(who, amount)
		}

		/// Take `amount` of the caller's inventory back into its free CEC (a dismissed maker too).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_inventory())]
		pub fn withdraw_inventory(
			origin: OriginFor<T>,
			#[pallet::compact] amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_inventory(who, amount)
		}

		/// Mint `amount` of `asset` to `to` against a fiat deposit whose payment reference hashes
		/// to `reference` (once per asset); a deposit of `RefDeposit` CEC is held on the maker.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::mint())]
		pub fn mint(
			origin: OriginFor<T>,
			asset: T::AssetId,
			to: AccountIdLookupOf<T>,
			#[pallet::compact] amount: Balance,
			reference: PaymentRef,
		) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			let to = T::Lookup::lookup(to)?;
			Self::do_mint(maker, asset, to, amount, reference)
		}

		/// Burn `amount` of `asset` from the maker's own balance (what a user handed back to be
		/// paid out in fiat) against the payout whose reference hashes to `reference`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(
			origin: OriginFor<T>,
			asset: T::AssetId,
			#[pallet::compact] amount: Balance,
			reference: PaymentRef,
		) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Self::do_burn(maker, asset, amount, reference)
		}

		/// Attest that the fiat reserve behind `asset` is `reserve`, with the report's CID.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::attest_reserve())]
		pub fn attest_reserve(
			origin: OriginFor<T>,
			asset: T::AssetId,
			#[pallet::compact] reserve: Balance,
			cid: Cid,
		) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Self::do_attest(maker, asset, reserve, cid)
		}

		/// Quote CEC in `asset`: buy at `bid`, sell at `ask` (units of the asset per CEC), until
		/// block `expires_at`. Replaces the maker's previous quote in that asset.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::post_quote())]
		pub fn post_quote(
			origin: OriginFor<T>,
			asset: T::AssetId,
			#[pallet::compact] bid: Balance,
			#[pallet::compact] ask: Balance,
			expires_at: BlockNumberFor<T>,
		) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			let posted_at = frame_system::Pallet::<T>::block_number();
			Self::do_post_quote(maker, asset, Quote { bid, ask, expires_at, posted_at })
		}

		/// Withdraw the maker's quote in `asset`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw_quote())]
		pub fn withdraw_quote(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Self::do_withdraw_quote(maker, asset)
		}

		/// Buy `amount` CEC from `maker` at its live ask in `asset`, paying at most `max_ask` per
		/// CEC; the CEC arrives locked.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::buy_cec())]
		pub fn buy_cec(
			origin: OriginFor<T>,
			maker: AccountIdLookupOf<T>,
			asset: T::AssetId,
			#[pallet::compact] amount: Balance,
			#[pallet::compact] max_ask: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let maker = T::Lookup::lookup(maker)?;
			Self::do_buy_cec(who, maker, asset, amount, max_ask)
		}

		/// Sell `amount` of the caller's free CEC to `maker` at its live bid in `asset`, taking at
		/// least `min_bid` per CEC.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::sell_cec())]
		pub fn sell_cec(
			origin: OriginFor<T>,
			maker: AccountIdLookupOf<T>,
			asset: T::AssetId,
			#[pallet::compact] amount: Balance,
			#[pallet::compact] min_bid: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let maker = T::Lookup::lookup(maker)?;
			Self::do_sell_cec(who, maker, asset, amount, min_bid)
		}

		/// Remove a used payment reference's record once `RefRetention` blocks have passed since
		/// its use, returning the maker's deposit (anyone may).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::prune_ref())]
		pub fn prune_ref(
			origin: OriginFor<T>,
			asset: T::AssetId,
			reference: PaymentRef,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune_ref(asset, reference)
		}

		/// Set the widest spread a quote may have (governance), at most `MaxSpreadCeiling`. It
		/// holds at once: a live quote wider than the new bound is unusable until replaced.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_max_spread())]
		pub fn set_max_spread(origin: OriginFor<T>, spread: Perbill) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(spread <= T::MaxSpreadCeiling::get(), Error::<T>::SpreadCeilingExceeded);
			MaxSpread::<T>::put(spread);
			Self::deposit_event(Event::MaxSpreadSet { spread });
			Ok(())
		}
	}
}
