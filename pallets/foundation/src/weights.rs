//! Weights of `pallet_foundation`: initial estimate until `scripts/benchmark.sh foundation` runs
//! and regenerates this file (from `scripts/weight-template.hbs`).
//!
//! Not yet measured: figures estimated from the measured calls of `pallet_kyc` (a CID check and
//! a record written), with the storage `spend` touches in the runtime.
//!
//! `spend` also pays for the runtime's `TreasurySpend`, which the benchmark measures with the
//! rest since it runs on the runtime: on `pallet-treasury`, `spendable` reads the treasury's
//! account and `approve` reads and bumps `Treasury::SpendCount` and writes `Treasury::Spends`
//! (about reads 2, writes 2, counted in below).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_foundation`.
pub trait WeightInfo {
	fn spend() -> Weight;
	fn publish_report() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Treasury::SpendCount` (r:1 w:1)
	/// Proof: `Treasury::SpendCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Treasury::Spends` (r:0 w:1)
	/// Storage: `Foundation::Spends` (r:1 w:1)
	/// Proof: `Foundation::Spends` (`max_values`: None, `max_size`: Some(194), added: 2669, mode: `MaxEncodedLen`)
	fn spend() -> Weight {
		// Proof size: estimated `3659` bytes (initial estimate, not measured).
		Weight::from_parts(30_000_000, 3659)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Foundation::NextReportId` (r:1 w:1)
	/// Proof: `Foundation::NextReportId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Foundation::Reports` (r:0 w:1)
	/// Proof: `Foundation::Reports` (`max_values`: None, `max_size`: Some(146), added: 2621, mode: `MaxEncodedLen`)
	fn publish_report() -> Weight {
		// Proof size: estimated `1489` bytes (initial estimate, not measured).
		Weight::from_parts(16_000_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn spend() -> Weight {
		Weight::from_parts(30_000_000, 3659)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn publish_report() -> Weight {
		Weight::from_parts(16_000_000, 1489)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
