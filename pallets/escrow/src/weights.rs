
//! Weights of `pallet_escrow`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_escrow
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
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
	fn prune() -> Weight;
	fn set_arbiters(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:0)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:0)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:0)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextListingId` (r:1 w:1)
	/// Proof: `Escrow::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:2 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:0)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `1861`, estimated `6140` bytes.
		// Fastest run: 127_730_000 ps.
		Weight::from_parts(133_739_000, 6140)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Grants` (r:2 w:2)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	fn cancel_listing() -> Weight {
		// Proof size: measured `2258`, estimated `6654` bytes.
		// Fastest run: 153_928_000 ps.
		Weight::from_parts(160_769_000, 6654)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:2 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:2 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:1 w:2)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:2 w:2)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Grants` (r:2 w:4)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextContractId` (r:1 w:1)
	/// Proof: `Escrow::NextContractId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::Quotes` (r:2 w:0)
	/// Proof: `MarketMaker::Quotes` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `MarketMaker::MaxSpread` (r:1 w:0)
	/// Proof: `MarketMaker::MaxSpread` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:0)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:0)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:0)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 1000`.
	fn accept(n: u32, ) -> Weight {
		// Proof size: measured `15158 + n * 6`, estimated `6654` bytes.
		// Fastest run: 264_833_000 ps.
		Weight::from_parts(360_633_221, 6654)
			// Standard error: 15_692
			.saturating_add(Weight::from_parts(266_942, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(27_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	fn fund() -> Weight {
		// Proof size: measured `1702`, estimated `3915` bytes.
		// Fastest run: 96_043_000 ps.
		Weight::from_parts(100_279_000, 3915)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	fn confirm_delivery() -> Weight {
		// Proof size: measured `436`, estimated `3915` bytes.
		// Fastest run: 21_171_000 ps.
		Weight::from_parts(22_914_000, 3915)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:2 w:2)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:2 w:2)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	fn confirm_receipt() -> Weight {
		// Proof size: measured `3283`, estimated `6654` bytes.
		// Fastest run: 273_126_000 ps.
		Weight::from_parts(282_499_000, 6654)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:2 w:2)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:2 w:2)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size: measured `3283`, estimated `6654` bytes.
		// Fastest run: 275_359_000 ps.
		Weight::from_parts(288_929_000, 6654)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof size: measured `1875`, estimated `3915` bytes.
		// Fastest run: 112_037_000 ps.
		Weight::from_parts(116_863_000, 3915)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:1 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn open_dispute() -> Weight {
		// Proof size: measured `2817`, estimated `6208` bytes.
		// Fastest run: 116_073_000 ps.
		Weight::from_parts(120_909_000, 6208)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:1 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	fn add_evidence() -> Weight {
		// Proof size: measured `2141`, estimated `4586` bytes.
		// Fastest run: 98_346_000 ps.
		Weight::from_parts(103_113_000, 4586)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn escalate() -> Weight {
		// Proof size: measured `1619`, estimated `3915` bytes.
		// Fastest run: 24_627_000 ps.
		Weight::from_parts(27_481_000, 3915)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:1)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:2 w:2)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Holders` (r:2 w:2)
	/// Proof: `TreeTokens::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Asset` (r:1 w:1)
	/// Proof: `TreeAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:2 w:2)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size: measured `4516`, estimated `8817` bytes.
		// Fastest run: 373_445_000 ps.
		Weight::from_parts(416_039_000, 8817)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(22_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reviews` (r:1 w:1)
	/// Proof: `Escrow::Reviews` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reputations` (r:1 w:1)
	/// Proof: `Escrow::Reputations` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn rate() -> Weight {
		// Proof size: measured `1389`, estimated `3915` bytes.
		// Fastest run: 98_506_000 ps.
		Weight::from_parts(107_219_000, 3915)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reviews` (r:2 w:2)
	/// Proof: `Escrow::Reviews` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(357), added: 2832, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn prune() -> Weight {
		// Proof size: measured `2025`, estimated `6654` bytes.
		// Fastest run: 140_349_000 ps.
		Weight::from_parts(148_651_000, 6654)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Arbiters` (r:0 w:1)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 32`.
	fn set_arbiters(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 6_189_000 ps.
		Weight::from_parts(7_518_092, 0)
			// Standard error: 644
			.saturating_add(Weight::from_parts(37_551, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn list() -> Weight {
		Weight::from_parts(133_739_000, 6140)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn cancel_listing() -> Weight {
		Weight::from_parts(160_769_000, 6654)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn accept(n: u32, ) -> Weight {
		Weight::from_parts(360_633_221, 6654)
			.saturating_add(Weight::from_parts(266_942, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(27_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn fund() -> Weight {
		Weight::from_parts(100_279_000, 3915)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn confirm_delivery() -> Weight {
		Weight::from_parts(22_914_000, 3915)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn confirm_receipt() -> Weight {
		Weight::from_parts(282_499_000, 6654)
			.saturating_add(RocksDbWeight::get().reads(19_u64))
			.saturating_add(RocksDbWeight::get().writes(19_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(288_929_000, 6654)
			.saturating_add(RocksDbWeight::get().reads(19_u64))
			.saturating_add(RocksDbWeight::get().writes(19_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(116_863_000, 3915)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn open_dispute() -> Weight {
		Weight::from_parts(120_909_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn add_evidence() -> Weight {
		Weight::from_parts(103_113_000, 4586)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn escalate() -> Weight {
		Weight::from_parts(27_481_000, 3915)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(416_039_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(22_u64))
			.saturating_add(RocksDbWeight::get().writes(22_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(107_219_000, 3915)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn prune() -> Weight {
		Weight::from_parts(148_651_000, 6654)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn set_arbiters(n: u32, ) -> Weight {
		Weight::from_parts(7_518_092, 0)
			.saturating_add(Weight::from_parts(37_551, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
