//! Revenue shares: deposits raise a per-unit accumulator, holders settle and claim pull-based.

use crate::*;
use frame_support::traits::{fungible::Mutate as _, fungibles::Inspect as _, tokens::Preservation};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// Deposit revenue; see [`Pallet::deposit_revenue`].
	pub(crate) fn do_deposit_revenue(
		who: T::AccountId,
		token: TokenId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut info = Self::live(token)?;
		ensure!(info.kind == TokenKind::Revenue, Error::<T>::NotRevenueToken);
		ensure!(who == info.issuer, Error::<T>::NotIssuer);
		T::Currency::transfer(&who, &Self::pot(token), amount, Preservation::Preserve)?;
		let (per_unit, _) = info.add_revenue(amount, info.supply)?;
		let carry = info.carry;
		Tokens::<T>::insert(token, info);
		Self::deposit_event(Event::RevenueDeposited { token, amount, per_unit, carry });
		Ok(())
	}

	/// Claim revenue; see [`Pallet::claim`].
	pub(crate) fn do_claim(who: T::AccountId, token: TokenId) -> DispatchResult {
		let mut info = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(info.kind == TokenKind::Revenue, Error::<T>::NotRevenueToken);
		let amount = Self::owed(&info, token, &who)?;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		Self::pay_out(&mut info, token, &who, amount)?;
		// Settled and paid: keep the snapshot only while the caller still holds units.
		let holds = !T::Assets::balance(token, &who).is_zero();
		let acc = info.acc;
		Self::update_holder(&mut info, token, &who, |h| {
			*h = holds.then_some(Holder { snapshot: acc, pending: Zero::zero() })
		});
		Self::deposit_event(Event::RevenueClaimed { token, who, amount });
		Self::store(token, info);
		Ok(())
	}

	/// What `who` is owed of `token` in total now: settled plus accrued since its snapshot
	/// (0 for an unknown token).
	pub fn claimable(token: TokenId, who: &T::AccountId) -> BalanceOf<T> {
		Tokens::<T>::get(token)
			.and_then(|info| Self::owed(&info, token, who).ok())
			.unwrap_or_default()
	}

	/// What `who` is owed: its pending share plus `balance × (acc − snapshot)`.
	pub(crate) fn owed(
		info: &TokenInfoOf<T>,
		token: TokenId,
		who: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let holder = Holders::<T>::get(token, who);
		Ok(info.owed(&holder, T::Assets::balance(token, who))?)
	}

	/// Move what `who` accrued into its pending share and snapshot the accumulator; must run
	/// before every change of its balance.
	pub(crate) fn settle(
		info: &mut TokenInfoOf<T>,
		token: TokenId,
		who: &T::AccountId,
	) -> DispatchResult {
		let pending = Self::owed(info, token, who)?;
		let acc = info.acc;
		Self::update_holder(info, token, who, |h| *h = Some(Holder { snapshot: acc, pending }));
		Ok(())
	}

	/// Change `who`'s `Holders` entry through `f`, keeping `info.claimants` (the number of
	/// entries with a non-zero pending share) right. Every write of `Holders` goes through here.
	pub(crate) fn update_holder<R>(
		info: &mut TokenInfoOf<T>,
		token: TokenId,
		who: &T::AccountId,
		f: impl FnOnce(&mut Option<Holder<BalanceOf<T>>>) -> R,
	) -> R {
		Holders::<T>::mutate_exists(token, who, |h| {
			let owed =
				|h: &Option<Holder<BalanceOf<T>>>| h.as_ref().is_some_and(|h| !h.pending.is_zero());
			let before = owed(h);
			let r = f(h);
			match (before, owed(h)) {
				(false, true) => info.claimants.saturating_inc(),
				(true, false) => info.claimants.saturating_dec(),
				_ => {},
			}
			r
		})
	}

	/// Forget a holder that holds nothing and is owed nothing.
	pub(crate) fn tidy(info: &mut TokenInfoOf<T>, token: TokenId, who: &T::AccountId) {
		if T::Assets::balance(token, who).is_zero() {
			Self::update_holder(info, token, who, |h| {
				if h.as_ref().is_some_and(|h| h.pending.is_zero()) {
					*h = None;
				}
			});
		}
	}

	/// Pay `amount` out of the pot to `who`.
	pub(crate) fn pay_out(
		info: &mut TokenInfoOf<T>,
		token: TokenId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		info.claimed = info.claimed.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		// The pot keeps its existential deposit while the token exists, so it never dies with
		// dust.
		T::Currency::transfer(&Self::pot(token), who, amount, Preservation::Preserve)?;
		Ok(())
	}
}
