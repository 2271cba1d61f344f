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

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
