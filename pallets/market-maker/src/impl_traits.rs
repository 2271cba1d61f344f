//! The traits other pallets and the runtime use this pallet through: the reference price of CEC
//! and the conversion of platform revenue into CEC.

use crate::*;
use cec_primitives::{ReferencePrice, RevenueConverter};

impl<T: Config> ReferencePrice<T::AssetId, Balance> for Pallet<T> {
	fn price(asset: &T::AssetId) -> Option<Balance> {
		Self::reference_price(*asset)
	}

	/// Every maker's quote in the asset and its inventory hold, and the spread bound.
	fn price_weight() -> Weight {
		T::DbWeight::get().reads(2u64.saturating_mul(T::MaxMakers::get().into()).saturating_add(1))
	}
}

impl<T: Config> RevenueConverter<T::AccountId, T::AssetId, Balance> for Pallet<T> {
	fn convert(from: &T::AccountId, asset: &T::AssetId, amount: Balance) -> Option<Balance> {
		Self::do_convert_revenue(from.clone(), *asset, amount).ok()
	}

	fn convert_weight() -> Weight {
		T::WeightInfo::convert_revenue()
	}
}
