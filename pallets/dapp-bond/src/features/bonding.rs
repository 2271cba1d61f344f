//! Bonding, unbonding, rebonding, withdrawing, and who may deploy.

use crate::*;
use frame_support::traits::{
	fungible::{InspectHold, MutateHold},
	tokens::Precision,
};
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// `Ok` if `who` may upload and instantiate contracts now: it is not banned, has a bond of
	/// at least `MinDeveloperBond` and is not unbonding. Otherwise the error saying why.
	pub fn ensure_can_deploy(who: &T::AccountId) -> DispatchResult {
		ensure!(!Banned::<T>::contains_key(who), Error::<T>::Banned);
		let bond = Bonds::<T>::get(who).ok_or(Error::<T>::NotBonded)?;
		ensure!(bond.unbonding_until.is_none(), Error::<T>::CoolingDown);
		ensure!(bond.amount >= T::MinDeveloperBond::get(), Error::<T>::BondTooSmall);
		Ok(())
	}

	/// Bond (see [`Pallet::bond`]).
	pub(crate) fn do_bond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!Banned::<T>::contains_key(&who), Error::<T>::Banned);
		let mut bond = match Bonds::<T>::get(&who) {
			Some(bond) => {
				ensure!(bond.unbonding_until.is_none(), Error::<T>::CoolingDown);
				bond
			},
			None => {
				ensure!(amount >= T::MinDeveloperBond::get(), Error::<T>::BondTooSmall);
				DeveloperBond { amount: Zero::zero(), unbonding_until: None }
			},
		};
		bond.amount = bond.amount.checked_add(&amount).ok_or(Error::<T>::InsufficientBalance)?;
		T::Currency::hold(&HoldReason::DeveloperBond.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		Bonds::<T>::insert(&who, bond);
		Self::deposit_event(Event::Bonded { who, amount, total: bond.amount });
		Ok(())
	}

	/// Start the cooldown (see [`Pallet::unbond`]).
	pub(crate) fn do_unbond(who: T::AccountId) -> DispatchResult {
		Bonds::<T>::try_mutate(&who, |slot| {
			let bond = slot.as_mut().ok_or(Error::<T>::NotBonded)?;
			ensure!(bond.unbonding_until.is_none(), Error::<T>::AlreadyUnbonding);
			let until =
				frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
			bond.unbonding_until = Some(until);
			Self::deposit_event(Event::UnbondingStarted { who: who.clone(), until });
			Ok(())
		})
	}

	/// Cancel the cooldown (see [`Pallet::rebond`]).
	pub(crate) fn do_rebond(who: T::AccountId) -> DispatchResult {
		Bonds::<T>::try_mutate(&who, |slot| {
			let bond = slot.as_mut().ok_or(Error::<T>::NotBonded)?;
			ensure!(bond.unbonding_until.take().is_some(), Error::<T>::NotUnbonding);
			Self::deposit_event(Event::Rebonded { who: who.clone() });
			Ok(())
		})
	}

	/// Release the bond (see [`Pallet::withdraw`]).
	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let bond = Bonds::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
		let until = bond.unbonding_until.ok_or(Error::<T>::NotUnbonding)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= until, Error::<T>::CooldownNotOver);
		let reason = HoldReason::DeveloperBond.into();
		// Everything held for the bond; equal to `bond.amount` (see the invariants).
		let held = T::Currency::balance_on_hold(&reason, &who);
		let amount = T::Currency::release(&reason, &who, held, Precision::Exact)?;
		Bonds::<T>::remove(&who);
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}
}
