//! What must always hold, checked by `try_state` (and after every test).

#[cfg(any(feature = "std", feature = "try-runtime"))]
use crate::*;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use alloc::collections::BTreeMap;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use sp_runtime::{traits::Saturating, TryRuntimeError};

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every parcel id is below `NextParcelId`; every tree's index is below its parcel's
	///   `trees`, and its parcel exists;
	/// - a parcel's `locked_trees` equals the number of its trees locked on their own that
	///   belong to it (`owner` `None`);
	/// - no tree is covered twice (its own lock while its parcel's lock covers it);
	/// - a tree's `records` is at most `MaxRecordsPerTree` and its history holds exactly the
	///   seqs `0 .. records`; a parcel's documents are exactly `0 .. documents`;
	/// - what each account holds for each [`HoldReason`] equals the deposits the parcels,
	///   trees, records and documents say it paid;
	/// - rare marks name only species of the list and registered parcels.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextParcelId::<T>::get();
		// Per account: parcel, tree and record deposits.
		let mut owed: BTreeMap<T::AccountId, [BalanceOf<T>; 3]> = BTreeMap::new();
		let mut add = |who: &T::AccountId, i: usize, amount: BalanceOf<T>| {
			let e = owed.entry(who.clone()).or_default();
			e[i] = e[i].saturating_add(amount);
		};
		let (mut total_trees, mut total_records, mut total_documents) = (0u64, 0u64, 0u64);
		for (id, p) in Parcels::<T>::iter() {
			ensure!(id < next, "parcel id not below NextParcelId");
			add(&p.deposit.who, 0, p.deposit.amount);
			let mut locked = 0u32;
			for (index, t) in Trees::<T>::iter_prefix(id) {
				total_trees += 1;
				ensure!(index < p.trees, "tree index not below its parcel's tree count");
				if t.locked_by.is_some() {
					ensure!(
						Self::parcel_lock_covering(&t, &p).is_none(),
						"tree locked on its own and by its parcel"
					);
					if t.owner.is_none() {
						locked += 1;
					}
				}
				add(&t.witness, 1, t.deposit);
				ensure!(t.records <= T::MaxRecordsPerTree::get(), "history over MaxRecordsPerTree");
				let tree = TreeId { parcel: id, index };
				let mut count = 0u32;
				for (seq, r) in TreeHistory::<T>::iter_prefix(tree) {
					ensure!(seq < t.records, "history record beyond the tree's count");
					add(&r.by, 2, r.deposit);
					count += 1;
				}
				ensure!(count == t.records, "tree history count differs from its records");
				total_records += count as u64;
			}
			ensure!(locked == p.locked_trees, "locked_trees differs from the trees locked");
			let mut documents = 0u32;
			for (seq, d) in ParcelDocuments::<T>::iter_prefix(id) {
				ensure!(seq < p.documents, "document beyond the parcel's count");
				add(&d.by, 2, d.deposit);
				documents += 1;
			}
			ensure!(documents == p.documents, "parcel documents differ from its count");
			total_documents += documents as u64;
		}
		ensure!(Trees::<T>::iter_keys().count() as u64 == total_trees, "tree of no parcel");
		ensure!(
			TreeHistory::<T>::iter_keys().count() as u64 == total_records,
			"history record of no tree"
		);
		ensure!(
			ParcelDocuments::<T>::iter_keys().count() as u64 == total_documents,
			"document of no parcel"
		);
		ensure!(
			RareSpecies::<T>::iter_keys().all(Species::<T>::contains_key),
			"rare mark on a species not in the list"
		);
		ensure!(
			RareParcels::<T>::iter_keys().all(Parcels::<T>::contains_key),
			"rare mark on a parcel not registered"
		);
		let reasons =
			[HoldReason::ParcelDeposit, HoldReason::TreeDeposit, HoldReason::RecordDeposit];
		for (who, amounts) in owed {
			for (reason, amount) in reasons.iter().zip(amounts) {
				ensure!(
					Self::deposit_held(*reason, &who) == amount,
					"held deposit differs from the deposits recorded"
				);
			}
		}
		Ok(())
	}
}
