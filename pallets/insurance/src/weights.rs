
//! Weights of `pallet_insurance`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_insurance
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/insurance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_insurance`.
pub trait WeightInfo {
	fn appoint_insurer() -> Weight;
	fn remove_insurer() -> Weight;
	fn deposit_collateral() -> Weight;
	fn withdraw_collateral() -> Weight;
	fn create_product() -> Weight;
	fn close_product() -> Weight;
	fn buy_policy(n: u32, ) -> Weight;
	fn buy_parcel_policy() -> Weight;
	fn report_event() -> Weight;
	fn claim_event() -> Weight;
	fn claim_tree() -> Weight;
	fn claim_tree_among_policies(p: u32, ) -> Weight;
	fn expire_policy(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Insurers` (r:1 w:1)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	fn appoint_insurer() -> Weight {
		// Proof size: measured `225`, estimated `3679` bytes.
		// Fastest run: 19_078_000 ps.
		Weight::from_parts(20_601_000, 3679)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Insurance::Insurers` (r:1 w:1)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	fn remove_insurer() -> Weight {
		// Proof size: measured `119`, estimated `3518` bytes.
		// Fastest run: 11_527_000 ps.
		Weight::from_parts(12_689_000, 3518)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Insurance::Insurers` (r:1 w:0)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn deposit_collateral() -> Weight {
		// Proof size: measured `459`, estimated `3892` bytes.
		// Fastest run: 70_675_000 ps.
		Weight::from_parts(73_589_000, 3892)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn withdraw_collateral() -> Weight {
		// Proof size: measured `418`, estimated `3892` bytes.
		// Fastest run: 57_295_000 ps.
		Weight::from_parts(60_309_000, 3892)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Insurance::Insurers` (r:1 w:0)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::NextProductId` (r:1 w:1)
	/// Proof: `Insurance::NextProductId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Products` (r:0 w:1)
	/// Proof: `Insurance::Products` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	fn create_product() -> Weight {
		// Proof size: measured `350`, estimated `3892` bytes.
		// Fastest run: 64_946_000 ps.
		Weight::from_parts(67_701_000, 3892)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Insurance::Products` (r:1 w:1)
	/// Proof: `Insurance::Products` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn close_product() -> Weight {
		// Proof size: measured `504`, estimated `3892` bytes.
		// Fastest run: 58_266_000 ps.
		Weight::from_parts(63_103_000, 3892)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Products` (r:1 w:1)
	/// Proof: `Insurance::Products` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Insurers` (r:1 w:0)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:500 w:0)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::LatestMeasurements` (r:500 w:0)
	/// Proof: `Forestry::LatestMeasurements` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::NextPolicyId` (r:1 w:1)
	/// Proof: `Insurance::NextPolicyId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::DayLengthOverride` (r:1 w:0)
	/// Proof: `Insurance::DayLengthOverride` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Policies` (r:0 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::PolicyTrees` (r:0 w:500)
	/// Proof: `Insurance::PolicyTrees` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 500`.
	fn buy_policy(n: u32, ) -> Weight {
		// Proof size: measured `2163 + n * 47`, estimated `8799 + n * 2659` bytes.
		// Fastest run: 218_664_000 ps.
		Weight::from_parts(145_380_562, 8799)
			// Standard error: 15_933
			.saturating_add(Weight::from_parts(11_201_970, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(n.into()))
	}
	/// Storage: `Kyc::Claims` (r:1 w:0)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:0)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Products` (r:1 w:1)
	/// Proof: `Insurance::Products` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Insurers` (r:1 w:0)
	/// Proof: `Insurance::Insurers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::NextPolicyId` (r:1 w:1)
	/// Proof: `Insurance::NextPolicyId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Dividends::Pools` (r:1 w:1)
	/// Proof: `Dividends::Pools` (`max_values`: Some(1), `max_size`: Some(661), added: 1156, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::DayLengthOverride` (r:1 w:0)
	/// Proof: `Insurance::DayLengthOverride` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Policies` (r:0 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn buy_parcel_policy() -> Weight {
		// Proof size: measured `2116`, estimated `8799` bytes.
		// Fastest run: 218_485_000 ps.
		Weight::from_parts(236_872_000, 8799)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `OracleCommittee::Members` (r:1 w:0)
	/// Proof: `OracleCommittee::Members` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::DayLengthOverride` (r:1 w:0)
	/// Proof: `Insurance::DayLengthOverride` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::EventsOfRecord` (r:1 w:1)
	/// Proof: `Insurance::EventsOfRecord` (`max_values`: None, `max_size`: Some(2652), added: 5127, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::PendingReports` (r:1 w:1)
	/// Proof: `Insurance::PendingReports` (`max_values`: None, `max_size`: Some(2647), added: 5122, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn report_event() -> Weight {
		// Proof size: measured `344`, estimated `6117` bytes.
		// Fastest run: 31_968_000 ps.
		Weight::from_parts(34_301_000, 6117)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Insurance::Policies` (r:1 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::EventsOfRecord` (r:1 w:0)
	/// Proof: `Insurance::EventsOfRecord` (`max_values`: None, `max_size`: Some(2652), added: 5127, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::DayLengthOverride` (r:1 w:0)
	/// Proof: `Insurance::DayLengthOverride` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_event() -> Weight {
		// Proof size: measured `1848`, estimated `6196` bytes.
		// Fastest run: 94_721_000 ps.
		Weight::from_parts(98_336_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Insurance::Policies` (r:1 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::PolicyTrees` (r:1 w:1)
	/// Proof: `Insurance::PolicyTrees` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:2 w:0)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:0)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::LatestMeasurements` (r:1 w:0)
	/// Proof: `Forestry::LatestMeasurements` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_tree() -> Weight {
		// Proof size: measured `1774`, estimated `6364` bytes.
		// Fastest run: 111_315_000 ps.
		Weight::from_parts(115_592_000, 6364)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Insurance::Policies` (r:1 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::PolicyTrees` (r:1 w:1)
	/// Proof: `Insurance::PolicyTrees` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::TreeHistory` (r:2 w:0)
	/// Proof: `Forestry::TreeHistory` (`max_values`: None, `max_size`: Some(212), added: 2687, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Trees` (r:1 w:0)
	/// Proof: `Forestry::Trees` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::Parcels` (r:1 w:0)
	/// Proof: `Forestry::Parcels` (`max_values`: None, `max_size`: Some(505), added: 2980, mode: `MaxEncodedLen`)
	/// Storage: `Forestry::LatestMeasurements` (r:1 w:0)
	/// Proof: `Forestry::LatestMeasurements` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `p` measured over `10 ..= 10000`.
	fn claim_tree_among_policies(p: u32, ) -> Weight {
		// Proof size: measured `2813`, estimated `6364` bytes.
		// Fastest run: 116_082_000 ps.
		Weight::from_parts(153_336_525, 6364)
			// Standard error: 482
			.saturating_add(Weight::from_parts(7_399, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Insurance::Policies` (r:1 w:1)
	/// Proof: `Insurance::Policies` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Pools` (r:1 w:1)
	/// Proof: `Insurance::Pools` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::PolicyTrees` (r:500 w:500)
	/// Proof: `Insurance::PolicyTrees` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Insurance::Products` (r:1 w:1)
	/// Proof: `Insurance::Products` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Component `n` measured over `1 ..= 500`.
	fn expire_policy(n: u32, ) -> Weight {
		// Proof size: measured `1071 + n * 33`, estimated `6794 + n * 2532` bytes.
		// Fastest run: 127_510_000 ps.
		Weight::from_parts(115_807_604, 6794)
			// Standard error: 3_723
			.saturating_add(Weight::from_parts(1_150_215, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(n.into()))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_insurer() -> Weight {
		Weight::from_parts(20_601_000, 3679)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_insurer() -> Weight {
		Weight::from_parts(12_689_000, 3518)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn deposit_collateral() -> Weight {
		Weight::from_parts(73_589_000, 3892)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn withdraw_collateral() -> Weight {
		Weight::from_parts(60_309_000, 3892)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn create_product() -> Weight {
		Weight::from_parts(67_701_000, 3892)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn close_product() -> Weight {
		Weight::from_parts(63_103_000, 3892)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn buy_policy(n: u32, ) -> Weight {
		Weight::from_parts(145_380_562, 8799)
			.saturating_add(Weight::from_parts(11_201_970, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(n.into()))
	}
	fn buy_parcel_policy() -> Weight {
		Weight::from_parts(236_872_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn report_event() -> Weight {
		Weight::from_parts(34_301_000, 6117)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn claim_event() -> Weight {
		Weight::from_parts(98_336_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn claim_tree() -> Weight {
		Weight::from_parts(115_592_000, 6364)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim_tree_among_policies(p: u32, ) -> Weight {
		Weight::from_parts(153_336_525, 6364)
			.saturating_add(Weight::from_parts(7_399, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn expire_policy(n: u32, ) -> Weight {
		Weight::from_parts(115_807_604, 6794)
			.saturating_add(Weight::from_parts(1_150_215, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(n.into()))
	}
}
