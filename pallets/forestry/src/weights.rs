
//! Weights of `pallet_forestry`, measured by `scripts/benchmark.sh` — do not edit by hand.
//!
//! cec-node benchmark CLI 64.0.0, 2026-11-24; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution `Compiled`.
//! Component ranges: low `[]`, high `[]`.
//!
//! Command:
//!   /root/.cache/cec-chain/target/release/cec-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /root/.cache/cec-chain/target/release/wbuild/cec-runtime/cec_runtime.compact.compressed.wasm
//!   --genesis-builder=runtime
//!   --pallet
//!   pallet_forestry
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/forestry/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_forestry`.
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
	fn register_trees(n: u32, ) -> Weight;
	fn record_measurement() -> Weight;
	fn record_damage() -> Weight;
	fn record_felling() -> Weight;
	fn hand_over() -> Weight;
	fn transfer_tree() -> Weight;
	fn attach_tree_document() -> Weight;
	fn deregister_parcel() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn appoint_witness() -> Weight {
		// Proof size: measured `76`, estimated `3600` bytes.
		// Fastest run: 12_078_000 ps.
		Weight::from_parts(13_049_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn remove_witness() -> Weight {
		// Proof size: measured `229`, estimated `3600` bytes.
		// Fastest run: 10_947_000 ps.
		Weight::from_parts(11_968_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Species` (r:0 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn add_species() -> Weight {
		// Proof size: measured `2114`, estimated `3535` bytes.
		// Fastest run: 23_785_000 ps.
		Weight::from_parts(32_569_000, 3535)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Species` (r:1 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	fn remove_species() -> Weight {
		// Proof size: measured `3255`, estimated `3541` bytes.
		// Fastest run: 29_665_000 ps.
		Weight::from_parts(41_251_000, 3541)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::NextParcelId` (r:1 w:1)
	/// Proof: `Forestry::NextParcelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:0 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	fn register_parcel() -> Weight {
		// Proof size: measured `76`, estimated `1489` bytes.
		// Fastest run: 12_048_000 ps.
		Weight::from_parts(12_989_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn attest_parcel() -> Weight {
		// Proof size: measured `512`, estimated `3917` bytes.
		// Fastest run: 16_324_000 ps.
		Weight::from_parts(17_697_000, 3917)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	fn transfer_parcel() -> Weight {
		// Proof size: measured `424`, estimated `3917` bytes.
		// Fastest run: 20_841_000 ps.
		Weight::from_parts(25_188_000, 3917)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	fn lease_parcel() -> Weight {
		// Proof size: measured `424`, estimated `3917` bytes.
		// Fastest run: 22_764_000 ps.
		Weight::from_parts(27_340_000, 3917)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	fn end_lease() -> Weight {
		// Proof size: measured `460`, estimated `3917` bytes.
		// Fastest run: 22_333_000 ps.
		Weight::from_parts(30_085_000, 3917)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::ParcelDocuments` (r:0 w:1)
	/// Proof: `Forestry::ParcelDocuments` (`max_values`: None, `max_size`: Some(191), added: 2666, mode: `MaxEncodedLen`)
	fn attach_parcel_document() -> Weight {
		// Proof size: measured `492`, estimated `3917` bytes.
		// Fastest run: 32_088_000 ps.
		Weight::from_parts(38_858_000, 3917)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::SpeciesIds` (r:1 w:0)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:0 w:999)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 1000`.
	fn register_trees(n: u32, ) -> Weight {
		// Proof size: measured `2581`, estimated `3917` bytes.
		// Fastest run: 39_198_000 ps.
		Weight::from_parts(16_901_189, 3917)
			// Standard error: 7_135
			.saturating_add(Weight::from_parts(2_335_141, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn record_measurement() -> Weight {
		// Proof size: measured `663`, estimated `3917` bytes.
		// Fastest run: 37_746_000 ps.
		Weight::from_parts(50_365_000, 3917)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn record_damage() -> Weight {
		// Proof size: measured `663`, estimated `3917` bytes.
		// Fastest run: 36_885_000 ps.
		Weight::from_parts(41_602_000, 3917)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn record_felling() -> Weight {
		// Proof size: measured `663`, estimated `3917` bytes.
		// Fastest run: 37_295_000 ps.
		Weight::from_parts(49_383_000, 3917)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn hand_over() -> Weight {
		// Proof size: measured `543`, estimated `3917` bytes.
		// Fastest run: 30_405_000 ps.
		Weight::from_parts(38_237_000, 3917)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn transfer_tree() -> Weight {
		// Proof size: measured `543`, estimated `3917` bytes.
		// Fastest run: 28_913_000 ps.
		Weight::from_parts(32_659_000, 3917)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(452), added: 2927, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn attach_tree_document() -> Weight {
		// Proof size: measured `611`, estimated `3917` bytes.
		// Fastest run: 35_072_000 ps.
		Weight::from_parts(50_866_000, 3917)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// ESTIMATE written by hand (the shape of `transfer_parcel` plus the hold release of
	/// pallet-balances); regenerate with `scripts/benchmark.sh forestry`.
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	fn deregister_parcel() -> Weight {
		Weight::from_parts(40_000_000, 3917)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_witness() -> Weight {
		Weight::from_parts(13_049_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(11_968_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn add_species() -> Weight {
		Weight::from_parts(32_569_000, 3535)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(41_251_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(12_989_000, 1489)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(17_697_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(25_188_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(27_340_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(30_085_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(38_858_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn register_trees(n: u32, ) -> Weight {
		Weight::from_parts(16_901_189, 3917)
			.saturating_add(Weight::from_parts(2_335_141, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(50_365_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(41_602_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(49_383_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(38_237_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(32_659_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(50_866_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn deregister_parcel() -> Weight {
		Weight::from_parts(40_000_000, 3917)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
