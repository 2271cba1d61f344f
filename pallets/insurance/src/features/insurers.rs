//! Insurers: appointed by governance, each with collateral per asset held on its own account.

use crate::*;
use cec_primitives::KycUse;
use frame_support::traits::tokens::{Fortitude, Precision};
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Appoint `who` (see [`Pallet::appoint_insurer`]).
	pub(crate) fn do_appoint_insurer(who: T::AccountId) -> DispatchResult {
		T::Kyc::ensure_verified(&who, T::MinKycLevel::get(), KycUse::Insurance)?;
		ensure!(!Insurers::<T>::get(&who).is_some_and(|i| i.active), Error::<T>::AlreadyInsurer);
		let appointed_at = frame_system::Pallet::<T>::block_number();
		Insurers::<T>::insert(&who, Insurer { appointed_at, active: true });
		Self::deposit_event(Event::InsurerAppointed { who });
		Ok(())
	}

	/// Remove `who` (see [`Pallet::remove_insurer`]).
	pub(crate) fn do_remove_insurer(who: T::AccountId) -> DispatchResult {
		Insurers::<T>::try_mutate(&who, |i| -> DispatchResult {
			let i = i.as_mut().filter(|i| i.active).ok_or(Error::<T>::NotInsurer)?;
			i.active = false;
			Ok(())
		})?;
		Self::deposit_event(Event::InsurerRemoved { who });
		Ok(())
	}

	/// `who` is an appointed insurer still selling.
	pub(crate) fn ensure_active_insurer(who: &T::AccountId) -> DispatchResult {
		ensure!(Insurers::<T>::get(who).is_some_and(|i| i.active), Error::<T>::NotInsurer);
		Ok(())
	}

	/// Post collateral (see [`Pallet::deposit_collateral`]).
	pub(crate) fn do_deposit_collateral(
		who: T::AccountId,
		asset: AssetIdOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_active_insurer(&who)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		// Only what the insurer could spend: frozen CEC (locked, vesting) cannot back cover, or
		// a payout would carry it away from under its freeze.
		let mut spendable = <T::Currency as fungibles::Inspect<_>>::reducible_balance(
			asset.clone(),
			&who,
			frame_support::traits::tokens::Preservation::Preserve,
			Fortitude::Polite,
		);
		// pallet-balances counts held funds against freezes, so a second hold could reach into
		// locked CEC: in such an asset only what stays free above the freezes, holds aside, counts.
		if T::FreezableAssets::contains(&asset) {
			spendable = spendable.saturating_sub(
				<T::Currency as fungibles::InspectHold<_>>::total_balance_on_hold(
					asset.clone(),
					&who,
				),
			);
		}
		ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
		let mut pool = Pools::<T>::get(&who, &asset).unwrap_or_default();
		pool.collateral = pool.collateral.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		<T::Currency as fungibles::MutateHold<_>>::hold(
			asset.clone(),
			&HoldReason::Collateral.into(),
			&who,
			amount,
		)
		.map_err(|_| Error::<T>::InsufficientBalance)?;
		Self::store_pool(&who, &asset, pool);
		Ok(())
	}

	/// Take collateral back (see [`Pallet::withdraw_collateral`]).
	pub(crate) fn do_withdraw_collateral(
		who: T::AccountId,
		asset: AssetIdOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(&who, &asset).ok_or(Error::<T>::NoPool)?;
		let left = pool.collateral.checked_sub(&amount).ok_or(Error::<T>::BelowExposure)?;
		ensure!(left >= pool.exposure, Error::<T>::BelowExposure);
		<T::Currency as fungibles::MutateHold<_>>::release(
			asset.clone(),
			&HoldReason::Collateral.into(),
			&who,
			amount,
			Precision::Exact,
		)?;
		pool.collateral = left;
		Self::store_pool(&who, &asset, pool);
		Ok(())
	}

	/// Pay `amount` of the insurer's held collateral in `asset` to `to`, and lower its
	/// exposure by `released` (the cover no longer at risk, at least `amount`). `Force`: a
	/// freeze the insurer put on its account cannot stop a payout.
	pub(crate) fn pay_from_pool(
		insurer: &T::AccountId,
		asset: &AssetIdOf<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
		released: BalanceOf<T>,
	) -> DispatchResult {
		let mut pool = Pools::<T>::get(insurer, asset).ok_or(Error::<T>::NoPool)?;
		pool.collateral = pool.collateral.checked_sub(&amount).ok_or(Error::<T>::Overflow)?;
		pool.exposure = pool.exposure.checked_sub(&released).ok_or(Error::<T>::Overflow)?;
		if !amount.is_zero() {
			<T::Currency as fungibles::MutateHold<_>>::transfer_on_hold(
				asset.clone(),
				&HoldReason::Collateral.into(),
				insurer,
				to,
				amount,
				Precision::Exact,
				frame_support::traits::tokens::Restriction::Free,
				Fortitude::Force,
			)?;
		}
		Self::store_pool(insurer, asset, pool);
		Ok(())
	}

	/// Store a pool, or remove it when empty.
	pub(crate) fn store_pool(
		insurer: &T::AccountId,
		asset: &AssetIdOf<T>,
		pool: Pool<BalanceOf<T>>,
	) {
		if pool.collateral.is_zero() && pool.exposure.is_zero() {
			Pools::<T>::remove(insurer, asset);
		} else {
			Pools::<T>::insert(insurer, asset, pool);
		}
		Self::deposit_event(Event::CollateralChanged {
			who: insurer.clone(),
			asset: asset.clone(),
			collateral: pool.collateral,
			exposure: pool.exposure,
		});
	}

	/// Hold a CEC deposit on `who`.
	pub(crate) fn hold_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		<T::DepositCurrency as fungible::MutateHold<_>>::hold(
			&HoldReason::Deposit.into(),
			who,
			amount,
		)
		.map_err(|_| Error::<T>::InsufficientBalance.into())
	}

	/// Release a CEC deposit held on `who`.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		<T::DepositCurrency as fungible::MutateHold<_>>::release(
			&HoldReason::Deposit.into(),
			who,
			amount,
			Precision::Exact,
		)
		.map(|_| ())
	}
}
