
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
	/// Storage: `Crowdfunding::NextCampaignId` (r:1 w:1)
	/// Proof: `Crowdfunding::NextCampaignId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Campaigns` (r:0 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Component `m` measured over `1 ..= 12`.
	fn create_campaign(m: u32, ) -> Weight {
		// Proof size: measured `407`, estimated `6196` bytes.
		// Fastest run: 118_115_000 ps.
		Weight::from_parts(126_777_473, 6196)
			// Standard error: 6_995
			.saturating_add(Weight::from_parts(776_632, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Contributions` (r:1 w:1)
	/// Proof: `Crowdfunding::Contributions` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn contribute(n: u32, ) -> Weight {
		// Proof size: measured `1403`, estimated `7485` bytes.
		// Fastest run: 134_660_000 ps.
		Weight::from_parts(141_290_906, 7485)
			// Standard error: 75
			.saturating_add(Weight::from_parts(9_427, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Metadata` (r:1 w:1)
	/// Proof: `ProjectAssets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size: measured `676`, estimated `7485` bytes.
		// Fastest run: 32_298_000 ps.
		Weight::from_parts(34_872_000, 7485)
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
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn settle_collect(n: u32, ) -> Weight {
		// Proof size: measured `1757`, estimated `7485` bytes.
		// Fastest run: 150_524_000 ps.
		Weight::from_parts(154_440_712, 7485)
			// Standard error: 37
			.saturating_add(Weight::from_parts(8_966, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Contributions` (r:1 w:1)
	/// Proof: `Crowdfunding::Contributions` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(463), added: 2938, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn settle_refund(n: u32, ) -> Weight {
		// Proof size: measured `1584`, estimated `8799` bytes.
		// Fastest run: 203_452_000 ps.
		Weight::from_parts(208_030_044, 8799)
			// Standard error: 44
			.saturating_add(Weight::from_parts(7_922, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	fn submit_milestone() -> Weight {
		// Proof size: measured `672`, estimated `7485` bytes.
		// Fastest run: 18_327_000 ps.
		Weight::from_parts(19_939_000, 7485)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	fn decide_milestone() -> Weight {
		// Proof size: measured `802`, estimated `7485` bytes.
		// Fastest run: 20_089_000 ps.
		Weight::from_parts(22_283_000, 7485)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn release_milestone(n: u32, ) -> Weight {
		// Proof size: measured `1638`, estimated `8799` bytes.
		// Fastest run: 140_709_000 ps.
		Weight::from_parts(155_063_236, 8799)
			// Standard error: 813
			.saturating_add(Weight::from_parts(29_456, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
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
		// Proof size: measured `903`, estimated `7485` bytes.
		// Fastest run: 76_574_000 ps.
		Weight::from_parts(86_118_000, 7485)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn flag_missed_reports() -> Weight {
		// Proof size: measured `948`, estimated `7485` bytes.
		// Fastest run: 32_558_000 ps.
		Weight::from_parts(37_135_000, 7485)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn deposit_revenue() -> Weight {
		// Proof size: measured `915`, estimated `7485` bytes.
		// Fastest run: 68_963_000 ps.
		Weight::from_parts(75_172_000, 7485)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `Crowdfunding::Holders` (r:1 w:1)
	/// Proof: `Crowdfunding::Holders` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Account` (r:1 w:0)
	/// Proof: `ProjectAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` measured over `10 ..= 10000`.
	fn claim(n: u32, ) -> Weight {
		// Proof size: measured `1956`, estimated `7485` bytes.
		// Fastest run: 97_835_000 ps.
		Weight::from_parts(102_614_928, 7485)
			// Standard error: 1_174
			.saturating_add(Weight::from_parts(27_277, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
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
		// Proof size: measured `1517`, estimated `7485` bytes.
		// Fastest run: 102_222_000 ps.
		Weight::from_parts(115_241_000, 7485)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Crowdfunding::Campaigns` (r:1 w:1)
	/// Proof: `Crowdfunding::Campaigns` (`max_values`: None, `max_size`: Some(4020), added: 6495, mode: `MaxEncodedLen`)
	/// Storage: `ProjectAssets::Asset` (r:1 w:1)
	/// Proof: `ProjectAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn declare_default() -> Weight {
		// Proof size: measured `948`, estimated `7485` bytes.
		// Fastest run: 30_405_000 ps.
		Weight::from_parts(34_101_000, 7485)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn create_campaign(m: u32, ) -> Weight {
		Weight::from_parts(126_777_473, 6196)
			.saturating_add(Weight::from_parts(776_632, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn contribute(n: u32, ) -> Weight {
		Weight::from_parts(141_290_906, 7485)
			.saturating_add(Weight::from_parts(9_427, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(34_872_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_collect(n: u32, ) -> Weight {
		Weight::from_parts(154_440_712, 7485)
			.saturating_add(Weight::from_parts(8_966, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn settle_refund(n: u32, ) -> Weight {
		Weight::from_parts(208_030_044, 8799)
			.saturating_add(Weight::from_parts(7_922, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn submit_milestone() -> Weight {
		Weight::from_parts(19_939_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn decide_milestone() -> Weight {
		Weight::from_parts(22_283_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn release_milestone(n: u32, ) -> Weight {
		Weight::from_parts(155_063_236, 8799)
			.saturating_add(Weight::from_parts(29_456, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn report_progress() -> Weight {
		Weight::from_parts(86_118_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn flag_missed_reports() -> Weight {
		Weight::from_parts(37_135_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn deposit_revenue() -> Weight {
		Weight::from_parts(75_172_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(102_614_928, 7485)
			.saturating_add(Weight::from_parts(27_277, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(115_241_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn declare_default() -> Weight {
		Weight::from_parts(34_101_000, 7485)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
