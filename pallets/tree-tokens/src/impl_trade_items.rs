//! Token lots sold through escrow. A lot never leaves the seller's account: it is frozen there
//! in this pallet's ledger ([`Frozen`], [`TradeLots`]), so nobody but the trade can move it and
//! nothing anybody else does to any account can keep the trade from releasing or delivering it.
//! Revenue the lot earns meanwhile is the seller's, since the seller still holds it.

use crate::*;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// The token and amount of a token lot, or why `item` is none.
	fn lot(item: &TradeItem) -> Result<(TokenId, BalanceOf<T>), DispatchError> {
		match item {
			TradeItem::TokenLot { token, amount } => {
				let amount: BalanceOf<T> =
					(*amount).try_into().map_err(|_| ArithmeticError::Overflow)?;
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				Ok((*token, amount))
			},
			_ => Err(Error::<T>::NotATokenLot.into()),
		}
	}

	/// Unfreeze the lot `contract` froze, which must be `item` of `seller`; returns it.
	fn unfreeze(
		seller: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> Result<(TokenId, BalanceOf<T>), DispatchError> {
		let (token, amount) = Self::lot(item)?;
		let lot = TradeLots::<T>::get(contract).ok_or(Error::<T>::UnknownLot)?;
		ensure!(lot == TradeLot { seller: seller.clone(), token, amount }, Error::<T>::UnknownLot);
		TradeLots::<T>::remove(contract);
		let left = Frozen::<T>::get(token, seller)
			.checked_sub(&amount)
			.ok_or(ArithmeticError::Underflow)?;
		if left.is_zero() {
			Frozen::<T>::remove(token, seller);
		} else {
			Frozen::<T>::insert(token, seller, left);
		}
		Ok((token, amount))
	}
}

impl<T: Config> TradeItems<T::AccountId> for Pallet<T> {
	fn ensure_sellable(seller: &T::AccountId, item: &TradeItem) -> DispatchResult {
		let (token, amount) = Self::lot(item)?;
		Self::live(token)?;
		ensure!(Self::transferable(token, seller) >= amount, Error::<T>::InsufficientTokens);
		Ok(())
	}

	/// Freeze the lot on the seller's account; its unfrozen units must cover it.
	fn freeze(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		let (token, amount) = Self::lot(item)?;
		Self::live(token)?;
		ensure!(!TradeLots::<T>::contains_key(contract), Error::<T>::LotAlreadyFrozen);
		ensure!(Self::transferable(token, seller) >= amount, Error::<T>::InsufficientTokens);
		let frozen = Frozen::<T>::get(token, seller)
			.checked_add(&amount)
			.ok_or(ArithmeticError::Overflow)?;
		Frozen::<T>::insert(token, seller, frozen);
		TradeLots::<T>::insert(contract, TradeLot { seller: seller.clone(), token, amount });
		Ok(())
	}

	/// Unfreeze the lot; it never left the seller.
	fn release(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::unfreeze(seller, item, contract).map(|_| ())
	}

	/// Unfreeze the lot and move it to the buyer, settling both sides' revenue.
	fn deliver(
		seller: &T::AccountId,
		buyer: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		// All or nothing, even for a caller that does not roll back on error.
		frame_support::storage::with_storage_layer(|| {
			let (token, amount) = Self::unfreeze(seller, item, contract)?;
			if seller == buyer {
				return Ok(());
			}
			let mut info = Self::live(token)?;
			Self::move_tokens(&mut info, token, seller, buyer, amount)?;
			if info.kind == TokenKind::Revenue {
				Tokens::<T>::insert(token, info);
			}
			Self::deposit_event(Event::Transferred {
				token,
				from: seller.clone(),
				to: buyer.clone(),
				amount,
			});
			Ok(())
		})
	}
}
