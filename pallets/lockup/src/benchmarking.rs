//! Benchmarks of the lockup pallet (frame-benchmarking v2).
//!
//! The scale proof: `on_initialize_day_close(h)`, `unlock(d, h)` and `buy(l)` run with `h`
//! holders or `l` listings already in storage (10 to 100,000) and, for `unlock`, `d` days closed
//! since the lock (1 to 365). Their slopes in `h`, `l` and `d` are what shows the cost is flat.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::dispatch::{DispatchInfo, GetDispatchInfo as _, PostDispatchInfo};
use frame_support::traits::{fungible::Mutate as _, Hooks};
use frame_system::RawOrigin;
use sp_runtime::traits::{AsSystemOriginSigner, DispatchTransaction as _, Dispatchable};

/// Planck of CEC in `n` whole CEC.
fn cec<T: Config>(n: u128) -> Balance {
	n.saturating_mul(T::CecUnit::get())
}

/// An account with a million CEC.
fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let _ = T::Currency::set_balance(&who, cec::<T>(1_000_000));
	who
}

/// `h` other holders' lock records (storage only: what the trie holds is what matters).
fn fill_holders<T: Config>(h: u32) {
	let r = Pallet::<T>::empty_record();
	for i in 0..h {
		let who: T::AccountId = account("holder", i, 1);
		Locks::<T>::insert(
			&who,
			LockRecord { base: cec::<T>(100), shares: cec::<T>(100), ..r.clone() },
		);
	}
}

/// `l` other listings (storage only).
fn fill_listings<T: Config>(l: u32) {
	let asset = T::BenchmarkHelper::asset();
	for i in 0..l {
		let seller: T::AccountId = account("seller", i, 1);
		Listings::<T>::insert(
			i as ListingId,
			Listing { seller, asset, amount: cec::<T>(10), price: 1, deposit: 0 },
		);
	}
	NextListingId::<T>::put(l as ListingId);
	ListingCount::<T>::put(l);
}

/// Close `d` busy days (the fastest drip).
fn close_days<T: Config>(d: u32) {
	let p = Params::<T>::get();
	for _ in 0..d {
		let next = DayStart::<T>::get().saturating_add(p.day_length);
		frame_system::Pallet::<T>::set_block_number(next);
		DayActivity::<T>::put(p.activity_target);
		let _ = Pallet::<T>::close_day(next);
	}
}

/// A verified holder of a price-listed asset.
fn trader<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who = funded::<T>(name, i);
	T::BenchmarkHelper::verify(&who);
	T::BenchmarkHelper::fund_asset(&who, cec::<T>(1_000_000));
	who
}

/// The reference price the benchmarks list at: 2 units of the asset a CEC.
const PRICE: Balance = 200;

#[benchmarks(where
	T: Send + Sync,
	<T as frame_system::Config>::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin:
		AsSystemOriginSigner<T::AccountId> + Clone,
)]
mod benchmarks {
	use super::*;

	/// Topping up a lock that has dripped: the snapshot is retaken and the age weighted.
	#[benchmark]
	fn lock() {
		let who = funded::<T>("holder", 0);
		assert!(Pallet::<T>::do_lock(who.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(3);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), cec::<T>(1_000));
		assert!(Locks::<T>::get(&who).is_some_and(|r| r.base > cec::<T>(1_900)));
	}

