//! Placeholder weights; replaced by `scripts/benchmark.sh` output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

pub trait WeightInfo {
	fn appoint_witness() -> Weight;
	fn remove_witness() -> Weight;
	fn add_species() -> Weight;
	fn remove_species() -> Weight;
	fn register_parcel() -> Weight;
	fn attest_parcel() -> Weight;
	fn transfer_parcel() -> Weight;
	fn lease_parcel() -> Weight;
	fn end_lease() -> Weight;
	fn attach_parcel_document() -> Weight;
	fn register_trees(n: u32) -> Weight;
	fn record_measurement() -> Weight;
	fn record_damage() -> Weight;
	fn record_felling() -> Weight;
	fn hand_over() -> Weight;
	fn transfer_tree() -> Weight;
	fn attach_tree_document() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn appoint_witness() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn add_species() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn register_trees(n: u32) -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 1))
			.saturating_add(T::DbWeight::get().writes(n.into()))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
}

impl WeightInfo for () {
	fn appoint_witness() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn add_species() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn register_trees(n: u32) -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(3, 1))
			.saturating_add(RocksDbWeight::get().writes(n.into()))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
}
