//! [`TreeRegistry`]: the read-only tree lookup other pallets and the contracts chain extension
//! use. Three reads at most — the tree, its parcel (for the owner) and its latest measurement —
//! never its history.

use crate::*;
use cec_primitives::{TreeFacts, TreeLookupError, TreeRegistry, TreeState, MAX_SMART_CODE_LEN};

impl<T: Config> TreeRegistry<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn tree_by_code(
		code: &[u8],
	) -> Result<TreeFacts<T::AccountId, BlockNumberFor<T>>, TreeLookupError> {
		if code.len() > MAX_SMART_CODE_LEN as usize {
			return Err(TreeLookupError::MalformedCode);
		}
		let id = smart_code::decode(code).ok_or(TreeLookupError::MalformedCode)?;
		let tree = Trees::<T>::get(id.parcel, id.index).ok_or(TreeLookupError::NotFound)?;
		let owner = match tree.owner.clone() {
			Some(owner) => owner,
			None => Parcels::<T>::get(id.parcel).ok_or(TreeLookupError::NotFound)?.owner,
		};
		let (height_cm, crown_cm, trunk_mm, measured_at) = match LatestMeasurements::<T>::get(id) {
			Some(m) => (m.height_cm, m.crown_cm, m.trunk_mm, m.at),
			None => (
				tree.survey.height_cm,
				tree.survey.crown_cm,
				tree.survey.trunk_mm,
				tree.registered_at,
			),
		};
		Ok(TreeFacts {
			parcel: id.parcel,
			index: id.index,
			species: tree.survey.species,
			status: match tree.status {
				TreeStatus::Standing => TreeState::Standing,
				TreeStatus::Felled => TreeState::Felled,
			},
			owner,
			height_cm,
			crown_cm,
			trunk_mm,
			measured_at,
		})
	}

	/// Measured by the `tree_by_code` benchmark.
	fn tree_by_code_weight() -> Weight {
		T::WeightInfo::tree_by_code()
	}
}
