
//! Weights of `pallet_forestry`, measured by `scripts/benchmark.sh` — do not edit by hand.
//!
//! cec-node benchmark CLI 64.0.0, 2026-12-07; steps 20, repeat 10;
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
//!   20
//!   --repeat
//!   10
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
	fn tree_by_code() -> Weight;
	fn record_damage() -> Weight;
	fn record_felling() -> Weight;
	fn hand_over() -> Weight;
	fn transfer_tree() -> Weight;
	fn attach_tree_document() -> Weight;
	fn deregister_parcel() -> Weight;
	fn set_rarity() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn appoint_witness() -> Weight {
		// Proof size: measured `180`, estimated `3600` bytes.
		// Fastest run: 13_570_000 ps.
		Weight::from_parts(14_832_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn remove_witness() -> Weight {
		// Proof size: measured `333`, estimated `3600` bytes.
		// Fastest run: 12_308_000 ps.
		Weight::from_parts(13_490_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Species` (r:0 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn add_species() -> Weight {
		// Proof size: measured `2218`, estimated `3535` bytes.
		// Fastest run: 29_564_000 ps.
		Weight::from_parts(54_000_000, 3535)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Species` (r:1 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareSpecies` (r:1 w:1)
	/// Proof: `Forestry::RareSpecies` (`max_values`: None, `max_size`: Some(10), added: 2485, mode: `MaxEncodedLen`)
	fn remove_species() -> Weight {
		// Proof size: measured `3389`, estimated `3541` bytes.
		// Fastest run: 48_833_000 ps.
		Weight::from_parts(69_613_000, 3541)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::NextParcelId` (r:1 w:1)
	/// Proof: `Forestry::NextParcelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:0 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn register_parcel() -> Weight {
		// Proof size: measured `274`, estimated `3856` bytes.
		// Fastest run: 60_149_000 ps.
		Weight::from_parts(63_494_000, 3856)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn attest_parcel() -> Weight {
		// Proof size: measured `664`, estimated `3970` bytes.
		// Fastest run: 18_608_000 ps.
		Weight::from_parts(20_851_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn transfer_parcel() -> Weight {
		// Proof size: measured `576`, estimated `3970` bytes.
		// Fastest run: 35_883_000 ps.
		Weight::from_parts(56_885_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn lease_parcel() -> Weight {
		// Proof size: measured `576`, estimated `3970` bytes.
		// Fastest run: 33_680_000 ps.
		Weight::from_parts(54_020_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn end_lease() -> Weight {
		// Proof size: measured `612`, estimated `3970` bytes.
		// Fastest run: 30_816_000 ps.
		Weight::from_parts(46_409_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::ParcelDocuments` (r:0 w:1)
	/// Proof: `Forestry::ParcelDocuments` (`max_values`: None, `max_size`: Some(207), added: 2682, mode: `MaxEncodedLen`)
	fn attach_parcel_document() -> Weight {
		// Proof size: measured `775`, estimated `3970` bytes.
		// Fastest run: 91_927_000 ps.
		Weight::from_parts(113_619_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::SpeciesIds` (r:1 w:0)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:0 w:1000)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 1000`.
	fn register_trees(n: u32, ) -> Weight {
		// Proof size: measured `2891`, estimated `3970` bytes.
		// Fastest run: 98_626_000 ps.
		Weight::from_parts(92_054_496, 3970)
			// Standard error: 4_920
			.saturating_add(Weight::from_parts(2_329_132, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::LatestMeasurements` (r:0 w:1)
	/// Proof: `Forestry::LatestMeasurements` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn record_measurement() -> Weight {
		// Proof size: measured `831`, estimated `3970` bytes.
		// Fastest run: 46_840_000 ps.
		Weight::from_parts(62_433_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Trees` (r:1 w:0)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::LatestMeasurements` (r:1 w:0)
	/// Proof: `Forestry::LatestMeasurements` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn tree_by_code() -> Weight {
		// Proof size: measured `801`, estimated `3970` bytes.
		// Fastest run: 23_175_000 ps.
		Weight::from_parts(27_681_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn record_damage() -> Weight {
		// Proof size: measured `831`, estimated `3970` bytes.
		// Fastest run: 40_580_000 ps.
		Weight::from_parts(50_085_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn record_felling() -> Weight {
		// Proof size: measured `831`, estimated `3970` bytes.
		// Fastest run: 41_682_000 ps.
		Weight::from_parts(49_153_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn hand_over() -> Weight {
		// Proof size: measured `876`, estimated `3970` bytes.
		// Fastest run: 91_667_000 ps.
		Weight::from_parts(105_687_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn transfer_tree() -> Weight {
		// Proof size: measured `876`, estimated `3970` bytes.
		// Fastest run: 90_264_000 ps.
		Weight::from_parts(107_009_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn attach_tree_document() -> Weight {
		// Proof size: measured `944`, estimated `3970` bytes.
		// Fastest run: 94_710_000 ps.
		Weight::from_parts(114_140_000, 3970)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn deregister_parcel() -> Weight {
		// Proof size: measured `680`, estimated `3970` bytes.
		// Fastest run: 60_059_000 ps.
		Weight::from_parts(62_853_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_rarity() -> Weight {
		// Proof size: measured `271`, estimated `3970` bytes.
		// Fastest run: 14_802_000 ps.
		Weight::from_parts(16_474_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_witness() -> Weight {
		Weight::from_parts(14_832_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(13_490_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn add_species() -> Weight {
		Weight::from_parts(54_000_000, 3535)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(69_613_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(63_494_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(20_851_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(56_885_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(54_020_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(46_409_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(113_619_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_trees(n: u32, ) -> Weight {
		Weight::from_parts(92_054_496, 3970)
			.saturating_add(Weight::from_parts(2_329_132, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(62_433_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn tree_by_code() -> Weight {
		Weight::from_parts(27_681_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(50_085_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(49_153_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(105_687_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(107_009_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(114_140_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn deregister_parcel() -> Weight {
		Weight::from_parts(62_853_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_rarity() -> Weight {
		Weight::from_parts(16_474_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
