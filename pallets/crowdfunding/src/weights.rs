
//! Weights of `pallet_crowdfunding`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_crowdfunding
//!   --extrinsic
//!   *
//!   --steps
//!   2
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/crowdfunding/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_crowdfunding`.
pub trait WeightInfo {
	fn create_campaign(m: u32, ) -> Weight;
	fn contribute(n: u32, ) -> Weight;
	fn finalize() -> Weight;
	fn settle_collect(n: u32, ) -> Weight;
	fn settle_refund(n: u32, ) -> Weight;
	fn submit_milestone() -> Weight;
	fn decide_milestone() -> Weight;
	fn release_milestone(n: u32, ) -> Weight;
	fn report_progress() -> Weight;
	fn flag_missed_reports() -> Weight;
	fn deposit_revenue() -> Weight;
	fn claim(n: u32, ) -> Weight;
	fn transfer() -> Weight;
	fn declare_default() -> Weight;
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
	/// Storage: `Crowdfunding::NextCampaignId` (r:1 w:1)
	/// Proof: `Crowdfunding::NextCampaignId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Campaigns` (r:0 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Component `m` measured over `1 ..= 12`.
	fn create_campaign(m: u32, ) -> Weight {
		// Proof size: measured `1112`, estimated `6208` bytes.
		// Fastest run: 137_915_000 ps.
		Weight::from_parts(161_690_785, 6208)
			// Standard error: 41_253
			.saturating_add(Weight::from_parts(846_617, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Contributions` (r:1 w:1)
	/// Proof: `Crowdfunding::Contributions` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn contribute(n: u32, ) -> Weight {
		// Proof size: measured `2110`, estimated `7485` bytes.
		// Fastest run: 160_298_000 ps.
		Weight::from_parts(209_016_460, 7485)
			// Standard error: 609
			.saturating_add(Weight::from_parts(9_901, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Metadata` (r:1 w:1)
	/// Proof: `ProjectAssets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size: measured `680`, estimated `7485` bytes.
		// Fastest run: 33_520_000 ps.
		Weight::from_parts(38_097_000, 7485)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Contributions` (r:1 w:1)
	/// Proof: `Crowdfunding::Contributions` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Holders` (r:1 w:1)
	/// Proof: `Crowdfunding::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Account` (r:1 w:1)
	/// Proof: `ProjectAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:1 w:1)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:1)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:1 w:1)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn settle_collect(n: u32, ) -> Weight {
		// Proof size: measured `2524`, estimated `7485` bytes.
		// Fastest run: 159_768_000 ps.
		Weight::from_parts(172_994_028, 7485)
			// Standard error: 248
			.saturating_add(Weight::from_parts(11_881, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Contributions` (r:1 w:1)
	/// Proof: `Crowdfunding::Contributions` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::Holds` (r:2 w:2)
	/// Proof: `SettlementHolds::Holds` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:2 w:2)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn settle_refund(n: u32, ) -> Weight {
		// Proof size: measured `2606`, estimated `8817` bytes.
		// Fastest run: 239_796_000 ps.
		Weight::from_parts(286_160_700, 8817)
			// Standard error: 580
			.saturating_add(Weight::from_parts(11_542, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	fn submit_milestone() -> Weight {
		// Proof size: measured `676`, estimated `7485` bytes.
		// Fastest run: 19_088_000 ps.
		Weight::from_parts(21_512_000, 7485)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	fn decide_milestone() -> Weight {
		// Proof size: measured `806`, estimated `7485` bytes.
		// Fastest run: 20_791_000 ps.
		Weight::from_parts(24_477_000, 7485)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:3 w:3)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn release_milestone(n: u32, ) -> Weight {
		// Proof size: measured `2142`, estimated `8817` bytes.
		// Fastest run: 154_420_000 ps.
		Weight::from_parts(188_523_523, 8817)
			// Standard error: 1_421
			.saturating_add(Weight::from_parts(29_697, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Reports` (r:0 w:1)
	/// Proof: `Crowdfunding::Reports` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	fn report_progress() -> Weight {
		// Proof size: measured `907`, estimated `7485` bytes.
		// Fastest run: 77_245_000 ps.
		Weight::from_parts(88_752_000, 7485)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn flag_missed_reports() -> Weight {
		// Proof size: measured `952`, estimated `7485` bytes.
		// Fastest run: 34_151_000 ps.
		Weight::from_parts(45_178_000, 7485)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn deposit_revenue() -> Weight {
		// Proof size: measured `1418`, estimated `7485` bytes.
		// Fastest run: 75_402_000 ps.
		Weight::from_parts(94_481_000, 7485)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Holders` (r:1 w:1)
	/// Proof: `Crowdfunding::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Account` (r:1 w:0)
	/// Proof: `ProjectAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Asset` (r:1 w:1)
	/// Proof: `SettlementAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `SettlementAssets::Account` (r:2 w:2)
	/// Proof: `SettlementAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `SettlementHolds::BalancesOnHold` (r:1 w:0)
	/// Proof: `SettlementHolds::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn claim(n: u32, ) -> Weight {
		// Proof size: measured `2360`, estimated `7485` bytes.
		// Fastest run: 104_335_000 ps.
		Weight::from_parts(114_022_905, 7485)
			// Standard error: 648
			.saturating_add(Weight::from_parts(28_929, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:0)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Account` (r:2 w:2)
	/// Proof: `ProjectAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Holders` (r:2 w:2)
	/// Proof: `Crowdfunding::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof size: measured `1521`, estimated `7485` bytes.
		// Fastest run: 102_682_000 ps.
		Weight::from_parts(112_788_000, 7485)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn declare_default() -> Weight {
		// Proof size: measured `952`, estimated `7485` bytes.
		// Fastest run: 31_186_000 ps.
		Weight::from_parts(35_252_000, 7485)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn create_campaign(m: u32, ) -> Weight {
		Weight::from_parts(161_690_785, 6208)
			.saturating_add(Weight::from_parts(846_617, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn contribute(n: u32, ) -> Weight {
		Weight::from_parts(209_016_460, 7485)
			.saturating_add(Weight::from_parts(9_901, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(38_097_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_collect(n: u32, ) -> Weight {
		Weight::from_parts(172_994_028, 7485)
			.saturating_add(Weight::from_parts(11_881, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn settle_refund(n: u32, ) -> Weight {
		Weight::from_parts(286_160_700, 8817)
			.saturating_add(Weight::from_parts(11_542, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
	}
	fn submit_milestone() -> Weight {
		Weight::from_parts(21_512_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn decide_milestone() -> Weight {
		Weight::from_parts(24_477_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn release_milestone(n: u32, ) -> Weight {
		Weight::from_parts(188_523_523, 8817)
			.saturating_add(Weight::from_parts(29_697, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn report_progress() -> Weight {
		Weight::from_parts(88_752_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn flag_missed_reports() -> Weight {
		Weight::from_parts(45_178_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn deposit_revenue() -> Weight {
		Weight::from_parts(94_481_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(114_022_905, 7485)
			.saturating_add(Weight::from_parts(28_929, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(112_788_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn declare_default() -> Weight {
		Weight::from_parts(35_252_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
