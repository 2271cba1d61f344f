//! What must always hold (checked by `try_state`, after every block of the runtime tests and
//! after every step of the random-history tests).

use crate::*;

impl<T: Config> Pallet<T> {
	/// The revenue account holds at least what every pool accounts for; the shares holders'
	/// accounts know of add up to the totals, and what they are owed to no more than the pools
	/// owe (exactly, as long as no share era has ended).
	#[cfg(any(feature = "std", feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungibles::Inspect;
		use sp_core::U256;
		let pools = Pools::<T>::get();
		let scale = acc_scale();
		let account = Self::account_id();
		for pool in pools.iter() {
			let held =
				U256::from(T::Assets::balance(pool.asset.clone(), &account)).saturating_mul(scale);
			let needed = U256::from(
				pool.reserve
					.saturating_add(pool.revenue)
					.saturating_add(pool.rewards)
					.saturating_add(pool.buyback_due),
			)
			.saturating_mul(scale)
			.saturating_add(pool.carry)
			.saturating_add(pool.owed);
			ensure!(held >= needed, "the revenue account holds less than its pools account for");
		}
		let today = Today::<T>::get();
		let (mut eligible, mut pending) = (0u128, 0u128);
		let mut holding = 0u32;
		let mut owed = alloc::vec![U256::zero(); pools.len()];
		for (_, mut h) in Holders::<T>::iter() {
			if h.eligible > 0 || h.pending > 0 {
				holding = holding.saturating_add(1);
			}
			if h.pending > 0 && h.pending_day < today {
				eligible = eligible.saturating_add(h.pending);
			} else {
				pending = pending.saturating_add(h.pending);
			}
			eligible = eligible.saturating_add(h.eligible);
			Self::settle(&mut h, &pools);
			for (sum, o) in owed.iter_mut().zip(h.owed.iter()) {
				*sum = sum.saturating_add(*o);
			}
		}
		for (pool, sum) in pools.iter().zip(owed.iter()) {
			ensure!(*sum <= pool.owed, "holders are owed more than their pool owes");
		}
		ensure!(holding == ShareHolders::<T>::get(), "share holders are miscounted");
		if Era::<T>::get() == 0 {
			ensure!(eligible == Eligible::<T>::get(), "eligible shares do not add up");
			ensure!(pending == Pending::<T>::get(), "pending shares do not add up");
			for (pool, sum) in pools.iter().zip(owed.iter()) {
				ensure!(*sum == pool.owed, "holders' dues do not add up to their pool's");
			}
		}
		Ok(())
	}
}
