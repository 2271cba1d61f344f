//! Holder accounts: bringing one up to date, following its shares, claiming.

use super::close::{mul_div_down, saturate};
use crate::*;
use alloc::vec::Vec;
use sp_core::U256;

/// The most stretches an account is brought across at once: its pending shares joining, and the
/// share eras that ended since it was last touched. Shares carried across three whole eras are
/// below one (each era multiplies them by less than 10^-18), so more is never needed: past that
/// the account has no shares left.
pub const MAX_SEGMENTS: u32 = 6;

impl<T: Config> Pallet<T> {
	/// Each pool's reward per share after `closes` days had closed (0 before the first close, or
	/// for a pool opened since).
	fn accs_after(closes: DayIndex, pools: &[PoolOf<T>]) -> Vec<U256> {
		if closes >= Today::<T>::get() {
			return pools.iter().map(|p| p.acc).collect();
		}
		let record = closes.checked_sub(1).and_then(Days::<T>::get);
		pools
			.iter()
			.enumerate()
			.map(|(i, _)| {
				record.as_ref().and_then(|r| r.assets.get(i)).map(|a| a.acc).unwrap_or_default()
			})
			.collect()
	}

	/// Bring `h` up to date: what its eligible shares earned at each close since `synced` joins
	/// `owed`; its pending shares join the eligible ones once their day has closed; its shares
	/// follow every share era that ended. Reads one day record per stretch.
	pub(crate) fn settle(h: &mut HolderOf<T>, pools: &[PoolOf<T>]) {
		let today = Today::<T>::get();
		let era_now = Era::<T>::get();
		while h.owed.len() < pools.len() {
			if h.owed.try_push(U256::zero()).is_err() {
				break;
			}
		}
		let mut from = Self::accs_after(h.synced, pools);
		for _ in 0..MAX_SEGMENTS {
			let joins =
				(h.pending > 0 && h.pending_day < today).then(|| h.pending_day.saturating_add(1));
			let era_end = if h.era < era_now { EraEnds::<T>::get(h.era) } else { None };
			let mut next = today;
			if let Some(j) = joins {
				next = next.min(j);
			}
			if let Some((_, _, closes)) = era_end {
				next = next.min(closes);
			}
			let to = Self::accs_after(next, pools);
			if h.eligible > 0 {
				let shares = U256::from(h.eligible);
				for (i, owed) in h.owed.iter_mut().enumerate() {
					let (a, b) = (
						to.get(i).copied().unwrap_or_default(),
						from.get(i).copied().unwrap_or_default(),
					);
					*owed = owed.saturating_add(shares.saturating_mul(a.saturating_sub(b)));
				}
			}
			h.synced = next;
			from = to;
			if let Some((end, one, closes)) = era_end {
				if closes == next {
					h.eligible = mul_div_down(h.eligible, end, one);
					h.pending = mul_div_down(h.pending, end, one);
					h.era = h.era.saturating_add(1);
				}
			}
			if joins == Some(next) {
				h.eligible = h.eligible.saturating_add(h.pending);
				h.pending = 0;
				h.joined = next;
			}
			if next >= today && h.era >= era_now {
				return;
			}
		}
		// Only an account untouched through more share eras than a value survives gets here.
		h.eligible = 0;
		h.pending = 0;
		h.era = era_now;
		h.synced = today;
	}

	/// A fresh account, up to date now.
	fn new_holder() -> HolderOf<T> {
		Holder {
			era: Era::<T>::get(),
			eligible: 0,
			pending: 0,
			pending_day: Today::<T>::get(),
			synced: Today::<T>::get(),
			joined: Today::<T>::get(),
			owed: BoundedVec::new(),
			claimed: None,
		}
	}

	/// Does `h` hold shares?
	fn holds(h: &HolderOf<T>) -> bool {
		h.eligible > 0 || h.pending > 0
	}

	/// Write `h` back, or close it when it has no shares and less than a planck owed in every
	/// pool (those fractions go to the next day's dividend); `held`: whether it held shares as
	/// stored before (for [`ShareHolders`]).
	fn store(
		who: &T::AccountId,
		h: HolderOf<T>,
		held: bool,
		pools: &mut BoundedVec<PoolOf<T>, T::MaxAssets>,
	) -> bool {
		match (held, Self::holds(&h)) {
			(false, true) => ShareHolders::<T>::mutate(|n| *n = n.saturating_add(1)),
			(true, false) => ShareHolders::<T>::mutate(|n| *n = n.saturating_sub(1)),
			_ => {},
		}
		let scale = acc_scale();
		if h.eligible == 0 && h.pending == 0 && h.owed.iter().all(|o| *o < scale) {
			let mut moved = false;
			for (pool, owed) in pools.iter_mut().zip(h.owed.iter()) {
				if !owed.is_zero() {
					pool.owed = pool.owed.saturating_sub(*owed);
					pool.carry = pool.carry.saturating_add(*owed);
					moved = true;
				}
			}
			Holders::<T>::remove(who);
			moved
		} else {
			Holders::<T>::insert(who, h);
			false
		}
	}

