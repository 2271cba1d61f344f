//! Read-only queries the runtime API and other code use.

use crate::*;
use frame_support::traits::fungibles::InspectHold;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// An account's ratings: count, sum and average in thousandths.
	pub fn reputation(who: &T::AccountId) -> Reputation {
		Reputations::<T>::get(who)
	}

	/// What the buyer holds in escrow for `c` (price plus fee while funded, else zero).
	pub fn held_for(c: &ContractOf<T>) -> BalanceOf<T> {
		if c.state.holds_funds() {
			c.price.saturating_add(c.fee)
		} else {
			Zero::zero()
		}
	}

	/// Total the escrow holds on `who` in `asset` (across all its contracts).
	pub fn total_held(asset: AssetIdOf<T>, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(asset, &HoldReason::Escrow.into(), who)
	}
}
