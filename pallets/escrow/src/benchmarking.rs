//! Benchmarks of the trade escrow (frame-benchmarking v2). Each call runs its most expensive
//! path: a registry item (not a service), fees actually paid, lapsed contracts cleared on the way,
//! and — if the helper's item is rare — the pre-sale check inside its window.

use super::*;
use crate::Pallet as Escrow;
use frame_benchmarking::v2::*;
use frame_support::traits::fungibles::Inspect;
use frame_system::RawOrigin;
use sp_runtime::traits::{One, Saturating, Zero};

type Helper<T> = <T as Config>::BenchmarkHelper;

/// A KYC-verified account with plenty of the settlement asset.
fn party<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	Helper::<T>::verify(&who);
	Helper::<T>::endow(&Helper::<T>::asset(), &who, price::<T>().saturating_mul(100u32.into()));
	who
}

/// A party that may also buy rare items during their pre-sale.
fn buyer<T: Config>(i: u32) -> T::AccountId {
	let who = party::<T>("buyer", i);
	Helper::<T>::make_eligible(&who);
	who
}

fn price<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance(Helper::<T>::asset()).saturating_mul(1_000_000u32.into())
}

/// A CIDv1 (base32, raw, SHA-256), as vouchers, evidence and comments are.
fn long_cid() -> Cid {
	Cid::truncate_from(b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq".to_vec())
}

fn signed<T: Config>(who: &T::AccountId) -> OriginFor<T> {
	RawOrigin::Signed(who.clone()).into()
}

/// A listing of a registry item by a fresh seller; the fee account can receive fees.
fn listed<T: Config>(i: u32) -> (T::AccountId, ListingId) {
	let asset = Helper::<T>::asset();
	Helper::<T>::endow(&asset, &T::Revenue::account(), price::<T>());
	let seller = party::<T>("seller", i);
	let item = Helper::<T>::item(&seller);
	let listing = NextListingId::<T>::get();
	Escrow::<T>::list(
		signed::<T>(&seller),
		item,
		asset,
		price::<T>(),
		[1; 32],
		T::MaxDeliveryPeriod::get(),
	)
	.expect("listing works");
	(seller, listing)
}

/// An accepted contract: (seller, buyer, contract).
fn accepted<T: Config>(i: u32) -> (T::AccountId, T::AccountId, ContractId) {
	let (seller, listing) = listed::<T>(i);
	let buyer = buyer::<T>(i);
	let contract = NextContractId::<T>::get();
	Escrow::<T>::accept(signed::<T>(&buyer), listing).expect("acceptance works");
	(seller, buyer, contract)
}

fn funded<T: Config>(i: u32) -> (T::AccountId, T::AccountId, ContractId) {
	let (seller, buyer, c) = accepted::<T>(i);
	Escrow::<T>::fund(signed::<T>(&buyer), c).expect("funding works");
	(seller, buyer, c)
}

fn delivered<T: Config>(i: u32) -> (T::AccountId, T::AccountId, ContractId) {
	let (seller, buyer, c) = funded::<T>(i);
	Escrow::<T>::confirm_delivery(signed::<T>(&seller), c, long_cid()).expect("delivery works");
	(seller, buyer, c)
}

/// A full arbiter panel.
fn panel<T: Config>() -> BoundedVec<T::AccountId, T::MaxArbiters> {
	let n = T::MaxArbiters::get();
	BoundedVec::truncate_from((0..n).map(|i| account("arbiter", i, 0)).collect())
}

/// A dispute with a full panel, the buyer's evidence slots all used and the seller's all but
/// one: (seller, buyer, contract).
fn disputed<T: Config>() -> (T::AccountId, T::AccountId, ContractId) {
	Arbiters::<T>::put(panel::<T>());
	let (seller, buyer, c) = delivered::<T>(0);
	Escrow::<T>::open_dispute(signed::<T>(&buyer), c, long_cid()).expect("dispute works");
	for _ in 1..T::MaxEvidence::get() {
		Escrow::<T>::add_evidence(signed::<T>(&buyer), c, long_cid()).expect("room left");
	}
	for _ in 1..T::MaxEvidence::get() {
		Escrow::<T>::add_evidence(signed::<T>(&seller), c, long_cid()).expect("room left");
	}
	(seller, buyer, c)
}

fn arbiter_of<T: Config>(c: ContractId) -> T::AccountId {
	match Contracts::<T>::get(c).map(|c| c.state) {
		Some(ContractState::Disputed { arbiter: Some(a), .. }) => a,
		_ => panic!("no arbiter"),
	}
}

fn run_to<T: Config>(n: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(n);
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn list() {
		let seller = party::<T>("seller", 0);
		let item = Helper::<T>::item(&seller);
		let asset = Helper::<T>::asset();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(seller),
			item,
			asset,
			price::<T>(),
			[1; 32],
			T::MaxDeliveryPeriod::get(),
		);
		assert!(Listings::<T>::contains_key(0));
	}

	/// The listing carries a lapsed contract, cleared on the way.
	#[benchmark]
	fn cancel_listing() {
		let (seller, listing) = listed::<T>(0);
		let buyer = buyer::<T>(0);
		Escrow::<T>::accept(signed::<T>(&buyer), listing).expect("acceptance works");
		run_to::<T>(now::<T>() + T::FundingPeriod::get() + One::one());
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), listing);
		assert!(!Listings::<T>::contains_key(listing));
		assert!(!Contracts::<T>::contains_key(0));
	}

	/// `accept` with `n` other contracts open, clearing a lapsed contract (with its deposit
	/// forfeited and grants withdrawn) on the way: the cost does not grow with `n`. A rare item
	/// is bought inside its pre-sale window by an eligible buyer (the window is reopened at the
	/// current block, as the lapse took a funding period).
	#[benchmark]
	fn accept(n: Linear<0, BENCH_OPEN_CONTRACTS>) {
		for i in 0..n {
			accepted::<T>(i + 10);
		}
		let (_, listing) = listed::<T>(0);
		let first = buyer::<T>(0);
		Escrow::<T>::accept(signed::<T>(&first), listing).expect("acceptance works");
		let lapsed = ContractId::from(n);
		run_to::<T>(now::<T>() + T::FundingPeriod::get() + One::one());
		Listings::<T>::mutate(listing, |l| {
			if let Some(l) = l {
				l.listed_at = now::<T>();
			}
		});
		let buyer = buyer::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), listing);
		assert!(!Contracts::<T>::contains_key(lapsed));
		assert!(Contracts::<T>::contains_key(lapsed + 1));
	}

	#[benchmark]
	fn fund() {
		let (_, buyer, c) = accepted::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), c);
		// Held on the buyer, or (CEC) paid into the escrow's account.
		let asset = Helper::<T>::asset();
		assert!(!Escrow::<T>::total_held(asset.clone(), &buyer)
			.saturating_add(Escrow::<T>::escrowed(asset))
			.is_zero());
	}

	#[benchmark]
	fn confirm_delivery() {
		let (seller, _, c) = funded::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), c, long_cid());
		assert!(Contracts::<T>::get(c).is_some_and(|c| c.voucher.is_some()));
	}

	#[benchmark]
	fn confirm_receipt() {
		let (_, buyer, c) = delivered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), c);
		assert!(Contracts::<T>::get(c).is_some_and(|c| c.state.is_settled()));
	}

	#[benchmark]
	fn finalize() {
		let (seller, _, c) = delivered::<T>(0);
		run_to::<T>(now::<T>() + T::ReceiptPeriod::get() + One::one());
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), c);
		assert!(Contracts::<T>::get(c).is_some_and(|c| c.state.is_settled()));
	}

	/// The buyer takes its money back from a silent seller: the refund and the item.
	#[benchmark]
	fn cancel() {
		let (_, buyer, c) = funded::<T>(0);
		run_to::<T>(now::<T>() + T::MaxDeliveryPeriod::get() + One::one());
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), c);
		assert!(!Contracts::<T>::contains_key(c));
		assert!(Escrow::<T>::total_held(Helper::<T>::asset(), &buyer).is_zero());
	}

	#[benchmark]
	fn open_dispute() {
		Arbiters::<T>::put(panel::<T>());
		let (_, buyer, c) = delivered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), c, long_cid());
		assert_eq!(Evidence::<T>::get(c, &buyer).cids.len(), 1);
	}

	#[benchmark]
	fn add_evidence() {
		let (seller, _, c) = disputed::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(seller.clone()), c, long_cid());
		assert_eq!(Evidence::<T>::get(c, &seller).cids.len() as u32, T::MaxEvidence::get());
	}

	#[benchmark]
	fn escalate() {
		let (_, buyer, c) = disputed::<T>();
		let first = arbiter_of::<T>(c);
		run_to::<T>(now::<T>() + T::ArbitrationPeriod::get() + One::one());
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), c);
		assert!(arbiter_of::<T>(c) != first);
	}

	/// The arbiter splits the money three ways and hands the item to the buyer.
	#[benchmark]
	fn rule() {
		let (_, _, c) = disputed::<T>();
		let arbiter = arbiter_of::<T>(c);
		#[extrinsic_call]
		_(RawOrigin::Signed(arbiter), c, Percent::from_percent(70), true);
		assert!(Contracts::<T>::get(c).is_some_and(|c| c.state.is_settled()));
	}

	#[benchmark]
	fn rate() {
		let (_, buyer, c) = delivered::<T>(0);
		Escrow::<T>::confirm_receipt(signed::<T>(&buyer), c).expect("settles");
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), c, MAX_SCORE, Some(long_cid()));
		assert!(Reviews::<T>::contains_key(c, &buyer));
	}

	/// Both reviews and the contract go, three deposits are released.
	#[benchmark]
	fn prune() {
		let (seller, buyer, c) = delivered::<T>(0);
		Escrow::<T>::confirm_receipt(signed::<T>(&buyer), c).expect("settles");
		Escrow::<T>::rate(signed::<T>(&buyer), c, MAX_SCORE, Some(long_cid())).expect("rates");
		Escrow::<T>::rate(signed::<T>(&seller), c, MAX_SCORE, Some(long_cid())).expect("rates");
		run_to::<T>(now::<T>() + T::RatingPeriod::get() + One::one());
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), c);
		assert!(!Contracts::<T>::contains_key(c));
		assert!(!Reviews::<T>::contains_key(c, &buyer));
	}

	#[benchmark]
	fn set_arbiters(n: Linear<0, { T::MaxArbiters::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let arbiters: BoundedVec<T::AccountId, T::MaxArbiters> =
			BoundedVec::truncate_from((0..n).map(|i| account("arbiter", i, 0)).collect());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, arbiters);
		assert_eq!(Arbiters::<T>::get().len() as u32, n);
		Ok(())
	}

	impl_benchmark_test_suite!(Escrow, crate::mock::new_test_ext(), crate::mock::Test);
}
