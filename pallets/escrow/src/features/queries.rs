//! Read-only queries the runtime API and other code use.

use crate::*;
use frame_support::traits::fungibles::{Inspect, InspectHold};
use sp_runtime::traits::AccountIdConversion;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// An account's ratings: count, sum and average in thousandths.
	pub fn reputation(who: &T::AccountId) -> Reputation {
		Reputations::<T>::get(who)
	}

	/// What the escrow keeps for `c` (price plus fee while funded, else zero).
	pub fn held_for(c: &ContractOf<T>) -> BalanceOf<T> {
		if c.state.holds_funds() {
			c.price.saturating_add(c.fee)
		} else {
			Zero::zero()
		}
	}

	/// The escrow's own account, which keeps the funds of funded contracts.
	pub fn escrow_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// What the escrow's account has in `asset` (for a [`Config::PaidIntoEscrow`] asset: the
	/// funds of its funded contracts in it, and its existential deposit).
	pub fn escrowed(asset: AssetIdOf<T>) -> BalanceOf<T> {
		T::Currency::balance(asset, &Self::escrow_account())
	}

	/// Total the escrow holds on `who` in `asset` (across its contracts in assets not paid into
	/// the escrow's account).
	pub fn total_held(asset: AssetIdOf<T>, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(asset, &HoldReason::Escrow.into(), who)
	}
}
