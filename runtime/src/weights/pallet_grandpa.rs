// Written by hand on figures measured by scripts/benchmark.sh on the CEC Chain reference machine;
// see README "Weights and throughput".

//! Weights for `pallet_grandpa`: its benchmarks measure the equivocation proof check and
//! `note_stalled`; a report's weight is put together in [`super::equivocation`].

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Checking a GRANDPA equivocation proof (two signed votes): `cec-node benchmark pallet --pallet
/// pallet_grandpa` (steps 10, repeat 5, least squares: 93.54 µs), in picoseconds.
pub const CHECK_EQUIVOCATION_PROOF: Weight = Weight::from_parts(93_540_000, 0);
/// `note_stalled`, measured the same way (picoseconds, besides its one write).
pub const NOTE_STALLED: Weight = Weight::from_parts(3_906_000, 0);

/// Weight functions for `pallet_grandpa`.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_grandpa::WeightInfo for WeightInfo<T> {
	fn report_equivocation(validator_count: u32, max_nominators_per_validator: u32) -> Weight {
		// Besides the report itself, the set id's session is looked up (two reads).
		super::equivocation::report::<T>(
			CHECK_EQUIVOCATION_PROOF,
			validator_count,
			max_nominators_per_validator,
		)
		.saturating_add(T::DbWeight::get().reads(2))
	}

	fn note_stalled() -> Weight {
		NOTE_STALLED.saturating_add(T::DbWeight::get().writes(1))
	}
}
