//! Delivery, receipt and settlement: the seller is paid out of the escrow (its account, or the
//! buyer's hold) and the item changes owner in one call, or nothing happens.

use crate::*;
use frame_support::traits::{
	fungibles::{Inspect, Mutate as _, MutateHold as _},
	tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Confirm delivery; see [`Pallet::confirm_delivery`].
	pub(crate) fn do_confirm_delivery(
		who: T::AccountId,
		contract: ContractId,
		voucher: Cid,
	) -> DispatchResult {
		let mut c = Self::contract(contract)?;
		ensure!(c.seller == who, Error::<T>::NotSeller);
		let ContractState::Funded { deliver_by } = c.state else {
			return Err(Self::state_error(&c.state, Error::<T>::NotFunded));
		};
		// Past its deadline the buyer may take its money back: a late voucher must not stop it.
		ensure!(Self::now() <= deliver_by, Error::<T>::DeliveryOverdue);
		ensure!(is_valid_cid(&voucher), Error::<T>::BadCid);
		let receive_by = Self::now().saturating_add(T::ReceiptPeriod::get());
		c.state = ContractState::Delivered { receive_by };
		c.voucher = Some(voucher.clone());
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::Delivered { contract, voucher, receive_by });
		Ok(())
	}

	/// Confirm receipt; see [`Pallet::confirm_receipt`].
	pub(crate) fn do_confirm_receipt(who: T::AccountId, contract: ContractId) -> DispatchResult {
		let c = Self::contract(contract)?;
		ensure!(c.buyer == who, Error::<T>::NotBuyer);
		ensure!(
			matches!(c.state, ContractState::Delivered { .. }),
			Self::state_error(&c.state, Error::<T>::NotDelivered)
		);
		Self::complete(contract, c)
	}

	/// Finalise after the buyer's silence; see [`Pallet::finalize`].
	pub(crate) fn do_finalize(who: T::AccountId, contract: ContractId) -> DispatchResult {
		let c = Self::contract(contract)?;
		ensure!(c.seller == who, Error::<T>::NotSeller);
		let ContractState::Delivered { receive_by } = c.state else {
			return Err(Self::state_error(&c.state, Error::<T>::NotDelivered));
		};
		ensure!(Self::now() > receive_by, Error::<T>::DeadlineNotReached);
		Self::complete(contract, c)
	}

	/// Both sides done: price to the seller, fee to the platform, item to the buyer.
	pub(crate) fn complete(contract: ContractId, mut c: ContractOf<T>) -> DispatchResult {
		let (to_seller, fee, refunded) = Self::pay_out(&c, c.price)?;
		T::Items::deliver(&c.seller, &c.buyer, &c.item, contract)?;
		Self::remove_listing(c.listing)?;
		c.state = ContractState::Completed { at: Self::now() };
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::Completed { contract, to_seller, fee, refunded });
		Ok(())
	}

	/// Pay `to_seller` and the fee out of the escrow and the rest of the contract's funds back to
	/// the buyer. The seller must be able to receive its part (`SellerCannotReceive`
	/// otherwise: it keeps its item rather than losing it for nothing); a fee the platform
	/// account cannot receive stays with the buyer. Returns (paid to seller, paid fee, released
	/// to buyer).
	pub(crate) fn pay_out(
		c: &ContractOf<T>,
		to_seller: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let total = c.price.saturating_add(c.fee);
		if !to_seller.is_zero() {
			ensure!(Self::can_receive(c, &c.seller, to_seller), Error::<T>::SellerCannotReceive);
		}
		let paid_seller = Self::pay_from_escrow(c, &c.seller, to_seller)?;
		let fee_to = T::Revenue::account();
		let paid_fee = if fee_to != c.buyer && Self::can_receive(c, &fee_to, c.fee) {
			Self::pay_from_escrow(c, &fee_to, c.fee)?
		} else {
			Zero::zero()
		};
		if !paid_fee.is_zero() {
			T::Revenue::note(c.asset.clone(), paid_fee);
		}
		let rest = total.saturating_sub(paid_seller).saturating_sub(paid_fee);
		let released = Self::pay_from_escrow(c, &c.buyer, rest)?;
		Ok((paid_seller, paid_fee, released))
	}

	/// Can `to` receive `amount` of the contract's asset?
	pub(crate) fn can_receive(c: &ContractOf<T>, to: &T::AccountId, amount: BalanceOf<T>) -> bool {
		amount.is_zero()
			|| T::Currency::can_deposit(c.asset.clone(), to, amount, Provenance::Extant)
				== DepositConsequence::Success
	}

	/// Pay `amount` of the contract's funds to `to` (the buyer for a refund); returns what was
	/// paid. Out of the escrow's account for [`Config::PaidIntoEscrow`] assets, keeping its
	/// existential deposit (what it keeps is the funded contracts' money and that deposit), else
	/// out of the buyer's hold (released, for the buyer).
	pub(crate) fn pay_from_escrow(
		c: &ContractOf<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		if amount.is_zero() {
			return Ok(amount);
		}
		if T::PaidIntoEscrow::contains(&c.asset) {
			return T::Payments::transfer(
				c.asset.clone(),
				&Self::escrow_account(),
				to,
				amount,
				Preservation::Preserve,
			);
		}
		if *to == c.buyer {
			return T::Currency::release(
				c.asset.clone(),
				&HoldReason::Escrow.into(),
				&c.buyer,
				amount,
				Precision::Exact,
			);
		}
		T::Currency::transfer_on_hold(
			c.asset.clone(),
			&HoldReason::Escrow.into(),
			&c.buyer,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)
	}
}
