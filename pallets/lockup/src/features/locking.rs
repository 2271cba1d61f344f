//! Locks: what a record holds now, locking, unlocking, and keeping the freeze equal to the
//! record.

use crate::{features::mul_div_down, *};
use cec_primitives::PowerObserver;
use frame_support::traits::fungible::MutateFreeze;
use sp_runtime::traits::{Convert, UniqueSaturatedFrom, UniqueSaturatedInto};

/// How many whole eras settling a lock looks at: a value untouched through three whole eras is
/// below one planck (each multiplies it by less than `ERA_FLOOR / INDEX_ONE` = 10^-18).
const MAX_WHOLE_ERAS: u32 = 3;

impl<T: Config> Pallet<T> {
	/// `value` of era `from` (< the current era) at index `index`, carried to the start of the
	/// current era: times the era's end over `index`, times each later whole era's end over
	/// [`INDEX_ONE`], rounding down at each step. Never more than [`MAX_WHOLE_ERAS`] whole eras:
	/// past them the value is 0.
	fn to_era_start(value: u128, from: EraIndex, index: DripIndex) -> u128 {
		let era = CurrentEra::<T>::get();
		let Some(end) = EraEnds::<T>::get(from) else { return 0 };
		let mut value = mul_div_down(value, end, index);
		let mut e = from.saturating_add(1);
		let mut whole = 0;
		while e < era {
			if value == 0 || whole == MAX_WHOLE_ERAS {
				return 0;
			}
			value = mul_div_down(value, EraEnds::<T>::get(e).unwrap_or_default(), INDEX_ONE);
			e = e.saturating_add(1);
			whole += 1;
		}
		value
	}

	/// `value` of era `from` at index `index`, carried to the current era and index: times the
	/// index now over `index` in the same era, else [`Self::to_era_start`] times the index now
	/// over [`INDEX_ONE`].
	fn carry(value: u128, from: EraIndex, index: DripIndex) -> u128 {
		let now = Index::<T>::get();
		if from == CurrentEra::<T>::get() {
			mul_div_down(value, now, index)
		} else {
			mul_div_down(Self::to_era_start(value, from, index), now, INDEX_ONE)
		}
	}

	/// The record's locked CEC now: `base × index now / index at the snapshot`, rounded down
	/// (across eras, see [`Self::carry`]).
	pub fn locked_of(r: &LockRecordOf<T>) -> Balance {
		if r.base.is_zero() {
			return 0;
		}
		Self::carry(r.base, r.era, r.index)
	}

	/// The record's power shares in the current era: its `shares`, or, if an era ended since,
	/// those carried over the ended eras as the total was at each era's end (shares are values at
	/// an era's start index, [`INDEX_ONE`]).
	pub fn shares_now(r: &LockRecordOf<T>) -> u128 {
		if r.era == CurrentEra::<T>::get() {
			r.shares
		} else {
			Self::to_era_start(r.shares, r.era, INDEX_ONE)
		}
	}

	/// What has dripped and may be unlocked (or listed) now.
	pub fn unlockable_of(r: &LockRecordOf<T>) -> Balance {
		r.carried
			.saturating_add(r.base.saturating_sub(Self::locked_of(r)))
			.saturating_sub(r.released)
	}

	/// The lockup's freeze the record stands for: `base + carried − released + listed` (locked,
	/// unlockable and listed CEC).
	pub fn frozen_of(r: &LockRecordOf<T>) -> Balance {
		r.base.saturating_add(r.carried).saturating_sub(r.released).saturating_add(r.listed)
	}

	/// Take `amount` (at most [`Self::unlockable_of`]) out of the unlockable CEC: what dripped
	/// before the snapshot first.
	pub(crate) fn take_unlockable(r: &mut LockRecordOf<T>, amount: Balance) {
		let from_carried = amount.min(r.carried);
		r.carried = r.carried.saturating_sub(from_carried);
		r.released = r.released.saturating_add(amount.saturating_sub(from_carried));
	}

	/// A record with nothing in it, snapshot now.
	pub(crate) fn empty_record() -> LockRecordOf<T> {
		LockRecord {
			base: 0,
			index: Index::<T>::get(),
			era: CurrentEra::<T>::get(),
			shares: 0,
			released: 0,
			carried: 0,
			listed: 0,
			listings: 0,
			since: Self::now(),
			stacked: 0,
		}
	}

