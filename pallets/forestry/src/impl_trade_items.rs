//! [`TradeItems`]: trees and parcels sold through escrow are frozen with a trade lock while the
//! contract runs and handed over (with a history record for trees, in the slots kept for it) on
//! completion.

use crate::{
	features::history::{Entry, Slots},
	*,
};

impl<T: Config> TradeItems<T::AccountId> for Pallet<T> {
	/// A tree: `seller` owns it and no lock binds it. A parcel: `seller` owns it, it is
	/// attested, and neither it nor any tree that belongs to it is locked.
	fn ensure_sellable(seller: &T::AccountId, item: &TradeItem) -> DispatchResult {
		match item {
			TradeItem::Tree { parcel, index } => {
				let p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
				let t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(*t.owner.as_ref().unwrap_or(&p.owner) == *seller, Error::<T>::NotTreeOwner);
				ensure!(Self::effective_lock(&t, &p).is_none(), Error::<T>::TreeLocked);
				Ok(())
			},
			TradeItem::Parcel(parcel) => {
				let p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
				ensure!(p.owner == *seller, Error::<T>::NotParcelOwner);
				ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
				ensure!(p.locked_by.is_none() && p.locked_trees == 0, Error::<T>::ParcelLocked);
				// A lease slipped in after listing would bind a buyer who never agreed to it.
				let now = frame_system::Pallet::<T>::block_number();
				ensure!(p.lease.as_ref().map_or(true, |l| l.until <= now), Error::<T>::LeaseActive);
				Ok(())
			},
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	/// Check [`Self::ensure_sellable`], then lock the item for the trade.
	fn freeze(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::ensure_sellable(seller, item)?;
		let by = LockId::Trade(contract);
		match item {
			TradeItem::Tree { parcel, index } => Self::lock(seller, *parcel, &[*index], by),
			TradeItem::Parcel(parcel) => Self::lock(seller, *parcel, &[], by),
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	/// Unlock the item.
	fn release(_seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		let by = LockId::Trade(contract);
		match item {
			TradeItem::Tree { parcel, index } => Self::unlock(*parcel, &[*index], by),
			TradeItem::Parcel(parcel) => Self::unlock(*parcel, &[], by),
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	/// Unlock the item and make `buyer` its owner. A tree's ownership record may use the
	/// history slots kept for trades, and holds no deposit.
	fn deliver(
		seller: &T::AccountId,
		buyer: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		Self::release(seller, item, contract)?;
		match item {
			TradeItem::Tree { parcel, index } => {
				let tree = TreeId { parcel: *parcel, index: *index };
				Self::append(tree, Slots::Trade, |t, _, _| {
					t.owner = Some(buyer.clone());
					t.custodian = None;
					Ok(Entry {
						event: TreeEvent::OwnerChanged { from: seller.clone(), to: buyer.clone() },
						by: seller.clone(),
						paid: false,
					})
				})
			},
			TradeItem::Parcel(parcel) => {
				Parcels::<T>::try_mutate(parcel, |p| {
					let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
					p.owner = buyer.clone();
					Ok::<_, DispatchError>(())
				})?;
				Self::deposit_event(Event::ParcelTransferred {
					parcel: *parcel,
					from: seller.clone(),
					to: buyer.clone(),
				});
				Ok(())
			},
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}
}
