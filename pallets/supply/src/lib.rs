//! # CEC supply
//!
//! One concern: how CEC comes into existence (docs/product.md §6).
//!
//! * **Genesis tranches.** Allocations that vest in steps (tech team and foundation: four equal
//!   tranches at 6/12/18/24 months; promotion: everything at 12 months) are written at genesis as
//!   `pallet-vesting` schedules that release a whole tranche in a single block. A tranche due at
//!   block `B` is a schedule starting at `B - 1` with `per_block == locked`, so the funds are
//!   locked at `B - 1` and free at `B` — not one block earlier.
//! * **Era emission.** The 32,867,216 CEC not allocated at genesis are paid as staking era rewards
//!   along a linear curve over 730 days of chain time. The pallet implements
//!   [`sp_staking::EraPayout`]: each era it pays `curve(elapsed) - emitted`, where
//!   `curve(t) = floor(EmissionTotal * min(t, EmissionPeriod) / EmissionPeriod)`. The sum of all
//!   payouts therefore telescopes to exactly `EmissionTotal` once the period has passed, whatever
//!   the era lengths were, and can never exceed it. A second guard keeps any payout within the
//!   headroom left under `IssuanceCap`.
//! * **Stakers and power.** Each era's payout is split: `StakerShare` of it is the validators'
//!   and nominators' era reward; the rest is pallet-staking's "remainder", which the runtime
//!   pays to power holders (the dividend pool). Both come out of the same curve, so the split
//!   never changes the total.
//!
//! The pallet has no dispatchable calls; its per-era cost is two storage reads and two writes,
//! accounted for inside pallet-staking's era-end weight.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::traits::{Currency, Get, VestingSchedule};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto},
	Rounding,
};

/// Balance of the supplied currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Currency<<T as frame_system::Config>::AccountId>>::Balance;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The native currency (CEC).
		type Currency: Currency<Self::AccountId>;

		/// Where genesis tranches are recorded (pallet-vesting).
		type Vesting: VestingSchedule<
			Self::AccountId,
			Moment = BlockNumberFor<Self>,
			Currency = Self::Currency,
		>;

		/// Total CEC emitted as era rewards over the whole emission period.
		#[pallet::constant]
		type EmissionTotal: Get<BalanceOf<Self>>;

		/// Length of the emission period in milliseconds of chain time.
		#[pallet::constant]
		type EmissionPeriodMillis: Get<u64>;

		/// Total issuance that no payout may push past.
		#[pallet::constant]
		type IssuanceCap: Get<BalanceOf<Self>>;

		/// The share of each era's payout that goes to validators and nominators; the rest is
		/// the era's remainder (power rewards).
		type StakerShare: Get<sp_runtime::Perbill>;
	}

	/// Chain time (ms) covered by the eras paid so far, at most `EmissionPeriodMillis`.
	#[pallet::storage]
	pub type EmissionElapsed<T> = StorageValue<_, u64, ValueQuery>;

	/// CEC promised to stakers as era rewards so far, at most `EmissionTotal`.
	#[pallet::storage]
	pub type Emitted<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An era's reward was set aside along the emission curve.
		EraEmission {
			/// CEC paid to this era's stakers.
			payout: BalanceOf<T>,
			/// Chain time covered by the emission so far (ms).
			elapsed_millis: u64,
			/// CEC emitted since genesis, this era included.
			emitted: BalanceOf<T>,
		},
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(account, [(block at which the tranche becomes free, amount)])`. The account must
		/// already hold the amounts (pallet-balances genesis runs first).
		pub tranches: Vec<(T::AccountId, Vec<(BlockNumberFor<T>, BalanceOf<T>)>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, tranches) in &self.tranches {
				for (unlock_at, amount) in tranches {
					let start = unlock_at.saturating_sub(1u32.into());
					if let Err(e) = T::Vesting::add_vesting_schedule(who, *amount, *amount, start) {
						panic!("genesis tranche for {who:?} at {unlock_at:?} rejected: {e:?}");
					}
				}
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// CEC due by the curve after `elapsed_millis` of chain time: linear, ending exactly at
		/// `EmissionTotal` when the period is over.
		pub fn curve(elapsed_millis: u64) -> BalanceOf<T> {
			let period = T::EmissionPeriodMillis::get().max(1);
			let elapsed = elapsed_millis.min(period);
			let total: u128 = T::EmissionTotal::get().unique_saturated_into();
			let due = multiply_by_rational_with_rounding(
				total,
				u128::from(elapsed),
				u128::from(period),
				Rounding::Down,
			)
			.unwrap_or(total);
			BalanceOf::<T>::unique_saturated_from(due)
		}

		/// CEC still to be emitted.
		pub fn remaining() -> BalanceOf<T> {
			T::EmissionTotal::get().saturating_sub(Emitted::<T>::get())
		}

		/// Account for one era of `era_duration_millis` and return its payout.
		pub(crate) fn pay_era(
			total_issuance: BalanceOf<T>,
			era_duration_millis: u64,
		) -> BalanceOf<T> {
			let elapsed = EmissionElapsed::<T>::get()
				.saturating_add(era_duration_millis)
				.min(T::EmissionPeriodMillis::get());
			let emitted = Emitted::<T>::get();
			let headroom = T::IssuanceCap::get().saturating_sub(total_issuance);
			let payout = Self::curve(elapsed).saturating_sub(emitted).min(headroom);
			let emitted = emitted.saturating_add(payout);
			EmissionElapsed::<T>::put(elapsed);
			Emitted::<T>::put(emitted);
			Self::deposit_event(Event::EraEmission { payout, elapsed_millis: elapsed, emitted });
			payout
		}
	}
}

impl<T: Config> sp_staking::EraPayout<BalanceOf<T>> for Pallet<T> {
	/// `StakerShare` of the era's emission to stakers, the rest as the remainder.
	fn era_payout(
		_total_staked: BalanceOf<T>,
		total_issuance: BalanceOf<T>,
		era_duration_millis: u64,
	) -> (BalanceOf<T>, BalanceOf<T>) {
		let payout = Self::pay_era(total_issuance, era_duration_millis);
		let to_stakers = T::StakerShare::get().mul_floor(payout);
		(to_stakers, payout.saturating_sub(to_stakers))
	}
}
