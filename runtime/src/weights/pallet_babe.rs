// Written by hand on figures measured by scripts/benchmark.sh on the CEC Chain reference machine;
// see README "Weights and throughput".

//! Weights for `pallet_babe`: its benchmark measures the equivocation proof check only (see
//! [`super::equivocation`]).

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Checking a BABE equivocation proof (two headers' seals): `cec-node benchmark pallet --pallet
/// pallet_babe` (steps 10, repeat 5, least squares: 102.8 µs + 0.74 µs for its one component), in
/// picoseconds.
pub const CHECK_EQUIVOCATION_PROOF: Weight = Weight::from_parts(103_544_000, 0);

/// Weight functions for `pallet_babe`.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_babe::WeightInfo for WeightInfo<T> {
	/// One write: the next epoch's configuration.
	fn plan_config_change() -> Weight {
		T::DbWeight::get().writes(1)
	}

	fn report_equivocation(validator_count: u32, max_nominators_per_validator: u32) -> Weight {
		super::equivocation::report::<T>(
			CHECK_EQUIVOCATION_PROOF,
			validator_count,
			max_nominators_per_validator,
		)
	}
}
