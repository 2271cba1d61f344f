//! Redemption: burn the supply, free the trees, release the deposit; and the removal of a
//! redeemed token's record once nobody is owed anything.

use crate::*;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _, MutateHold as _},
	fungibles::{Destroy as _, Inspect as _, Mutate as _},
	tokens::{Fortitude, Precision, Preservation},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// Redeem a token; see [`Pallet::redeem`]. Returns how many trees it freed.
	pub(crate) fn do_redeem(who: T::AccountId, token: TokenId) -> Result<u32, DispatchError> {
		let mut info = Self::live(token)?;
		ensure!(who == info.issuer, Error::<T>::NotIssuer);
		let held = T::Assets::balance(token, &who);
		ensure!(held == info.supply, Error::<T>::NotWholeSupply);
		ensure!(Frozen::<T>::get(token, &who).is_zero(), Error::<T>::LotInTrade);
		let tree_count = info.trees.len() as u32;

		let mut refund = Zero::zero();
		if info.kind == TokenKind::Revenue {
			Self::settle(&mut info, token, &who)?;
			let share = Self::update_holder(&mut info, token, &who, |h| {
				h.take().map(|h| h.pending).unwrap_or_default()
			});
			refund = share.checked_add(&info.carry).ok_or(ArithmeticError::Overflow)?;
			info.carry = Zero::zero();
			if !refund.is_zero() {
				Self::pay_out(&mut info, token, &who, refund)?;
			}
		}
		T::Assets::burn_from(
			token,
			&who,
			info.supply,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		// The issuer held everything, so no account remains and destruction ends at once.
		T::Assets::start_destroy(token, None)?;
		T::Assets::destroy_accounts(token, 1)?;
		T::Assets::destroy_approvals(token, 1)?;
		T::Assets::finish_destroy(token)?;
		T::Registry::unlock(info.parcel, &info.trees, LockId::Token(token))?;
		if !info.deposit.is_zero() {
			// Best effort: nothing else touches this hold, and redemption must not jam on it.
			T::Currency::release(
				&HoldReason::TokenDeposit.into(),
				&who,
				info.deposit,
				Precision::BestEffort,
			)?;
			info.deposit = Zero::zero();
		}
		info.status = TokenStatus::Redeemed;
		Self::deposit_event(Event::Redeemed { token, issuer: who, refund });
		Self::store(token, info);
		Ok(tree_count)
	}

	/// Store a token's record; a redeemed one nobody is owed anything of is removed instead.
	///
	/// After redemption every balance is zero, so what a holder is owed is exactly its pending
	/// share and `claimants` counts exactly the holders still owed something.
	pub(crate) fn store(token: TokenId, info: TokenInfoOf<T>) {
		if info.status == TokenStatus::Redeemed && info.claimants == 0 {
			Self::remove_token(token, info);
		} else {
			Tokens::<T>::insert(token, info);
		}
	}

	/// Remove a redeemed token's record and send the pot's remainder (its existential deposit
	/// and rounding dust) to the issuer.
	fn remove_token(token: TokenId, info: TokenInfoOf<T>) {
		Tokens::<T>::remove(token);
		let mut swept = Zero::zero();
		if info.kind == TokenKind::Revenue {
			let pot = Self::pot(token);
			let all =
				T::Currency::reducible_balance(&pot, Preservation::Expendable, Fortitude::Polite);
			if !all.is_zero() {
				// Best effort, in its own storage layer: the sweep must never block the last
				// claim. (It cannot fail in practice: the pot holds at least the existential
				// deposit, so even a reaped issuer account can receive it.)
				let moved = frame_support::storage::with_storage_layer(|| {
					T::Currency::transfer(&pot, &info.issuer, all, Preservation::Expendable)
				});
				if let Ok(moved) = moved {
					swept = moved;
				}
			}
		}
		Self::deposit_event(Event::TokenRemoved { token, issuer: info.issuer, swept });
	}
}
