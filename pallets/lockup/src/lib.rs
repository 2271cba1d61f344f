//! # Lockup and drip
//!
//! Bought CEC is locked and drips free day by day; only locked CEC has power; long holders come
//! first; holders resell what has dripped free on a C2C market close to the reference price.
//! Nothing here loops over holders, listings or days: every call and every block costs the same
//! whether there are ten holders or a hundred thousand.
//!
//! - **Locking.** A lock is a freeze ([`FreezeReason::Lockup`]) on the holder's own balance,
//!   never a transfer. A holder locks its own free CEC with [`Pallet::lock`]; other pallets (the
//!   market maker, this pallet's C2C market) lock what they sell through
//!   [`cec_primitives::Lockup::lock_bought`].
//! - **Drip.** At each day close (every [`LockupParams::day_length`] blocks, in `on_initialize`)
//!   the same share of every lock — between [`LockupParams::min_rate`] and
//!   [`LockupParams::max_rate`], linear in the day's activity (successful signed extrinsics,
//!   counted by the [`PrioritiseHolders`] transaction extension) against
//!   [`LockupParams::activity_target`] — becomes unlockable. One number changes: the drip index
//!   ([`Index`]). A holder's locked CEC is its base amount times the index now over the index at
//!   its snapshot, rounded down, computed when it is read ([`LockRecord`]): exact and O(1)
//!   whatever the number of days since. [`Pallet::unlock`] lowers the freeze by what has dripped.
//! - **Power.** Only locked CEC has power ([`cec_primitives::Power`]). Each holder's power shares
//!   are fixed when it locks, because the drip scales every lock alike; the total power is the
//!   total shares times the index.
//! - **C2C market.** A holder lists unlockable or free CEC for a settlement asset at a price
//!   within [`LockupParams::band`] of the reference price ([`cec_primitives::ReferencePrice`]);
//!   the listed CEC is held ([`HoldReason::Listing`]) and stays inside the freeze. A KYC-verified
//!   buyer buys all or part of a listing by its id, pays the price plus
//!   [`LockupParams::fee`] in the asset, and the CEC arrives locked. A listing the reference price
//!   has left behind cannot be bought, and anyone may cancel it.
//! - **Coin-days.** Each lock keeps the amount-weighted block its CEC was locked at
//!   ([`LockRecord::since`]); coin-days are locked CEC times days since. Long holders' transactions
//!   get a bounded pool priority ([`PrioritiseHolders`]); rare items sell first to holders whose
//!   coin-days reach a threshold falling to zero over the pre-sale window
//!   ([`cec_primitives::PreSale`]).
//! - **Parameters** are set by [`Config::GovernanceOrigin`] with [`Pallet::set_params`],
//!   validated, each change an event.
//!
//! Storage a signed origin creates: a lock record is created only by locking at least
//! [`Config::MinLock`] CEC, which stays frozen on the holder until it has all dripped and been
//! unlocked, when the record goes; a listing holds [`Config::ListingDeposit`] CEC until it closes.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
mod features;
mod impl_traits;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use extension::PrioritiseHolders;
pub use types::*;
pub use weights::WeightInfo;

use cec_primitives::{KycCheck, PowerObserver, ReferencePrice, RevenueSink};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible, fungibles},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{Convert, Saturating, Zero},
	Perbill,
};

