//! Benchmarks of the tree-backed tokens (frame-benchmarking v2). Deposits and claims are measured
//! with up to [`BENCH_HOLDERS`] other holders to show that their cost does not grow with them.

use super::*;
use crate::Pallet as TreeTokens;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;
use sp_runtime::Saturating;

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let ed = <T::Currency as fungible::Inspect<_>>::minimum_balance();
	T::Currency::set_balance(&who, ed.saturating_mul(1_000_000_000u32.into()));
	who
}

/// The longest name and symbol: the largest deposit and metadata.
fn longest() -> (TokenName, TokenSymbol) {
	(
		alloc::vec![b'n'; MAX_NAME_LEN as usize].try_into().unwrap(),
		alloc::vec![b'S'; MAX_SYMBOL_LEN as usize].try_into().unwrap(),
	)
}

fn tree_list<T: Config>(t: u32) -> BoundedVec<TreeIndex, T::MaxTreesPerToken> {
	(0..t).collect::<Vec<_>>().try_into().unwrap()
}

/// A revenue token of `supply` units on `trees` trees (the whole parcel when 0), issued by a
/// funded issuer.
fn revenue_token<T: Config>(trees: u32, supply: u32) -> (TokenId, T::AccountId) {
	let issuer = funded::<T>("issuer", 0);
	let parcel = T::BenchmarkHelper::parcel_with_trees(&issuer, trees.max(1));
	let token = NextTokenId::<T>::get();
	let (name, symbol) = longest();
	TreeTokens::<T>::tokenise(
		RawOrigin::Signed(issuer.clone()).into(),
		parcel,
		tree_list::<T>(trees),
		TokenKind::Revenue,
		supply.into(),
		6,
		name,
		symbol,
	)
	.unwrap();
	(token, issuer)
}

fn send<T: Config>(from: &T::AccountId, token: TokenId, to: &T::AccountId, amount: u32) {
	TreeTokens::<T>::transfer(
		RawOrigin::Signed(from.clone()).into(),
		token,
		to.clone(),
		amount.into(),
	)
	.unwrap();
}

/// Give `h` holders one unit each and deposit revenue once (an existential deposit per unit), so
/// each is owed something.
fn holders<T: Config>(token: TokenId, issuer: &T::AccountId, h: u32) {
	for i in 0..h {
		let who = funded::<T>("holder", i);
		send::<T>(issuer, token, &who, 1);
	}
	deposit::<T>(token, issuer);
}

fn deposit<T: Config>(token: TokenId, issuer: &T::AccountId) {
	let ed = <T::Currency as fungible::Inspect<_>>::minimum_balance();
	TreeTokens::<T>::deposit_revenue(
		RawOrigin::Signed(issuer.clone()).into(),
		token,
		ed * 1_000_000u32.into(),
	)
	.unwrap();
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A revenue token on `t` listed trees (t = 0: the whole parcel), with the longest name and
	/// symbol.
	#[benchmark]
	fn tokenise(t: Linear<0, { T::MaxTreesPerToken::get() }>) {
		let issuer = funded::<T>("issuer", 0);
		let parcel = T::BenchmarkHelper::parcel_with_trees(&issuer, t.max(1));
		let (name, symbol) = longest();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			parcel,
			tree_list::<T>(t),
			TokenKind::Revenue,
			1_000_000u32.into(),
			6,
			name,
			symbol,
		);
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(0, &issuer), 1_000_000u32.into());
	}

	/// Both sides hold units and are owed revenue, so both are settled; the sender also has
	/// units frozen in a trade, so the frozen ledger is read.
	#[benchmark]
	fn transfer() {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		let to = funded::<T>("to", 0);
		send::<T>(&issuer, token, &to, 10);
		deposit::<T>(token, &issuer);
		let lot = TradeItem::TokenLot { token, amount: 10 };
		<TreeTokens<T> as TradeItems<_>>::freeze(&issuer, &lot, 0).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, to.clone(), 10u32.into());
		assert_eq!(<T::Assets as fungibles::Inspect<_>>::balance(token, &to), 20u32.into());
	}

	#[benchmark]
	fn deposit_revenue(h: Linear<0, BENCH_HOLDERS>) {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		holders::<T>(token, &issuer, h);
		let amount = <T::Currency as fungible::Inspect<_>>::minimum_balance() * 1_000_000u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, amount);
		assert!(Tokens::<T>::get(token).is_some_and(|i| i.acc > 0));
	}

	/// The worst claim: the last one of a redeemed token, which removes its record and sweeps
	/// the pot to the issuer. `h` other holders were paid and left before.
	#[benchmark]
	fn claim(h: Linear<0, BENCH_HOLDERS>) {
		let (token, issuer) = revenue_token::<T>(0, 1_000_000);
		let claimant = funded::<T>("claimant", 0);
		send::<T>(&issuer, token, &claimant, 1);
		holders::<T>(token, &issuer, h);
		for i in 0..h {
			let who: T::AccountId = account("holder", i, 0);
			TreeTokens::<T>::claim(RawOrigin::Signed(who.clone()).into(), token).unwrap();
			send::<T>(&who, token, &issuer, 1);
		}
		send::<T>(&claimant, token, &issuer, 1);
		TreeTokens::<T>::redeem(RawOrigin::Signed(issuer.clone()).into(), token).unwrap();
		assert!(Tokens::<T>::get(token).is_some_and(|i| i.claimants == 1));
		#[extrinsic_call]
		_(RawOrigin::Signed(claimant), token);
		assert!(!Tokens::<T>::contains_key(token));
	}

	/// The issuer, owed revenue, redeems a token on `t` trees; nobody else is owed anything, so
	/// the record goes at once and the pot is swept.
	#[benchmark]
	fn redeem(t: Linear<0, { T::MaxTreesPerToken::get() }>) {
		let (token, issuer) = revenue_token::<T>(t, 1_000_000);
		deposit::<T>(token, &issuer);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token);
		assert!(!Tokens::<T>::contains_key(token));
	}

	impl_benchmark_test_suite!(TreeTokens, crate::mock::new_test_ext(), crate::mock::Test);
}
