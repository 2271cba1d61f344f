//! Storage deposits: CEC held on whoever makes the chain store a listing, a contract, evidence
//! or a review, released when the storage goes.

use crate::*;
use frame_support::traits::{
	fungibles::{Inspect, InspectHold, MutateHold},
	tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Hold `amount` of the deposit asset on `who`, or refuse with `InsufficientDeposit`.
	pub(crate) fn hold_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let asset = T::DepositAsset::get();
		let free = T::Currency::reducible_balance(
			asset.clone(),
			who,
			Preservation::Protect,
			Fortitude::Polite,
		);
		ensure!(free >= amount, Error::<T>::InsufficientDeposit);
		T::Currency::hold(asset, &HoldReason::StorageDeposit.into(), who, amount)
	}

	/// Release `amount` of `who`'s deposit.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(
			T::DepositAsset::get(),
			&HoldReason::StorageDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		)?;
		Ok(())
	}

	/// Move `amount` of `from`'s deposit to `to` (free); if `to` cannot receive it, release it
	/// to `from` instead, so nothing is lost.
	pub(crate) fn forfeit_deposit(
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let asset = T::DepositAsset::get();
		if T::Currency::can_deposit(asset.clone(), to, amount, Provenance::Extant)
			!= DepositConsequence::Success
		{
			return Self::release_deposit(from, amount);
		}
		T::Currency::transfer_on_hold(
			asset,
			&HoldReason::StorageDeposit.into(),
			from,
			to,
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		Ok(())
	}

	/// Total storage deposit held on `who`.
	pub fn deposit_held(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(
			T::DepositAsset::get(),
			&HoldReason::StorageDeposit.into(),
			who,
		)
	}
}