	/// Unlocking what dripped over `d` days, with `h` holders in storage.
	#[benchmark]
	fn unlock(d: Linear<1, 365>, h: Linear<10, 100_000>) {
		fill_holders::<T>(h);
		let who = funded::<T>("holder", 0);
		assert!(Pallet::<T>::do_lock(who.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(d);
		let r = Locks::<T>::get(&who).unwrap_or_else(Pallet::<T>::empty_record);
		let amount = Pallet::<T>::unlockable_of(&r) / 2;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		assert!(Locks::<T>::get(&who).is_some_and(|r| r.released == amount));
	}

	/// Listing dripped and free CEC together.
	#[benchmark]
	fn list() {
		T::BenchmarkHelper::set_price(PRICE);
		let asset = T::BenchmarkHelper::asset();
		let who = trader::<T>("seller", 0);
		assert!(Pallet::<T>::do_lock(who.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(2);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, cec::<T>(100), PRICE);
		assert_eq!(ListingCount::<T>::get(), 1);
	}

	/// Anyone cancelling a stale listing (the price check runs); the seller's record goes.
	#[benchmark]
	fn cancel() {
		T::BenchmarkHelper::set_price(PRICE);
		let asset = T::BenchmarkHelper::asset();
		let seller = trader::<T>("seller", 0);
		assert!(Pallet::<T>::do_list(seller.clone(), asset, cec::<T>(100), PRICE).is_ok());
		T::BenchmarkHelper::set_price(PRICE * 2);
		let other = funded::<T>("other", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(other), 0);
		assert_eq!(ListingCount::<T>::get(), 0);
	}

	/// Buying the whole of a listing, with `l` other listings in storage, by a buyer who holds
	/// a lock already: payment, fee, the seller's freeze and hold, the deposit back, the
	/// buyer's lock retaken.
	#[benchmark]
	fn buy(l: Linear<10, 99_999>) {
		T::BenchmarkHelper::set_price(PRICE);
		let asset = T::BenchmarkHelper::asset();
		fill_listings::<T>(l);
		let seller = trader::<T>("seller", 0);
		assert!(Pallet::<T>::do_lock(seller.clone(), cec::<T>(1_000)).is_ok());
		assert!(Pallet::<T>::do_list(seller.clone(), asset, cec::<T>(100), PRICE).is_ok());
		let buyer = trader::<T>("buyer", 0);
		assert!(Pallet::<T>::do_lock(buyer.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(1);
		let id = l as ListingId;
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), id, cec::<T>(100));
		assert!(Listings::<T>::get(id).is_none());
		assert!(Locks::<T>::get(&buyer).is_some_and(|r| r.base > cec::<T>(1_000)));
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let p = Params::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, p);
		Ok(())
	}

	/// A day close with `h` holders in storage, on its longest path: an era ends and the oldest
	/// day leaves the history.
	#[benchmark]
	fn on_initialize_day_close(h: Linear<10, 100_000>) {
		fill_holders::<T>(h);
		let p = Params::<T>::get();
		let day = T::DayHistory::get();
		CurrentDay::<T>::put(day);
		Days::<T>::insert(0, DayRecord { activity: 0, rate: p.min_rate, index: INDEX_ONE, era: 0 });
		Index::<T>::put(ERA_FLOOR);
		DayActivity::<T>::put(p.activity_target);
		let now = DayStart::<T>::get().saturating_add(p.day_length);
		frame_system::Pallet::<T>::set_block_number(now);
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		assert_eq!(CurrentEra::<T>::get(), 1);
		assert!(Days::<T>::get(0).is_none());
	}

	/// A block that closes no day, with `h` holders in storage. It reads two values and no
	/// holder: how it changes with `h` is what the benchmark database's size alone costs.
	#[benchmark]
	fn on_initialize_idle(h: Linear<10, 100_000>) {
		fill_holders::<T>(h);
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		assert_eq!(CurrentDay::<T>::get(), 0);
	}

	/// The transaction extension as a block applies it: validated `InBlock` (the signer's lock
	/// is not read there), then the activity count written after a successful dispatch. The
	/// pool's priority read is not block weight.
	#[benchmark]
	fn prioritise_holders() {
		let who = funded::<T>("holder", 0);
		assert!(Pallet::<T>::do_lock(who.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(2);
		let call: <T as frame_system::Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: alloc::vec::Vec::new() }.into();
		let info = call.get_dispatch_info();
		let origin: <T as frame_system::Config>::RuntimeOrigin = RawOrigin::Signed(who).into();
		let before = DayActivity::<T>::get();
		let result;
		#[block]
		{
			result = PrioritiseHolders::<T>::new()
				.test_run(origin, &call, &info, 0, 0, |_| Ok(().into()));
		}
		assert!(matches!(result, Ok(Ok(_))));
		assert_eq!(DayActivity::<T>::get(), before.saturating_add(1));
	}

	/// Setting a holder's freeze again (by someone else).
	#[benchmark]
	fn refresh() {
		let who = funded::<T>("holder", 0);
		assert!(Pallet::<T>::do_lock(who.clone(), cec::<T>(1_000)).is_ok());
		close_days::<T>(2);
		let other = funded::<T>("other", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(other), who.clone());
		assert!(Locks::<T>::get(&who).is_some());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
