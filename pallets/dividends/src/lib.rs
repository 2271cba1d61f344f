//! # Daily dividend pool
//!
//! Platform revenue comes back to CEC holders every day, by rule and on chain.
//!
//! - **Revenue.** Every platform fee (the escrow's trade fee, the C2C fee, the transaction fees
//!   the block author does not keep, later the market maker's, insurance's and crowdfunding's) is
//!   paid into one revenue account, this pallet's ([`Config::PalletId`]), and noted through
//!   [`cec_primitives::RevenueSink`]. Revenue in a settlement asset stays in that asset: up to
//!   [`Config::MaxAssets`] revenue assets have a pool each ([`Pools`]): CEC's from genesis, the
//!   others opened by governance ([`Pallet::open_pool`]) or at genesis. Revenue in an asset
//!   without a pool goes straight to the buy-back/operations account.
//! - **Settled into CEC.** At the day close, each settlement asset's revenue of the day is first
//!   sold to a market maker at its quote ([`Config::Converter`]: the maker with the lowest live
//!   ask that can deliver the CEC for all of it): the CEC bought joins the day's CEC revenue, so
//!   holders are paid in CEC and the buy-back share is CEC bought back. When no maker can take
//!   it (no live quote, too little inventory), that asset's revenue is paid out in the asset
//!   itself that day, as below.
//! - **Day close.** When the lockup pallet closes its day it tells this pallet
//!   ([`cec_primitives::PowerObserver::day_closed`]). For each pool, [`DividendParams::dividend_share`]
//!   (70 %) of the day's revenue plus the day's power rewards (the power share of the emission)
//!   becomes the day's dividend, and [`DividendParams::buyback_share`] goes to
//!   [`Config::BuybackAccount`]. The dividend is spread over the power shares held through the
//!   whole day by one number per pool: the reward per share ([`Pool::acc`]) grows by
//!   `dividend / shares`.
//! - **Pro rata to power, the next day.** The lockup pallet reports each holder's power shares
//!   when they change ([`cec_primitives::PowerObserver::shares_changed`]). Shares that come in
//!   during a day are *pending*: they earn from that day's close on, so locking just before a
//!   close gains nothing. Shares that leave during a day are no longer counted at its close: that
//!   day is lost. A holder claims with [`Pallet::claim`], any day after; nothing expires.
//! - **Pull, O(1).** Nothing here loops over holders or days. A holder's account is brought up to
//!   date when it is touched, from the reward per share recorded at the closes it spans: its own
//!   last one, the close its pending shares joined at, the share eras that ended (once in
//!   thousands of days) and now. A claim after one unclaimed day or after a year costs the same.
//! - **Dust.** A day's dividend that does not divide evenly by the shares is carried, in units of
//!   `10^-36` planck, to the next day ([`Pool::carry`]); a day nobody held power through carries
//!   all of it. A claim pays whole planck; the fraction stays owed to the holder; when a holder's
//!   account closes, its fraction goes to the next day's dividend. Only a share-era change loses
//!   precision to holders (each holder's shares are rounded down as the total is): that dust stays
//!   in the pool.
//!
//! Parameters are set by [`Config::GovernanceOrigin`] with [`Pallet::set_params`].
//!
//! Storage a signed origin creates: a holder account opens with a lock record of the lockup
//! pallet (at least its `MinLock` frozen) and closes when the holder has no shares and nothing to
//! claim; the pallet's other storage is one value per revenue asset and one record per closed day.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_traits;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use frame_support::{
	pallet_prelude::*,
	traits::{fungibles, tokens::Preservation},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::AccountIdConversion;

