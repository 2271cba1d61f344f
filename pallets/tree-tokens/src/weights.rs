
//! Weights of `pallet_tree_tokens`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_tree_tokens
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/tree-tokens/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_tree_tokens`.
pub trait WeightInfo {
	fn tokenise(t: u32, ) -> Weight;
	fn transfer() -> Weight;
	fn deposit_revenue(h: u32, ) -> Weight;
	fn claim(h: u32, ) -> Weight;
	fn redeem(t: u32, ) -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TreeTokens::NextTokenId` (r:1 w:1)
	/// Proof: `TreeTokens::NextTokenId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:500 w:500)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Metadata` (r:1 w:1)
	/// Proof: `TreeAssets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:1)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:0 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Component `t` measured over `0 ..= 500`.
	fn tokenise(t: u32, ) -> Weight {
		// Proof size: measured `784 + t * 47`, estimated `6196 + t * 2659` bytes.
		// Fastest run: 125_868_000 ps.
		Weight::from_parts(93_687_158, 6196)
			// Standard error: 7_145
			.saturating_add(Weight::from_parts(5_274_409, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(t.into()))
	}
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:2 w:2)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:0)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:2 w:2)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof size: measured `1085`, estimated `6208` bytes.
		// Fastest run: 71_456_000 ps.
		Weight::from_parts(78_327_000, 6208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `h` measured over `0 ..= 1000`.
	fn deposit_revenue(h: u32, ) -> Weight {
		// Proof size: measured `815`, estimated `6196` bytes.
		// Fastest run: 50_405_000 ps.
		Weight::from_parts(61_992_933, 6196)
			// Standard error: 889
			.saturating_add(Weight::from_parts(52_946, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:1 w:1)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:0)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `h` measured over `0 ..= 1000`.
	fn claim(h: u32, ) -> Weight {
		// Proof size: measured `1321 + h * 1`, estimated `8799` bytes.
		// Fastest run: 110_084_000 ps.
		Weight::from_parts(128_947_366, 8799)
			// Standard error: 1_171
			.saturating_add(Weight::from_parts(37_243, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:2 w:1)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:0)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:1 w:1)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Approvals` (r:1 w:0)
	/// Proof: `TreeAssets::Approvals` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Metadata` (r:1 w:1)
	/// Proof: `TreeAssets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:1)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:500 w:500)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Reserves` (r:0 w:1)
	/// Proof: `TreeAssets::Reserves` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Component `t` measured over `0 ..= 500`.
	fn redeem(t: u32, ) -> Weight {
		// Proof size: measured `1609 + t * 51`, estimated `6208 + t * 2659` bytes.
		// Fastest run: 202_202_000 ps.
		Weight::from_parts(174_803_379, 6208)
			// Standard error: 8_863
			.saturating_add(Weight::from_parts(5_400_098, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(t.into()))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn tokenise(t: u32, ) -> Weight {
		Weight::from_parts(93_687_158, 6196)
			.saturating_add(Weight::from_parts(5_274_409, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(t.into()))
	}
	fn transfer() -> Weight {
		Weight::from_parts(78_327_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn deposit_revenue(h: u32, ) -> Weight {
		Weight::from_parts(61_992_933, 6196)
			.saturating_add(Weight::from_parts(52_946, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn claim(h: u32, ) -> Weight {
		Weight::from_parts(128_947_366, 8799)
			.saturating_add(Weight::from_parts(37_243, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn redeem(t: u32, ) -> Weight {
		Weight::from_parts(174_803_379, 6208)
			.saturating_add(Weight::from_parts(5_400_098, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(t.into()))
	}
}
