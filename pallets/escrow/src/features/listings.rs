//! Listings: a seller's signed offer, paid for by a deposit.

use crate::*;
use frame_support::traits::fungibles::Inspect;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// List `item`; see [`Pallet::list`].
	pub(crate) fn do_list(
		seller: T::AccountId,
		item: TradeItem,
		asset: AssetIdOf<T>,
		price: BalanceOf<T>,
		terms: [u8; 32],
		delivery_period: BlockNumberFor<T>,
	) -> DispatchResult {
		T::Kyc::ensure_verified(&seller, T::MinKycLevel::get(), item.kyc_use())?;
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(T::Currency::asset_exists(asset.clone()), Error::<T>::UnknownAsset);
		ensure!(
			price >= T::Currency::minimum_balance(asset.clone()),
			Error::<T>::PriceBelowMinimum
		);
		ensure!(
			!delivery_period.is_zero() && delivery_period <= T::MaxDeliveryPeriod::get(),
			Error::<T>::BadDeliveryPeriod
		);
		T::Items::ensure_sellable(&seller, &item)?;
		let listing = NextListingId::<T>::get();
		NextListingId::<T>::put(listing.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let deposit_rate = Self::deposit_rate(&asset);
		let deposit = Self::deposit_amount(T::ListingDeposit::get(), deposit_rate)?;
		Self::hold_deposit(&seller, Self::deposit_asset(&asset, deposit_rate), deposit)?;
		Listings::<T>::insert(
			listing,
			Listing {
				seller: seller.clone(),
				item: item.clone(),
				asset: asset.clone(),
				price,
				terms,
				delivery_period,
				contract: None,
				deposit,
				deposit_rate,
				cooldown: None,
				listed_at: Self::now(),
			},
		);
		Self::deposit_event(Event::Listed { listing, seller, item, asset, price });
		Ok(())
	}

	/// Withdraw a listing; see [`Pallet::cancel_listing`].
	pub(crate) fn do_cancel_listing(who: T::AccountId, listing: ListingId) -> DispatchResult {
		let l = Listings::<T>::get(listing).ok_or(Error::<T>::UnknownListing)?;
		ensure!(l.seller == who, Error::<T>::NotSeller);
		if let Some(contract) = l.contract {
			ensure!(Self::clear_if_lapsed(contract)?, Error::<T>::ListingInContract);
		}
		Self::remove_listing(listing)?;
		Self::deposit_event(Event::ListingCancelled { listing });
		Ok(())
	}

	/// Remove a listing and give the seller its deposit back.
	pub(crate) fn remove_listing(listing: ListingId) -> DispatchResult {
		if let Some(l) = Listings::<T>::take(listing) {
			Self::release_deposit(
				&l.seller,
				Self::deposit_asset(&l.asset, l.deposit_rate),
				l.deposit,
			)?;
		}
		Ok(())
	}
}
