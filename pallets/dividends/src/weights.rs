
//! Weights of `pallet_dividends`, measured by `scripts/benchmark.sh` — do not edit by hand.
//!
//! cec-node benchmark CLI 64.0.0, 2026-12-07; steps 2, repeat 10;
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
//!   pallet_dividends
//!   --extrinsic
//!   *
//!   --steps
//!   2
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/dividends/src/weights.rs

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
	/// Storage: `Dividends::Holders` (r:1 w:1)
	/// Proof: `Dividends::Holders` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:0)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:0)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Days` (r:1 w:0)
	/// Proof: `Dividends::Days` (`max_values`: None, `max_size`: Some(517), added: 2992, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:3 w:3)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:6 w:6)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:3 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Component `h` measured over `10 ..= 100000`.
	/// Component `d` measured over `2 ..= 365`.
	fn claim(h: u32, d: u32, ) -> Weight {
		// Proof size: measured `3176 + d * 2`, estimated `16644` bytes.
		// Fastest run: 308_809_000 ps.
		Weight::from_parts(291_727_137, 16644)
			// Standard error: 46
			.saturating_add(Weight::from_parts(1_283, 0).saturating_mul(h.into()))
			// Standard error: 12_916
			.saturating_add(Weight::from_parts(74_412, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Dividends::Params` (r:0 w:1)
	/// Proof: `Dividends::Params` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 5_668_000 ps.
		Weight::from_parts(6_459_000, 0)
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	fn open_pool() -> Weight {
		// Proof size: measured `654`, estimated `2146` bytes.
		// Fastest run: 13_330_000 ps.
		Weight::from_parts(14_762_000, 2146)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Dividends::Today` (r:1 w:1)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Params` (r:1 w:0)
	/// Proof: `Dividends::Params` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::ShareHolders` (r:1 w:0)
	/// Proof: `Dividends::ShareHolders` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Eligible` (r:1 w:1)
	/// Proof: `Dividends::Eligible` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalShares` (r:1 w:0)
	/// Proof: `Lockup::TotalShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:3 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:3 w:3)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:6 w:6)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:3 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:1)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pending` (r:1 w:1)
	/// Proof: `Dividends::Pending` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Days` (r:0 w:1)
	/// Proof: `Dividends::Days` (`max_values`: None, `max_size`: Some(517), added: 2992, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::EraEnds` (r:0 w:1)
	/// Proof: `Dividends::EraEnds` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `h` measured over `10 ..= 100000`.
	fn close_day(h: u32, ) -> Weight {
		// Proof size: measured `2478`, estimated `16644` bytes.
		// Fastest run: 271_333_000 ps.
		Weight::from_parts(277_831_413, 16644)
			// Standard error: 172
			.saturating_add(Weight::from_parts(1_825, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Dividends::Pools` (r:1 w:0)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Holders` (r:1 w:1)
	/// Proof: `Dividends::Holders` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:0)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:0)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Days` (r:1 w:0)
	/// Proof: `Dividends::Days` (`max_values`: None, `max_size`: Some(517), added: 2992, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pending` (r:1 w:1)
	/// Proof: `Dividends::Pending` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn shares_changed() -> Weight {
		// Proof size: measured `1670`, estimated `3982` bytes.
		// Fastest run: 27_801_000 ps.
		Weight::from_parts(30_335_000, 3982)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Dividends::Pools` (r:1 w:0)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	fn note() -> Weight {
		// Proof size: measured `1596`, estimated `6208` bytes.
		// Fastest run: 85_968_000 ps.
		Weight::from_parts(92_087_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn claim(h: u32, d: u32, ) -> Weight {
		Weight::from_parts(291_727_137, 16644)
			.saturating_add(Weight::from_parts(1_283, 0).saturating_mul(h.into()))
			.saturating_add(Weight::from_parts(74_412, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(6_459_000, 0)
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn open_pool() -> Weight {
		Weight::from_parts(14_762_000, 2146)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn close_day(h: u32, ) -> Weight {
		Weight::from_parts(277_831_413, 16644)
			.saturating_add(Weight::from_parts(1_825, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(26_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn shares_changed() -> Weight {
		Weight::from_parts(30_335_000, 3982)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn note() -> Weight {
		Weight::from_parts(92_087_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
}
