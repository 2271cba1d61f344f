//! The traits other pallets use this pallet through: [`Lockup`], [`Power`] and [`PreSale`].

use crate::{features::mul_div_down, *};
use cec_primitives::{Lockup, Power, PreSale};

impl<T: Config> Lockup<T::AccountId, Balance> for Pallet<T> {
	fn lock_bought(who: &T::AccountId, amount: Balance) -> DispatchResult {
		// The caller just paid `amount` out to `who`: it must be free of every freeze (the
		// existential deposit may be among it: the freeze keeps the account alive).
		ensure!(amount <= Self::unfrozen(who), Error::<T>::InsufficientAvailable);
		Self::do_lock(who.clone(), amount)
	}
}

impl<T: Config> Power<T::AccountId, Balance> for Pallet<T> {
	fn power_of(who: &T::AccountId) -> Balance {
		Locks::<T>::get(who).map(|r| Self::locked_of(&r)).unwrap_or_default()
	}

	fn total_power() -> Balance {
		mul_div_down(TotalShares::<T>::get(), Index::<T>::get(), INDEX_ONE)
	}

	fn shares_of(who: &T::AccountId) -> u128 {
		Locks::<T>::get(who).map(|r| Self::shares_now(&r)).unwrap_or_default()
	}

	fn total_shares() -> u128 {
		TotalShares::<T>::get()
	}
}

impl<T: Config> PreSale<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn ensure_eligible(who: &T::AccountId, listed_at: BlockNumberFor<T>) -> DispatchResult {
		Self::do_ensure_eligible(who, listed_at)
	}
}
