
//! Weights of `pallet_escrow`, measured by `scripts/benchmark.sh` — do not edit by hand.
//! (Hand-adjusted on 2026-12-01 for issue 9 until `scripts/benchmark.sh escrow` runs again:
//! `accept` is the open-contracts benchmark, `prune` an estimate.)
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
//!   pallet_escrow
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/escrow/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_escrow`.
pub trait WeightInfo {
	fn list() -> Weight;
	fn cancel_listing() -> Weight;
	fn accept(n: u32, ) -> Weight;
	fn prune() -> Weight;
	fn fund() -> Weight;
	fn confirm_delivery() -> Weight;
	fn confirm_receipt() -> Weight;
	fn finalize() -> Weight;
	fn cancel() -> Weight;
	fn open_dispute() -> Weight;
	fn add_evidence() -> Weight;
	fn escalate() -> Weight;
	fn rule() -> Weight;
	fn rate() -> Weight;
	fn set_arbiters(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:0)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:0)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextListingId` (r:1 w:1)
	/// Proof: `Escrow::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `974`, estimated `3922` bytes.
		// Fastest run: 37_386_000 ps.
		Weight::from_parts(40_099_000, 3922)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	fn cancel_listing() -> Weight {
		// Proof size: measured `960`, estimated `3922` bytes.
		// Fastest run: 44_666_000 ps.
		Weight::from_parts(47_410_000, 3922)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Kyc::Claims` (r:2 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:2 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextContractId` (r:1 w:1)
	/// Proof: `Escrow::NextContractId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Grants` (r:0 w:2)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:0 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 1000`.
	fn accept(n: u32, ) -> Weight {
		// Proof size: measured `4456 + n * 2`, estimated `6368` bytes.
		// Fastest run: 70_274_000 ps.
		Weight::from_parts(129_192_698, 6368)
			// Standard error: 1_997
			.saturating_add(Weight::from_parts(58_178, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn fund() -> Weight {
		// Proof size: measured `1138`, estimated `3865` bytes.
		// Fastest run: 85_537_000 ps.
		Weight::from_parts(88_982_000, 3865)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	fn confirm_delivery() -> Weight {
		// Proof size: measured `340`, estimated `3865` bytes.
		// Fastest run: 17_686_000 ps.
		Weight::from_parts(19_168_000, 3865)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn confirm_receipt() -> Weight {
		// Proof size: measured `1731`, estimated `6208` bytes.
		// Fastest run: 132_677_000 ps.
		Weight::from_parts(137_104_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size: measured `1731`, estimated `6208` bytes.
		// Fastest run: 133_378_000 ps.
		Weight::from_parts(137_714_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof size: measured `1746`, estimated `3922` bytes.
		// Fastest run: 82_132_000 ps.
		Weight::from_parts(86_078_000, 3922)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextArbiter` (r:1 w:1)
	/// Proof: `Escrow::NextArbiter` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:0 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(2609), added: 5084, mode: `MaxEncodedLen`)
	fn open_dispute() -> Weight {
		// Proof size: measured `1451`, estimated `3865` bytes.
		// Fastest run: 24_756_000 ps.
		Weight::from_parts(26_810_000, 3865)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:1 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(2609), added: 5084, mode: `MaxEncodedLen`)
	fn add_evidence() -> Weight {
		// Proof size: measured `1918`, estimated `6074` bytes.
		// Fastest run: 25_398_000 ps.
		Weight::from_parts(27_431_000, 6074)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextArbiter` (r:1 w:1)
	/// Proof: `Escrow::NextArbiter` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn escalate() -> Weight {
		// Proof size: measured `1546`, estimated `3865` bytes.
		// Fastest run: 22_974_000 ps.
		Weight::from_parts(24_807_000, 3865)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:1)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(168), added: 2643, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(147), added: 2622, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:0 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(2609), added: 5084, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:0 w:1)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(196), added: 2671, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size: measured `1871`, estimated `8817` bytes.
		// Fastest run: 164_605_000 ps.
		Weight::from_parts(169_893_000, 8817)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reviews` (r:1 w:1)
	/// Proof: `Escrow::Reviews` (`max_values`: None, `max_size`: Some(232), added: 2707, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reputations` (r:1 w:1)
	/// Proof: `Escrow::Reputations` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn rate() -> Weight {
		// Proof size: measured `367`, estimated `3865` bytes.
		// Fastest run: 24_216_000 ps.
		Weight::from_parts(26_118_000, 3865)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Escrow::Arbiters` (r:0 w:1)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextArbiter` (r:0 w:1)
	/// Proof: `Escrow::NextArbiter` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 32`.
	fn set_arbiters(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 6_269_000 ps.
		Weight::from_parts(7_161_858, 0)
			// Standard error: 135
			.saturating_add(Weight::from_parts(30_850, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Estimate (to be regenerated): one contract, two reviews, three deposit releases.
	fn prune() -> Weight {
		Weight::from_parts(60_000_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn list() -> Weight {
		Weight::from_parts(40_099_000, 3922)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn cancel_listing() -> Weight {
		Weight::from_parts(47_410_000, 3922)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn accept(n: u32, ) -> Weight {
		Weight::from_parts(129_192_698, 6368)
			.saturating_add(Weight::from_parts(58_178, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn fund() -> Weight {
		Weight::from_parts(88_982_000, 3865)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn confirm_delivery() -> Weight {
		Weight::from_parts(19_168_000, 3865)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn confirm_receipt() -> Weight {
		Weight::from_parts(137_104_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(137_714_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(86_078_000, 3922)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn open_dispute() -> Weight {
		Weight::from_parts(26_810_000, 3865)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_evidence() -> Weight {
		Weight::from_parts(27_431_000, 6074)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn escalate() -> Weight {
		Weight::from_parts(24_807_000, 3865)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(169_893_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(26_118_000, 3865)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_arbiters(n: u32, ) -> Weight {
		Weight::from_parts(7_161_858, 0)
			.saturating_add(Weight::from_parts(30_850, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Estimate (to be regenerated): one contract, two reviews, three deposit releases.
	fn prune() -> Weight {
		Weight::from_parts(60_000_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
