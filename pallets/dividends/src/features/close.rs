//! The day close: split each pool's revenue, give the dividend to the shares held through the
//! day, follow a share-era change, and let the day's new shares in.

use crate::*;
use sp_core::U256;
use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// `a × b / c` rounded down (0 if `c` is 0; saturating).
pub(crate) fn mul_div_down(a: u128, b: u128, c: u128) -> u128 {
	if c == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down).unwrap_or(u128::MAX)
}

/// A [`U256`] as a `u128`, saturating.
pub(crate) fn saturate(x: U256) -> u128 {
	if x > U256::from(u128::MAX) {
		u128::MAX
	} else {
		x.low_u128()
	}
}

impl<T: Config> Pallet<T> {
	/// Sell each settlement asset's revenue of the day to a market maker for CEC, which joins
	/// CEC's revenue of the day. An asset no maker takes keeps its revenue (paid in it). At most
	/// one conversion per pool other than CEC's.
	pub(crate) fn convert_revenue(pools: &mut BoundedVec<PoolOf<T>, T::MaxAssets>) {
		use cec_primitives::RevenueConverter;
		let native = T::NativeAsset::get();
		let account = Self::account_id();
		if !pools.iter().any(|p| p.asset == native) {
			return;
		}
		let mut bought: Balance = 0;
		for pool in pools.iter_mut().filter(|p| p.asset != native && p.revenue > 0) {
			if let Some(cec) = T::Converter::convert(&account, &pool.asset, pool.revenue) {
				Self::deposit_event(Event::RevenueConverted {
					asset: pool.asset.clone(),
					amount: pool.revenue,
					cec,
				});
				pool.revenue = 0;
				bought = bought.saturating_add(cec);
			}
		}
		if bought > 0 {
			if let Some(pool) = pools.iter_mut().find(|p| p.asset == native) {
				pool.revenue = pool.revenue.saturating_add(bought);
			}
		}
	}

	/// Close day `day`, which the lockup pallet just closed; `era_end` as in
	/// [`cec_primitives::PowerObserver::day_closed`]. O(number of pools): no holder is looked at.
	///
	/// The day is this pallet's own count of closes ([`Today`]), which is the lockup's day on a
	/// chain that had both from genesis.
	pub(crate) fn do_close_day(era_end: Option<(u128, u128)>) {
		let day = Today::<T>::get();
		let params = Params::<T>::get();
		if ShareHolders::<T>::get() == 0 {
			// Only share-era rounding can leave shares that no holder has: clear them.
			Eligible::<T>::kill();
			Pending::<T>::kill();
		}
		let shares = Eligible::<T>::get();
		let power = <T::Power as cec_primitives::Power<_, _>>::total_power();
		let mut total_shares = <T::Power as cec_primitives::Power<_, _>>::total_shares();
		if let Some((end, one)) = era_end {
			// The lockup has carried its total into the new era already; `shares` are old-era.
			total_shares = mul_div_down(total_shares, one, end.max(1));
		}
		// The power of the shares paid, for the rate per CEC.
		let paid_power = mul_div_down(shares, power, total_shares);
		let buyback_to = T::BuybackAccount::get();
		let mut pools = Pools::<T>::get();
		Self::convert_revenue(&mut pools);
		let mut assets = BoundedVec::<AssetDayOf<T>, T::MaxAssets>::new();
		for pool in pools.iter_mut() {
			let dividend_part = params.dividend_share.mul_floor(pool.revenue);
			let buyback =
				pool.revenue.saturating_sub(dividend_part).saturating_add(pool.buyback_due);
			let sent = if buyback > 0 && Self::pay(&pool.asset, &buyback_to, buyback) {
				buyback
			} else {
				0
			};
			pool.buyback_due = buyback.saturating_sub(sent);
			let total = U256::from(dividend_part.saturating_add(pool.rewards))
				.saturating_mul(acc_scale())
				.saturating_add(pool.carry);
			let (step, given) = if shares == 0 {
				(U256::zero(), U256::zero())
			} else {
				let step = total / U256::from(shares);
				(step, step.saturating_mul(U256::from(shares)))
			};
			pool.carry = total.saturating_sub(given);
			pool.acc = pool.acc.saturating_add(step);
			pool.owed = pool.owed.saturating_add(given);
			let dividend = saturate(given / acc_scale());
			let per_cec = mul_div_down(dividend, T::CecUnit::get(), paid_power);
			let _ = assets.try_push(AssetDay {
				asset: pool.asset.clone(),
				revenue: pool.revenue,
				rewards: pool.rewards,
				dividend,
				buyback: sent,
				per_cec,
				acc: pool.acc,
			});
			pool.revenue = 0;
			pool.rewards = 0;
		}
		Pools::<T>::put(pools);
		let era = Era::<T>::get();
		Days::<T>::insert(day, DayRecord { shares, power, era, assets: assets.clone() });
		let closes = day.saturating_add(1);
		let (mut eligible, mut pending) = (shares, Pending::<T>::take());
		if let Some((end, one)) = era_end {
			eligible = mul_div_down(eligible, end, one);
			pending = mul_div_down(pending, end, one);
			EraEnds::<T>::insert(era, (end, one, closes));
			Era::<T>::put(era.saturating_add(1));
		}
		Eligible::<T>::put(eligible.saturating_add(pending));
		Today::<T>::put(closes);
		Self::deposit_event(Event::DayClosed { day, shares, power, assets });
	}
}
