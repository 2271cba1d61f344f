//! Benchmarks of the tree-backed tokens (frame-benchmarking v2). Deposits and claims are measured
//! with up to [`BENCH_HOLDERS`] other holders to show that their cost does not grow with them.

use super::*;
use crate::Pallet as TreeTokens;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;
use sp_runtime::Saturating;

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let ed = <T::Currency as fungible::Inspect<_>>::minimum_balance();
	T::Currency::set_balance(&who, ed.saturating_mul(1_000_000u32.into()));
	who
}

/// A revenue token of `supply` units on `trees` trees (the whole parcel when 0), issued by a
/// funded issuer.
fn revenue_token<T: Config>(trees: u32, supply: u32) -> (TokenId, T::AccountId) {
	let issuer = funded::<T>("issuer", 0);
	let parcel = T::BenchmarkHelper::parcel_with_trees(&issuer, trees.max(1));
	let token = NextTokenId::<T>::get();
	TreeTokens::<T>::tokenise(
		RawOrigin::Signed(issuer.clone()).into(),
		parcel,
		(0..trees).collect(),
		TokenKind::Revenue,
		supply.into(),
		6,
		[b'n'; MAX_NAME_LEN as usize].to_vec(),
		[b'S'; MAX_SYMBOL_LEN as usize].to_vec(),
	)
	.unwrap();
	(token, issuer)
}

/// Give `h` holders one unit each and deposit revenue once, so each is owed something.
fn holders<T: Config>(token: TokenId, issuer: &T::AccountId, h: u32) {
	for i in 0..h {
		let who = funded::<T>("holder", i);
		TreeTokens::<T>::transfer(
			RawOrigin::Signed(issuer.clone()).into(),
			token,
			who,
			1u32.into(),
		)
		.unwrap();
	}
	deposit::<T>(token, issuer);
}

fn deposit<T: Config>(token: TokenId, issuer: &T::AccountId) {
	let ed = <T::Currency as fungible::Inspect<_>>::minimum_balance();
	TreeTokens::<T>::deposit_revenue(
		RawOrigin::Signed(issuer.clone()).into(),
		token,
		ed * 1_000u32.into(),
	)
	.unwrap();
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A revenue token on `t` listed trees (t = 0: the whole parcel).
	#[benchmark]
	fn tokenise(t: Linear<0, { T::MaxTreesPerToken::get() }>) {
		let issuer = funded::<T>("issuer", 0);
		let parcel = T::BenchmarkHelper::parcel_with_trees(&issuer, t.max(1));
		let trees: Vec<TreeIndex> = (0..t).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			parcel,
			trees,
			TokenKind::Revenue,
			1_000_000u32.into(),
			6,
			[b'n'; MAX_NAME_LEN as usize].to_vec(),
			[b'S'; MAX_SYMBOL_LEN as usize].to_vec(),
		);
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(0, &issuer), 1_000_000u32.into());
	}

	/// Both sides hold units and are owed revenue, so both are settled.
	#[benchmark]
	fn transfer() {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		let to = funded::<T>("to", 0);
		TreeTokens::<T>::transfer(
			RawOrigin::Signed(issuer.clone()).into(),
			token,
			to.clone(),
			10u32.into(),
		)
		.unwrap();
		deposit::<T>(token, &issuer);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, to.clone(), 10u32.into());
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(token, &to), 20u32.into());
	}

	#[benchmark]
	fn deposit_revenue(h: Linear<0, BENCH_HOLDERS>) {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		holders::<T>(token, &issuer, h);
		let amount = <T::Currency as fungible::Inspect<_>>::minimum_balance() * 1_000u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, amount);
		assert!(Tokens::<T>::get(token).is_some_and(|i| i.acc > 0));
	}

	#[benchmark]
	fn claim(h: Linear<0, BENCH_HOLDERS>) {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		holders::<T>(token, &issuer, h);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), token);
		assert!(Holders::<T>::get(token, &issuer).pending.is_zero());
	}

	/// The issuer, owed revenue, redeems a token on `t` trees.
	#[benchmark]
	fn redeem(t: Linear<0, { T::MaxTreesPerToken::get() }>) {
		let (token, issuer) = revenue_token::<T>(t, 1_000_000);
		deposit::<T>(token, &issuer);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token);
		assert!(Tokens::<T>::get(token).is_some_and(|i| i.status == TokenStatus::Redeemed));
	}

	impl_benchmark_test_suite!(TreeTokens, crate::mock::new_test_ext(), crate::mock::Test);
}
