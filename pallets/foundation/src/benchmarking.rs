//! Benchmarks of the foundation spending pallet (frame-benchmarking v2).

use super::*;
use frame_benchmarking::v2::*;
use sp_runtime::traits::One;

/// The longest valid CID: the CID check runs to the end and the record is the largest.
fn cid() -> Cid {
	longest_cid()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A spend of one (smallest) unit from a funded treasury, within the origin's limit.
	#[benchmark]
	fn spend() -> Result<(), BenchmarkError> {
		let origin =
			T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let max = T::SpendOrigin::ensure_origin(origin.clone())
			.map_err(|_| BenchmarkError::Weightless)?;
		let amount = T::Balance::one();
		if max < amount {
			return Err(BenchmarkError::Weightless);
		}
		T::BenchmarkHelper::fund_treasury(amount);
		let beneficiary: T::AccountId = account("beneficiary", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, beneficiary.clone(), amount, cid());
		assert!(Spends::<T>::iter_values().any(|s| s.beneficiary == beneficiary
			&& s.amount == amount
			&& s.justification == cid()));
		Ok(())
	}

	#[benchmark]
	fn publish_report() -> Result<(), BenchmarkError> {
		let origin =
			T::ReportOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let id = NextReportId::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, cid());
		assert_eq!(Reports::<T>::get(id).map(|r| r.report), Some(cid()));
		Ok(())
	}

	/// Settling an open spend the treasury no longer has (the only path that writes). The record
	/// is put in place directly, under an index the treasury does not hold, so no treasury
	/// set-up (paying out and clearing) is needed; `is_open` reads the treasury all the same.
	#[benchmark]
	fn settle() -> Result<(), BenchmarkError> {
		let index =
			(0..1_000).find(|i| !T::Treasury::is_open(*i)).ok_or(BenchmarkError::Weightless)?;
		let amount = T::Balance::one();
		Spends::<T>::insert(
			index,
			SpendRecord {
				beneficiary: account("beneficiary", 0, 0),
				amount,
				justification: cid(),
				approved_at: frame_system::Pallet::<T>::block_number(),
				open: true,
			},
		);
		Committed::<T>::mutate(|c| *c = c.saturating_add(amount));
		let before = Committed::<T>::get();
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(frame_system::RawOrigin::Signed(caller), index);
		assert_eq!(Spends::<T>::get(index).map(|s| s.open), Some(false));
		assert_eq!(Committed::<T>::get(), before - amount);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
