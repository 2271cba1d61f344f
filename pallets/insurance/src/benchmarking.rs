//! Benchmarks of the insurance pallet (frame-benchmarking v2). Each call on its worst path, and
//! a claim among up to 10,000 policies to show a payout's cost does not grow with them.

use super::*;
use crate::Pallet as Insurance;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating};

/// A lot of money: collateral for any benchmark's cover.
fn plenty<T: Config>() -> BalanceOf<T> {
	BalanceOf::<T>::max_value() / 4u32.into()
}

fn fund<T: Config>(who: &T::AccountId) {
	T::BenchmarkHelper::endow(&T::BenchmarkHelper::asset(), who, plenty::<T>());
	T::BenchmarkHelper::verify(who);
}

/// An insurer appointed, with collateral.
fn insurer<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("insurer", 0, 0);
	fund::<T>(&who);
	Insurance::<T>::do_appoint_insurer(who.clone()).expect("verified");
	Insurance::<T>::do_deposit_collateral(
		who.clone(),
		T::BenchmarkHelper::asset(),
		// A third of what it has: the rest stays spendable for the measured deposit.
		plenty::<T>() / 3u32.into(),
	)
	.expect("funded");
	who
}

/// A fire product of `insurer` by `rule` for the helper's region.
fn product<T: Config>(insurer: &T::AccountId, rule: PayoutRule<BalanceOf<T>>) -> ProductId {
	Insurance::<T>::do_create_product(
		insurer.clone(),
		T::BenchmarkHelper::asset(),
		Peril::Fire,
		T::BenchmarkHelper::region(),
		T::MinCoverPeriod::get(),
		Perbill::from_percent(1),
		rule,
		plenty::<T>(),
	)
	.expect("valid product");
	NextProductId::<T>::get().saturating_sub(1)
}

fn per_tree<T: Config>() -> PayoutRule<BalanceOf<T>> {
	PayoutRule::PerTree { base: 1_000_000u32.into(), per_metre: 100_000u32.into() }
}

/// An owner with a parcel of `trees` trees, insured by a per-tree policy of `product` for all of
/// them.
fn policy<T: Config>(product: ProductId, trees: u32) -> (T::AccountId, ParcelId, PolicyId) {
	let owner: T::AccountId = account("owner", 0, 0);
	fund::<T>(&owner);
	let parcel = T::BenchmarkHelper::parcel(&owner, trees);
	let list: Vec<TreeIndex> = (0..trees).collect();
	Insurance::<T>::do_buy_policy(
		owner.clone(),
		product,
		parcel,
		BoundedVec::truncate_from(list),
		plenty::<T>(),
	)
	.expect("insurable");
	let id = NextPolicyId::<T>::get().saturating_sub(1);
	// Into cover, which starts at the next day boundary.
	let start = Policies::<T>::get(id).map(|p| p.start).unwrap_or_default();
	frame_system::Pallet::<T>::set_block_number(start);
	(owner, parcel, id)
}

/// A severity the felling after it makes a total loss.
fn loss<T: Config>() -> u8 {
	T::TotalLossSeverity::get().max(1)
}

/// Start at day 10, so event days before today exist.
fn start<T: Config>() {
	let day = Insurance::<T>::day_length();
	frame_system::Pallet::<T>::set_block_number(
		day.saturating_mul(10u32.into()).saturating_add(1u32.into()),
	);
}

