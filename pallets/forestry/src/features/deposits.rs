//! Storage deposits: CEC held on whoever makes the chain store a parcel, trees, a record or a
//! document. The registry is permanent, so only a deregistered parcel releases its deposit.

use crate::*;
use frame_support::traits::{
	fungible::{InspectHold, MutateHold},
	tokens::Precision,
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// Hold `amount` on `who` for `reason` (nothing if zero).
	pub(crate) fn hold_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
	}

	/// Release `amount` held on `who` for `reason` (nothing if zero).
	pub(crate) fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		Ok(())
	}

	/// The deposit of a parcel with `info`: `ParcelDeposit + DepositPerByte × encoded size`.
	pub fn parcel_deposit(info: &ParcelInfo) -> Result<BalanceOf<T>, DispatchError> {
		let bytes: BalanceOf<T> = (info.encoded_size() as u32).into();
		let amount = T::DepositPerByte::get()
			.checked_mul(&bytes)
			.and_then(|b| b.checked_add(&T::ParcelDeposit::get()))
			.ok_or(ArithmeticError::Overflow)?;
		Ok(amount)
	}

	/// What `who` holds for `reason` in this pallet.
	pub fn deposit_held(reason: HoldReason, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&reason.into(), who)
	}
}
