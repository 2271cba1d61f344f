//! Lookups the runtime API serves: a tree with its history, a page of a parcel's trees.

use crate::*;

impl<T: Config> Pallet<T> {
	/// A tree with its whole history, effective owner and effective lock.
	pub fn tree_view(id: TreeId) -> Option<TreeViewOf<T>> {
		let parcel = Parcels::<T>::get(id.parcel)?;
		let tree = Trees::<T>::get(id.parcel, id.index)?;
		let history = (0..tree.records).filter_map(|seq| TreeHistory::<T>::get(id, seq)).collect();
		Some(TreeView {
			id,
			code: smart_code::encode(id),
			owner: tree.owner.clone().unwrap_or_else(|| parcel.owner.clone()),
			locked_by: Self::effective_lock(&tree, &parcel),
			tree,
			history,
		})
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) trees of a parcel from index `start`, with their
	/// smart codes.
	pub fn parcel_trees(
		parcel: ParcelId,
		start: TreeIndex,
		limit: u32,
	) -> Vec<(TreeId, SmartCode, TreeOf<T>)> {
		let end = Parcels::<T>::get(parcel)
			.map_or(0, |p| p.trees)
			.min(start.saturating_add(limit.min(MAX_PAGE)));
		(start..end)
			.filter_map(|index| {
				let id = TreeId { parcel, index };
				Trees::<T>::get(parcel, index).map(|t| (id, smart_code::encode(id), t))
			})
			.collect()
	}
}