	/// `who`'s shares are `shares` now: more than the account knows of come in pending (earning
	/// from today's close on), fewer leave at once, pending ones first.
	pub(crate) fn do_shares_changed(who: &T::AccountId, shares: u128) {
		let mut pools = Pools::<T>::get();
		let mut h = Holders::<T>::get(who).unwrap_or_else(Self::new_holder);
		let held = Self::holds(&h);
		Self::settle(&mut h, &pools);
		let known = h.eligible.saturating_add(h.pending);
		if shares >= known {
			let more = shares.saturating_sub(known);
			if more > 0 {
				h.pending = h.pending.saturating_add(more);
				h.pending_day = Today::<T>::get();
				Pending::<T>::mutate(|p| *p = p.saturating_add(more));
			}
		} else {
			let fewer = known.saturating_sub(shares);
			let from_pending = fewer.min(h.pending);
			h.pending = h.pending.saturating_sub(from_pending);
			Pending::<T>::mutate(|p| *p = p.saturating_sub(from_pending));
			let from_eligible = fewer.saturating_sub(from_pending).min(h.eligible);
			h.eligible = h.eligible.saturating_sub(from_eligible);
			Eligible::<T>::mutate(|e| *e = e.saturating_sub(from_eligible));
		}
		if Self::store(who, h, held, &mut pools) {
			Pools::<T>::put(pools);
		}
	}

	/// Pay `who` everything owed in whole units; see [`Pallet::claim`].
	pub(crate) fn do_claim(who: T::AccountId) -> DispatchResult {
		let mut h = Holders::<T>::get(&who).ok_or(Error::<T>::NoPower)?;
		let held = Self::holds(&h);
		let mut pools = Pools::<T>::get();
		Self::settle(&mut h, &pools);
		let scale = acc_scale();
		let mut payouts = BoundedVec::<(T::AssetKind, Balance), T::MaxAssets>::new();
		let mut blocked = false;
		for (pool, owed) in pools.iter_mut().zip(h.owed.iter_mut()) {
			let amount = saturate(*owed / scale);
			if amount == 0 {
				continue;
			}
			// What cannot be paid now (the holder cannot receive the asset, or the revenue
			// account would fall below its minimum) stays owed; the other assets are paid.
			if !Self::pay(&pool.asset, &who, amount) {
				blocked = true;
				continue;
			}
			let paid = U256::from(amount).saturating_mul(scale);
			*owed = owed.saturating_sub(paid);
			pool.owed = pool.owed.saturating_sub(paid);
			let _ = payouts.try_push((pool.asset.clone(), amount));
		}
		if payouts.is_empty() {
			if blocked {
				return Err(Error::<T>::CannotPay.into());
			}
			if h.claimed == Some(h.synced) {
				return Err(Error::<T>::AlreadyClaimed.into());
			}
			if h.eligible == 0 && h.pending == 0 {
				return Err(Error::<T>::NoPower.into());
			}
			// Its shares are all pending, or joined at the last close: the day they earn for
			// has not closed yet.
			if h.eligible == 0 || h.joined >= h.synced {
				return Err(Error::<T>::DayNotClosed.into());
			}
			return Err(Error::<T>::NothingToClaim.into());
		}
		h.claimed = Some(h.synced);
		Self::store(&who, h, held, &mut pools);
		Pools::<T>::put(pools);
		Self::deposit_event(Event::Claimed { who, payouts });
		Ok(())
	}

	/// What `who` could claim now, per pool (whole units, zeros left out).
	pub fn claimable(who: &T::AccountId) -> Vec<(T::AssetKind, Balance)> {
		let Some(mut h) = Holders::<T>::get(who) else { return Vec::new() };
		let pools = Pools::<T>::get();
		Self::settle(&mut h, &pools);
		let scale = acc_scale();
		pools
			.iter()
			.zip(h.owed.iter())
			.map(|(p, o)| (p.asset.clone(), saturate(*o / scale)))
			.filter(|(_, a)| *a > 0)
			.collect()
	}
}
