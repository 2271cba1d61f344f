//! [`TreeRegistry`]: the read-only lookups other pallets (insurance) and the contracts chain
//! extension use. A tree costs three reads at most — the tree, its parcel (for the owner) and its
//! latest measurement — a parcel one, a history record one; nothing walks a history or a parcel.

use crate::*;
use cec_primitives::{
	ParcelFacts, TreeFacts, TreeIncident, TreeLookupError, TreeRegistry, TreeState,
	MAX_SMART_CODE_LEN,
};

impl<T: Config> Pallet<T> {
	/// The facts of tree `id`, or `None` if there is no such tree.
	fn tree_facts(id: TreeId) -> Option<TreeFacts<T::AccountId, BlockNumberFor<T>>> {
		let tree = Trees::<T>::get(id.parcel, id.index)?;
		let owner = match tree.owner.clone() {
			Some(owner) => owner,
			None => Parcels::<T>::get(id.parcel)?.owner,
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
		Some(TreeFacts {
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
}

impl<T: Config> TreeRegistry<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn tree_by_code(
		code: &[u8],
	) -> Result<TreeFacts<T::AccountId, BlockNumberFor<T>>, TreeLookupError> {
		if code.len() > MAX_SMART_CODE_LEN as usize {
			return Err(TreeLookupError::MalformedCode);
		}
		let id = smart_code::decode(code).ok_or(TreeLookupError::MalformedCode)?;
		Self::tree_facts(id).ok_or(TreeLookupError::NotFound)
	}

	/// Measured by the `tree_by_code` benchmark.
	fn tree_by_code_weight() -> Weight {
		T::WeightInfo::tree_by_code()
	}

	fn tree(
		parcel: ParcelId,
		index: TreeIndex,
	) -> Option<TreeFacts<T::AccountId, BlockNumberFor<T>>> {
		Self::tree_facts(TreeId { parcel, index })
	}

	/// The same three reads as `tree_by_code`, without decoding a code: its weight bounds it.
	fn tree_weight() -> Weight {
		T::WeightInfo::tree_by_code()
	}

	fn parcel(parcel: ParcelId) -> Option<ParcelFacts<T::AccountId>> {
		let p = Parcels::<T>::get(parcel)?;
		Some(ParcelFacts {
			owner: p.owner,
			region: p.info.region,
			area_m2: p.info.area_m2,
			attested: p.attested_by.is_some(),
			trees: p.trees,
		})
	}

	/// One read of a parcel (at most `MaxEncodedLen` of it, about 500 bytes).
	fn parcel_weight() -> Weight {
		T::DbWeight::get().reads(1).saturating_add(Weight::from_parts(2_000_000, 0))
	}

	fn incident(
		parcel: ParcelId,
		index: TreeIndex,
		seq: u32,
	) -> Option<(TreeIncident, T::AccountId, BlockNumberFor<T>)> {
		let record = TreeHistory::<T>::get(TreeId { parcel, index }, seq)?;
		let incident = match record.event {
			TreeEvent::Damaged { cause, severity } => {
				TreeIncident::Damaged { peril: cause.peril(), severity }
			},
			TreeEvent::Felled => TreeIncident::Felled,
			_ => TreeIncident::Other,
		};
		Some((incident, record.by, record.at))
	}

	/// One read of a history record.
	fn incident_weight() -> Weight {
		T::DbWeight::get().reads(1).saturating_add(Weight::from_parts(2_000_000, 0))
	}
}