/// Amounts of CEC and of settlement assets (their smallest units).
pub type Balance = u128;
/// A holder account of this runtime.
pub type HolderOf<T> = Holder<<T as Config>::MaxAssets>;
/// A revenue asset's pool of this runtime.
pub type PoolOf<T> = Pool<<T as Config>::AssetKind, Balance>;
/// A closed day of this runtime.
pub type DayRecordOf<T> = DayRecord<<T as Config>::AssetKind, Balance, <T as Config>::MaxAssets>;
/// One asset's close of this runtime.
pub type AssetDayOf<T> = AssetDay<<T as Config>::AssetKind, Balance>;

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetKind> {
	/// The `i`-th of [`Config::MaxAssets`] distinct revenue assets, which `endow` can pay.
	fn asset(i: u32) -> AssetKind;
	/// Give `who` `amount` of `asset` (creating the asset if need be).
	fn endow(asset: &AssetKind, who: &AccountId, amount: Balance);
}

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The dividend pool pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the dividend pool.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// CEC or a settlement asset.
		type AssetKind: Parameter
			+ MaxEncodedLen
			+ Clone
			+ Eq
			+ sp_runtime::traits::MaybeSerializeDeserialize;
		/// CEC and the settlement assets, paid out of the revenue account.
		type Assets: fungibles::Mutate<
			Self::AccountId,
			AssetId = Self::AssetKind,
			Balance = Balance,
		>;
		/// CEC: power rewards are in it, and the revenue account keeps its existential deposit.
		type NativeAsset: Get<Self::AssetKind>;
		/// Buys CEC with each day's revenue in a settlement asset at the day close (a market
		/// maker at its quote), so holders are paid in CEC; `()` keeps revenue in its asset.
		type Converter: cec_primitives::RevenueConverter<Self::AccountId, Self::AssetKind, Balance>;
		/// The lockup pallet's power: the day record shows the total.
		type Power: cec_primitives::Power<Self::AccountId, Balance>;
		/// The revenue account's id (`modl` + these 8 bytes).
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Where the buy-back/operations share goes.
		type BuybackAccount: Get<Self::AccountId>;
		/// Sets the parameters.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The most revenue assets with a pool of their own.
		#[pallet::constant]
		type MaxAssets: Get<u32>;
		/// Planck in one CEC (the day record's rate is per whole CEC of power).
		#[pallet::constant]
		type CecUnit: Get<Balance>;
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Set-up for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::AssetKind>;
	}

	/// The parameters in force.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, DividendParams, ValueQuery>;

	/// Each revenue asset's pool, in the order they were opened (a pool never goes).
	#[pallet::storage]
	pub type Pools<T: Config> = StorageValue<_, BoundedVec<PoolOf<T>, T::MaxAssets>, ValueQuery>;

	/// How many days have closed: the number of the day under way.
	#[pallet::storage]
	pub type Today<T: Config> = StorageValue<_, DayIndex, ValueQuery>;

	/// The share era under way (the lockup's).
	#[pallet::storage]
	pub type Era<T: Config> = StorageValue<_, EraIndex, ValueQuery>;

	/// Each ended share era: shares carried on as `shares × end / one`, at the close after which
	/// `closes` days had closed.
	#[pallet::storage]
	pub type EraEnds<T: Config> = StorageMap<_, Twox64Concat, EraIndex, (u128, u128, DayIndex)>;

	/// Shares held since the start of the day under way: the next close pays them.
	#[pallet::storage]
	pub type Eligible<T: Config> = StorageValue<_, u128, ValueQuery>;

	/// Shares that came in during the day under way: they earn from its close on.
	#[pallet::storage]
	pub type Pending<T: Config> = StorageValue<_, u128, ValueQuery>;

	/// How many holder accounts hold shares (eligible or pending). When none does, whatever
	/// share-era rounding left in [`Eligible`] and [`Pending`] is cleared at the close, so that a
	/// day nobody held power through carries its dividend rather than paying shares nobody has.
	#[pallet::storage]
	pub type ShareHolders<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Every closed day (kept: holders bring their accounts up to date from them).
	#[pallet::storage]
	pub type Days<T: Config> = StorageMap<_, Twox64Concat, DayIndex, DayRecordOf<T>>;

	/// Each holder's account.
	#[pallet::storage]
	pub type Holders<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, HolderOf<T>>;

	/// Events of the dividend pool.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Platform revenue was paid into the revenue account.
		RevenueNoted {
			/// The asset.
			asset: T::AssetKind,
			/// How much.
			amount: Balance,
		},
		/// Revenue in an asset without a pool went straight to the buy-back/operations account.
		RevenueForwarded {
			/// The asset.
			asset: T::AssetKind,
			/// How much.
			amount: Balance,
		},
		/// The power share of the emission was paid into the revenue account for holders.
		PowerRewardNoted {
			/// CEC.
			amount: Balance,
		},
		/// At the day close a settlement asset's revenue bought CEC from a market maker: it is
		/// the day's CEC revenue now (split and paid as CEC).
		RevenueConverted {
			/// The settlement asset.
			asset: T::AssetKind,
			/// How much of it was sold: the day's revenue in it.
			amount: Balance,
			/// The CEC it bought.
			cec: Balance,
		},
		/// A day closed: its dividend was given to the power held through it.
		DayClosed {
			/// The day.
			day: DayIndex,
			/// The power shares held through the day (those paid).
			shares: u128,
			/// The total power at the close.
			power: Balance,
			/// Per revenue asset: revenue, rewards, dividend, buy-back share and the rate per CEC
			/// of power.
			assets: BoundedVec<AssetDayOf<T>, T::MaxAssets>,
		},
		/// A holder claimed its dividends.
		Claimed {
			/// The holder.
			who: T::AccountId,
			/// What it was paid, per asset.
			payouts: BoundedVec<(T::AssetKind, Balance), T::MaxAssets>,
		},
		/// Governance set new parameters.
		ParamsSet {
			/// The parameters now in force.
			params: DividendParams,
		},
		/// Governance opened a pool: revenue in the asset is paid to holders from now on.
		PoolOpened {
			/// The asset.
			asset: T::AssetKind,
		},
	}

	/// Errors of the dividend pool.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller has no power and nothing to claim.
		NoPower,
		/// The caller's power came in during the day under way: it earns from its close on.
		DayNotClosed,
		/// The caller already claimed everything up to the last close.
		AlreadyClaimed,
		/// No dividend has come to the caller since its last claim (days without revenue).
		NothingToClaim,
		/// The dividend and buy-back shares must add up to 100 %.
		SharesNotWhole,
		/// Nothing owed could be paid now: the caller cannot receive the asset (below its
		/// minimum balance, frozen), or paying would leave the revenue account below the asset's
		/// minimum. It stays owed.
		CannotPay,
		/// The asset has a pool already.
		PoolExists,
		/// Every one of [`Config::MaxAssets`] pools is open.
		TooManyPools,
	}

	/// Genesis: CEC's pool is opened first, then one for each of `pools`.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The settlement assets whose revenue is paid to holders from genesis.
		pub pools: alloc::vec::Vec<T::AssetKind>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::open_native_pool();
			for asset in &self.pools {
				assert!(
					Pallet::<T>::do_open_pool(asset.clone()).is_ok(),
					"genesis pools: one per asset, at most MaxAssets with CEC's"
				);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAssets::get() > 0 && T::CecUnit::get() > 0);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Claim every dividend the caller's power has earned up to the last day close, in each
		/// revenue asset.
		///
		/// Origin must be signed. Fails with `NoPower` (no shares, nothing owed), `DayNotClosed`
		/// (its shares came in during the day under way), `AlreadyClaimed` (claimed already
		/// since the last close), `NothingToClaim` or `CannotPay` (what is owed cannot be paid
		/// now; it stays owed). An asset that cannot be paid now stays owed while the others are
		/// paid.
		///
		/// Emits `Claimed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::claim(100_000, 365).saturating_add(Pallet::<T>::segment_reads()))]
		pub fn claim(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who)
		}

		/// Set how each day's revenue is split; takes effect at the next close.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `SharesNotWhole`.
		///
		/// Emits `ParamsSet`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: DividendParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(
				params.dividend_share.deconstruct().checked_add(params.buyback_share.deconstruct())
					== Some(sp_runtime::Perbill::one().deconstruct()),
				Error::<T>::SharesNotWhole
			);
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}

		/// Open a pool for `asset`: from the next revenue in it on, 70 % (the dividend share) of
		/// its revenue is paid to holders in that asset rather than all forwarded to the
		/// buy-back/operations account. A pool is never closed (holders' accounts keep their
		/// place in it), and at most [`Config::MaxAssets`] exist, CEC's among them: so the few
		/// slots are governance's to give, not the first trader's in a new asset.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `PoolExists` or `TooManyPools`.
		///
		/// Emits `PoolOpened`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::open_pool())]
		pub fn open_pool(origin: OriginFor<T>, asset: T::AssetKind) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_open_pool(asset)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The revenue account (also the pool's).
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Pay `amount` of a pool's asset out of the revenue account to `to`, keeping the account
	/// alive (its existential deposit in CEC, its pool's reserve in a settlement asset, so that
	/// pallet-assets never sweeps money the pools account for); `false`, and nothing moved, if
	/// `to` cannot receive it now.
	pub(crate) fn pay(asset: &T::AssetKind, to: &T::AccountId, amount: Balance) -> bool {
		Self::pay_with(asset, to, amount, Preservation::Preserve)
	}

	/// [`Self::pay`] with the given preservation.
	pub(crate) fn pay_with(
		asset: &T::AssetKind,
		to: &T::AccountId,
		amount: Balance,
		preservation: Preservation,
	) -> bool {
		let account = Self::account_id();
		frame_support::storage::with_storage_layer(|| {
			<T::Assets as fungibles::Mutate<_>>::transfer(
				asset.clone(),
				&account,
				to,
				amount,
				preservation,
			)
		})
		.is_ok()
	}

	/// What bringing an account across share eras reads beyond the benchmarks' path (which
	/// crosses a pending promotion): two reads for each of up to [`features::MAX_SEGMENTS`]
	/// segments.
	pub fn segment_reads() -> Weight {
		T::DbWeight::get().reads(2 * features::MAX_SEGMENTS as u64)
	}
}

sp_api::decl_runtime_apis! {
	/// Queries of the dividend pool.
	pub trait DividendsApi<AccountId, AssetKind, Balance, Day> where
		AccountId: codec::Codec,
		AssetKind: codec::Codec,
		Balance: codec::Codec,
		Day: codec::Codec,
	{
		/// What `who` could claim now, per revenue asset.
		fn claimable(who: AccountId) -> alloc::vec::Vec<(AssetKind, Balance)>;
		/// A closed day's record.
		fn day(day: u32) -> Option<Day>;
		/// The number of the day under way (how many days have closed).
		fn today() -> u32;
	}
}