/// CEC amounts (planck).
pub type Balance = u128;
/// The parameters of this runtime.
pub type ParamsOf<T> = LockupParams<BlockNumberFor<T>, Balance>;
/// A lock record of this runtime.
pub type LockRecordOf<T> = LockRecord<Balance, BlockNumberFor<T>>;
/// A listing of this runtime.
pub type ListingOf<T> =
	Listing<<T as frame_system::Config>::AccountId, <T as Config>::AssetId, Balance>;

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId> {
	/// A settlement asset with a reference price, which `create_asset` makes exist.
	fn asset() -> AssetId;
	/// Make [`Self::asset`] exist and give it reference price `price`.
	fn set_price(price: Balance);
	/// Give `who` `amount` of [`Self::asset`].
	fn fund_asset(who: &AccountId, amount: Balance);
	/// Make `who` pass the KYC check for trade.
	fn verify(who: &AccountId);
}

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The lockup pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet freezes CEC.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// Locked CEC, what has dripped and is not yet unlocked, and CEC on C2C listings.
		Lockup,
	}

	/// Why this pallet holds CEC.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// CEC for sale on a C2C listing.
		Listing,
		/// The storage deposit of a C2C listing.
		ListingDeposit,
	}

	/// Configuration of the lockup pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// CEC: freezes for locks, holds for listings, transfers for sales.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's freeze reasons.
		type RuntimeFreezeReason: From<FreezeReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The id of a settlement asset.
		type AssetId: Parameter + MaxEncodedLen + Copy;
		/// Settlement assets (fiat-backed) C2C buyers pay in.
		type Assets: fungibles::Mutate<Self::AccountId, AssetId = Self::AssetId, Balance = Balance>;
		/// The reference price of CEC in each settlement asset.
		type Price: ReferencePrice<Self::AssetId, Balance>;
		/// The KYC gate buyers and sellers pass.
		type Kyc: KycCheck<Self::AccountId>;
		/// The least KYC level a C2C buyer or seller needs.
		type MinKycLevel: Get<u8>;
		/// CEC of an account another pallet keeps frozen that must not also back a lock: the
		/// unvested part of an allocation, which has no power. pallet-balances lets freezes
		/// overlap (it enforces only the largest), so the lockup's freeze is set to its own part
		/// plus this, and `lock` and `list` take only CEC above both.
		type OtherFrozen: Convert<Self::AccountId, Balance>;
		/// Where C2C fees go: the platform's revenue account.
		type Revenue: RevenueSink<Self::AccountId, Self::AssetId, Balance>;
		/// Told of every change of a holder's power shares and of every day close (the dividend
		/// pool).
		type Observer: PowerObserver<Self::AccountId>;
		/// Sets the parameters.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The parameters before governance first sets them.
		type DefaultParams: Get<ParamsOf<Self>>;
		/// The fastest daily drip governance may set (below 100 %).
		type MaxDripRate: Get<Perbill>;
		/// The shortest day governance may set, in blocks.
		type MinDayLength: Get<BlockNumberFor<Self>>;
		/// The widest C2C band governance may set.
		type MaxBand: Get<Perbill>;
		/// The highest C2C fee governance may set.
		type MaxFee: Get<Perbill>;
		/// The least CEC that opens a lock record.
		type MinLock: Get<Balance>;
		/// The least CEC a listing offers.
		type MinListing: Get<Balance>;
		/// CEC held for a listing's storage.
		type ListingDeposit: Get<Balance>;
		/// The most listings one account has open.
		type MaxListingsPerAccount: Get<u32>;
		/// The most listings open in all.
		type MaxListings: Get<u32>;
		/// How many closed days [`Days`] keeps.
		type DayHistory: Get<u32>;
		/// Pool priority a qualifying holder's transaction gains per day of holding.
		type PriorityPerDay: Get<TransactionPriority>;
		/// Days of holding after which the priority stops rising.
		type MaxPriorityDays: Get<u32>;
		/// Planck in one CEC (prices are per whole CEC).
		type CecUnit: Get<Balance>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Set-up for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::AssetId>;
	}

	/// The parameters in force.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, ParamsOf<T>, ValueQuery, T::DefaultParams>;

	/// The number of the day under way.
	#[pallet::storage]
	pub type CurrentDay<T: Config> = StorageValue<_, DayIndex, ValueQuery>;

	/// The block the day under way started at.
	#[pallet::storage]
	pub type DayStart<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Successful signed extrinsics so far in the day under way.
	#[pallet::storage]
	pub type DayActivity<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// [`INDEX_ONE`] before the first day close.
	#[pallet::type_value]
	pub fn IndexAtGenesis() -> DripIndex {
		INDEX_ONE
	}

	/// The drip index now, in era [`CurrentEra`].
	#[pallet::storage]
	pub type Index<T: Config> = StorageValue<_, DripIndex, ValueQuery, IndexAtGenesis>;

	/// The index era under way.
	#[pallet::storage]
	pub type CurrentEra<T: Config> = StorageValue<_, EraIndex, ValueQuery>;

	/// The last index of each ended era (one entry per era; an era lasts years).
	#[pallet::storage]
	pub type EraEnds<T: Config> = StorageMap<_, Twox64Concat, EraIndex, DripIndex>;

	/// The last [`Config::DayHistory`] closed days.
	#[pallet::storage]
	pub type Days<T: Config> = StorageMap<_, Twox64Concat, DayIndex, DayRecord>;

	/// Each holder's lock.
	#[pallet::storage]
	pub type Locks<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LockRecordOf<T>>;

	/// The sum of every holder's power shares, in era [`CurrentEra`].
	#[pallet::storage]
	pub type TotalShares<T: Config> = StorageValue<_, u128, ValueQuery>;

	/// The sum of every holder's lockup freeze.
	#[pallet::storage]
	pub type TotalFrozen<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// Open C2C listings.
	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Twox64Concat, ListingId, ListingOf<T>>;

	/// The id the next listing gets.
	#[pallet::storage]
	pub type NextListingId<T: Config> = StorageValue<_, ListingId, ValueQuery>;

	/// How many listings are open.
	#[pallet::storage]
	pub type ListingCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Events of the lockup pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// CEC was locked: frozen on the holder, with power.
		Locked {
			/// The holder.
			who: T::AccountId,
			/// How much more is locked.
			amount: Balance,
		},
		/// Dripped CEC was unlocked: it is the holder's to spend.
		Unlocked {
			/// The holder.
			who: T::AccountId,
			/// How much.
			amount: Balance,
		},
		/// A day closed: `rate` of every lock dripped free.
		DayClosed {
			/// The day that closed.
			day: DayIndex,
			/// Its successful signed extrinsics.
			activity: u32,
			/// The share of every lock that dripped.
			rate: Perbill,
		},
		/// The drip index started a new era (it had fallen below [`ERA_FLOOR`]).
		EraStarted {
			/// The new era.
			era: EraIndex,
		},
		/// CEC was listed on the C2C market.
		Listed {
			/// The listing.
			id: ListingId,
			/// The seller.
			seller: T::AccountId,
			/// The asset the seller is paid in.
			asset: T::AssetId,
			/// CEC offered.
			amount: Balance,
			/// Units of the asset per CEC.
			price: Balance,
		},
		/// A listing was cancelled; its CEC is the seller's again, free.
		ListingCancelled {
			/// The listing.
			id: ListingId,
			/// Who cancelled it (the seller, or anyone for a stale listing).
			by: T::AccountId,
		},
		/// CEC was bought on the C2C market; it arrived locked.
		Bought {
			/// The listing.
			id: ListingId,
			/// The buyer.
			buyer: T::AccountId,
			/// CEC bought.
			amount: Balance,
			/// What the seller was paid, in the listing's asset.
			cost: Balance,
			/// The fee the buyer paid on top, to the revenue account.
			fee: Balance,
		},
		/// A holder's freeze was set again to follow what else is frozen on it.
		Refreshed {
			/// The holder.
			who: T::AccountId,
			/// Its lockup freeze now.
			frozen: Balance,
		},
		/// Governance set new parameters.
		ParamsSet {
			/// The parameters now in force.
			params: ParamsOf<T>,
		},
	}

	/// Errors of the lockup pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The amount must be more than nothing.
		ZeroAmount,
		/// A new lock must be at least `MinLock`.
		BelowMinimumLock,
		/// Not that much CEC is available: free, and neither locked, frozen otherwise nor held.
		InsufficientAvailable,
		/// Not that much has dripped free to unlock.
		InsufficientUnlockable,
		/// The account has no lock record.
		NoLock,
		/// There is no reference price for that asset.
		NoReferencePrice,
		/// The price is outside the band around the reference price.
		PriceOutOfBand,
		/// A listing must offer at least `MinListing`.
		BelowMinimumListing,
		/// The account has the most listings open it may.
		TooManyListings,
		/// The market has the most listings open it may.
		MarketFull,
		/// No such listing.
		UnknownListing,
		/// Only the seller may cancel a listing that is not stale.
		NotSeller,
		/// A seller cannot buy its own listing.
		OwnListing,
		/// The listing offers less than that.
		MoreThanListed,
		/// The reference price has moved and left the listing's price out of the band.
		StaleListing,
		/// The buyer cannot pay the price and the fee in the listing's asset and keep the
		/// asset's minimum balance.
		InsufficientPayment,
		/// The pre-sale of this rare item is open only to holders with more coin-days so far.
		NotYetEligible,
		/// `min_rate` must not exceed `max_rate`, nor `max_rate` `MaxDripRate`.
		RateBoundsInvalid,
		/// The activity target must be more than zero.
		ZeroActivityTarget,
		/// The day must be at least `MinDayLength` blocks.
		DayTooShort,
		/// The band must not exceed `MaxBand`.
		BandTooWide,
		/// The fee must not exceed `MaxFee`.
		FeeTooHigh,
		/// An amount would leave its type's range.
		Overflow,
	}

	/// Genesis: initial locks, and the day length if not the default's.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// CEC locked at genesis (coin-days count from block 0): holder and amount.
		pub locks: alloc::vec::Vec<(T::AccountId, Balance)>,
		/// Blocks in a day, if not the default parameters' (a dev chain shortens it).
		pub day_length: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(day_length) = self.day_length {
				let mut p = Params::<T>::get();
				p.day_length = day_length;
				Pallet::<T>::validate_params(&p).expect("genesis day length valid");
				Params::<T>::put(p);
			}
			for (who, amount) in &self.locks {
				Pallet::<T>::do_lock(who.clone(), *amount).expect("genesis lock valid");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			if Self::day_due(now) {
				let observed = Self::close_day(now);
				T::WeightInfo::on_initialize_day_close(100_000).saturating_add(observed)
			} else {
				T::WeightInfo::on_initialize_idle(100_000)
			}
		}

		fn integrity_test() {
			assert!(T::MaxDripRate::get() < Perbill::one(), "MaxDripRate must be below 100 %");
			assert!(T::MinLock::get() > 0 && T::CecUnit::get() > 0);
			Self::validate_params(&T::DefaultParams::get()).expect("default parameters valid");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Lock `amount` of the caller's available CEC: it is frozen, has power, drips free by
		/// the day and starts counting coin-days.
		///
		/// Origin must be signed. Fails with `ZeroAmount`, `InsufficientAvailable` (more than
		/// the free CEC that no lock, freeze or hold covers), `BelowMinimumLock` (a first lock
		/// below `MinLock`) or `Overflow`.
		///
		/// Emits `Locked`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::lock().saturating_add(Pallet::<T>::era_reads()).saturating_add(T::Observer::shares_changed_weight()))]
		pub fn lock(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(amount <= Self::available(&who), Error::<T>::InsufficientAvailable);
			Self::do_lock(who, amount)
		}

		/// Unlock `amount` of what has dripped free: the freeze drops by `amount`, and the CEC is
		/// the caller's to spend. The record goes once nothing is left in it.
		///
		/// Origin must be signed. Fails with `ZeroAmount` or `InsufficientUnlockable`.
		///
		/// Emits `Unlocked`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unlock(365, 100_000).saturating_add(Pallet::<T>::era_reads()).saturating_add(T::Observer::shares_changed_weight()))]
		pub fn unlock(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unlock(who, amount)
		}

		/// List `amount` CEC for sale in `asset` at `price` units of the asset per CEC. What has
		/// dripped free is listed first, then free CEC; either way it is held and stays frozen
		/// until sold or the listing is cancelled. Holds `ListingDeposit` CEC until the listing
		/// closes.
		///
		/// Origin must be signed by a KYC-verified account. Fails with the KYC error,
		/// `BelowMinimumListing`, `NoReferencePrice`, `PriceOutOfBand`, `TooManyListings`,
		/// `MarketFull`, `InsufficientAvailable` or `Overflow`.
		///
		/// Emits `Listed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::list().saturating_add(Pallet::<T>::era_reads()))]
		pub fn list(
			origin: OriginFor<T>,
			asset: T::AssetId,
			#[pallet::compact] amount: Balance,
			#[pallet::compact] price: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_list(who, asset, amount, price)
		}

		/// Cancel listing `id`: its CEC and deposit are the seller's again, free. The seller may
		/// cancel any time; anyone may cancel a stale listing (the reference price has left its
		/// price out of the band, or is gone).
		///
		/// Origin must be signed. Fails with `UnknownListing` or `NotSeller`.
		///
		/// Emits `ListingCancelled`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel().saturating_add(Pallet::<T>::era_reads()).saturating_add(T::Observer::shares_changed_weight()))]
		pub fn cancel(origin: OriginFor<T>, id: ListingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, id)
		}

		/// Buy `amount` CEC of listing `id`: the buyer pays the price (rounded up to the asset's
		/// smallest unit) to the seller and the fee on top to the revenue account, in the
		/// listing's asset; the CEC arrives locked.
		///
		/// Origin must be signed by a KYC-verified account. Fails with the KYC error,
		/// `ZeroAmount`, `UnknownListing`, `OwnListing`, `MoreThanListed`, `StaleListing`,
		/// `BelowMinimumLock` (a buyer's first lock below `MinLock`), `InsufficientPayment` or
		/// `Overflow`.
		///
		/// Emits `Bought` and `Locked`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::buy(T::MaxListings::get()).saturating_add(Pallet::<T>::era_reads()).saturating_add(T::Observer::shares_changed_weight().saturating_mul(2)).saturating_add(T::Revenue::note_weight()))]
		pub fn buy(
			origin: OriginFor<T>,
			id: ListingId,
			#[pallet::compact] amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_buy(who, id, amount)
		}

		/// Set the parameters. Takes effect at once; a new day length counts from the start of
		/// the day under way.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `RateBoundsInvalid`,
		/// `ZeroActivityTarget`, `DayTooShort`, `BandTooWide` or `FeeTooHigh`.
		///
		/// Emits `ParamsSet`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: ParamsOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::validate_params(&params)?;
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}

		/// Set `who`'s lockup freeze again: its record's part plus what else is frozen on it now
		/// (`OtherFrozen`, e.g. an allocation still vesting). Once vesting releases CEC, this
		/// lets it go; anyone may call it for anyone, since it only brings the freeze to what the
		/// rules say.
		///
		/// Origin must be signed. Fails with `NoLock`.
		///
		/// Emits `Refreshed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::refresh().saturating_add(Pallet::<T>::era_reads()).saturating_add(T::Observer::shares_changed_weight()))]
		pub fn refresh(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_refresh(who)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// What settling a lock across ended eras reads beyond the benchmarks' single era: up to
	/// four era ends (the record's, and three whole eras).
	pub fn era_reads() -> Weight {
		T::DbWeight::get().reads(4)
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Refuse parameters out of range, with the error naming which.
	pub fn validate_params(p: &ParamsOf<T>) -> DispatchResult {
		ensure!(
			p.min_rate <= p.max_rate && p.max_rate <= T::MaxDripRate::get(),
			Error::<T>::RateBoundsInvalid
		);
		ensure!(p.activity_target > 0, Error::<T>::ZeroActivityTarget);
		ensure!(p.day_length >= T::MinDayLength::get(), Error::<T>::DayTooShort);
		ensure!(p.band <= T::MaxBand::get(), Error::<T>::BandTooWide);
		ensure!(p.fee <= T::MaxFee::get(), Error::<T>::FeeTooHigh);
		Ok(())
	}

	/// Free CEC of `who` that nothing covers: the free balance less the largest other lock or
	/// freeze, less the lockup's own freeze (listed CEC aside: it is held, not free), less the
	/// existential deposit. Freezes count one on top of the other here, though pallet-balances
	/// lets them overlap, so vested CEC cannot be locked again for power.
	pub fn available(who: &T::AccountId) -> Balance {
		let ed = <T::Currency as fungible::Inspect<_>>::minimum_balance();
		Self::unfrozen(who).saturating_sub(ed)
	}

	/// Free CEC of `who` that no freeze covers: [`Self::available`] with the existential deposit
	/// counted in (a freeze keeps the account alive).
	pub(crate) fn unfrozen(who: &T::AccountId) -> Balance {
		let free = <T::Currency as fungible::Inspect<_>>::balance(who);
		let own = Locks::<T>::get(who)
			.map(|r| Self::frozen_of(&r).saturating_sub(r.listed))
			.unwrap_or_default();
		free.saturating_sub(T::OtherFrozen::convert(who.clone()).saturating_add(own))
	}
}
