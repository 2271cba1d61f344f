//! [`RareItems`]: escrow asks whether an item is rare, to sell it first to long holders during
//! its pre-sale window. A tree is rare by its species or its parcel's mark, a whole parcel by its
//! own mark; token lots and services are never rare here.

use crate::*;

impl<T: Config> RareItems for Pallet<T> {
	/// A tree: it exists, and the species of its registration survey or its parcel is marked
	/// rare (a rare parcel's trees, sold one by one, are rare too). A parcel: it is marked rare
	/// (marks exist only on registered parcels). Anything else: not rare.
	fn is_rare(item: &TradeItem) -> bool {
		match item {
			TradeItem::Tree { parcel, index } => Trees::<T>::get(parcel, index).is_some_and(|t| {
				RareSpecies::<T>::contains_key(t.survey.species)
					|| RareParcels::<T>::contains_key(parcel)
			}),
			TradeItem::Parcel(parcel) => RareParcels::<T>::contains_key(parcel),
			TradeItem::TokenLot { .. } | TradeItem::Service { .. } => false,
		}
	}
}
