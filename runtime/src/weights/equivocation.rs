// Written by hand on figures measured by scripts/benchmark.sh on the CEC Chain reference machine;
// see README "Weights and throughput".

//! What BABE's and GRANDPA's equivocation reports share, for their hand-written `WeightInfo`s
//! ([`super::pallet_babe`], [`super::pallet_grandpa`]): their benchmarks measure only the proof
//! check (`check_equivocation_proof`), which does not match their traits, so the weight of a
//! report is put together here as the SDK's `default_weights.rs` does, from:
//! - the equivocation proof check, measured here (each pallet passes its own);
//! - the offender's session-membership proof check: the SDK's figures, 35 µs + 175 ns a
//!   validator and 5 reads (at our database weights). Its benchmark, `pallet_session`'s `extra`
//!   `check_membership_proof_historical_session`, fails in stable2609 (its set-up cannot decode
//!   session keys any more, as its own comment says), so it cannot be measured here;
//! - reporting the offence to staking (recording it, slashing the offender and its nominators):
//!   the SDK's formula, 110 µs + 25 µs a nominator with 14 + 3n reads and 10 + 3n writes, at our
//!   database weights: `pallet_offences`' benchmarks are not in this runtime.
//! These two compute figures are the only ones in the runtime not measured on the reference
//! machine. A report is rare (one per equivocation) and free only when valid.

use frame_support::{
	traits::Get,
	weights::{
		constants::{WEIGHT_REF_TIME_PER_MICROS, WEIGHT_REF_TIME_PER_NANOS},
		Weight,
	},
};

/// Checking a historical session-membership proof: the fixed part (the SDK's figure, ns).
pub const MEMBERSHIP_PROOF_BASE_NS: u64 = 35_000;
/// Checking a historical session-membership proof: per validator in the session (the SDK's
/// figure, ns).
pub const MEMBERSHIP_PROOF_PER_VALIDATOR_NS: u64 = 175;

/// The weight of an equivocation report whose proof check weighs `check_proof`.
pub fn report<T: frame_system::Config>(
	check_proof: Weight,
	validator_count: u32,
	max_nominators_per_validator: u32,
) -> Weight {
	// The SDK's floor of 100 validators: the count comes from the proof itself.
	let validators = u64::from(validator_count.max(100));
	let nominators = u64::from(max_nominators_per_validator);
	// The membership proof.
	Weight::from_parts(MEMBERSHIP_PROOF_BASE_NS.saturating_mul(WEIGHT_REF_TIME_PER_NANOS), 0)
		.saturating_add(Weight::from_parts(
			MEMBERSHIP_PROOF_PER_VALIDATOR_NS
				.saturating_mul(WEIGHT_REF_TIME_PER_NANOS)
				.saturating_mul(validators),
			0,
		))
		.saturating_add(T::DbWeight::get().reads(5))
		// The equivocation proof.
		.saturating_add(check_proof)
		// Reporting the offence (the SDK's figures).
		.saturating_add(Weight::from_parts(110u64.saturating_mul(WEIGHT_REF_TIME_PER_MICROS), 0))
		.saturating_add(Weight::from_parts(
			25u64.saturating_mul(WEIGHT_REF_TIME_PER_MICROS).saturating_mul(nominators),
			0,
		))
		.saturating_add(T::DbWeight::get().reads(14u64.saturating_add(nominators.saturating_mul(3))))
		.saturating_add(T::DbWeight::get().writes(10u64.saturating_add(nominators.saturating_mul(3))))
}
