//! Benchmarks of the DApp-bond pallet (frame-benchmarking v2). Each call on its worst path.

use super::*;
use crate::Pallet as DappBond;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// A developer with enough CEC for two minimum bonds.
fn developer<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("developer", 0, 0);
	let funds = T::MinDeveloperBond::get()
		.saturating_mul(3u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, funds);
	who
}

/// A developer bonded at the minimum.
fn bonded<T: Config>() -> T::AccountId {
	let who = developer::<T>();
	DappBond::<T>::bond(RawOrigin::Signed(who.clone()).into(), T::MinDeveloperBond::get())
		.expect("funded");
	who
}

/// The longest valid CID: its check runs to the end.
fn evidence() -> Cid {
	cec_primitives::longest_cid()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A first bond: the record is created.
	#[benchmark]
	fn bond() {
		let who = developer::<T>();
		let min = T::MinDeveloperBond::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), min);
		assert!(Bonds::<T>::contains_key(&who));
	}

	#[benchmark]
	fn unbond() {
		let who = bonded::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Bonds::<T>::get(&who).is_some_and(|b| b.unbonding_until.is_some()));
	}

	#[benchmark]
	fn rebond() {
		let who = bonded::<T>();
		DappBond::<T>::unbond(RawOrigin::Signed(who.clone()).into()).expect("bonded");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(DappBond::<T>::ensure_can_deploy(&who).is_ok());
	}

	#[benchmark]
	fn withdraw() {
		let who = bonded::<T>();
		DappBond::<T>::unbond(RawOrigin::Signed(who.clone()).into()).expect("bonded");
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Bonds::<T>::contains_key(&who));
	}

	/// A partial slash with a ban: the record is rewritten, the beneficiary credited, the ban
	/// written.
	#[benchmark]
	fn slash() -> Result<(), BenchmarkError> {
		let origin =
			T::SlashOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = bonded::<T>();
		let beneficiary = T::SlashBeneficiary::get();
		if T::Currency::balance(&beneficiary) < T::Currency::minimum_balance() {
			T::Currency::set_balance(&beneficiary, T::Currency::minimum_balance());
		}
		let half = T::MinDeveloperBond::get() / 2u32.into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), half, evidence(), true);
		assert!(Bonds::<T>::contains_key(&who) && Banned::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn unban() -> Result<(), BenchmarkError> {
		let origin =
			T::SlashOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("developer", 0, 0);
		Banned::<T>::insert(&who, evidence());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Banned::<T>::contains_key(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(DappBond, crate::mock::new_test_ext(), crate::mock::Test);
}
