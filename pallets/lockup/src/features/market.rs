//! The C2C market: available CEC listed near the reference price, bought locked.

use crate::{features::mul_div_up, *};
use cec_primitives::KycUse;
use frame_support::traits::{
	fungible::MutateHold as _,
	fungibles::{Inspect as _, Mutate as _},
	tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
};

impl<T: Config> Pallet<T> {
	/// Whether `price` is within `band` of `reference`, either way.
	pub(crate) fn in_band(price: Balance, reference: Balance, band: Perbill) -> bool {
		let slack = band.mul_floor(reference);
		price >= reference.saturating_sub(slack) && price <= reference.saturating_add(slack)
	}

	/// Whether the listing can no longer be bought: its asset has no reference price, or the
	/// reference price has left the listing's price out of the band.
	pub fn is_stale(l: &ListingOf<T>) -> bool {
		match T::Price::price(&l.asset) {
			Some(reference) => !Self::in_band(l.price, reference, Params::<T>::get().band),
			None => true,
		}
	}

	/// List CEC for sale; see [`Pallet::list`].
	pub(crate) fn do_list(
		who: T::AccountId,
		asset: T::AssetId,
		amount: Balance,
		price: Balance,
	) -> DispatchResult {
		T::Kyc::ensure_verified(&who, T::MinKycLevel::get(), KycUse::Trade)?;
		ensure!(amount >= T::MinListing::get(), Error::<T>::BelowMinimumListing);
		let reference = T::Price::price(&asset).ok_or(Error::<T>::NoReferencePrice)?;
		ensure!(
			Self::in_band(price, reference, Params::<T>::get().band),
			Error::<T>::PriceOutOfBand
		);
		let count = ListingCount::<T>::get();
		ensure!(count < T::MaxListings::get(), Error::<T>::MarketFull);
		let mut r = Locks::<T>::get(&who).unwrap_or_else(Self::empty_record);
		ensure!(r.listings < T::MaxListingsPerAccount::get(), Error::<T>::TooManyListings);
		// Dripped CEC first (already frozen), then free CEC, which joins the freeze.
		let from_unlockable = amount.min(Self::unlockable_of(&r));
		let from_free = amount.saturating_sub(from_unlockable);
		let deposit = T::ListingDeposit::get();
		ensure!(
			from_free.saturating_add(deposit) <= Self::available(&who),
			Error::<T>::InsufficientAvailable
		);
		let id = NextListingId::<T>::get();
		NextListingId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Self::take_unlockable(&mut r, from_unlockable);
		r.listed = r.listed.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		r.listings = r.listings.saturating_add(1);
		TotalFrozen::<T>::mutate(|t| *t = t.saturating_add(from_free));
		Self::store(&who, r)?;
		T::Currency::hold(&HoldReason::Listing.into(), &who, amount)?;
		T::Currency::hold(&HoldReason::ListingDeposit.into(), &who, deposit)?;
		Listings::<T>::insert(id, Listing { seller: who.clone(), asset, amount, price, deposit });
		ListingCount::<T>::put(count.saturating_add(1));
		Self::deposit_event(Event::Listed { id, seller: who, asset, amount, price });
		Ok(())
	}

	/// Cancel a listing; see [`Pallet::cancel`].
	pub(crate) fn do_cancel(who: T::AccountId, id: ListingId) -> DispatchResult {
		let l = Listings::<T>::get(id).ok_or(Error::<T>::UnknownListing)?;
		ensure!(who == l.seller || Self::is_stale(&l), Error::<T>::NotSeller);
		T::Currency::release(&HoldReason::Listing.into(), &l.seller, l.amount, Precision::Exact)?;
		Self::take_off(&l, l.amount, true)?;
		TotalFrozen::<T>::mutate(|t| *t = t.saturating_sub(l.amount));
		Listings::<T>::remove(id);
		Self::deposit_event(Event::ListingCancelled { id, by: who });
		Ok(())
	}

	/// Take `amount` off the seller's listed CEC (out of its freeze); when `closing`, the
	/// listing closes: one fewer open, its deposit returned.
	fn take_off(l: &ListingOf<T>, amount: Balance, closing: bool) -> DispatchResult {
		let mut r = Locks::<T>::get(&l.seller).ok_or(Error::<T>::Overflow)?;
		r.listed = r.listed.checked_sub(amount).ok_or(Error::<T>::Overflow)?;
		if closing {
			r.listings = r.listings.saturating_sub(1);
			ListingCount::<T>::mutate(|c| *c = c.saturating_sub(1));
			T::Currency::release(
				&HoldReason::ListingDeposit.into(),
				&l.seller,
				l.deposit,
				Precision::Exact,
			)?;
		}
		Self::store(&l.seller, r)
	}

	/// Buy from a listing; see [`Pallet::buy`].
	pub(crate) fn do_buy(who: T::AccountId, id: ListingId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut l = Listings::<T>::get(id).ok_or(Error::<T>::UnknownListing)?;
		ensure!(l.seller != who, Error::<T>::OwnListing);
		T::Kyc::ensure_verified(&who, T::MinKycLevel::get(), KycUse::Trade)?;
		ensure!(amount <= l.amount, Error::<T>::MoreThanListed);
		ensure!(!Self::is_stale(&l), Error::<T>::StaleListing);
		if !Locks::<T>::contains_key(&who) {
			ensure!(amount >= T::MinLock::get(), Error::<T>::BelowMinimumLock);
		}
		let cost = mul_div_up(amount, l.price, T::CecUnit::get()).ok_or(Error::<T>::Overflow)?;
		let mut fee = Params::<T>::get().fee.mul_ceil(cost);
		// A fee the revenue account cannot receive (below the asset's minimum balance while it
		// holds none of it, or the account blocked by the asset's issuer) is not taken: the
		// platform's fee never blocks the trade.
		if !fee.is_zero()
			&& T::Assets::can_deposit(l.asset, &T::Revenue::account(), fee, Provenance::Extant)
				!= DepositConsequence::Success
		{
			fee = Zero::zero();
		}
		let total = cost.checked_add(fee).ok_or(Error::<T>::Overflow)?;
		// The buyer keeps the asset's minimum balance: an account the payment reaped would have
		// its dust burnt by the `fungibles` transfer (money lost, and a settlement asset's supply
		// no longer its makers' minted − burned).
		ensure!(
			T::Assets::reducible_balance(l.asset, &who, Preservation::Preserve, Fortitude::Polite)
				>= total,
			Error::<T>::InsufficientPayment
		);
		T::Assets::transfer(l.asset, &who, &l.seller, cost, Preservation::Preserve)?;
		if !fee.is_zero() {
			T::Assets::transfer(
				l.asset,
				&who,
				&T::Revenue::account(),
				fee,
				Preservation::Preserve,
			)?;
			T::Revenue::note(l.asset, fee);
		}
		// The seller's CEC leaves its freeze, then its hold, for the buyer.
		l.amount = l.amount.saturating_sub(amount);
		let closing = l.amount.is_zero();
		Self::take_off(&l, amount, closing)?;
		TotalFrozen::<T>::mutate(|t| *t = t.saturating_sub(amount));
		T::Currency::transfer_on_hold(
			&HoldReason::Listing.into(),
			&l.seller,
			&who,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		if closing {
			Listings::<T>::remove(id);
		} else {
			Listings::<T>::insert(id, &l);
		}
		Self::do_lock(who.clone(), amount)?;
		Self::deposit_event(Event::Bought { id, buyer: who, amount, cost, fee });
		Ok(())
	}
}
