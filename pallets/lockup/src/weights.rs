
//! Weights of `pallet_lockup`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_lockup
//!   --extrinsic
//!   *
//!   --steps
//!   2
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/lockup/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_lockup`.
pub trait WeightInfo {
	fn lock() -> Weight;
	fn unlock(d: u32, h: u32, ) -> Weight;
	fn list() -> Weight;
	fn cancel() -> Weight;
	fn buy(l: u32, ) -> Weight;
	fn set_params() -> Weight;
	fn on_initialize_day_close(h: u32, ) -> Weight;
	fn on_initialize_idle(h: u32, ) -> Weight;
	fn prioritise_holders() -> Weight;
	fn refresh() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Locks` (r:1 w:1)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:0)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalShares` (r:1 w:1)
	/// Proof: `Lockup::TotalShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalFrozen` (r:1 w:1)
	/// Proof: `Lockup::TotalFrozen` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
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
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn lock() -> Weight {
		// Proof size: measured `2012`, estimated `4764` bytes.
		// Fastest run: 95_241_000 ps.
		Weight::from_parts(107_350_000, 4764)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Lockup::Locks` (r:1 w:1)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalFrozen` (r:1 w:1)
	/// Proof: `Lockup::TotalFrozen` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:0)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Component `d` measured over `1 ..= 365`.
	/// Component `h` measured over `10 ..= 100000`.
	fn unlock(d: u32, h: u32, ) -> Weight {
		// Proof size: measured `1099`, estimated `4764` bytes.
		// Fastest run: 125_987_000 ps.
		Weight::from_parts(159_285_504, 4764)
			// Standard error: 19_552
			.saturating_add(Weight::from_parts(34_546, 0).saturating_mul(d.into()))
			// Standard error: 71
			.saturating_add(Weight::from_parts(151, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:17 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:17 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Params` (r:1 w:0)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::ListingCount` (r:1 w:1)
	/// Proof: `Lockup::ListingCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Locks` (r:1 w:1)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:0)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::NextListingId` (r:1 w:1)
	/// Proof: `Lockup::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalFrozen` (r:1 w:1)
	/// Proof: `Lockup::TotalFrozen` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Listings` (r:0 w:1)
	/// Proof: `Lockup::Listings` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `4074`, estimated `50936` bytes.
		// Fastest run: 332_693_000 ps.
		Weight::from_parts(345_803_000, 50936)
			.saturating_add(T::DbWeight::get().reads(48_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Lockup::Listings` (r:1 w:1)
	/// Proof: `Lockup::Listings` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:17 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:17 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Params` (r:1 w:0)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Locks` (r:1 w:1)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::ListingCount` (r:1 w:1)
	/// Proof: `Lockup::ListingCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalShares` (r:1 w:1)
	/// Proof: `Lockup::TotalShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:0)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Holders` (r:1 w:1)
	/// Proof: `Dividends::Holders` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:0)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:0)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalFrozen` (r:1 w:1)
	/// Proof: `Lockup::TotalFrozen` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof size: measured `4369`, estimated `50936` bytes.
		// Fastest run: 321_447_000 ps.
		Weight::from_parts(451_220_000, 50936)
			.saturating_add(T::DbWeight::get().reads(49_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Lockup::Listings` (r:1 w:1)
	/// Proof: `Lockup::Listings` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:17 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:17 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Params` (r:1 w:0)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Locks` (r:2 w:2)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::ListingCount` (r:1 w:1)
	/// Proof: `Lockup::ListingCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:2 w:0)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:2 w:2)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:2 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalFrozen` (r:1 w:1)
	/// Proof: `Lockup::TotalFrozen` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalShares` (r:1 w:1)
	/// Proof: `Lockup::TotalShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Holders` (r:1 w:1)
	/// Proof: `Dividends::Holders` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:0)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:0)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pending` (r:1 w:1)
	/// Proof: `Dividends::Pending` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `l` measured over `10 ..= 99999`.
	fn buy(_l: u32, ) -> Weight {
		// Proof size: measured `6728`, estimated `50936` bytes.
		// Fastest run: 845_515_000 ps.
		Weight::from_parts(947_125_812, 50936)
			.saturating_add(T::DbWeight::get().reads(65_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `Lockup::Params` (r:0 w:1)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 6_129_000 ps.
		Weight::from_parts(9_734_000, 0)
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Lockup::DayStart` (r:1 w:1)
	/// Proof: `Lockup::DayStart` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Params` (r:1 w:0)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::DayActivity` (r:1 w:1)
	/// Proof: `Lockup::DayActivity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentDay` (r:1 w:1)
	/// Proof: `Lockup::CurrentDay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:1)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:1)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::TotalShares` (r:1 w:1)
	/// Proof: `Lockup::TotalShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:1)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Params` (r:1 w:0)
	/// Proof: `Dividends::Params` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::ShareHolders` (r:1 w:0)
	/// Proof: `Dividends::ShareHolders` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Eligible` (r:1 w:1)
	/// Proof: `Dividends::Eligible` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Era` (r:1 w:1)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pending` (r:1 w:1)
	/// Proof: `Dividends::Pending` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Days` (r:0 w:1)
	/// Proof: `Dividends::Days` (`max_values`: None, `max_size`: Some(517), added: 2992, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::EraEnds` (r:0 w:1)
	/// Proof: `Dividends::EraEnds` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Days` (r:0 w:2)
	/// Proof: `Lockup::Days` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::EraEnds` (r:0 w:1)
	/// Proof: `Lockup::EraEnds` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `h` measured over `10 ..= 100000`.
	fn on_initialize_day_close(h: u32, ) -> Weight {
		// Proof size: measured `770`, estimated `2146` bytes.
		// Fastest run: 53_409_000 ps.
		Weight::from_parts(55_243_721, 2146)
			// Standard error: 49
			.saturating_add(Weight::from_parts(994, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Lockup::DayStart` (r:1 w:0)
	/// Proof: `Lockup::DayStart` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Params` (r:1 w:0)
	/// Proof: `Lockup::Params` (`max_values`: Some(1), `max_size`: Some(60), added: 555, mode: `MaxEncodedLen`)
	/// Component `h` measured over `10 ..= 100000`.
	fn on_initialize_idle(h: u32, ) -> Weight {
		// Proof size: measured `158`, estimated `1545` bytes.
		// Fastest run: 4_477_000 ps.
		Weight::from_parts(4_739_797, 1545)
			// Standard error: 2
			.saturating_add(Weight::from_parts(70, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
	}
	/// Storage: `Lockup::DayActivity` (r:1 w:1)
	/// Proof: `Lockup::DayActivity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn prioritise_holders() -> Weight {
		// Proof size: measured `144`, estimated `1489` bytes.
		// Fastest run: 3_726_000 ps.
		Weight::from_parts(4_517_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Lockup::Locks` (r:1 w:1)
	/// Proof: `Lockup::Locks` (`max_values`: None, `max_size`: Some(172), added: 2647, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::Index` (r:1 w:0)
	/// Proof: `Lockup::Index` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Lockup::CurrentEra` (r:1 w:0)
	/// Proof: `Lockup::CurrentEra` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:0)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn refresh() -> Weight {
		// Proof size: measured `894`, estimated `4764` bytes.
		// Fastest run: 51_647_000 ps.
		Weight::from_parts(59_298_000, 4764)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn lock() -> Weight {
		Weight::from_parts(107_350_000, 4764)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn unlock(d: u32, h: u32, ) -> Weight {
		Weight::from_parts(159_285_504, 4764)
			.saturating_add(Weight::from_parts(34_546, 0).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(151, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn list() -> Weight {
		Weight::from_parts(345_803_000, 50936)
			.saturating_add(RocksDbWeight::get().reads(48_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(451_220_000, 50936)
			.saturating_add(RocksDbWeight::get().reads(49_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn buy(_l: u32, ) -> Weight {
		Weight::from_parts(947_125_812, 50936)
			.saturating_add(RocksDbWeight::get().reads(65_u64))
			.saturating_add(RocksDbWeight::get().writes(19_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(9_734_000, 0)
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn on_initialize_day_close(h: u32, ) -> Weight {
		Weight::from_parts(55_243_721, 2146)
			.saturating_add(Weight::from_parts(994, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	fn on_initialize_idle(h: u32, ) -> Weight {
		Weight::from_parts(4_739_797, 1545)
			.saturating_add(Weight::from_parts(70, 0).saturating_mul(h.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
	}
	fn prioritise_holders() -> Weight {
		Weight::from_parts(4_517_000, 1489)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn refresh() -> Weight {
		Weight::from_parts(59_298_000, 4764)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
