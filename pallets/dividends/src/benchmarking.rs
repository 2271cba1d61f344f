//! Benchmarks of the dividend pool (frame-benchmarking v2).
//!
//! The scale proof: `close_day(h)` and `claim(h, d)` run with `h` other holder accounts in
//! storage (10 to 100,000) and, for `claim`, `d` closed days since the claimer's last touch (1 to
//! 365), every revenue pool in use. Their slopes in `h` and `d` are what shows the cost is flat.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::U256;

/// Open every pool (CEC first) and give the revenue account a float in each asset.
fn open_pools<T: Config>() -> alloc::vec::Vec<T::AssetKind> {
	let account = Pallet::<T>::account_id();
	let assets: alloc::vec::Vec<T::AssetKind> =
		(0..T::MaxAssets::get()).map(|i| T::BenchmarkHelper::asset(i)).collect();
	for asset in &assets {
		T::BenchmarkHelper::endow(asset, &account, 1_000_000_000_000_000);
		let _ = Pools::<T>::try_mutate(|pools| {
			if pools.iter().any(|p| p.asset == *asset) {
				Ok(())
			} else {
				pools.try_push(Pool::new(asset.clone())).map_err(|_| ())
			}
		});
	}
	assets
}

/// Revenue in every pool, paid into the revenue account.
fn revenue<T: Config>(assets: &[T::AssetKind]) {
	let account = Pallet::<T>::account_id();
	for asset in assets {
		T::BenchmarkHelper::endow(asset, &account, 1_000_000_000);
		Pallet::<T>::do_note(asset.clone(), 1_000_000_000);
	}
}

/// `h` other holders' accounts (storage only: what the trie holds is what matters), their shares
/// eligible.
fn fill_holders<T: Config>(h: u32) {
	let holder = Holder {
		era: 0,
		eligible: 1_000_000,
		pending: 0,
		pending_day: 0,
		synced: 0,
		joined: 0,
		owed: BoundedVec::new(),
		claimed: None,
	};
	for i in 0..h {
		let who: T::AccountId = account("holder", i, 1);
		Holders::<T>::insert(&who, holder.clone());
	}
	Eligible::<T>::mutate(|e| *e = e.saturating_add(1_000_000u128.saturating_mul(h as u128)));
	ShareHolders::<T>::mutate(|n| *n = n.saturating_add(h));
}

/// Close the day under way.
fn close<T: Config>() {
	Pallet::<T>::do_close_day(None);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A claim after `d` days, with revenue every day in every pool: the claimer's shares came
	/// in pending the day before, so bringing it up to date crosses their joining as well.
	#[benchmark]
	fn claim(h: Linear<10, 100_000>, d: Linear<2, 365>) {
		let assets = open_pools::<T>();
		fill_holders::<T>(h);
		let who: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::endow(&T::NativeAsset::get(), &who, 1_000_000_000_000);
		Pallet::<T>::do_shares_changed(&who, 1_000_000);
		revenue::<T>(&assets);
		close::<T>();
		for _ in 0..d {
			revenue::<T>(&assets);
			close::<T>();
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Holders::<T>::get(&who).is_some_and(|h| h.claimed.is_some()));
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let params = DividendParams {
			dividend_share: sp_runtime::Perbill::from_percent(60),
			buyback_share: sp_runtime::Perbill::from_percent(40),
		};
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Params::<T>::get(), params);
		Ok(())
	}

	/// The last pool of [`Config::MaxAssets`] opens: every other one is looked at first.
	#[benchmark]
	fn open_pool() -> Result<(), BenchmarkError> {
		let last = T::MaxAssets::get().saturating_sub(1);
		Pools::<T>::try_mutate(|pools| {
			for i in pools.len() as u32..last {
				pools.try_push(Pool::new(T::BenchmarkHelper::asset(i)))?;
			}
			Ok::<_, Pool<T::AssetKind, Balance>>(())
		})
		.map_err(|_| BenchmarkError::Weightless)?;
		let asset = T::BenchmarkHelper::asset(last);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset.clone());

		assert_eq!(Pools::<T>::get().len() as u32, T::MaxAssets::get());
		assert_eq!(Pools::<T>::get().last().map(|p| p.asset.clone()), Some(asset));
		Ok(())
	}

	/// The day close with `h` holders in storage: every pool has revenue, power rewards and a
	/// buy-back share to send, and a share era ends.
	#[benchmark]
	fn close_day(h: Linear<10, 100_000>) {
		let assets = open_pools::<T>();
		fill_holders::<T>(h);
		revenue::<T>(&assets);
		Pallet::<T>::note_power_reward(1_000_000);
		Pending::<T>::put(1_000);
		let day = Today::<T>::get();

		#[block]
		{
			Pallet::<T>::do_close_day(Some((1, 1_000)));
		}

		assert_eq!(Today::<T>::get(), day + 1);
		assert!(Pools::<T>::get().iter().all(|p| p.acc > U256::zero()));
	}

	/// A holder's shares change a day after its earlier ones came in: it is brought across their
	/// joining and the day's pending shares grow.
	#[benchmark]
	fn shares_changed() {
		let assets = open_pools::<T>();
		let who: T::AccountId = account("holder", 0, 0);
		Pallet::<T>::do_shares_changed(&who, 1_000_000);
		revenue::<T>(&assets);
		close::<T>();
		revenue::<T>(&assets);
		close::<T>();

		#[block]
		{
			Pallet::<T>::do_shares_changed(&who, 2_000_000);
		}

		assert_eq!(Holders::<T>::get(&who).map(|h| h.pending), Some(1_000_000));
	}

	/// Revenue in an asset beyond the pools: it goes on to the buy-back account at once.
	#[benchmark]
	fn note() {
		open_pools::<T>();
		let extra = T::BenchmarkHelper::asset(T::MaxAssets::get());
		let account = Pallet::<T>::account_id();
		T::BenchmarkHelper::endow(&extra, &account, 1_000_000_000);
		T::BenchmarkHelper::endow(
			&T::NativeAsset::get(),
			&T::BuybackAccount::get(),
			1_000_000_000_000,
		);

		#[block]
		{
			Pallet::<T>::do_note(extra.clone(), 1_000_000_000);
		}

		assert!(Pools::<T>::get().iter().all(|p| p.asset != extra));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
