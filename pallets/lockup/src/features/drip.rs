//! The day close: the day's drip rate from its activity, and the drip index.

use crate::*;
use cec_primitives::PowerObserver;
use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// `a × b / c` rounded down (0 if `c` is 0 or the result leaves `u128`, which the callers rule
/// out: there `b ≤ c`).
pub(crate) fn mul_div_down(a: u128, b: u128, c: u128) -> u128 {
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down).unwrap_or_default()
}

/// `a × b / c` rounded up, or `None` if `c` is 0 or the result leaves `u128`.
pub(crate) fn mul_div_up(a: u128, b: u128, c: u128) -> Option<u128> {
	multiply_by_rational_with_rounding(a, b, c, Rounding::Up)
}

/// Parts per billion in a [`Perbill`].
const BILLION: u32 = 1_000_000_000;

impl<T: Config> Pallet<T> {
	/// Whether the day under way ends at block `now`.
	pub(crate) fn day_due(now: BlockNumberFor<T>) -> bool {
		now >= DayStart::<T>::get().saturating_add(Params::<T>::get().day_length)
	}

	/// The drip rate of a day with `activity`: `min_rate` plus the span to `max_rate` times
	/// `activity / activity_target` (at most one), rounded down to the part per billion.
	pub fn day_rate(p: &ParamsOf<T>, activity: u32) -> Perbill {
		let span = p.max_rate.deconstruct().saturating_sub(p.min_rate.deconstruct());
		let used = activity.min(p.activity_target);
		let extra = (span as u64)
			.saturating_mul(used as u64)
			.checked_div(p.activity_target as u64)
			.unwrap_or_default();
		Perbill::from_parts(p.min_rate.deconstruct().saturating_add(extra as u32))
	}

	/// Close the day under way at block `now`: scale the drip index by `1 − rate` (rounded down),
	/// start a new era if it fell below [`ERA_FLOOR`], record the day, drop the day that left the
	/// history, start the next day, and tell [`Config::Observer`] (whose weight it returns).
	/// O(1): no holder is looked at.
	pub(crate) fn close_day(now: BlockNumberFor<T>) -> Weight {
		let p = Params::<T>::get();
		let activity = DayActivity::<T>::take();
		let day = CurrentDay::<T>::get();
		let rate = Self::day_rate(&p, activity);
		let keep = BILLION.saturating_sub(rate.deconstruct());
		let mut index = mul_div_down(Index::<T>::get(), keep as u128, BILLION as u128);
		let mut era = CurrentEra::<T>::get();
		let mut era_end = None;
		if index < ERA_FLOOR {
			era_end = Some((index, INDEX_ONE));
			// Every lock of the ending era is worth `index / INDEX_ONE` of its era-start value:
			// carry the total shares over at that rate, and restart the index.
			EraEnds::<T>::insert(era, index);
			TotalShares::<T>::mutate(|t| *t = mul_div_down(*t, index, INDEX_ONE));
			era = era.saturating_add(1);
			CurrentEra::<T>::put(era);
			index = INDEX_ONE;
			Self::deposit_event(Event::EraStarted { era });
		}
		Index::<T>::put(index);
		Days::<T>::insert(day, DayRecord { activity, rate, index, era });
		if let Some(old) = day.checked_sub(T::DayHistory::get()) {
			Days::<T>::remove(old);
		}
		CurrentDay::<T>::put(day.saturating_add(1));
		DayStart::<T>::put(now);
		Self::deposit_event(Event::DayClosed { day, activity, rate });
		T::Observer::day_closed(day, era_end)
	}
}
