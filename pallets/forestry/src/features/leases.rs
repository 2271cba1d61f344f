//! Leases of parcels: granted by the owner of a parcel that is not locked, ended by the lessee
//! at any time or by the owner once the term is over.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Lease a parcel (see [`Pallet::lease_parcel`]).
	pub(crate) fn do_lease_parcel(
		owner: T::AccountId,
		parcel: ParcelId,
		lessee: T::AccountId,
		until: BlockNumberFor<T>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		Parcels::<T>::try_mutate(parcel, |p| {
			let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
			ensure!(p.owner == owner, Error::<T>::NotParcelOwner);
			// A buyer or the token holders did not agree to a lease.
			ensure!(p.locked_by.is_none() && p.locked_trees == 0, Error::<T>::ParcelLocked);
			ensure!(lessee != owner, Error::<T>::SelfTransfer);
			ensure!(until > now, Error::<T>::BadLeaseTerm);
			ensure!(p.lease.as_ref().map_or(true, |l| l.until <= now), Error::<T>::LeaseActive);
			p.lease = Some(Lease { lessee: lessee.clone(), until });
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ParcelLeased { parcel, lessee, until });
		Ok(())
	}

	/// End a lease (see [`Pallet::end_lease`]).
	pub(crate) fn do_end_lease(who: T::AccountId, parcel: ParcelId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let lessee = Parcels::<T>::try_mutate(parcel, |p| {
			let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
			let lease = p.lease.as_ref().ok_or(Error::<T>::NoLease)?;
			if who != lease.lessee {
				ensure!(who == p.owner, Error::<T>::NotParcelOwner);
				ensure!(lease.until <= now, Error::<T>::LeaseActive);
			}
			let lessee = lease.lessee.clone();
			p.lease = None;
			Ok::<_, DispatchError>(lessee)
		})?;
		Self::deposit_event(Event::LeaseEnded { parcel, lessee });
		Ok(())
	}
}
