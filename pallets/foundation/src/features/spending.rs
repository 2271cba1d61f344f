//! Approving treasury spends, each with the CID of its justification, and settling them once the
//! treasury no longer has them pending.

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
		// The treasury's spendable balance does not drop when it approves a spend, only when it
		// pays one out: what open spends have committed must come off it.
		let committed = Committed::<T>::get();
		ensure!(
			amount <= T::Treasury::spendable().saturating_sub(committed),
			Error::<T>::InsufficientTreasuryFunds
		);
		let committed = committed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
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
				open: true,
			});
			Ok::<_, DispatchError>(())
		})?;
		Committed::<T>::put(committed);
		Self::deposit_event(Event::SpendApproved { index, beneficiary, amount, justification });
		Ok(())
	}

	/// Settle; see [`Pallet::settle`].
	pub(crate) fn do_settle(index: SpendIndex) -> DispatchResult {
		Spends::<T>::try_mutate(index, |slot| {
			let record = slot.as_mut().ok_or(Error::<T>::UnknownSpend)?;
			ensure!(record.open, Error::<T>::AlreadySettled);
			ensure!(!T::Treasury::is_open(index), Error::<T>::StillOpen);
			// `Committed` is the sum of the open records' amounts, so it covers this one; if it
			// does not, the invariant is broken and the call fails rather than hide it.
			let committed =
				Committed::<T>::get().checked_sub(&record.amount).ok_or(Error::<T>::Overflow)?;
			record.open = false;
			Committed::<T>::put(committed);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::SpendSettled { index });
		Ok(())
	}
}
