//! The traits other pallets use this pallet through: [`PowerObserver`] (the lockup pallet) and
//! [`RevenueSink`] (every pallet that takes a platform fee).

use crate::*;
use cec_primitives::{PowerObserver, RevenueSink};

impl<T: Config> PowerObserver<T::AccountId> for Pallet<T> {
	fn shares_changed(who: &T::AccountId, shares: u128) {
		Self::do_shares_changed(who, shares)
	}

	fn day_closed(_day: u32, era_end: Option<(u128, u128)>) -> Weight {
		Self::do_close_day(era_end);
		Self::day_closed_weight()
	}

	fn shares_changed_weight() -> Weight {
		T::WeightInfo::shares_changed().saturating_add(Self::segment_reads())
	}

	fn day_closed_weight() -> Weight {
		use cec_primitives::RevenueConverter;
		// One conversion per pool but CEC's.
		let conversions = T::MaxAssets::get().saturating_sub(1) as u64;
		T::WeightInfo::close_day(100_000)
			.saturating_add(T::Converter::convert_weight().saturating_mul(conversions))
	}
}

impl<T: Config> RevenueSink<T::AccountId, T::AssetKind, Balance> for Pallet<T> {
	fn account() -> T::AccountId {
		Self::account_id()
	}

	fn note(asset: T::AssetKind, amount: Balance) {
		Self::do_note(asset, amount)
	}

	fn note_weight() -> Weight {
		T::WeightInfo::note()
	}
}
