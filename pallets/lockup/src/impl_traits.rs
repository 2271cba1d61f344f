//! The traits other pallets use this pallet through: [`Lockup`], [`Power`] and [`PreSale`]; and
//! [`LargestOtherFreeze`], the [`Config::OtherFrozen`] of a runtime whose CEC is pallet-balances.

use crate::{features::mul_div_down, *};
use cec_primitives::{Lockup, Power, PreSale};
use core::marker::PhantomData;

/// [`Config::OtherFrozen`] for CEC in pallet-balances: the largest of the account's locks
/// (vesting, voting…) and of its freezes other than [`FreezeReason::Lockup`], as pallet-balances
/// keeps them (at most its `MaxLocks` and `MaxFreezes` entries: two bounded reads).
pub struct LargestOtherFreeze<T>(PhantomData<T>);
impl<T> Convert<T::AccountId, Balance> for LargestOtherFreeze<T>
where
	T: Config + pallet_balances::Config<Balance = Balance>,
	<T as pallet_balances::Config>::FreezeIdentifier: From<FreezeReason>,
{
	fn convert(who: T::AccountId) -> Balance {
		let ours: <T as pallet_balances::Config>::FreezeIdentifier = FreezeReason::Lockup.into();
		let locks = pallet_balances::Locks::<T>::get(&who).iter().map(|l| l.amount).max();
		let freezes = pallet_balances::Freezes::<T>::get(&who)
			.iter()
			.filter(|f| f.id != ours)
			.map(|f| f.amount)
			.max();
		locks.unwrap_or_default().max(freezes.unwrap_or_default())
	}
}

impl<T: Config> Lockup<T::AccountId, Balance> for Pallet<T> {
	fn lock_bought(who: &T::AccountId, amount: Balance) -> DispatchResult {
		// The caller just paid `amount` out to `who`: it is free, whatever else is frozen.
		ensure!(
			amount <= <T::Currency as fungible::Inspect<_>>::balance(who),
			Error::<T>::InsufficientAvailable
		);
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
