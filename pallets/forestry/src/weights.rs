
//! Weights of `pallet_forestry`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
	fn tree_by_code() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn appoint_witness() -> Weight {
		// Proof size: measured `147`, estimated `3600` bytes.
		// Fastest run: 9_614_000 ps.
		Weight::from_parts(10_595_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Witnesses` (r:1 w:1)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn remove_witness() -> Weight {
		// Proof size: measured `300`, estimated `3600` bytes.
		// Fastest run: 8_803_000 ps.
		Weight::from_parts(9_784_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::SpeciesIds` (r:1 w:1)
	/// Proof: `Forestry::SpeciesIds` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Species` (r:0 w:1)
	/// Proof: `Forestry::Species` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn add_species() -> Weight {
		// Proof size: measured `2185`, estimated `3535` bytes.
		// Fastest run: 20_921_000 ps.
		Weight::from_parts(47_341_000, 3535)
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
		// Proof size: measured `3356`, estimated `3541` bytes.
		// Fastest run: 38_397_000 ps.
		Weight::from_parts(52_008_000, 3541)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::NextParcelId` (r:1 w:1)
	/// Proof: `Forestry::NextParcelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:0 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn register_parcel() -> Weight {
		// Proof size: measured `241`, estimated `3748` bytes.
		// Fastest run: 46_780_000 ps.
		Weight::from_parts(50_375_000, 3748)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn attest_parcel() -> Weight {
		// Proof size: measured `631`, estimated `3970` bytes.
		// Fastest run: 13_550_000 ps.
		Weight::from_parts(14_922_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn transfer_parcel() -> Weight {
		// Proof size: measured `543`, estimated `3970` bytes.
		// Fastest run: 27_651_000 ps.
		Weight::from_parts(45_177_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn lease_parcel() -> Weight {
		// Proof size: measured `543`, estimated `3970` bytes.
		// Fastest run: 33_419_000 ps.
		Weight::from_parts(47_621_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	fn end_lease() -> Weight {
		// Proof size: measured `579`, estimated `3970` bytes.
		// Fastest run: 23_896_000 ps.
		Weight::from_parts(42_553_000, 3970)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Witnesses` (r:1 w:0)
	/// Proof: `Forestry::Witnesses` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::ParcelDocuments` (r:0 w:1)
	/// Proof: `Forestry::ParcelDocuments` (`max_values`: None, `max_size`: Some(207), added: 2682, mode: `MaxEncodedLen`)
	fn attach_parcel_document() -> Weight {
		// Proof size: measured `742`, estimated `3970` bytes.
		// Fastest run: 73_881_000 ps.
		Weight::from_parts(98_537_000, 3970)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:0 w:999)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 1000`.
	fn register_trees(n: u32, ) -> Weight {
		// Proof size: measured `2858`, estimated `3970` bytes.
		// Fastest run: 86_319_000 ps.
		Weight::from_parts(88_721_090, 3970)
			// Standard error: 5_401
			.saturating_add(Weight::from_parts(1_749_046, 0).saturating_mul(n.into()))
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
		// Proof size: measured `798`, estimated `3970` bytes.
		// Fastest run: 30_946_000 ps.
		Weight::from_parts(49_794_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
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
		// Proof size: measured `798`, estimated `3970` bytes.
		// Fastest run: 35_673_000 ps.
		Weight::from_parts(56_164_000, 3970)
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
		// Proof size: measured `798`, estimated `3970` bytes.
		// Fastest run: 35_633_000 ps.
		Weight::from_parts(48_803_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn hand_over() -> Weight {
		// Proof size: measured `843`, estimated `3970` bytes.
		// Fastest run: 73_670_000 ps.
		Weight::from_parts(95_713_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn transfer_tree() -> Weight {
		// Proof size: measured `843`, estimated `3970` bytes.
		// Fastest run: 78_858_000 ps.
		Weight::from_parts(103_544_000, 3970)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	fn attach_tree_document() -> Weight {
		// Proof size: measured `911`, estimated `3970` bytes.
		// Fastest run: 79_399_000 ps.
		Weight::from_parts(115_763_000, 3970)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn deregister_parcel() -> Weight {
		// Proof size: measured `647`, estimated `3970` bytes.
		// Fastest run: 43_915_000 ps.
		Weight::from_parts(47_390_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::RareParcels` (r:1 w:1)
	/// Proof: `Forestry::RareParcels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_rarity() -> Weight {
		// Proof size: measured `238`, estimated `3970` bytes.
		// Fastest run: 10_396_000 ps.
		Weight::from_parts(11_527_000, 3970)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn tree_by_code() -> Weight {
		Weight::from_parts(20_000_000, 3970)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_witness() -> Weight {
		Weight::from_parts(10_595_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_witness() -> Weight {
		Weight::from_parts(9_784_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn add_species() -> Weight {
		Weight::from_parts(47_341_000, 3535)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_species() -> Weight {
		Weight::from_parts(52_008_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_parcel() -> Weight {
		Weight::from_parts(50_375_000, 3748)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_parcel() -> Weight {
		Weight::from_parts(14_922_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_parcel() -> Weight {
		Weight::from_parts(45_177_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn lease_parcel() -> Weight {
		Weight::from_parts(47_621_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_lease() -> Weight {
		Weight::from_parts(42_553_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attach_parcel_document() -> Weight {
		Weight::from_parts(98_537_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_trees(n: u32, ) -> Weight {
		Weight::from_parts(88_721_090, 3970)
			.saturating_add(Weight::from_parts(1_749_046, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn record_measurement() -> Weight {
		Weight::from_parts(49_794_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn record_damage() -> Weight {
		Weight::from_parts(56_164_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn record_felling() -> Weight {
		Weight::from_parts(48_803_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn hand_over() -> Weight {
		Weight::from_parts(95_713_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn transfer_tree() -> Weight {
		Weight::from_parts(103_544_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attach_tree_document() -> Weight {
		Weight::from_parts(115_763_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn deregister_parcel() -> Weight {
		Weight::from_parts(47_390_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_rarity() -> Weight {
		Weight::from_parts(11_527_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn tree_by_code() -> Weight {
		Weight::from_parts(20_000_000, 3970)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
	}
}
