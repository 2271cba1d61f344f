//! Witnesses: appointed by governance, each covering the regions its region code prefixes.

use crate::*;
use cec_primitives::is_clean_text;

impl<T: Config> Pallet<T> {
	/// Check and store a witness (genesis and `appoint_witness`).
	pub(crate) fn insert_witness(
		who: &T::AccountId,
		licence: Licence,
		region: Region,
	) -> DispatchResult {
		ensure!(is_clean_text(&licence), Error::<T>::BadText);
		ensure!(is_region_code(&region), Error::<T>::BadRegion);
		ensure!(!Witnesses::<T>::contains_key(who), Error::<T>::AlreadyWitness);
		let appointed_at = frame_system::Pallet::<T>::block_number();
		Witnesses::<T>::insert(who, Witness { licence, region, appointed_at });
		Ok(())
	}

	/// Appoint `who` (see [`Pallet::appoint_witness`]).
	pub(crate) fn do_appoint_witness(
		who: T::AccountId,
		licence: Licence,
		region: Region,
	) -> DispatchResult {
		Self::insert_witness(&who, licence.clone(), region.clone())?;
		Self::deposit_event(Event::WitnessAppointed { who, licence, region });
		Ok(())
	}

	/// Remove `who` (see [`Pallet::remove_witness`]).
	pub(crate) fn do_remove_witness(who: T::AccountId) -> DispatchResult {
		Witnesses::<T>::take(&who).ok_or(Error::<T>::NotWitness)?;
		Self::deposit_event(Event::WitnessRemoved { who });
		Ok(())
	}

	/// `who` is a witness whose region prefixes `region`.
	pub(crate) fn ensure_witness_for(who: &T::AccountId, region: &Region) -> DispatchResult {
		let w = Witnesses::<T>::get(who).ok_or(Error::<T>::NotWitness)?;
		ensure!(region.starts_with(&w.region), Error::<T>::WrongRegion);
		Ok(())
	}

	/// Is `who` a witness whose region prefixes `region`?
	pub(crate) fn is_witness_for(who: &T::AccountId, region: &Region) -> bool {
		Witnesses::<T>::get(who).is_some_and(|w| region.starts_with(&w.region))
	}
}
