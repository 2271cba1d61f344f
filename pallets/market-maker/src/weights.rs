
//! Weights of `pallet_market_maker`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_market_maker
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/market-maker/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_market_maker`.
pub trait WeightInfo {
	fn appoint() -> Weight;
	fn dismiss(q: u32, ) -> Weight;
	fn add_inventory() -> Weight;
	fn withdraw_inventory() -> Weight;
	fn mint() -> Weight;
	fn burn() -> Weight;
	fn attest_reserve() -> Weight;
	fn post_quote() -> Weight;
	fn withdraw_quote() -> Weight;
	fn buy_cec() -> Weight;
	fn sell_cec() -> Weight;
	fn convert_revenue() -> Weight;
	fn prune_ref() -> Weight;
	fn set_max_spread() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `MarketMaker::Makers` (r:1 w:1)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::CounterForMakers` (r:1 w:1)
	/// Proof: `MarketMaker::CounterForMakers` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn appoint() -> Weight {
		// Proof size: measured `456`, estimated `3517` bytes.
		// Fastest run: 17_567_000 ps.
		Weight::from_parts(19_068_000, 3517)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:1)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::CounterForMakers` (r:1 w:1)
	/// Proof: `MarketMaker::CounterForMakers` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::QuotedAssets` (r:1 w:1)
	/// Proof: `MarketMaker::QuotedAssets` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:0 w:1)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Component `q` measured over `0 ..= 4`.
	fn dismiss(q: u32, ) -> Weight {
		// Proof size: measured `582 + q * 4`, estimated `3802` bytes.
		// Fastest run: 64_906_000 ps.
		Weight::from_parts(68_164_625, 3802)
			// Standard error: 8_453
			.saturating_add(Weight::from_parts(2_185_709, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn add_inventory() -> Weight {
		// Proof size: measured `407`, estimated `3802` bytes.
		// Fastest run: 63_144_000 ps.
		Weight::from_parts(66_319_000, 3802)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_inventory() -> Weight {
		// Proof size: measured `231`, estimated `3802` bytes.
		// Fastest run: 51_436_000 ps.
		Weight::from_parts(54_071_000, 3802)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Ledgers` (r:1 w:1)
	/// Proof: `MarketMaker::Ledgers` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Refs` (r:1 w:1)
	/// Proof: `MarketMaker::Refs` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn mint() -> Weight {
		// Proof size: measured `1205`, estimated `6196` bytes.
		// Fastest run: 110_625_000 ps.
		Weight::from_parts(115_321_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Ledgers` (r:1 w:1)
	/// Proof: `MarketMaker::Ledgers` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Refs` (r:1 w:1)
	/// Proof: `MarketMaker::Refs` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn burn() -> Weight {
		// Proof size: measured `1357`, estimated `3802` bytes.
		// Fastest run: 131_856_000 ps.
		Weight::from_parts(136_804_000, 3802)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:0)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Attestations` (r:0 w:1)
	/// Proof: `MarketMaker::Attestations` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn attest_reserve() -> Weight {
		// Proof size: measured `357`, estimated `3675` bytes.
		// Fastest run: 20_320_000 ps.
		Weight::from_parts(22_593_000, 3675)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:0)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:1 w:1)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::QuotedAssets` (r:1 w:1)
	/// Proof: `MarketMaker::QuotedAssets` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn post_quote() -> Weight {
		// Proof size: measured `516`, estimated `3675` bytes.
		// Fastest run: 29_564_000 ps.
		Weight::from_parts(36_394_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `MarketMaker::Quotes` (r:1 w:1)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::QuotedAssets` (r:1 w:1)
	/// Proof: `MarketMaker::QuotedAssets` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn withdraw_quote() -> Weight {
		// Proof size: measured `366`, estimated `3565` bytes.
		// Fastest run: 21_482_000 ps.
		Weight::from_parts(25_037_000, 3565)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:1 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
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
	/// Storage: `Dividends::Era` (r:1 w:0)
	/// Proof: `Dividends::Era` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Today` (r:1 w:0)
	/// Proof: `Dividends::Today` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pending` (r:1 w:1)
	/// Proof: `Dividends::Pending` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::ShareHolders` (r:1 w:1)
	/// Proof: `Dividends::ShareHolders` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn buy_cec() -> Weight {
		// Proof size: measured `2790`, estimated `6208` bytes.
		// Fastest run: 233_166_000 ps.
		Weight::from_parts(242_611_000, 6208)
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `MarketMaker::Makers` (r:1 w:0)
	/// Proof: `MarketMaker::Makers` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:1 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn sell_cec() -> Weight {
		// Proof size: measured `1712`, estimated `6208` bytes.
		// Fastest run: 144_214_000 ps.
		Weight::from_parts(150_223_000, 6208)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `MarketMaker::Quotes` (r:18 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:17 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:17 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn convert_revenue() -> Weight {
		// Proof size: measured `4132`, estimated `48794` bytes.
		// Fastest run: 458_641_000 ps.
		Weight::from_parts(474_926_000, 48794)
			.saturating_add(T::DbWeight::get().reads(57_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `MarketMaker::Refs` (r:1 w:1)
	/// Proof: `MarketMaker::Refs` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn prune_ref() -> Weight {
		// Proof size: measured `584`, estimated `3802` bytes.
		// Fastest run: 58_968_000 ps.
		Weight::from_parts(62_132_000, 3802)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `MarketMaker::MaxSpread` (r:0 w:1)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_max_spread() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 5_488_000 ps.
		Weight::from_parts(6_279_000, 0)
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint() -> Weight {
		Weight::from_parts(19_068_000, 3517)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn dismiss(q: u32, ) -> Weight {
		Weight::from_parts(68_164_625, 3802)
			.saturating_add(Weight::from_parts(2_185_709, 0).saturating_mul(q.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn add_inventory() -> Weight {
		Weight::from_parts(66_319_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn withdraw_inventory() -> Weight {
		Weight::from_parts(54_071_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn mint() -> Weight {
		Weight::from_parts(115_321_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn burn() -> Weight {
		Weight::from_parts(136_804_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_reserve() -> Weight {
		Weight::from_parts(22_593_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn post_quote() -> Weight {
		Weight::from_parts(36_394_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn withdraw_quote() -> Weight {
		Weight::from_parts(25_037_000, 3565)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn buy_cec() -> Weight {
		Weight::from_parts(242_611_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(26_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn sell_cec() -> Weight {
		Weight::from_parts(150_223_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn convert_revenue() -> Weight {
		Weight::from_parts(474_926_000, 48794)
			.saturating_add(RocksDbWeight::get().reads(57_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn prune_ref() -> Weight {
		Weight::from_parts(62_132_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_max_spread() -> Weight {
		Weight::from_parts(6_279_000, 0)
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
