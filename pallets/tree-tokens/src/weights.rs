//! Placeholder weights; replaced by `scripts/benchmark.sh` output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

pub trait WeightInfo {
	fn tokenise(t: u32) -> Weight;
	fn transfer() -> Weight;
	fn deposit_revenue(h: u32) -> Weight;
	fn claim(h: u32) -> Weight;
	fn redeem(t: u32) -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn tokenise(_t: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn deposit_revenue(_h: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn claim(_h: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn redeem(_t: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
}

impl WeightInfo for () {
	fn tokenise(_t: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 8))
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 8))
	}
	fn deposit_revenue(_h: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 8))
	}
	fn claim(_h: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 8))
	}
	fn redeem(_t: u32) -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 8))
	}
}
