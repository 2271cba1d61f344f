//! Storage deposits: held on whoever makes the chain store a listing, a contract, evidence or a
//! review, released when the storage goes. They are set in CEC; a trade in a fiat-backed asset
//! holds them in that asset instead, at the CEC amount's worth at the reference price (the
//! market makers' quotes) when the listing or the contract was made, so that a user who holds
//! only fiat can trade. Without a reference price they are held in CEC.

use crate::*;
use frame_support::traits::{
	fungibles::{Inspect, InspectHold, MutateHold},
	tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{SaturatedConversion, Zero},
	Rounding,
};

impl<T: Config> Pallet<T> {
	/// The rate deposits of a trade in `asset` are held at: `None` (CEC) for CEC or an asset
	/// without a reference price, else the price.
	pub(crate) fn deposit_rate(asset: &AssetIdOf<T>) -> Option<BalanceOf<T>> {
		if *asset == T::DepositAsset::get() {
			return None;
		}
		T::DepositPrice::price(asset).filter(|p| !p.is_zero())
	}

	/// The rate `who`'s deposits for contract `c` are held at: the seller's (its listing's) or
	/// the buyer's (set at acceptance).
	pub fn party_rate(c: &ContractOf<T>, who: &T::AccountId) -> Option<BalanceOf<T>> {
		if *who == c.seller {
			c.seller_deposit_rate
		} else {
			c.deposit_rate
		}
	}

	/// The asset a deposit at `rate` of a trade in `asset` is held in.
	pub fn deposit_asset(asset: &AssetIdOf<T>, rate: Option<BalanceOf<T>>) -> AssetIdOf<T> {
		if rate.is_some() {
			asset.clone()
		} else {
			T::DepositAsset::get()
		}
	}

	/// A deposit of `cec` at `rate`: `cec` itself, or its worth in the asset rounded up.
	pub(crate) fn deposit_amount(
		cec: BalanceOf<T>,
		rate: Option<BalanceOf<T>>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let Some(price) = rate else { return Ok(cec) };
		let amount = multiply_by_rational_with_rounding(
			cec.saturated_into::<u128>(),
			price.saturated_into::<u128>(),
			T::CecUnit::get().saturated_into::<u128>().max(1),
			Rounding::Up,
		)
		.ok_or(Error::<T>::Overflow)?;
		BalanceOf::<T>::try_from(amount).map_err(|_| Error::<T>::Overflow.into())
	}

	/// Hold `amount` of `asset` on `who` as a deposit, or refuse with `InsufficientDeposit`.
	pub(crate) fn hold_deposit(
		who: &T::AccountId,
		asset: AssetIdOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let free = T::Currency::reducible_balance(
			asset.clone(),
			who,
			Preservation::Protect,
			Fortitude::Polite,
		);
		ensure!(free >= amount, Error::<T>::InsufficientDeposit);
		T::Currency::hold(asset, &HoldReason::StorageDeposit.into(), who, amount)
	}

	/// Release `amount` of `who`'s deposit in `asset`.
	pub(crate) fn release_deposit(
		who: &T::AccountId,
		asset: AssetIdOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(
			asset,
			&HoldReason::StorageDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		)?;
		Ok(())
	}

	/// Move `amount` of `from`'s deposit in `asset` to `to` (free); if `to` cannot receive it,
	/// release it to `from` instead, so nothing is lost.
	pub(crate) fn forfeit_deposit(
		from: &T::AccountId,
		to: &T::AccountId,
		asset: AssetIdOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		if T::Currency::can_deposit(asset.clone(), to, amount, Provenance::Extant)
			!= DepositConsequence::Success
		{
			return Self::release_deposit(from, asset, amount);
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

	/// Storage deposit held on `who` in CEC (the deposit asset).
	pub fn deposit_held(who: &T::AccountId) -> BalanceOf<T> {
		Self::deposit_held_in(T::DepositAsset::get(), who)
	}

	/// Storage deposit held on `who` in `asset`.
	pub fn deposit_held_in(asset: AssetIdOf<T>, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(asset, &HoldReason::StorageDeposit.into(), who)
	}
}