/// An event of record today in the helper's region, reported by a quorum.
fn event<T: Config>() -> EventKey {
	let key = EventKey {
		region: T::BenchmarkHelper::region(),
		peril: Peril::Fire,
		day: Insurance::<T>::today(),
	};
	let quorum = T::OracleQuorum::get().clamp(1, T::MaxOracleMembers::get());
	for i in 0..quorum {
		let member: T::AccountId = account("oracle", i, 0);
		T::BenchmarkHelper::add_oracle_member(&member);
		Insurance::<T>::do_report_event(member, key.clone(), 50, cec_primitives::longest_cid())
			.expect("member reports");
	}
	key
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn appoint_insurer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("insurer", 0, 0);
		T::BenchmarkHelper::verify(&who);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Insurers::<T>::get(&who).is_some_and(|i| i.active));
		Ok(())
	}

	#[benchmark]
	fn remove_insurer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = insurer::<T>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Insurers::<T>::get(&who).is_some_and(|i| !i.active));
		Ok(())
	}

	/// Adding to an existing pool.
	#[benchmark]
	fn deposit_collateral() {
		let who = insurer::<T>();
		let asset = T::BenchmarkHelper::asset();
		let before = Pools::<T>::get(&who, &asset).map(|p| p.collateral).unwrap_or_default();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset.clone(), 1_000_000u32.into());
		assert!(Pools::<T>::get(&who, &asset).is_some_and(|p| p.collateral > before));
	}

	#[benchmark]
	fn withdraw_collateral() {
		let who = insurer::<T>();
		let asset = T::BenchmarkHelper::asset();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset.clone(), 1_000_000u32.into());
		assert!(Pools::<T>::contains_key(&who, &asset));
	}

	#[benchmark]
	fn create_product() {
		let who = insurer::<T>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			T::BenchmarkHelper::asset(),
			Peril::Fire,
			T::BenchmarkHelper::region(),
			T::MaxCoverPeriod::get(),
			Perbill::from_percent(1),
			per_tree::<T>(),
			plenty::<T>(),
		);
		assert_eq!(NextProductId::<T>::get(), 1);
	}

	/// Closing without policies: the product is removed and its deposit released.
	#[benchmark]
	fn close_product() {
		let who = insurer::<T>();
		let id = product::<T>(&who, per_tree::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);
		assert!(!Products::<T>::contains_key(id));
	}

	/// Per-tree cover of `n` trees: each is read from the registry and gets an entry.
	#[benchmark]
	fn buy_policy(n: Linear<1, { T::MaxTreesPerPolicy::get() }>) {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, per_tree::<T>());
		let owner: T::AccountId = account("owner", 0, 0);
		fund::<T>(&owner);
		let parcel = T::BenchmarkHelper::parcel(&owner, n);
		let list: BoundedVec<TreeIndex, T::MaxTreesPerPolicy> =
			BoundedVec::truncate_from((0..n).collect::<Vec<_>>());
		#[extrinsic_call]
		buy_policy(RawOrigin::Signed(owner), id, parcel, list, plenty::<T>());
		assert!(Policies::<T>::contains_key(0));
	}

	/// Whole-parcel cover: no tree is read.
	#[benchmark]
	fn buy_parcel_policy() {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, PayoutRule::PerHectare { rate: 1_000_000_000u32.into() });
		let owner: T::AccountId = account("owner", 0, 0);
		fund::<T>(&owner);
		let parcel = T::BenchmarkHelper::parcel(&owner, T::MaxTreesPerPolicy::get());
		#[extrinsic_call]
		buy_policy(RawOrigin::Signed(owner), id, parcel, BoundedVec::new(), plenty::<T>());
		assert!(Policies::<T>::contains_key(0));
	}

	/// The report that completes the quorum: the median is taken and the event recorded.
	#[benchmark]
	fn report_event() {
		start::<T>();
		let key = EventKey {
			region: T::BenchmarkHelper::region(),
			peril: Peril::Fire,
			day: Insurance::<T>::today(),
		};
		let quorum = T::OracleQuorum::get().clamp(1, T::MaxOracleMembers::get());
		for i in 1..quorum {
			let member: T::AccountId = account("oracle", i, 0);
			T::BenchmarkHelper::add_oracle_member(&member);
			Insurance::<T>::do_report_event(member, key.clone(), 50, cec_primitives::longest_cid())
				.expect("member reports");
		}
		let last: T::AccountId = account("oracle", 0, 0);
		T::BenchmarkHelper::add_oracle_member(&last);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), key.clone(), 60, cec_primitives::longest_cid());
		assert!(EventsOfRecord::<T>::contains_key(&key));
	}

	#[benchmark]
	fn claim_event() {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, per_tree::<T>());
		let (owner, _, policy) = policy::<T>(id, 1);
		let key = event::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), policy, key);
		assert!(Policies::<T>::get(policy).is_some_and(|p| p.settled));
	}

	/// A tree damaged, then felled: both records are read.
	#[benchmark]
	fn claim_tree() {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, per_tree::<T>());
		let (owner, parcel, policy) = policy::<T>(id, 1);
		let (damage, felling) =
			T::BenchmarkHelper::damage_and_fell(parcel, 0, Peril::Fire, loss::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), policy, 0, damage, Some(felling));
		assert!(PolicyTrees::<T>::get(policy, 0).is_some_and(|c| c.paid.is_some()));
	}

	/// The same claim with `p` live policies in storage: its cost must not depend on `p`.
	#[benchmark]
	fn claim_tree_among_policies(p: Linear<10, 10_000>) {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, per_tree::<T>());
		let (owner, parcel, policy) = policy::<T>(id, 1);
		let stored = Policies::<T>::get(policy).expect("bought");
		for i in 1..p {
			Policies::<T>::insert(policy.saturating_add(i), stored.clone());
		}
		let (damage, felling) =
			T::BenchmarkHelper::damage_and_fell(parcel, 0, Peril::Fire, loss::<T>());
		#[extrinsic_call]
		claim_tree(RawOrigin::Signed(owner), policy, 0, damage, Some(felling));
		assert!(PolicyTrees::<T>::get(policy, 0).is_some_and(|c| c.paid.is_some()));
	}

	/// A policy of `n` trees of a closed product: its tree entries go, and the product with it.
	#[benchmark]
	fn expire_policy(n: Linear<1, { T::MaxTreesPerPolicy::get() }>) {
		start::<T>();
		let insurer = insurer::<T>();
		let id = product::<T>(&insurer, per_tree::<T>());
		let (owner, _, policy) = policy::<T>(id, n);
		Insurance::<T>::do_close_product(insurer, id).expect("open");
		let stored = Policies::<T>::get(policy).expect("bought");
		let after = Insurance::<T>::claims_until(&stored).saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(after);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), policy);
		assert!(!Policies::<T>::contains_key(policy));
		assert!(!Products::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Insurance, crate::mock::new_test_ext(), crate::mock::Test);
}
