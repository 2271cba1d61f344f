//! Approving treasury spends, each with the CID of its justification.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Spend; see [`Pallet::spend`]. `max` is what `SpendOrigin` allows this caller in one
	/// approval.
	pub(crate) fn do_spend(
		max: T::Balance,
		beneficiary: T::AccountId,
		amount: T::Balance,
		justification: Cid,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(is_valid_cid(&justification), Error::<T>::BadCid);
		ensure!(amount <= max, Error::<T>::AboveSpendLimit);
		ensure!(amount <= T::Treasury::spendable(), Error::<T>::InsufficientTreasuryFunds);
		let index = T::Treasury::approve(&beneficiary, amount)?;
		// The treasury never reuses an index; should it, the whole call (the treasury's approval
		// with it) fails rather than overwrite the record of an earlier spend.
		Spends::<T>::try_mutate(index, |slot| {
			ensure!(slot.is_none(), Error::<T>::SpendIndexTaken);
			*slot = Some(SpendRecord {
				beneficiary: beneficiary.clone(),
				amount,
				justification: justification.clone(),
				approved_at: Self::now(),
			});
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::SpendApproved { index, beneficiary, amount, justification });
		Ok(())
	}
}
