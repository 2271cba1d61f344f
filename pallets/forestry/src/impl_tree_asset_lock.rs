//! [`TreeAssetLock`]: the tree-token pallet (and trades) lock a whole parcel or some trees.
//!
//! A lock binds only what its locker owns and what is free: see [`Pallet::effective_lock`].

use crate::*;
use sp_runtime::ArithmeticError;

impl<T: Config> TreeAssetLock<T::AccountId> for Pallet<T> {
	/// Lock `trees` of `parcel` for `by`, or the whole parcel when `trees` is empty.
	///
	/// The whole parcel: `who` owns it, and neither it nor any tree that belongs to it is
	/// locked; the lock then covers the trees that belong to the parcel, present and future
	/// (for a token, only while they stand). Listed trees: `who` owns each (the parcel's owner
	/// for trees not sold on their own), no lock binds any yet, and a token needs them
	/// standing. The parcel must be attested.
	fn lock(
		who: &T::AccountId,
		parcel: ParcelId,
		trees: &[TreeIndex],
		by: LockId,
	) -> DispatchResult {
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
		if trees.is_empty() {
			ensure!(p.owner == *who, Error::<T>::NotParcelOwner);
			ensure!(p.locked_by.is_none() && p.locked_trees == 0, Error::<T>::AlreadyLocked);
			p.locked_by = Some(by);
		} else {
			// Check every tree before writing any, so a refusal leaves nothing half-locked.
			let mut seen = alloc::collections::BTreeSet::new();
			let mut locked = Vec::with_capacity(trees.len());
			let mut own = 0u32;
			for index in trees {
				ensure!(seen.insert(*index), Error::<T>::AlreadyLocked);
				let mut t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(*t.owner.as_ref().unwrap_or(&p.owner) == *who, Error::<T>::NotTreeOwner);
				// Felled logs can be traded but not tokenised.
				let tokenising = matches!(by, LockId::Token(_));
				ensure!(!tokenising || t.status == TreeStatus::Standing, Error::<T>::TreeFelled);
				ensure!(Self::effective_lock(&t, &p).is_none(), Error::<T>::AlreadyLocked);
				if t.owner.is_none() {
					own += 1;
				}
				t.locked_by = Some(by);
				locked.push((*index, t));
			}
			p.locked_trees = p.locked_trees.checked_add(own).ok_or(ArithmeticError::Overflow)?;
			for (index, t) in locked {
				Trees::<T>::insert(parcel, index, t);
			}
		}
		Parcels::<T>::insert(parcel, p);
		Self::deposit_event(Event::Locked { parcel, trees: trees.len() as u32, by });
		Ok(())
	}

	/// Undo [`Self::lock`] with the same arguments.
	fn unlock(parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult {
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		if trees.is_empty() {
			ensure!(p.locked_by == Some(by), Error::<T>::NotLockedByToken);
			p.locked_by = None;
		} else {
			let mut seen = alloc::collections::BTreeSet::new();
			let mut unlocked = Vec::with_capacity(trees.len());
			let mut own = 0u32;
			for index in trees {
				ensure!(seen.insert(*index), Error::<T>::NotLockedByToken);
				let mut t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(t.locked_by == Some(by), Error::<T>::NotLockedByToken);
				if t.owner.is_none() {
					own += 1;
				}
				t.locked_by = None;
				unlocked.push((*index, t));
			}
			for (index, t) in unlocked {
				Trees::<T>::insert(parcel, index, t);
			}
			p.locked_trees = p.locked_trees.saturating_sub(own);
		}
		Parcels::<T>::insert(parcel, p);
		Self::deposit_event(Event::Unlocked { parcel, trees: trees.len() as u32, by });
		Ok(())
	}

	/// The parcel's owner, if the parcel exists.
	fn parcel_owner(parcel: ParcelId) -> Option<T::AccountId> {
		Parcels::<T>::get(parcel).map(|p| p.owner)
	}
}
