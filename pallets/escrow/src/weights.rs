
//! Weights of `pallet_escrow`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
	/// Storage: `SettlementAssets::Asset` (r:1 w:0)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:0)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:0)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:0)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextListingId` (r:1 w:1)
	/// Proof: `Escrow::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:0 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `1284`, estimated `5617` bytes.
		// Fastest run: 79_889_000 ps.
		Weight::from_parts(85_368_000, 5617)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Grants` (r:2 w:2)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	fn cancel_listing() -> Weight {
		// Proof size: measured `1630`, estimated `6506` bytes.
		// Fastest run: 125_938_000 ps.
		Weight::from_parts(133_600_000, 6506)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:2 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:2 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Contracts` (r:1 w:2)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:2 w:2)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Grants` (r:2 w:4)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextContractId` (r:1 w:1)
	/// Proof: `Escrow::NextContractId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Tokens` (r:1 w:0)
	/// Proof: `TreeTokens::Tokens` (`max_values`: None, `max_size`: Some(2152), added: 4627, mode: `MaxEncodedLen`)
	/// Storage: `TreeAssets::Account` (r:1 w:0)
	/// Proof: `TreeAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 1000`.
	fn accept(n: u32, ) -> Weight {
		// Proof size: measured `11961 + n * 6`, estimated `8799` bytes.
		// Fastest run: 199_318_000 ps.
		Weight::from_parts(322_772_058, 8799)
			// Standard error: 5_703
			.saturating_add(Weight::from_parts(183_728, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
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
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	fn fund() -> Weight {
		// Proof size: measured `1369`, estimated `3881` bytes.
		// Fastest run: 69_774_000 ps.
		Weight::from_parts(74_110_000, 3881)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	fn confirm_delivery() -> Weight {
		// Proof size: measured `402`, estimated `3881` bytes.
		// Fastest run: 13_710_000 ps.
		Weight::from_parts(15_343_000, 3881)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
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
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn confirm_receipt() -> Weight {
		// Proof size: measured `2888`, estimated `6208` bytes.
		// Fastest run: 205_657_000 ps.
		Weight::from_parts(218_666_000, 6208)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
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
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size: measured `2888`, estimated `6208` bytes.
		// Fastest run: 205_587_000 ps.
		Weight::from_parts(218_416_000, 6208)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::TradeLots` (r:1 w:1)
	/// Proof: `TreeTokens::TradeLots` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `TreeTokens::Frozen` (r:1 w:1)
	/// Proof: `TreeTokens::Frozen` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof size: measured `2026`, estimated `3881` bytes.
		// Fastest run: 94_531_000 ps.
		Weight::from_parts(100_580_000, 3881)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:0)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:0)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:1 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn open_dispute() -> Weight {
		// Proof size: measured `2648`, estimated `4586` bytes.
		// Fastest run: 78_457_000 ps.
		Weight::from_parts(87_591_000, 4586)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:1 w:1)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn add_evidence() -> Weight {
		// Proof size: measured `1425`, estimated `4586` bytes.
		// Fastest run: 67_931_000 ps.
		Weight::from_parts(71_537_000, 4586)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Arbiters` (r:1 w:0)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn escalate() -> Weight {
		// Proof size: measured `1585`, estimated `3881` bytes.
		// Fastest run: 16_444_000 ps.
		Weight::from_parts(18_277_000, 3881)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
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
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Listings` (r:1 w:1)
	/// Proof: `Escrow::Listings` (`max_values`: None, `max_size`: Some(204), added: 2679, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Evidence` (r:2 w:2)
	/// Proof: `Escrow::Evidence` (`max_values`: None, `max_size`: Some(1121), added: 3596, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size: measured `4162`, estimated `8817` bytes.
		// Fastest run: 305_556_000 ps.
		Weight::from_parts(325_205_000, 8817)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(22_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:0)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reviews` (r:1 w:1)
	/// Proof: `Escrow::Reviews` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reputations` (r:1 w:1)
	/// Proof: `Escrow::Reputations` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn rate() -> Weight {
		// Proof size: measured `734`, estimated `3881` bytes.
		// Fastest run: 66_399_000 ps.
		Weight::from_parts(72_037_000, 3881)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Escrow::Contracts` (r:1 w:1)
	/// Proof: `Escrow::Contracts` (`max_values`: None, `max_size`: Some(416), added: 2891, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Reviews` (r:2 w:2)
	/// Proof: `Escrow::Reviews` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn prune() -> Weight {
		// Proof size: measured `1338`, estimated `6506` bytes.
		// Fastest run: 117_715_000 ps.
		Weight::from_parts(131_366_000, 6506)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Arbiters` (r:0 w:1)
	/// Proof: `Escrow::Arbiters` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Component `n` measured over `0 ..= 32`.
	fn set_arbiters(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Fastest run: 4_286_000 ps.
		Weight::from_parts(4_882_496, 0)
			// Standard error: 85
			.saturating_add(Weight::from_parts(23_072, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn list() -> Weight {
		Weight::from_parts(85_368_000, 5617)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn cancel_listing() -> Weight {
		Weight::from_parts(133_600_000, 6506)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn accept(n: u32, ) -> Weight {
		Weight::from_parts(322_772_058, 8799)
			.saturating_add(Weight::from_parts(183_728, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	fn fund() -> Weight {
		Weight::from_parts(74_110_000, 3881)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn confirm_delivery() -> Weight {
		Weight::from_parts(15_343_000, 3881)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn confirm_receipt() -> Weight {
		Weight::from_parts(218_666_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(218_416_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(100_580_000, 3881)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn open_dispute() -> Weight {
		Weight::from_parts(87_591_000, 4586)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn add_evidence() -> Weight {
		Weight::from_parts(71_537_000, 4586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn escalate() -> Weight {
		Weight::from_parts(18_277_000, 3881)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(325_205_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(22_u64))
			.saturating_add(RocksDbWeight::get().writes(22_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(72_037_000, 3881)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn prune() -> Weight {
		Weight::from_parts(131_366_000, 6506)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn set_arbiters(n: u32, ) -> Weight {
		Weight::from_parts(4_882_496, 0)
			.saturating_add(Weight::from_parts(23_072, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
