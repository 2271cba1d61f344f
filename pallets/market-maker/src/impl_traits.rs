//! The traits other pallets and the runtime use this pallet through: the reference price of CEC.

use crate::*;
use cec_primitives::ReferencePrice;

impl<T: Config> ReferencePrice<T::AssetId, Balance> for Pallet<T> {
	fn price(asset: &T::AssetId) -> Option<Balance> {
		Self::reference_price(*asset)
	}
}
