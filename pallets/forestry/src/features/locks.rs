//! Which lock binds a tree. A lock binds only what its locker owned when it was taken: a
//! whole-parcel lock covers the trees that belong to the parcel (`Tree::owner` `None`), and a
//! token lock only those still standing (felled logs can be traded on their own). Trees sold
//! on their own are separate property: only their own lock binds them.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The lock that binds `tree` of `parcel`: its own lock, else the parcel's lock if the
	/// tree belongs to the parcel and the lock is a trade or the tree stands.
	pub fn effective_lock(tree: &TreeOf<T>, parcel: &ParcelOf<T>) -> Option<LockId> {
		tree.locked_by.or_else(|| Self::parcel_lock_covering(tree, parcel))
	}

	/// The parcel's lock, if it covers `tree`.
	pub(crate) fn parcel_lock_covering(tree: &TreeOf<T>, parcel: &ParcelOf<T>) -> Option<LockId> {
		match parcel.locked_by {
			Some(lock)
				if tree.owner.is_none()
					&& (matches!(lock, LockId::Trade(_))
						|| tree.status == TreeStatus::Standing) =>
			{
				Some(lock)
			},
			_ => None,
		}
	}
}
