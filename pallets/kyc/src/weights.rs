//! Placeholder weights; replaced by `scripts/benchmark.sh kyc` output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

pub trait WeightInfo {
	fn appoint_provider() -> Weight;
	fn remove_provider() -> Weight;
	fn issue_claim() -> Weight;
	fn renew_claim() -> Weight;
	fn revoke_claim() -> Weight;
	fn flag() -> Weight;
	fn clear_flag() -> Weight;
	fn attach_envelope() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn appoint_provider() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn remove_provider() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn issue_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn renew_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn flag() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn clear_flag() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn attach_envelope() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
}

impl WeightInfo for () {
	fn appoint_provider() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn remove_provider() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn issue_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn renew_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn flag() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn clear_flag() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn attach_envelope() -> Weight {
		Weight::from_parts(30_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
}
