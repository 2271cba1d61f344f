
//! Weights of `pallet_kyc`, measured by `scripts/benchmark.sh` — do not edit by hand.
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
//!   pallet_kyc
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/kyc/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, dead_code)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// The weight of each call of `pallet_kyc`.
pub trait WeightInfo {
	fn appoint_provider() -> Weight;
	fn remove_provider() -> Weight;
	fn issue_claim() -> Weight;
	fn renew_claim() -> Weight;
	fn revoke_claim() -> Weight;
	fn lift_revocation() -> Weight;
	fn flag() -> Weight;
	fn clear_flag() -> Weight;
	fn attach_envelope() -> Weight;
}

/// Measured weights, with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Kyc::Providers` (r:1 w:1)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn appoint_provider() -> Weight {
		// Proof size: measured `6`, estimated `3588` bytes.
		// Fastest run: 8_542_000 ps.
		Weight::from_parts(9_304_000, 3588)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:1)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn remove_provider() -> Weight {
		// Proof size: measured `153`, estimated `3588` bytes.
		// Fastest run: 8_543_000 ps.
		Weight::from_parts(9_565_000, 3588)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:0)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:1)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	fn issue_claim() -> Weight {
		// Proof size: measured `304`, estimated `3592` bytes.
		// Fastest run: 13_700_000 ps.
		Weight::from_parts(15_073_000, 3592)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:0)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:1)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	fn renew_claim() -> Weight {
		// Proof size: measured `304`, estimated `3592` bytes.
		// Fastest run: 12_218_000 ps.
		Weight::from_parts(13_310_000, 3592)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:0)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Claims` (r:1 w:1)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	fn revoke_claim() -> Weight {
		// Proof size: measured `304`, estimated `3592` bytes.
		// Fastest run: 11_557_000 ps.
		Weight::from_parts(12_489_000, 3592)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Claims` (r:1 w:1)
	/// Proof: `Kyc::Claims` (`max_values`: None, `max_size`: Some(127), added: 2602, mode: `MaxEncodedLen`)
	fn lift_revocation() -> Weight {
		// Proof size: measured `195`, estimated `3592` bytes.
		// Fastest run: 8_192_000 ps.
		Weight::from_parts(8_853_000, 3592)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:0)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:1)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	fn flag() -> Weight {
		// Proof size: measured `392`, estimated `3679` bytes.
		// Fastest run: 13_740_000 ps.
		Weight::from_parts(14_912_000, 3679)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Providers` (r:1 w:0)
	/// Proof: `Kyc::Providers` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Kyc::Flags` (r:1 w:1)
	/// Proof: `Kyc::Flags` (`max_values`: None, `max_size`: Some(214), added: 2689, mode: `MaxEncodedLen`)
	fn clear_flag() -> Weight {
		// Proof size: measured `392`, estimated `3679` bytes.
		// Fastest run: 12_498_000 ps.
		Weight::from_parts(13_600_000, 3679)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Kyc::Grants` (r:1 w:1)
	/// Proof: `Kyc::Grants` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	fn attach_envelope() -> Weight {
		// Proof size: measured `178`, estimated `3704` bytes.
		// Fastest run: 11_067_000 ps.
		Weight::from_parts(11_988_000, 3704)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same figures with RocksDB weights, for mocks and tests.
impl WeightInfo for () {
	fn appoint_provider() -> Weight {
		Weight::from_parts(9_304_000, 3588)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_provider() -> Weight {
		Weight::from_parts(9_565_000, 3588)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn issue_claim() -> Weight {
		Weight::from_parts(15_073_000, 3592)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn renew_claim() -> Weight {
		Weight::from_parts(13_310_000, 3592)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(12_489_000, 3592)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn lift_revocation() -> Weight {
		Weight::from_parts(8_853_000, 3592)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag() -> Weight {
		Weight::from_parts(14_912_000, 3679)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn clear_flag() -> Weight {
		Weight::from_parts(13_600_000, 3679)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attach_envelope() -> Weight {
		Weight::from_parts(11_988_000, 3704)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
