//! What must always hold (checked by `try_state`, and by the tests after every step).

use crate::*;
use frame_support::traits::fungible::{InspectFreeze, InspectHold};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants; iterates every record and listing, for tests and
	/// try-runtime only.
	///
	/// - each holder's lockup freeze is what its record stands for (plus its `stacked` part),
	///   and its listing hold what
	///   its record lists, the sum of its listings;
	/// - nothing has been released that had not dripped;
	/// - [`TotalFrozen`] is the sum of the freezes, [`ListingCount`] the number of listings, and
	///   [`TotalShares`] at least the sum of the records' shares (rounding at an era's end leaves
	///   the total at most a unit a record above).
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut listed: BTreeMap<T::AccountId, (Balance, u32)> = BTreeMap::new();
		let mut count = 0u32;
		for (_, l) in Listings::<T>::iter() {
			let e = listed.entry(l.seller.clone()).or_default();
			e.0 = e.0.saturating_add(l.amount);
			e.1 = e.1.saturating_add(1);
			count = count.saturating_add(1);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ListingDeposit.into(), &l.seller)
					>= l.deposit,
				"listing deposit not held"
			);
		}
		ensure!(count == ListingCount::<T>::get(), "ListingCount is not the number of listings");
		let (mut frozen, mut shares, mut records) = (0u128, 0u128, 0u128);
		for (who, r) in Locks::<T>::iter() {
			let f = Self::frozen_of(&r);
			ensure!(
				T::Currency::balance_frozen(&FreezeReason::Lockup.into(), &who)
					== f.saturating_add(r.stacked),
				"lockup freeze differs from its record"
			);
			ensure!(
				r.released <= r.base.saturating_sub(Self::locked_of(&r)),
				"more released than dripped"
			);
			let (l, n) = listed.remove(&who).unwrap_or_default();
			ensure!(r.listed == l && r.listings == n, "record's listings differ from the book");
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Listing.into(), &who) == l,
				"listing hold differs from the listed CEC"
			);
			frozen = frozen.saturating_add(f);
			shares = shares.saturating_add(Self::shares_now(&r));
			records = records.saturating_add(1);
		}
		ensure!(listed.is_empty(), "a listing's seller has no record");
		ensure!(frozen == TotalFrozen::<T>::get(), "TotalFrozen is not the sum of the freezes");
		let total = TotalShares::<T>::get();
		ensure!(
			total >= shares && total <= shares.saturating_add(records),
			"TotalShares is not the sum of the shares"
		);
		Ok(())
	}
}
