//! Benchmarks of the market-maker pallet (frame-benchmarking v2), each call on its worst path:
//! a mint or purchase that creates the receiver's asset account, a dismissal with every quote
//! slot used, an attestation with a CIDv1.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
use frame_system::RawOrigin;
use sp_runtime::traits::Zero;

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

/// An appointed maker with 100,000 CEC of inventory.
fn maker<T: Config>(i: u32) -> T::AccountId {
	let maker = funded::<T>("maker", i);
	Makers::<T>::insert(&maker, frame_system::Pallet::<T>::block_number());
	let _ = Pallet::<T>::do_add_inventory(maker.clone(), cec::<T>(100_000));
	maker
}

/// `maker` quotes the benchmark asset at 200/204 units for as long as allowed.
fn quote<T: Config>(maker: &T::AccountId) -> T::AssetId {
	let asset = T::BenchmarkHelper::asset();
	let expires_at =
		frame_system::Pallet::<T>::block_number().saturating_add(T::MaxQuoteLifetime::get());
	let _ = Pallet::<T>::do_post_quote(
		maker.clone(),
		asset,
		Quote { bid: 200, ask: 204, expires_at, posted_at: Zero::zero() },
	);
	asset
}

/// A CIDv1 (base32, SHA-256): checking it costs more than checking a CIDv0.
fn cid() -> Cid {
	b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
		.to_vec()
		.try_into()
		.unwrap_or_default()
}

#[benchmarks]
mod benches {
	use super::*;

	#[benchmark]
	fn appoint() {
		// Every seat but one taken (the genesis may have appointed some already).
		let mut i = 0;
		while Makers::<T>::count() < T::MaxMakers::get().saturating_sub(1) {
			Makers::<T>::insert(
				account::<T::AccountId>("other", i, 0),
				BlockNumberFor::<T>::default(),
			);
			i += 1;
		}
		let who: T::AccountId = account("new", 0, 0);
		let lookup = T::Lookup::unlookup(who.clone());
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| "no origin").unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);
		assert!(Makers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn dismiss(q: Linear<0, { T::MaxQuotedAssets::get() }>) {
		let who = maker::<T>(0);
		let asset = quote::<T>(&who);
		// Quotes in `q` assets (the same asset id under several slots costs the same to remove).
		QuotedAssets::<T>::mutate(&who, |assets| {
			assets.clear();
			for _ in 0..q {
				let _ = assets.try_push(asset);
			}
		});
		let lookup = T::Lookup::unlookup(who.clone());
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| "no origin").unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);
		assert!(!Makers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn add_inventory() {
		let who = maker::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), cec::<T>(1_000));
		assert_eq!(Pallet::<T>::inventory_of(&who), cec::<T>(101_000));
	}

	#[benchmark]
	fn withdraw_inventory() {
		let who = maker::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), cec::<T>(1_000));
		assert_eq!(Pallet::<T>::inventory_of(&who), cec::<T>(99_000));
	}

	#[benchmark]
	fn mint() {
		let who = maker::<T>(0);
		let asset = T::BenchmarkHelper::asset();
		let to: T::AccountId = account("user", 0, 0);
		let lookup = T::Lookup::unlookup(to.clone());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), asset, lookup, 1_000_000, [7u8; 32]);
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(asset, &to), 1_000_000);
	}

	#[benchmark]
	fn burn() {
		let who = maker::<T>(0);
		let asset = T::BenchmarkHelper::asset();
		let _ = Pallet::<T>::do_mint(who.clone(), asset, who.clone(), 2_000_000, [1u8; 32]);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, 1_000_000, [2u8; 32]);
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(asset, &who), 1_000_000);
	}

	#[benchmark]
	fn attest_reserve() {
		let who = maker::<T>(0);
		let asset = T::BenchmarkHelper::asset();
		let cid = cid();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, 1_000_000, cid);
		assert!(Attestations::<T>::contains_key(asset, &who));
	}

	#[benchmark]
	fn post_quote() {
		let who = maker::<T>(0);
		let asset = T::BenchmarkHelper::asset();
		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxQuoteLifetime::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, 200, 204, expires_at);
		assert!(Quotes::<T>::contains_key(asset, &who));
	}

	#[benchmark]
	fn withdraw_quote() {
		let who = maker::<T>(0);
		let asset = quote::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset);
		assert!(!Quotes::<T>::contains_key(asset, &who));
	}

	#[benchmark]
	fn buy_cec() {
		let m = maker::<T>(0);
		let asset = quote::<T>(&m);
		// A buyer with no CEC account yet and no lock: the CEC creates both.
		let buyer: T::AccountId = account("buyer", 0, 0);
		T::BenchmarkHelper::verify(&buyer);
		let _ = T::Assets::mint_into(asset, &buyer, 1_000_000);
		let lookup = T::Lookup::unlookup(m);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), lookup, asset, cec::<T>(100), 204);
		assert_eq!(
			<T::Assets as fungibles::Inspect<_>>::balance(asset, &buyer),
			1_000_000 - 20_400
		);
	}

	#[benchmark]
	fn sell_cec() {
		let m = maker::<T>(0);
		let asset = quote::<T>(&m);
		let _ = T::Assets::mint_into(asset, &m, 1_000_000);
		// A seller with no asset account yet: the proceeds create it.
		let seller = funded::<T>("seller", 0);
		T::BenchmarkHelper::verify(&seller);
		let lookup = T::Lookup::unlookup(m);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller.clone()), lookup, asset, cec::<T>(100), 200);
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(asset, &seller), 20_000);
	}

	/// The day close's purchase of CEC with a day's revenue in an asset: every maker's quote is
	/// read, and the chosen maker's asset account is created by the payment.
	#[benchmark]
	fn convert_revenue() {
		let mut asset = T::BenchmarkHelper::asset();
		for i in 0..T::MaxMakers::get() {
			asset = quote::<T>(&maker::<T>(i));
		}
		let buyer = funded::<T>("revenue", 0);
		let _ = T::Assets::mint_into(asset, &buyer, 2_000_000);
		// Only quotes of an earlier block are used.
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(next);
		let bought;
		#[block]
		{
			bought = Pallet::<T>::do_convert_revenue(buyer.clone(), asset, 1_000_000);
		}
		assert_eq!(bought.ok(), Some(cec::<T>(1_000_000) / 204));
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(asset, &buyer), 1_000_000);
	}

	#[benchmark]
	fn prune_ref() {
		let who = maker::<T>(0);
		let asset = T::BenchmarkHelper::asset();
		let _ = Pallet::<T>::do_mint(who.clone(), asset, who.clone(), 1_000, [1u8; 32]);
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RefRetention::get());
		frame_system::Pallet::<T>::set_block_number(later);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), asset, [1u8; 32]);
		assert!(!Refs::<T>::contains_key(asset, [1u8; 32]));
	}

	#[benchmark]
	fn set_max_spread() {
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| "no origin").unwrap();
		let spread = T::MaxSpreadCeiling::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, spread);
		assert_eq!(MaxSpread::<T>::get(), spread);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
