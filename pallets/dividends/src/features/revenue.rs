//! Revenue and power rewards coming in.

use crate::*;

impl<T: Config> Pallet<T> {
	/// `amount` of `asset` was paid into the revenue account as a platform fee: it joins the
	/// day's revenue of the asset's pool (a settlement asset's first revenue, up to its minimum
	/// balance, becomes the pool's reserve). An asset without a pool goes on to the
	/// buy-back/operations account at once (if that account cannot take it, it stays in the
	/// revenue account, outside every pool).
	pub(crate) fn do_note(asset: T::AssetKind, amount: Balance) {
		if amount == 0 {
			return;
		}
		let mut pools = Pools::<T>::get();
		let index = pools.iter().position(|p| p.asset == asset);
		if let Some(pool) = index.and_then(|i| pools.get_mut(i)) {
			// A settlement asset's first revenue tops the reserve up to its minimum balance.
			let mut revenue = amount;
			if asset != T::NativeAsset::get() {
				let min =
					<T::Assets as frame_support::traits::fungibles::Inspect<_>>::minimum_balance(
						asset.clone(),
					);
				let top = min.saturating_sub(pool.reserve).min(revenue);
				pool.reserve = pool.reserve.saturating_add(top);
				revenue = revenue.saturating_sub(top);
			}
			pool.revenue = pool.revenue.saturating_add(revenue);
		} else {
			// No pool: all of it goes on (no pool counts this asset, so the account may be
			// emptied of it).
			if Self::pay_with(
				&asset,
				&T::BuybackAccount::get(),
				amount,
				frame_support::traits::tokens::Preservation::Expendable,
			) {
				Self::deposit_event(Event::RevenueForwarded { asset, amount });
			}
			// Not forwarded: the asset stays in the revenue account, outside any pool.
			return;
		}
		Pools::<T>::put(pools);
		Self::deposit_event(Event::RevenueNoted { asset, amount });
	}

	/// `amount` CEC of the emission's power share was paid into the revenue account: all of it
	/// goes to holders at the next close.
	pub fn note_power_reward(amount: Balance) {
		if amount == 0 {
			return;
		}
		let native = T::NativeAsset::get();
		let mut pools = Pools::<T>::get();
		if let Some(pool) = pools.iter_mut().find(|p| p.asset == native) {
			pool.rewards = pool.rewards.saturating_add(amount);
		} else {
			let mut pool = Pool::new(native);
			pool.rewards = amount;
			// CEC's pool is opened at genesis; this is for chains without it.
			if pools.try_push(pool).is_err() {
				return;
			}
		}
		Pools::<T>::put(pools);
		Self::deposit_event(Event::PowerRewardNoted { amount });
	}

	/// Open a pool for `asset`, after the others (pools only ever append, so each keeps its
	/// place in holders' accounts).
	pub(crate) fn do_open_pool(asset: T::AssetKind) -> DispatchResult {
		Pools::<T>::try_mutate(|pools| {
			ensure!(pools.iter().all(|p| p.asset != asset), Error::<T>::PoolExists);
			pools.try_push(Pool::new(asset.clone())).map_err(|_| Error::<T>::TooManyPools)
		})?;
		Self::deposit_event(Event::PoolOpened { asset });
		Ok(())
	}

	/// Open CEC's pool first (at genesis), so CEC always has one.
	pub(crate) fn open_native_pool() {
		Pools::<T>::mutate(|pools| {
			if pools.is_empty() {
				let _ = pools.try_push(Pool::new(T::NativeAsset::get()));
			}
		});
	}
}
