//! Two-way quotes of CEC in settlement assets, their bounds, and the best live prices.

use crate::*;
use fungibles::Inspect as _;

impl<T: Config> Pallet<T> {
	/// Whether `quote`'s spread is within [`MaxSpread`]: `ask − bid ≤ MaxSpread × mid`.
	fn spread_ok(quote: &QuoteOf<T>) -> bool {
		let spread = quote.ask.saturating_sub(quote.bid);
		spread <= MaxSpread::<T>::get().mul_floor(mid(quote.bid, quote.ask))
	}

	/// `maker` quotes `quote` in `asset`.
	pub(crate) fn do_post_quote(
		maker: T::AccountId,
		asset: T::AssetId,
		quote: QuoteOf<T>,
	) -> DispatchResult {
		ensure!(Makers::<T>::contains_key(&maker), Error::<T>::NotMaker);
		ensure!(T::Assets::asset_exists(asset), Error::<T>::UnknownAsset);
		ensure!(quote.bid > 0, Error::<T>::ZeroPrice);
		ensure!(quote.bid <= quote.ask, Error::<T>::CrossedQuote);
		ensure!(Self::spread_ok(&quote), Error::<T>::SpreadTooWide);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(quote.expires_at > now, Error::<T>::QuoteExpired);
		ensure!(
			quote.expires_at <= now.saturating_add(T::MaxQuoteLifetime::get()),
			Error::<T>::ExpiryTooFar
		);
		if !Quotes::<T>::contains_key(asset, &maker) {
			QuotedAssets::<T>::try_mutate(&maker, |assets| assets.try_push(asset))
				.map_err(|_| Error::<T>::TooManyQuotes)?;
		}
		Quotes::<T>::insert(asset, &maker, quote);
		Self::deposit_event(Event::QuotePosted { asset, maker, quote });
		Ok(())
	}

	/// `maker` withdraws its quote in `asset`.
	pub(crate) fn do_withdraw_quote(maker: T::AccountId, asset: T::AssetId) -> DispatchResult {
		ensure!(Quotes::<T>::contains_key(asset, &maker), Error::<T>::NoQuote);
		Quotes::<T>::remove(asset, &maker);
		QuotedAssets::<T>::mutate(&maker, |assets| assets.retain(|a| *a != asset));
		Self::deposit_event(Event::QuoteWithdrawn { asset, maker });
		Ok(())
	}

	/// Whether `quote` may be traded at now: not expired, within [`MaxSpread`].
	pub(crate) fn usable(quote: &QuoteOf<T>) -> Result<(), Error<T>> {
		ensure!(
			frame_system::Pallet::<T>::block_number() < quote.expires_at,
			Error::<T>::QuoteExpired
		);
		ensure!(Self::spread_ok(quote), Error::<T>::SpreadTooWide);
		Ok(())
	}

	/// `maker`'s quote in `asset` if it may be traded at now.
	pub fn live_quote(maker: &T::AccountId, asset: T::AssetId) -> Result<QuoteOf<T>, Error<T>> {
		let quote = Quotes::<T>::get(asset, maker).ok_or(Error::<T>::NoQuote)?;
		Self::usable(&quote)?;
		Ok(quote)
	}

	/// The highest live bid and the lowest live ask of CEC in `asset`, over every maker's quote
	/// (at most [`Config::MaxMakers`] are read).
	pub fn best_quotes(asset: T::AssetId) -> Option<(Balance, Balance)> {
		Quotes::<T>::iter_prefix_values(asset).filter(|q| Self::usable(q).is_ok()).fold(
			None,
			|best, q| match best {
				None => Some((q.bid, q.ask)),
				Some((bid, ask)) => Some((bid.max(q.bid), ask.min(q.ask))),
			},
		)
	}

	/// The reference price of CEC in `asset`: the median of the live quotes' mids, counting only
	/// makers with inventory behind their quote (of an even number, the mid of the two middle
	/// ones). One maker quoting far off the others cannot move it while the others are the
	/// majority; with one or two makers quoting, they set it.
	pub fn reference_price(asset: T::AssetId) -> Option<Balance> {
		let mut mids: alloc::vec::Vec<Balance> = Quotes::<T>::iter_prefix(asset)
			.filter(|(maker, q)| Self::usable(q).is_ok() && Self::inventory_of(maker) > 0)
			.map(|(_, q)| mid(q.bid, q.ask))
			.collect();
		mids.sort_unstable();
		let n = mids.len();
		match n {
			0 => None,
			_ if n % 2 == 1 => mids.get(n / 2).copied(),
			_ => Some(mid(*mids.get(n / 2 - 1)?, *mids.get(n / 2)?)),
		}
	}
}

/// The mid of `a` and `b`, rounded down, without overflow.
pub(crate) fn mid(a: Balance, b: Balance) -> Balance {
	(a / 2).saturating_add(b / 2).saturating_add((a % 2 + b % 2) / 2)
}

#[cfg(test)]
pub(crate) fn mid_for_tests(a: Balance, b: Balance) -> Balance {
	mid(a, b)
}
