//! What must always hold: every bond is exactly what is held for it, and nothing is held for a
//! developer without a bond.

use crate::*;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants (`try_state`, the fuzz harness and tests call it).
	///
	/// - each bond's `amount` equals the CEC held for [`HoldReason::DeveloperBond`] on its
	///   account, and is never zero;
	/// - every ban cites a valid CID.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let reason = HoldReason::DeveloperBond.into();
		for (who, bond) in Bonds::<T>::iter() {
			ensure!(!bond.amount.is_zero(), "a stored bond is zero");
			ensure!(
				T::Currency::balance_on_hold(&reason, &who) == bond.amount,
				"a bond differs from what is held for it"
			);
		}
		for (_, evidence) in Banned::<T>::iter() {
			ensure!(cec_primitives::is_valid_cid(&evidence), "a ban cites an invalid CID");
		}
		Ok(())
	}

	/// CEC held for bonds without a bond record on `who` (must be zero).
	pub fn held_without_bond(who: &T::AccountId) -> BalanceOf<T> {
		if Bonds::<T>::contains_key(who) {
			return Zero::zero();
		}
		T::Currency::balance_on_hold(&HoldReason::DeveloperBond.into(), who)
	}
}
