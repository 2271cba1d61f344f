
//! Weights of `pallet_forestry`, measured by `scripts/benchmark.sh` — do not edit by hand.
//!
//! NOT YET REGENERATED: `set_rarity`, and `remove_species` / `deregister_parcel` (which now drop
//! a rare mark), are hand-written ESTIMATES marked as such below; run
//! `scripts/benchmark.sh forestry` to replace this whole file with measured figures.
//!
//! cec-node benchmark CLI 64.0.0, 2026-12-02; steps 50, repeat 20;
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
	fn set_rarity() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn appoint_witness() -> Weight {
		// Proof size: measured `76`, estimated `3600` bytes.
		// Fastest run: 8_803_000 ps.
		Weight::from_parts(10_025_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn remove_witness() -> Weight {
		// Proof size: measured `229`, estimated `3600` bytes.
		// Fastest run: 8_403_000 ps.
		Weight::from_parts(9_164_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Species` (r:0 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn add_species() -> Weight {
		// Proof size: measured `2114`, estimated `3535` bytes.
		// Fastest run: 16_795_000 ps.
		Weight::from_parts(33_901_000, 3535)
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
		// ESTIMATE, not measured: the 2026-12-02 figure plus the rare mark's take (r:1 w:1)
		// and ~2 µs; `scripts/benchmark.sh forestry` regenerates it.
		// Proof size: measured `3255`, estimated `3541` bytes.
		// Fastest run: 22_603_000 ps.
		Weight::from_parts(42_280_000, 3541)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::NextParcelId` (r:1 w:1)
	/// Proof: `Forestry::NextParcelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:0 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn register_parcel() -> Weight {
		// Proof size: measured `170`, estimated `3676` bytes.
		// Fastest run: 46_730_000 ps.
		Weight::from_parts(50_886_000, 3676)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn attest_parcel() -> Weight {
		// Proof size: measured `560`, estimated `3970` bytes.
		// Fastest run: 12_879_000 ps.
		Weight::from_parts(14_101_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn transfer_parcel() -> Weight {
		// Proof size: measured `472`, estimated `3970` bytes.
		// Fastest run: 16_285_000 ps.
		Weight::from_parts(35_673_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn lease_parcel() -> Weight {
		// Proof size: measured `472`, estimated `3970` bytes.
		// Fastest run: 17_727_000 ps.
		Weight::from_parts(32_058_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn end_lease() -> Weight {
		// Proof size: measured `508`, estimated `3970` bytes.
		// Fastest run: 15_253_000 ps.
		Weight::from_parts(20_220_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::ParcelDocuments` (r:0 w:1)
	/// Proof: `Forestry::ParcelDocuments` (`max_values`: None, `max_size`: Some(207), added: 2682, mode: `MaxEncodedLen`)
	fn attach_parcel_document() -> Weight {
		// Proof size: measured `671`, estimated `3970` bytes.
		// Fastest run: 65_337_000 ps.
		Weight::from_parts(83_625_000, 3970)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:0 w:999)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 1000`.
	fn register_trees(n: u32, ) -> Weight {
		// Proof size: measured `2787`, estimated `3970` bytes.
		// Fastest run: 71_727_000 ps.
		Weight::from_parts(66_569_291, 3970)
			// Standard error: 3_678
			.saturating_add(Weight::from_parts(1_805_975, 0).saturating_mul(n.into()))
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
	fn record_measurement() -> Weight {
		// Proof size: measured `727`, estimated `3970` bytes.
		// Fastest run: 27_671_000 ps.
		Weight::from_parts(34_822_000, 3970)
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
	fn record_damage() -> Weight {
		// Proof size: measured `727`, estimated `3970` bytes.
		// Fastest run: 26_780_000 ps.
		Weight::from_parts(35_613_000, 3970)
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
		// Proof size: measured `727`, estimated `3970` bytes.
		// Fastest run: 28_453_000 ps.
		Weight::from_parts(40_711_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn hand_over() -> Weight {
		// Proof size: measured `772`, estimated `3970` bytes.
		// Fastest run: 70_736_000 ps.
		Weight::from_parts(86_979_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn transfer_tree() -> Weight {
		// Proof size: measured `772`, estimated `3970` bytes.
		// Fastest run: 68_683_000 ps.
		Weight::from_parts(81_321_000, 3970)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn attach_tree_document() -> Weight {
		// Proof size: measured `840`, estimated `3970` bytes.
		// Fastest run: 74_911_000 ps.
		Weight::from_parts(92_378_000, 3970)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn deregister_parcel() -> Weight {
		// ESTIMATE, not measured: the 2026-12-02 figure plus the rare mark's take (r:1 w:1)
		// and ~2 µs; `scripts/benchmark.sh forestry` regenerates it.
		// Proof size: measured `545`, estimated `3970` bytes.
		// Fastest run: 37_446_000 ps.
		Weight::from_parts(45_475_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_rarity() -> Weight {
		// ESTIMATE, not measured: written by hand after `attest_parcel` (the same reads, one
		// small write) until `scripts/benchmark.sh forestry` regenerates this file.
		// Proof size: as `attest_parcel`'s (the parcel is the largest item read).
		Weight::from_parts(15_000_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_witness() -> Weight {
		Weight::from_parts(10_025_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(9_164_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn add_species() -> Weight {
		Weight::from_parts(33_901_000, 3535)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(42_280_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(50_886_000, 3676)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(14_101_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(35_673_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(32_058_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(20_220_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(83_625_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_trees(n: u32, ) -> Weight {
		Weight::from_parts(66_569_291, 3970)
			.saturating_add(Weight::from_parts(1_805_975, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(34_822_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(35_613_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(40_711_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(86_979_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(81_321_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(92_378_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn deregister_parcel() -> Weight {
		Weight::from_parts(45_475_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_rarity() -> Weight {
		Weight::from_parts(15_000_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
