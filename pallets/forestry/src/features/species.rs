//! The species list governance keeps; trees name their species by id.

use crate::*;
use cec_primitives::is_clean_text;

impl<T: Config> Pallet<T> {
	/// Check and store a species (genesis and `add_species`).
	pub(crate) fn insert_species(id: SpeciesId, name: SpeciesName) -> DispatchResult {
		ensure!(is_clean_text(&name), Error::<T>::BadText);
		SpeciesIds::<T>::try_mutate(|ids| {
			let at = ids.binary_search(&id).err().ok_or(Error::<T>::SpeciesExists)?;
			ids.try_insert(at, id).map_err(|_| Error::<T>::TooManySpecies)?;
			Ok::<_, DispatchError>(())
		})?;
		Species::<T>::insert(id, name);
		Ok(())
	}

	/// Add a species (see [`Pallet::add_species`]).
	pub(crate) fn do_add_species(id: SpeciesId, name: SpeciesName) -> DispatchResult {
		Self::insert_species(id, name.clone())?;
		Self::deposit_event(Event::SpeciesAdded { id, name });
		Ok(())
	}

	/// Remove a species (see [`Pallet::remove_species`]); its rare mark goes with it, so its
	/// trees are no longer rare (and a species added later under the id starts unmarked).
	pub(crate) fn do_remove_species(id: SpeciesId) -> DispatchResult {
		Species::<T>::take(id).ok_or(Error::<T>::UnknownSpecies)?;
		SpeciesIds::<T>::mutate(|ids| ids.retain(|i| *i != id));
		Self::drop_rarity(RarityTarget::Species(id));
		Self::deposit_event(Event::SpeciesRemoved { id });
		Ok(())
	}
}
