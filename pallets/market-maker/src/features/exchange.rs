//! Users trading CEC with a maker at its live quote: buying at the ask (the CEC arrives locked)
//! and selling at the bid; the platform's revenue in a settlement asset buying CEC at the
//! lowest ask.

use crate::*;
use cec_primitives::{KycUse, Lockup as _};
use frame_support::traits::tokens::{Fortitude, Precision, Preservation, Restriction};
use fungible::{Inspect as _, MutateHold as _};
use fungibles::{Inspect as _, Mutate as _};
use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// `a × b / c` rounded down, or `None` if `c` is 0 or the result leaves `u128`.
pub(crate) fn mul_div_down(a: u128, b: u128, c: u128) -> Option<u128> {
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down)
}

/// `a × b / c` rounded up, or `None` if `c` is 0 or the result leaves `u128`.
pub(crate) fn mul_div_up(a: u128, b: u128, c: u128) -> Option<u128> {
	multiply_by_rational_with_rounding(a, b, c, Rounding::Up)
}

impl<T: Config> Pallet<T> {
	/// The checks both sides of a trade share: an amount, another party, an appointed maker, a
	/// verified user and the maker's live quote.
	fn trade_checks(
		who: &T::AccountId,
		maker: &T::AccountId,
		asset: T::AssetId,
		amount: Balance,
	) -> Result<QuoteOf<T>, DispatchError> {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(who != maker, Error::<T>::OwnQuote);
		ensure!(Makers::<T>::contains_key(maker), Error::<T>::NotMaker);
		T::Kyc::ensure_verified(who, T::MinKycLevel::get(), KycUse::Trade)?;
		Ok(Self::live_quote(maker, asset)?)
	}

	/// Pay `amount` of `asset` from `from` to `to`, keeping `from`'s minimum balance unless
	/// `may_empty` and it pays all it has (no dust is burnt); `short` if `from` cannot.
	pub(crate) fn pay_asset(
		asset: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Balance,
		may_empty: bool,
		short: Error<T>,
	) -> DispatchResult {
		let preservation = if may_empty {
			Self::preservation(asset, from, amount)
		} else {
			Preservation::Preserve
		};
		ensure!(
			T::Assets::reducible_balance(asset, from, preservation, Fortitude::Polite) >= amount,
			short
		);
		T::Assets::transfer(asset, from, to, amount, preservation)?;
		Ok(())
	}

	/// `who` buys `amount` CEC from `maker` at its ask in `asset` (at most `max_ask`).
	pub(crate) fn do_buy_cec(
		who: T::AccountId,
		maker: T::AccountId,
		asset: T::AssetId,
		amount: Balance,
		max_ask: Balance,
	) -> DispatchResult {
		let quote = Self::trade_checks(&who, &maker, asset, amount)?;
		ensure!(quote.ask <= max_ask, Error::<T>::PriceAboveLimit);
		ensure!(Self::inventory_of(&maker) >= amount, Error::<T>::InsufficientInventory);
		let cost = mul_div_up(amount, quote.ask, T::CecUnit::get()).ok_or(Error::<T>::Overflow)?;
		Self::pay_asset(asset, &who, &maker, cost, true, Error::<T>::InsufficientPayment)?;
		T::Currency::transfer_on_hold(
			&HoldReason::Inventory.into(),
			&maker,
			&who,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		T::Lockup::lock_bought(&who, amount)?;
		Self::deposit_event(Event::CecBought { who, maker, asset, amount, cost });
		Ok(())
	}

	/// `who` sells `amount` of its free CEC to `maker` at its bid in `asset` (at least
	/// `min_bid`); the CEC joins the maker's inventory.
	pub(crate) fn do_sell_cec(
		who: T::AccountId,
		maker: T::AccountId,
		asset: T::AssetId,
		amount: Balance,
		min_bid: Balance,
	) -> DispatchResult {
		let quote = Self::trade_checks(&who, &maker, asset, amount)?;
		ensure!(quote.bid >= min_bid, Error::<T>::PriceBelowLimit);
		let proceeds =
			mul_div_down(amount, quote.bid, T::CecUnit::get()).ok_or(Error::<T>::Overflow)?;
		ensure!(proceeds > 0, Error::<T>::TradeTooSmall);
		ensure!(
			T::Currency::reducible_balance(&who, Preservation::Preserve, Fortitude::Polite)
				>= amount,
			Error::<T>::InsufficientCec
		);
		// The maker keeps its account in the asset: the fees it converts are paid into it.
		Self::pay_asset(asset, &maker, &who, proceeds, false, Error::<T>::MakerCannotPay)?;
		T::Currency::transfer_and_hold(
			&HoldReason::Inventory.into(),
			&who,
			&maker,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		Self::deposit_event(Event::CecSold { who, maker, asset, amount, proceeds });
		Ok(())
	}

	/// The maker `buyer` would sell `amount` of `asset` to for the most CEC: the lowest live ask,
	/// posted before this block and no higher than the reference price (the median mid) plus
	/// the governed spread, of a maker other than `buyer` whose inventory covers the CEC and who
	/// can receive the asset. Returns the maker and the CEC. Reads every maker's quote twice (at
	/// most [`Config::MaxMakers`]).
	pub fn revenue_converter(
		buyer: &T::AccountId,
		asset: T::AssetId,
		amount: Balance,
	) -> Option<(T::AccountId, Balance)> {
		use frame_support::traits::tokens::{DepositConsequence, Provenance};
		let reference = Self::reference_price(asset)?;
		let ceiling = reference.saturating_add(MaxSpread::<T>::get().mul_ceil(reference));
		let now = frame_system::Pallet::<T>::block_number();
		Quotes::<T>::iter_prefix(asset)
			.filter_map(|(maker, q)| {
				if maker == *buyer
					|| q.posted_at >= now
					|| q.ask > ceiling
					|| Self::usable(&q).is_err()
				{
					return None;
				}
				let cec = mul_div_down(amount, T::CecUnit::get(), q.ask)?;
				let fits = cec > 0
					&& Self::inventory_of(&maker) >= cec
					&& T::Assets::can_deposit(asset, &maker, amount, Provenance::Extant)
						== DepositConsequence::Success;
				fits.then_some((maker, q.ask, cec))
			})
			.fold(None, |best: Option<(T::AccountId, Balance, Balance)>, (maker, ask, cec)| {
				match best {
					Some((_, best_ask, _)) if best_ask <= ask => best,
					_ => Some((maker, ask, cec)),
				}
			})
			.map(|(maker, _, cec)| (maker, cec))
	}

	/// `buyer` (the platform's revenue account) pays all of `amount` of `asset` to the maker
	/// with the lowest live ask that can deliver, and receives the CEC it buys, free. Nothing
	/// moves if no maker can.
	pub(crate) fn do_convert_revenue(
		buyer: T::AccountId,
		asset: T::AssetId,
		amount: Balance,
	) -> Result<Balance, DispatchError> {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let (maker, cec) =
			Self::revenue_converter(&buyer, asset, amount).ok_or(Error::<T>::NoQuote)?;
		frame_support::storage::with_storage_layer(|| {
			Self::pay_asset(asset, &buyer, &maker, amount, false, Error::<T>::InsufficientPayment)?;
			T::Currency::transfer_on_hold(
				&HoldReason::Inventory.into(),
				&maker,
				&buyer,
				cec,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.map(|_| ())
		})?;
		Self::deposit_event(Event::RevenueConverted { buyer, maker, asset, amount, cec });
		Ok(cec)
	}
}
