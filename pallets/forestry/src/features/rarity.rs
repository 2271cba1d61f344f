//! Rarity: governance marks species and whole parcels rare; escrow sells rare items first to
//! long holders (through [`RareItems`], see `impl_rare_items.rs`).

use crate::*;

impl<T: Config> Pallet<T> {
	/// Mark a species or a parcel rare or not (see [`Pallet::set_rarity`]).
	pub(crate) fn do_set_rarity(target: RarityTarget, rare: bool) -> DispatchResult {
		match target {
			RarityTarget::Species(id) => {
				ensure!(Species::<T>::contains_key(id), Error::<T>::UnknownSpecies);
				ensure!(RareSpecies::<T>::contains_key(id) != rare, Error::<T>::RarityUnchanged);
				if rare {
					RareSpecies::<T>::insert(id, ());
				} else {
					RareSpecies::<T>::remove(id);
				}
			},
			RarityTarget::Parcel(parcel) => {
				ensure!(Parcels::<T>::contains_key(parcel), Error::<T>::UnknownParcel);
				ensure!(
					RareParcels::<T>::contains_key(parcel) != rare,
					Error::<T>::RarityUnchanged
				);
				if rare {
					RareParcels::<T>::insert(parcel, ());
				} else {
					RareParcels::<T>::remove(parcel);
				}
			},
		}
		Self::deposit_event(Event::RaritySet { target, rare });
		Ok(())
	}

	/// Drop the rare mark of `target` when what it names leaves the registry (a species removed
	/// from the list, a parcel deregistered), saying so with `RaritySet { rare: false }`.
	pub(crate) fn drop_rarity(target: RarityTarget) {
		let was_rare = match target {
			RarityTarget::Species(id) => RareSpecies::<T>::take(id).is_some(),
			RarityTarget::Parcel(parcel) => RareParcels::<T>::take(parcel).is_some(),
		};
		if was_rare {
			Self::deposit_event(Event::RaritySet { target, rare: false });
		}
	}
}
