//! Coin-days: transaction priority and the rare-item pre-sale.

use crate::*;
use sp_runtime::traits::UniqueSaturatedInto;

impl<T: Config> Pallet<T> {
	/// Blocks since the record's amount-weighted lock block.
	fn age(r: &LockRecordOf<T>) -> u128 {
		Self::now().saturating_sub(r.since).unique_saturated_into()
	}

	/// `who`'s coin-days now: locked CEC (planck) times days held (the amount-weighted age in
	/// blocks over the day length), rounded down. 0 without a lock.
	pub fn coin_days(who: &T::AccountId) -> u128 {
		let Some(r) = Locks::<T>::get(who) else { return 0 };
		let day: u128 = Params::<T>::get().day_length.unique_saturated_into();
		Self::locked_of(&r).saturating_mul(Self::age(&r)).checked_div(day).unwrap_or_default()
	}

	/// The pool priority `who`'s signed transactions gain: [`Config::PriorityPerDay`] per whole
	/// day held, up to [`Config::MaxPriorityDays`], if at least `min_priority_lock` is locked.
	pub fn holder_priority(who: &T::AccountId) -> TransactionPriority {
		let Some(r) = Locks::<T>::get(who) else { return 0 };
		let p = Params::<T>::get();
		if Self::locked_of(&r) < p.min_priority_lock {
			return 0;
		}
		let day: u128 = p.day_length.unique_saturated_into();
		let days = Self::age(&r).checked_div(day).unwrap_or_default();
		let days = days.min(T::MaxPriorityDays::get() as u128) as u64;
		T::PriorityPerDay::get().saturating_mul(days)
	}

	/// The coin-days a buyer needs now in the pre-sale of a rare item listed at `listed_at`:
	/// `presale_top_score` at listing, falling linearly to zero over `presale_window`; `None`
	/// once the window has passed (everyone may buy).
	pub fn presale_threshold(listed_at: BlockNumberFor<T>) -> Option<u128> {
		let p = Params::<T>::get();
		let elapsed = Self::now().saturating_sub(listed_at);
		if elapsed >= p.presale_window {
			return None;
		}
		let window: u128 = p.presale_window.unique_saturated_into();
		let left: u128 = p.presale_window.saturating_sub(elapsed).unique_saturated_into();
		Some(crate::features::mul_div_down(p.presale_top_score, left, window))
	}

	/// Refuse `who` during the pre-sale of an item listed at `listed_at` unless its coin-days
	/// reach the threshold.
	pub(crate) fn do_ensure_eligible(
		who: &T::AccountId,
		listed_at: BlockNumberFor<T>,
	) -> DispatchResult {
		if let Some(threshold) = Self::presale_threshold(listed_at) {
			ensure!(Self::coin_days(who) >= threshold, Error::<T>::NotYetEligible);
		}
		Ok(())
	}
}
