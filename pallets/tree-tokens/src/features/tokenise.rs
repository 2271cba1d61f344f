//! Issuing a token: lock the trees, create the asset, mint the supply, hold the storage deposit.

use crate::*;
use cec_primitives::is_clean_text;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _, MutateHold as _},
	fungibles::{metadata::Mutate as _, Create as _, Mutate as _},
	tokens::Preservation,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// The storage deposit of a token whose name and symbol take `bytes` bytes together:
	/// `TokenDeposit + DepositPerByte × bytes`.
	pub fn token_deposit(bytes: u32) -> BalanceOf<T> {
		T::TokenDeposit::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes.into()))
	}

	/// Issue a token; see [`Pallet::tokenise`].
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_tokenise(
		issuer: T::AccountId,
		parcel: ParcelId,
		trees: BoundedVec<TreeIndex, T::MaxTreesPerToken>,
		kind: TokenKind,
		supply: BalanceOf<T>,
		decimals: u8,
		name: TokenName,
		symbol: TokenSymbol,
	) -> DispatchResult {
		ensure!(!supply.is_zero(), Error::<T>::ZeroSupply);
		ensure!(supply <= T::MaxSupply::get(), Error::<T>::SupplyTooLarge);
		ensure!(decimals <= 18, Error::<T>::BadDecimals);
		ensure!(is_clean_text(&name), Error::<T>::BadName);
		ensure!(is_clean_text(&symbol), Error::<T>::BadSymbol);
		let token = NextTokenId::<T>::get();
		NextTokenId::<T>::put(token.checked_add(1).ok_or(ArithmeticError::Overflow)?);

		T::Registry::lock(&issuer, parcel, &trees, LockId::Token(token))?;
		let admin = Self::account_id();
		let deposit = Self::token_deposit((name.len() + symbol.len()) as u32);
		T::Assets::create(token, admin.clone(), false, 1u32.into())?;
		T::Assets::set(token, &admin, name.into_inner(), symbol.into_inner(), decimals)?;
		T::Assets::mint_into(token, &issuer, supply)?;
		if kind == TokenKind::Revenue {
			T::Currency::transfer(
				&issuer,
				&Self::pot(token),
				T::Currency::minimum_balance(),
				Preservation::Preserve,
			)?;
		}
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::TokenDeposit.into(), &issuer, deposit)?;
		}
		let tree_count = trees.len() as u32;
		Tokens::<T>::insert(
			token,
			TokenInfo {
				issuer: issuer.clone(),
				parcel,
				trees,
				kind,
				supply,
				status: TokenStatus::Live,
				acc: 0,
				carry: Zero::zero(),
				deposited: Zero::zero(),
				claimed: Zero::zero(),
				deposit,
				claimants: 0,
			},
		);
		Self::deposit_event(Event::Tokenised {
			token,
			issuer,
			parcel,
			trees: tree_count,
			kind,
			supply,
			deposit,
		});
		Ok(())
	}
}
