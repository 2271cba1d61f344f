//! What must always hold: collateral is what is held, exposure is what live policies can still
//! pay and never above collateral, no policy pays more than its sum, and deposits are what is
//! held for them.

use crate::*;
use alloc::vec::Vec;
use frame_support::traits::{fungible::InspectHold as _, fungibles::InspectHold as _};
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants (`try_state`, the fuzz harness and tests call it).
	///
	/// - each pool's collateral equals what is held for [`HoldReason::Collateral`] in its asset
	///   on its insurer, and its exposure is at most its collateral;
	/// - each pool's exposure is the sum of its live policies' `unpaid` cover;
	/// - every policy: `unpaid ≤ sum`, `paid ≤ sum`, settled ones have nothing unpaid, and the
	///   paid trees' sums plus `unpaid` never exceed `sum`;
	/// - each product's `live` counts its policies;
	/// - every account's [`HoldReason::Deposit`] hold is the sum of its products' and policies'
	///   deposits;
	/// - every event of record has reports and a severity of 1–100 %.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let collateral = HoldReason::Collateral.into();
		let mut exposures: Vec<((T::AccountId, AssetIdOf<T>), BalanceOf<T>)> = Vec::new();
		let mut deposits: Vec<(T::AccountId, BalanceOf<T>)> = Vec::new();
		let mut live: Vec<(ProductId, u32)> = Vec::new();
		fn add<K: PartialEq, V: Saturating + Copy>(v: &mut Vec<(K, V)>, k: K, x: V) {
			match v.iter_mut().find(|(key, _)| *key == k) {
				Some((_, sum)) => *sum = sum.saturating_add(x),
				None => v.push((k, x)),
			}
		}
		for (id, p) in Policies::<T>::iter() {
			ensure!(p.unpaid <= p.sum && p.paid <= p.sum, "a policy pays more than its sum");
			ensure!(!p.settled || p.unpaid.is_zero(), "a settled policy has unpaid cover");
			let mut trees_paid = BalanceOf::<T>::zero();
			for (_, cover) in PolicyTrees::<T>::iter_prefix(id) {
				if cover.paid.is_some() {
					trees_paid =
						trees_paid.checked_add(&cover.sum).ok_or("paid tree sums overflow")?;
				}
			}
			ensure!(
				p.settled || trees_paid.saturating_add(p.unpaid) == p.sum,
				"a policy's unpaid cover is not its sum less its paid trees"
			);
			add(&mut exposures, (p.insurer.clone(), p.asset.clone()), p.unpaid);
			add(&mut deposits, p.holder.clone(), p.deposit);
			add(&mut live, p.product, 1u32);
		}
		for (id, product) in Products::<T>::iter() {
			let count = live.iter().find(|(k, _)| *k == id).map(|(_, n)| *n).unwrap_or(0);
			ensure!(product.live == count, "a product's live count is wrong");
			ensure!(product.open || product.live > 0, "a closed product without policies stays");
			add(&mut deposits, product.insurer.clone(), product.deposit);
		}
		for (who, asset, pool) in Pools::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(asset.clone(), &collateral, &who) == pool.collateral,
				"collateral differs from what is held"
			);
			ensure!(pool.exposure <= pool.collateral, "exposure above collateral");
			let expected = exposures
				.iter()
				.find(|(k, _)| *k == (who.clone(), asset.clone()))
				.map(|(_, e)| *e)
				.unwrap_or_else(Zero::zero);
			ensure!(pool.exposure == expected, "exposure differs from the live policies'");
		}
		for ((who, asset), exposure) in exposures {
			ensure!(
				exposure.is_zero() || Pools::<T>::contains_key(&who, &asset),
				"a policy's insurer has no pool"
			);
		}
		for (who, amount) in deposits {
			ensure!(
				T::DepositCurrency::balance_on_hold(&HoldReason::Deposit.into(), &who) == amount,
				"a deposit differs from what is held"
			);
		}
		for (_, record) in EventsOfRecord::<T>::iter() {
			ensure!(!record.reports.is_empty(), "an event of record without reports");
			ensure!((1..=100).contains(&record.severity), "an event's severity is out of range");
		}
		Ok(())
	}
}