	/// Lock `amount` more of `who`'s CEC, which the caller made sure `who` has free. The
	/// snapshot is taken afresh: locked now plus `amount` at the index now; what had dripped is
	/// carried; coin-days count from the amount-weighted block.
	pub(crate) fn do_lock(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let now = Self::now();
		let (mut r, locked) = match Locks::<T>::get(&who) {
			Some(r) => {
				let locked = Self::locked_of(&r);
				(r, locked)
			},
			None => (Self::empty_record(), 0),
		};
		if locked.is_zero() && r.base.is_zero() {
			ensure!(amount >= T::MinLock::get(), Error::<T>::BelowMinimumLock);
		}
		let base = locked.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		let since = if locked.is_zero() {
			now
		} else {
			// (locked × since + amount × now) / base, rounded up: topping up never makes a lock
			// look older.
			let (s, n): (u128, u128) =
				(r.since.unique_saturated_into(), now.unique_saturated_into());
			let weighted = locked
				.checked_mul(s)
				.and_then(|a| amount.checked_mul(n).and_then(|b| a.checked_add(b)))
				.and_then(|sum| sum.checked_add(base.saturating_sub(1)))
				.map(|sum| sum / base)
				.unwrap_or(n);
			BlockNumberFor::<T>::unique_saturated_from(weighted.min(n))
		};
		let unlockable = Self::unlockable_of(&r);
		let old_shares = Self::shares_now(&r);
		r.carried = unlockable;
		r.released = 0;
		r.base = base;
		r.index = Index::<T>::get();
		r.era = CurrentEra::<T>::get();
		r.shares = mul_div_down(base, INDEX_ONE, r.index);
		r.since = since;
		TotalShares::<T>::mutate(|t| *t = t.saturating_sub(old_shares).saturating_add(r.shares));
		TotalFrozen::<T>::mutate(|t| *t = t.saturating_add(amount));
		T::Observer::shares_changed(&who, r.shares);
		Self::store(&who, r)?;
		Self::deposit_event(Event::Locked { who, amount });
		Ok(())
	}

	/// Unlock `amount` of what has dripped; see [`Pallet::unlock`].
	pub(crate) fn do_unlock(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut r = Locks::<T>::get(&who).ok_or(Error::<T>::InsufficientUnlockable)?;
		ensure!(amount <= Self::unlockable_of(&r), Error::<T>::InsufficientUnlockable);
		Self::take_unlockable(&mut r, amount);
		TotalFrozen::<T>::mutate(|t| *t = t.saturating_sub(amount));
		Self::store(&who, r)?;
		Self::deposit_event(Event::Unlocked { who, amount });
		Ok(())
	}

	/// Write `r` as `who`'s record and set the freeze to match: the record's part
	/// ([`Self::frozen_of`]) on top of [`Config::OtherFrozen`] now. A record with nothing locked,
	/// unlockable or listed is removed (its shares leave the total) and the freeze lifted.
	pub(crate) fn store(who: &T::AccountId, mut r: LockRecordOf<T>) -> DispatchResult {
		if Self::locked_of(&r).is_zero() && Self::unlockable_of(&r).is_zero() && r.listings == 0 {
			let shares = Self::shares_now(&r);
			TotalShares::<T>::mutate(|t| *t = t.saturating_sub(shares));
			Locks::<T>::remove(who);
			T::Observer::shares_changed(who, 0);
			T::Currency::thaw(&FreezeReason::Lockup.into(), who)
		} else {
			r.stacked = T::OtherFrozen::convert(who.clone());
			let frozen = Self::frozen_of(&r).saturating_add(r.stacked);
			Locks::<T>::insert(who, r);
			T::Currency::set_freeze(&FreezeReason::Lockup.into(), who, frozen)
		}
	}

	/// Store `who`'s record again, so the freeze follows [`Config::OtherFrozen`] now; see
	/// [`Pallet::refresh`].
	pub(crate) fn do_refresh(who: T::AccountId) -> DispatchResult {
		let r = Locks::<T>::get(&who).ok_or(Error::<T>::NoLock)?;
		Self::store(&who, r)?;
		let frozen = <T::Currency as fungible::InspectFreeze<_>>::balance_frozen(
			&FreezeReason::Lockup.into(),
			&who,
		);
		Self::deposit_event(Event::Refreshed { who, frozen });
		Ok(())
	}
}
