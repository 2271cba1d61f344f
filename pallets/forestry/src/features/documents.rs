//! Documents (survey reports, certificates, vouchers) on IPFS, attached to a parcel or to a
//! tree's history. Owners and lessees pay a record deposit and may not while what they would
//! document is locked; witnesses of the region attach deposit-free at any time.

use crate::{
	features::history::{Entry, Slots},
	*,
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Attach a parcel document (see [`Pallet::attach_parcel_document`]).
	pub(crate) fn do_attach_parcel_document(
		who: T::AccountId,
		parcel: ParcelId,
		kind: DocumentKind,
		cid: Cid,
	) -> DispatchResult {
		ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		let deposit = if Self::is_witness_for(&who, &p.info.region) {
			Zero::zero()
		} else {
			let party = p.owner == who || p.lease.as_ref().is_some_and(|l| l.lessee == who);
			if !party {
				// A witness of another region gets the reason it was refused.
				if Witnesses::<T>::contains_key(&who) {
					Self::ensure_witness_for(&who, &p.info.region)?;
				}
				return Err(Error::<T>::NotAllowed.into());
			}
			ensure!(p.locked_by.is_none(), Error::<T>::ParcelLocked);
			T::RecordDeposit::get()
		};
		ensure!(p.documents < T::MaxDocumentsPerParcel::get(), Error::<T>::TooManyDocuments);
		Self::hold_deposit(HoldReason::RecordDeposit, &who, deposit)?;
		let seq = p.documents;
		p.documents = seq.saturating_add(1);
		Parcels::<T>::insert(parcel, p);
		let at = frame_system::Pallet::<T>::block_number();
		ParcelDocuments::<T>::insert(
			parcel,
			seq,
			Document { kind, cid: cid.clone(), by: who, at, deposit },
		);
		Self::deposit_event(Event::DocumentAttached { parcel, seq, kind, cid });
		Ok(())
	}

	/// Attach a tree document (see [`Pallet::attach_tree_document`]).
	pub(crate) fn do_attach_tree_document(
		who: T::AccountId,
		tree: TreeId,
		kind: DocumentKind,
		cid: Cid,
	) -> DispatchResult {
		ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
		Self::append(tree, Slots::Ordinary, |t, parcel, lock| {
			let event = TreeEvent::Document { kind, cid };
			if Self::is_witness_for(&who, &parcel.info.region) {
				return Ok(Entry { event, by: who, paid: false });
			}
			let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
			if who != *owner {
				if Witnesses::<T>::contains_key(&who) {
					Self::ensure_witness_for(&who, &parcel.info.region)?;
				}
				return Err(Error::<T>::NotAllowed.into());
			}
			ensure!(lock.is_none(), Error::<T>::TreeLocked);
			Ok(Entry { event, by: who, paid: true })
		})
	}
}
