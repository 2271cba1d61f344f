//! Moving tokens: every move settles revenue on both sides and leaves frozen units alone.

use crate::*;
use frame_support::traits::{
	fungibles::Inspect as _, fungibles::Mutate as _, tokens::Preservation,
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Send tokens; see [`Pallet::transfer`].
	pub(crate) fn do_transfer(
		from: T::AccountId,
		token: TokenId,
		to: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::SelfTransfer);
		let mut info = Self::live(token)?;
		Self::move_tokens(&mut info, token, &from, &to, amount)?;
		if info.kind == TokenKind::Revenue {
			Tokens::<T>::insert(token, info);
		}
		Self::deposit_event(Event::Transferred { token, from, to, amount });
		Ok(())
	}

	/// The units of `token` that `who` may move: its balance less what is frozen in trades.
	pub fn transferable(token: TokenId, who: &T::AccountId) -> BalanceOf<T> {
		T::Assets::balance(token, who).saturating_sub(Frozen::<T>::get(token, who))
	}

	/// Move tokens, settling both sides' revenue first; refuses to touch frozen units. The
	/// caller stores `info` (its claimant count may change).
	pub(crate) fn move_tokens(
		info: &mut TokenInfoOf<T>,
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		// Beyond the balance the ledger itself refuses, with its own error.
		if amount <= T::Assets::balance(token, from) {
			ensure!(amount <= Self::transferable(token, from), Error::<T>::LotInTrade);
		}
		if info.kind == TokenKind::Revenue {
			Self::settle(info, token, from)?;
			Self::settle(info, token, to)?;
		}
		T::Assets::transfer(token, from, to, amount, Preservation::Expendable)?;
		if info.kind == TokenKind::Revenue {
			Self::tidy(info, token, from);
		}
		Ok(())
	}
}
