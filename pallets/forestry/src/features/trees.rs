//! Trees: registered in batches by a witness of the parcel's region, who holds a deposit per
//! tree. Each tree's smart code follows from its index.

use crate::*;
use sp_runtime::{
	traits::{CheckedMul, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// Register a batch of trees (see [`Pallet::register_trees`]).
	pub(crate) fn do_register_trees(
		witness: T::AccountId,
		parcel: ParcelId,
		trees: BoundedVec<TreeSurvey, T::MaxTreesPerBatch>,
	) -> DispatchResult {
		ensure!(!trees.is_empty(), Error::<T>::EmptyBatch);
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		Self::ensure_witness_for(&witness, &p.info.region)?;
		ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
		let first = p.trees;
		let count = trees.len() as u32;
		p.trees = first.checked_add(count).ok_or(ArithmeticError::Overflow)?;
		// Validate the whole batch before writing any of it. One read covers every species.
		let species = SpeciesIds::<T>::get();
		for survey in &trees {
			ensure!(survey.position.is_valid(), Error::<T>::BadCoordinates);
			ensure!(
				measurement_ok(survey.height_cm, survey.crown_cm, survey.trunk_mm),
				Error::<T>::BadMeasurement
			);
			ensure!(species.binary_search(&survey.species).is_ok(), Error::<T>::UnknownSpecies);
		}
		let deposit = T::TreeDeposit::get();
		let total = deposit.checked_mul(&count.into()).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(HoldReason::TreeDeposit, &witness, total)?;
		let now = frame_system::Pallet::<T>::block_number();
		for (index, survey) in (first..p.trees).zip(trees) {
			Trees::<T>::insert(
				parcel,
				index,
				Tree {
					survey,
					witness: witness.clone(),
					registered_at: now,
					owner: None,
					custodian: None,
					status: TreeStatus::Standing,
					locked_by: None,
					records: 0,
					deposit: if total.is_zero() { Zero::zero() } else { deposit },
				},
			);
		}
		Parcels::<T>::insert(parcel, p);
		Self::deposit_event(Event::TreesRegistered { parcel, first, count, witness });
		Ok(())
	}
}
