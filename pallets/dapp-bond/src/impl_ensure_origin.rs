//! [`EnsureBondedDeveloper`]: the origin pallet-contracts asks before it stores code or
//! instantiates a contract.

use crate::*;
use core::marker::PhantomData;
use frame_system::RawOrigin;

/// A signed origin whose account may deploy now (see [`Pallet::ensure_can_deploy`]); succeeds
/// with that account. Plug it into `pallet_contracts::Config::UploadOrigin` and
/// `InstantiateOrigin`. A refused origin fails pallet-contracts' call with `BadOrigin`; the
/// runtime's contracts dry-run API reports the named reason from [`Pallet::ensure_can_deploy`].
pub struct EnsureBondedDeveloper<T>(PhantomData<T>);

impl<T: Config> EnsureOrigin<T::RuntimeOrigin> for EnsureBondedDeveloper<T> {
	type Success = T::AccountId;

	fn try_origin(o: T::RuntimeOrigin) -> Result<T::AccountId, T::RuntimeOrigin> {
		match o.into() {
			Ok(RawOrigin::Signed(who)) if Pallet::<T>::ensure_can_deploy(&who).is_ok() => Ok(who),
			Ok(other) => Err(other.into()),
			Err(o) => Err(o),
		}
	}

	/// A fresh developer account, funded and bonded at the minimum.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<T::RuntimeOrigin, ()> {
		use frame_support::traits::fungible::{Inspect, Mutate};
		use sp_runtime::traits::Saturating;
		let who: T::AccountId = frame_benchmarking::account("developer", 0, 0);
		let min = T::MinDeveloperBond::get();
		let funds = min.saturating_mul(2u32.into()).saturating_add(T::Currency::minimum_balance());
		T::Currency::set_balance(&who, funds);
		Pallet::<T>::do_bond(who.clone(), min).map_err(|_| ())?;
		Ok(RawOrigin::Signed(who).into())
	}
}
