//! Benchmarks of the KYC gate (frame-benchmarking v2).

use super::*;
use crate::Pallet as Kyc;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

fn provider<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("provider", 0, 0);
	let name = ProviderName::truncate_from([b'p'; 64].to_vec());
	Providers::<T>::insert(&who, Provider { name, appointed_at: Zero::zero(), removed_at: None });
	who
}

/// The longest valid CID: every check on it runs to the end.
fn cid() -> Cid {
	longest_cid()
}

fn expiry<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::MaxClaimDuration::get())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn appoint_provider() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("provider", 0, 0);
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			who.clone(),
			ProviderName::truncate_from([b'p'; 64].to_vec()),
		);
		assert!(Providers::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_provider() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = provider::<T>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Kyc::<T>::is_provider(&who));
		Ok(())
	}

	/// Replacing the provider's own working claim: every check runs.
	#[benchmark]
	fn issue_claim() {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::issue_claim(
			RawOrigin::Signed(p.clone()).into(),
			who.clone(),
			1,
			KycScope::TRADE,
			expiry::<T>(),
			[1; 32],
		)
		.unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(p), who.clone(), MAX_LEVEL, KycScope::ALL, expiry::<T>(), [2; 32]);
		assert_eq!(Claims::<T>::get(&who).map(|c| c.level), Some(MAX_LEVEL));
	}

	#[benchmark]
	fn renew_claim() {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::issue_claim(
			RawOrigin::Signed(p.clone()).into(),
			who.clone(),
			1,
			KycScope::TRADE,
			expiry::<T>(),
			[1; 32],
		)
		.unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(p), who.clone(), expiry::<T>(), Some([3; 32]));
		assert_eq!(Claims::<T>::get(&who).map(|c| c.commitment), Some([3; 32]));
	}

	#[benchmark]
	fn revoke_claim() {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::issue_claim(
			RawOrigin::Signed(p.clone()).into(),
			who.clone(),
			1,
			KycScope::TRADE,
			expiry::<T>(),
			[1; 32],
		)
		.unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(p), who.clone());
		assert_eq!(Claims::<T>::get(&who).and_then(|c| c.revoked), Some(Revoker::Provider));
	}

	#[benchmark]
	fn lift_revocation() -> Result<(), BenchmarkError> {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::issue_claim(
			RawOrigin::Signed(p).into(),
			who.clone(),
			1,
			KycScope::TRADE,
			expiry::<T>(),
			[1; 32],
		)
		.unwrap();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Kyc::<T>::revoke_claim(origin, who.clone()).unwrap();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_eq!(Claims::<T>::get(&who).and_then(|c| c.revoked), Some(Revoker::Provider));
		Ok(())
	}

	/// Replacing the provider's own flag: the old one is read and checked.
	#[benchmark]
	fn flag() {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::flag(RawOrigin::Signed(p.clone()).into(), who.clone(), cid()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(p), who.clone(), cid());
		assert!(Flags::<T>::contains_key(&who));
	}

	#[benchmark]
	fn clear_flag() {
		let p = provider::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Kyc::<T>::flag(RawOrigin::Signed(p.clone()).into(), who.clone(), cid()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(p), who.clone());
		assert!(!Flags::<T>::contains_key(&who));
	}

	#[benchmark]
	fn attach_envelope() {
		let a: T::AccountId = whitelisted_caller();
		let b: T::AccountId = account("b", 0, 0);
		<Kyc<T> as IdentityDisclosure<_>>::grant_mutual(&a, &b, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(a.clone()), b.clone(), cid());
		assert!(Grants::<T>::get(&a, &b).is_some_and(|g| g.envelope.is_some()));
	}

	impl_benchmark_test_suite!(Kyc, crate::mock::new_test_ext(), crate::mock::Test);
}
