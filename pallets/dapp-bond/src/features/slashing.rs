//! Governance slashes a bond on evidence.

use crate::*;
use cec_primitives::is_valid_cid;
use frame_support::traits::{
	fungible::MutateHold,
	tokens::{Fortitude, Precision, Restriction},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Slash (see [`Pallet::slash`]).
	pub(crate) fn do_slash(
		who: T::AccountId,
		amount: BalanceOf<T>,
		evidence: Cid,
		ban: bool,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(is_valid_cid(&evidence), Error::<T>::InvalidEvidence);
		let mut bond = Bonds::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
		let take = amount.min(bond.amount);
		let taken = T::Currency::transfer_on_hold(
			&HoldReason::DeveloperBond.into(),
			&who,
			&T::SlashBeneficiary::get(),
			take,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		bond.amount = bond.amount.saturating_sub(taken);
		let remaining = bond.amount;
		if remaining.is_zero() {
			Bonds::<T>::remove(&who);
		} else {
			Bonds::<T>::insert(&who, bond);
		}
		if ban {
			Banned::<T>::insert(&who, evidence.clone());
		}
		Self::deposit_event(Event::Slashed {
			who,
			amount: taken,
			remaining,
			evidence,
			banned: ban,
		});
		Ok(())
	}

	/// Lift a ban (see [`Pallet::unban`]).
	pub(crate) fn do_unban(who: T::AccountId) -> DispatchResult {
		ensure!(Banned::<T>::take(&who).is_some(), Error::<T>::NotBanned);
		Self::deposit_event(Event::Unbanned { who });
		Ok(())
	}
}
