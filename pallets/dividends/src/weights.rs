
//! Weights of `pallet_dividends`: placeholder estimates until `scripts/benchmark.sh dividends`
//! measures them (which overwrites this file).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_dividends`.
pub trait WeightInfo {
	fn claim(h: u32, d: u32, ) -> Weight;
	fn set_params() -> Weight;
	fn open_pool() -> Weight;
	fn close_day(h: u32, ) -> Weight;
	fn shares_changed() -> Weight;
	fn note() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn claim(_h: u32, _d: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn open_pool() -> Weight {
		Weight::from_parts(10_000_000, 1_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn close_day(_h: u32, ) -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	fn shares_changed() -> Weight {
		Weight::from_parts(50_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn note() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn claim(_h: u32, _d: u32, ) -> Weight { Weight::from_parts(150_000_000, 12_000) }
	fn set_params() -> Weight { Weight::from_parts(10_000_000, 0) }
	fn open_pool() -> Weight { Weight::from_parts(10_000_000, 1_000) }
	fn close_day(_h: u32, ) -> Weight { Weight::from_parts(300_000_000, 12_000) }
	fn shares_changed() -> Weight { Weight::from_parts(50_000_000, 8_000) }
	fn note() -> Weight { Weight::from_parts(60_000_000, 8_000) }
}
