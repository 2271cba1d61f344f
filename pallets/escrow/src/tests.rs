use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::NativeOrWithId,
		fungibles::{Inspect, InspectHold},
	},
};
use sp_runtime::DispatchError;

const TERMS: [u8; 32] = [7; 32];
const VOUCHER: &[u8] = b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";
const EVIDENCE: &[u8] = b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
const PRICE: Balance = 10_000;
/// 1 % of `PRICE`.
const FEE: Balance = 100;
const DELIVERY: u64 = 10 * DAY;

fn cid(b: &[u8]) -> Cid {
	Cid::truncate_from(b.to_vec())
}

fn run_to(n: u64) {
	System::set_block_number(n);
}

fn now() -> u64 {
	System::block_number()
}

fn free(asset: AssetId, who: AccountId) -> Balance {
	<Settlement as Inspect<_>>::balance(asset, &who)
}

/// What the escrow keeps for `who`'s funded contracts in `asset`: held on `who` for the
/// fiat-backed asset; for CEC, in the escrow's account, which must have exactly the sum over all
/// buyers and its existential deposit (checked here too).
fn held(asset: AssetId, who: AccountId) -> Balance {
	if asset != CEC {
		return <Settlement as InspectHold<_>>::balance_on_hold(
			asset,
			&HoldReason::Escrow.into(),
			&who,
		);
	}
	let kept = |buyer: Option<AccountId>| -> Balance {
		Contracts::<Test>::iter_values()
			.filter(|c| c.asset == asset && buyer.map_or(true, |b| c.buyer == b))
			.map(|c| Escrow::held_for(&c))
			.sum()
	};
	assert_eq!(Escrow::escrowed(CEC), kept(None) + ED, "the escrow's account keeps its contracts");
	assert_eq!(
		<Settlement as InspectHold<_>>::balance_on_hold(CEC, &HoldReason::Escrow.into(), &who),
		0,
		"CEC is never held for a payment"
	);
	kept(Some(who))
}

fn state(c: ContractId) -> StateOf<Test> {
	Contracts::<Test>::get(c).unwrap().state
}

fn list(seller: AccountId, item: TradeItem, asset: AssetId) -> ListingId {
	let id = NextListingId::<Test>::get();
	assert_ok!(Escrow::list(RuntimeOrigin::signed(seller), item, asset, PRICE, TERMS, DELIVERY));
	id
}

fn accept(buyer: AccountId, listing: ListingId) -> ContractId {
	let id = NextContractId::<Test>::get();
	assert_ok!(Escrow::accept(RuntimeOrigin::signed(buyer), listing));
	id
}

/// A tree of SELLER's never traded before.
fn fresh_tree() -> TradeItem {
	let item = TradeItem::Tree { parcel: 100, index: NextListingId::<Test>::get() as u32 };
	register(&item, SELLER);
	item
}

fn item_of(c: ContractId) -> TradeItem {
	Contracts::<Test>::get(c).unwrap().item
}

/// A listed, accepted and funded contract on a fresh tree, in `asset`.
fn funded(asset: AssetId) -> ContractId {
	let l = list(SELLER, fresh_tree(), asset);
	let c = accept(BUYER, l);
	assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
	c
}

fn delivered(asset: AssetId) -> ContractId {
	let c = funded(asset);
	assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
	c
}

fn disputed(asset: AssetId) -> ContractId {
	assert_ok!(Escrow::set_arbiters(
		RuntimeOrigin::root(),
		BoundedVec::truncate_from(vec![ARBITER_A, ARBITER_B, ARBITER_C])
	));
	let c = delivered(asset);
	assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(EVIDENCE)));
	c
}

/// The arbiter a dispute has now.
fn arbiter_of(c: ContractId) -> Option<AccountId> {
	match state(c) {
		ContractState::Disputed { arbiter, .. } => arbiter,
		s => panic!("not disputed: {s:?}"),
	}
}

/// The panel member after `a` in the test panel `[A, B, C]`.
fn after(a: AccountId) -> AccountId {
	let panel = [ARBITER_A, ARBITER_B, ARBITER_C];
	let i = panel.iter().position(|p| *p == a).unwrap();
	panel[(i + 1) % 3]
}

/// Every account's free plus held balance (the escrow's account's too) adds up to the issuance,
/// which never moves, and the escrow keeps exactly what its funded contracts say.
fn assert_conserved(issuance: &[(AssetId, Balance)]) {
	let everyone: Vec<AccountId> =
		ACCOUNTS.iter().copied().chain([ISSUER, Escrow::escrow_account()]).collect();
	for (asset, total) in issuance {
		assert_eq!(<Settlement as Inspect<_>>::total_issuance(asset.clone()), *total);
		let sum: Balance = everyone
			.iter()
			.map(|a| <Settlement as Inspect<_>>::total_balance(asset.clone(), a))
			.sum();
		assert_eq!(sum, *total, "balances of {asset:?} do not add up to its issuance");
		for who in &everyone {
			let expected: Balance = Contracts::<Test>::iter_values()
				.filter(|c| c.buyer == *who && c.asset == *asset)
				.map(|c| Escrow::held_for(&c))
				.sum();
			assert_eq!(held(asset.clone(), *who), expected, "hold of {who} in {asset:?}");
		}
	}
	Escrow::do_try_state().expect("escrow invariants hold");
}

fn issuance() -> Vec<(AssetId, Balance)> {
	[CEC, CNY]
		.into_iter()
		.map(|a| (a.clone(), <Settlement as Inspect<_>>::total_issuance(a)))
		.collect()
}

// ---------------------------------------------------------------------------------------------
// The happy path

#[test]
fn happy_path_in_fiat_pays_the_seller_in_full_and_hands_over_the_item() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let l = list(SELLER, TREE, CNY);
		System::assert_last_event(
			Event::Listed { listing: l, seller: SELLER, item: TREE, asset: CNY, price: PRICE }
				.into(),
		);
		let c = accept(BUYER, l);
		System::assert_last_event(
			Event::ContractCreated {
				contract: c,
				listing: l,
				seller: SELLER,
				buyer: BUYER,
				price: PRICE,
				fee: FEE,
				fund_by: 1 + FUNDING,
			}
			.into(),
		);
		assert_eq!(registry(&TREE), Some((SELLER, Some(c))), "frozen for the contract");
		assert_eq!(Listings::<Test>::get(l).unwrap().contract, Some(c));

		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		System::assert_last_event(
			Event::Funded { contract: c, held: PRICE + FEE, deliver_by: 1 + DELIVERY }.into(),
		);
		assert_eq!(held(CNY, BUYER), PRICE + FEE);
		assert_eq!(free(CNY, BUYER), START_BALANCE - PRICE - FEE);
		assert_conserved(&before);

		run_to(50);
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		System::assert_last_event(
			Event::Delivered { contract: c, voucher: cid(VOUCHER), receive_by: 50 + RECEIPT }
				.into(),
		);
		assert_eq!(Contracts::<Test>::get(c).unwrap().voucher, Some(cid(VOUCHER)));
		assert_eq!(held(CNY, BUYER), PRICE + FEE, "still held until the buyer confirms");

		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		System::assert_last_event(
			Event::Completed { contract: c, to_seller: PRICE, fee: FEE, refunded: 0 }.into(),
		);
		assert_eq!(free(CNY, SELLER), START_BALANCE + PRICE, "100 % of the price");
		assert_eq!(free(CNY, BUYER), START_BALANCE - PRICE - FEE, "fee on top");
		assert_eq!(free(CNY, FEES), FEE);
		assert_eq!(NOTED.with(|n| n.borrow().clone()), vec![(CNY, FEE)], "the fee is revenue");
		assert_eq!(held(CNY, BUYER), 0);
		assert_eq!(registry(&TREE), Some((BUYER, None)), "the buyer owns the tree, unfrozen");
		assert_eq!(state(c), ContractState::Completed { at: 50 });
		assert!(Listings::<Test>::get(l).is_none(), "sold");
		assert_conserved(&before);
	});
}

#[test]
fn a_fiat_trade_holds_its_deposits_in_the_asset_at_the_reference_price() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		// One CEC (100 planck) is worth 200 units of yuan: each deposit costs twice its planck.
		set_price(Some(200));
		let cec = (free(CEC, SELLER), free(CEC, BUYER));
		let deposit = |who: AccountId| Escrow::deposit_held_in(CNY, &who);
		let l = list(SELLER, fresh_tree(), CNY);
		assert_eq!(deposit(SELLER), 2 * LISTING_DEPOSIT);
		// EVE has no yuan: she cannot hold the contract's deposit in it.
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(EVE), l),
			Error::<Test>::InsufficientDeposit
		);
		let c = accept(BUYER, l);
		assert_eq!(deposit(BUYER), 2 * CONTRACT_DEPOSIT);
		assert_eq!(Contracts::<Test>::get(c).unwrap().deposit_rate, Some(200));
		// The contract keeps its rate: a later price changes none of its deposits.
		set_price(Some(1_000));
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(deposit(SELLER), 0, "the listing deposit is back");
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(BUYER), c, 5, None));
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(SELLER), c, 4, None));
		assert_eq!(deposit(BUYER), 2 * CONTRACT_DEPOSIT + 2 * REVIEW_DEPOSIT);
		assert_eq!(deposit(SELLER), 2 * REVIEW_DEPOSIT);
		assert_eq!(free(CNY, SELLER), START_BALANCE + PRICE - 2 * REVIEW_DEPOSIT);
		assert_conserved(&before);
		run_to(now() + RATING + 1);
		assert_ok!(Escrow::prune(RuntimeOrigin::signed(EVE), c));
		assert_eq!((deposit(SELLER), deposit(BUYER)), (0, 0));
		assert_eq!(free(CNY, SELLER), START_BALANCE + PRICE);
		assert_eq!(free(CNY, BUYER), START_BALANCE - PRICE - FEE);
		// No CEC was held from either party at any point.
		assert_eq!((free(CEC, SELLER), free(CEC, BUYER)), cec);
		assert_eq!(Escrow::deposit_held(&BUYER), 0);
		assert_conserved(&before);
	});
}

#[test]
fn an_unfunded_fiat_contract_forfeits_its_deposit_in_the_asset_and_evidence_follows_the_contract() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		set_price(Some(300));
		let l = list(SELLER, fresh_tree(), CNY);
		let c = accept(BUYER, l);
		let seller = free(CNY, SELLER);
		run_to(now() + FUNDING + 1);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(EVE), c));
		assert_eq!(free(CNY, SELLER), seller + 3 * CONTRACT_DEPOSIT, "the seller gets it");
		assert_eq!(Escrow::deposit_held_in(CNY, &BUYER), 0);
		assert_conserved(&before);
		// A dispute's evidence is held at the contract's rate, in its asset.
		run_to(now() + COOLDOWN);
		let c = disputed(CNY);
		set_price(None);
		assert_ok!(Escrow::add_evidence(RuntimeOrigin::signed(SELLER), c, cid(EVIDENCE)));
		assert_eq!(Escrow::deposit_held_in(CNY, &BUYER), 3 * (CONTRACT_DEPOSIT + EVIDENCE_DEPOSIT));
		assert_eq!(
			Escrow::deposit_held_in(CNY, &SELLER),
			3 * (LISTING_DEPOSIT + EVIDENCE_DEPOSIT) + 3 * LISTING_DEPOSIT
		);
		assert_conserved(&before);
	});
}

#[test]
fn each_party_keeps_the_deposit_asset_it_was_first_asked_for() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		// SELLER lists while the yuan has no reference price: its deposits are CEC.
		let item = fresh_tree();
		let l = list(SELLER, item, CNY);
		assert_eq!(Escrow::deposit_held(&SELLER), LISTING_DEPOSIT);
		set_price(Some(200));
		let c = accept(BUYER, l);
		let contract = Contracts::<Test>::get(c).unwrap();
		assert_eq!((contract.seller_deposit_rate, contract.deposit_rate), (None, Some(200)));
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_ok!(Escrow::set_arbiters(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(vec![ARBITER_A, ARBITER_B, ARBITER_C])
		));
		assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(EVIDENCE)));
		// The seller answers with evidence paid in CEC, the buyer's is in yuan.
		assert_ok!(Escrow::add_evidence(RuntimeOrigin::signed(SELLER), c, cid(EVIDENCE)));
		assert_eq!(Escrow::deposit_held(&SELLER), LISTING_DEPOSIT + EVIDENCE_DEPOSIT);
		assert_eq!(Escrow::deposit_held_in(CNY, &SELLER), 0);
		assert_eq!(
			Escrow::deposit_held_in(CNY, &BUYER),
			2 * CONTRACT_DEPOSIT + 2 * EVIDENCE_DEPOSIT
		);
		assert_eq!(Escrow::deposit_held(&BUYER), 0);
		assert_conserved(&before);
	});
}

#[test]
fn happy_path_in_cec_keeps_total_issuance() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = delivered(CEC);
		assert_eq!(held(CEC, BUYER), PRICE + FEE);
		assert_conserved(&before);
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(free(CEC, SELLER), START_BALANCE + PRICE);
		assert_eq!(
			free(CEC, BUYER),
			START_BALANCE - PRICE - FEE - CONTRACT_DEPOSIT,
			"deposit held until pruned"
		);
		assert_eq!(free(CEC, FEES), START_BALANCE + FEE);
		assert_conserved(&before);
	});
}

#[test]
fn services_and_parcels_trade_too() {
	new_test_ext().execute_with(|| {
		let s = list(BUYER, SERVICE, CNY);
		let c = accept(EVE, s);
		// EVE has no CNY: she cannot fund.
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(EVE), c), Error::<Test>::InsufficientFunds);
		let l = list(SELLER, LAND, CEC);
		let c = accept(EVE, l);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(EVE), c));
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(EVE), c));
		assert_eq!(registry(&LAND), Some((EVE, None)));
	});
}

#[test]
fn a_fee_the_platform_cannot_receive_goes_back_to_the_buyer() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		// 1 % of 300 is 3, below the 5 CNY minimum, and the fee account holds no CNY yet.
		assert_ok!(Escrow::list(RuntimeOrigin::signed(SELLER), TREE, CNY, 300, TERMS, DELIVERY));
		let c = accept(BUYER, 0);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(held(CNY, BUYER), 303);
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		System::assert_last_event(
			Event::Completed { contract: c, to_seller: 300, fee: 0, refunded: 3 }.into(),
		);
		assert_eq!(free(CNY, FEES), 0);
		assert_eq!(free(CNY, BUYER), START_BALANCE - 300);
		assert_conserved(&before);
	});
}

// ---------------------------------------------------------------------------------------------
// KYC gate and reveal after signing

#[test]
fn every_payment_call_needs_a_working_kyc_claim() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Escrow::list(RuntimeOrigin::signed(NOKYC), SERVICE, CNY, PRICE, TERMS, DELIVERY),
			pallet_kyc::Error::<Test>::NoKyc
		);
		let l = list(SELLER, TREE, CNY);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(NOKYC), l),
			pallet_kyc::Error::<Test>::NoKyc
		);
		// A revoked buyer.
		assert_ok!(pallet_kyc::Pallet::<Test>::revoke_claim(RuntimeOrigin::signed(PROVIDER), EVE));
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(EVE), l),
			pallet_kyc::Error::<Test>::KycRevoked
		);
		// A claim that expires between acceptance and payment.
		verify(NOKYC, 100);
		let c = accept(NOKYC, l);
		run_to(100);
		assert_noop!(
			Escrow::fund(RuntimeOrigin::signed(NOKYC), c),
			pallet_kyc::Error::<Test>::KycExpired
		);
	});
}

#[test]
fn a_seller_whose_claim_expired_cannot_be_bought_from() {
	new_test_ext().execute_with(|| {
		verify(NOKYC, 100);
		let l = list(NOKYC, SERVICE, CEC);
		run_to(100);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(BUYER), l),
			pallet_kyc::Error::<Test>::KycExpired
		);
	});
}

#[test]
fn identities_are_revealed_only_after_both_signed_and_only_to_the_parties() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, TREE, CNY);
		// Listed (the seller signed) but not accepted: nobody may see anybody.
		assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &BUYER));
		assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&BUYER, &SELLER));
		let c = accept(BUYER, l);
		assert!(pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &BUYER));
		assert!(pallet_kyc::Pallet::<Test>::can_see_identity(&BUYER, &SELLER));
		assert_eq!(pallet_kyc::Grants::<Test>::get(SELLER, BUYER).unwrap().contract, c);
		for third in [EVE, ARBITER_A, PROVIDER] {
			assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &third));
			assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&BUYER, &third));
		}
		System::assert_has_event(
			pallet_kyc::Event::IdentityGranted { owner: SELLER, grantee: BUYER, contract: c }
				.into(),
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Listing

#[test]
fn listing_refuses_bad_input() {
	new_test_ext().execute_with(|| {
		let seller = RuntimeOrigin::signed(SELLER);
		assert_noop!(
			Escrow::list(seller.clone(), TREE, CNY, 0, TERMS, DELIVERY),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Escrow::list(seller.clone(), TREE, NativeOrWithId::WithId(9), PRICE, TERMS, DELIVERY),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Escrow::list(seller.clone(), TREE, CNY, CNY_MIN - 1, TERMS, DELIVERY),
			Error::<Test>::PriceBelowMinimum
		);
		assert_noop!(
			Escrow::list(seller.clone(), TREE, CNY, PRICE, TERMS, 0),
			Error::<Test>::BadDeliveryPeriod
		);
		assert_noop!(
			Escrow::list(seller.clone(), TREE, CNY, PRICE, TERMS, MAX_DELIVERY + 1),
			Error::<Test>::BadDeliveryPeriod
		);
		// Somebody else's tree: the registry refuses.
		assert_noop!(
			Escrow::list(RuntimeOrigin::signed(BUYER), TREE, CNY, PRICE, TERMS, DELIVERY),
			DispatchError::Other("not the owner")
		);
		assert_noop!(
			Escrow::list(RuntimeOrigin::none(), TREE, CNY, PRICE, TERMS, DELIVERY),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn cancel_listing_only_by_the_seller_and_not_under_a_running_contract() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, TREE, CNY);
		assert_noop!(
			Escrow::cancel_listing(RuntimeOrigin::signed(BUYER), l),
			Error::<Test>::NotSeller
		);
		assert_noop!(
			Escrow::cancel_listing(RuntimeOrigin::signed(SELLER), 99),
			Error::<Test>::UnknownListing
		);
		let c = accept(BUYER, l);
		assert_noop!(
			Escrow::cancel_listing(RuntimeOrigin::signed(SELLER), l),
			Error::<Test>::ListingInContract
		);
		// Once the contract lapses the seller may withdraw: the lapsed contract is cleared.
		run_to(2 + FUNDING);
		assert_ok!(Escrow::cancel_listing(RuntimeOrigin::signed(SELLER), l));
		System::assert_has_event(
			Event::Cancelled { contract: c, reason: CancelReason::Lapsed, refunded: 0 }.into(),
		);
		System::assert_last_event(Event::ListingCancelled { listing: l }.into());
		assert!(Contracts::<Test>::get(c).is_none());
		assert_eq!(registry(&TREE), Some((SELLER, None)));
	});
}

// ---------------------------------------------------------------------------------------------
// Acceptance, funding, lapse

#[test]
fn accept_refuses_bad_input() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(BUYER), 0),
			Error::<Test>::UnknownListing
		);
		let l = list(SELLER, TREE, CNY);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(SELLER), l), Error::<Test>::SelfTrade);
		accept(BUYER, l);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(EVE), l),
			Error::<Test>::ListingInContract
		);
		// The same tree listed twice: the second sale cannot freeze it.
		let dup = NextListingId::<Test>::get();
		Listings::<Test>::insert(
			dup,
			Listing {
				seller: SELLER,
				item: TREE,
				asset: CNY,
				price: PRICE,
				terms: TERMS,
				delivery_period: DELIVERY,
				contract: None,
				deposit: 0,
				deposit_rate: None,
				cooldown: None,
				listed_at: now(),
			},
		);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(EVE), dup),
			DispatchError::Other("frozen")
		);
	});
}

#[test]
fn fund_refuses_bad_input() {
	new_test_ext().execute_with(|| {
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(BUYER), 0), Error::<Test>::UnknownContract);
		let l = list(SELLER, TREE, CNY);
		let c = accept(BUYER, l);
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(EVE), c), Error::<Test>::NotBuyer);
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(SELLER), c), Error::<Test>::NotBuyer);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(BUYER), c), Error::<Test>::AlreadyFunded);
	});
}

#[test]
fn unfunded_contracts_lapse_after_one_day_by_themselves() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let l = list(SELLER, TREE, CNY);
		let c = accept(BUYER, l);
		run_to(1 + FUNDING);
		assert!(!Escrow::is_lapsed(&Contracts::<Test>::get(c).unwrap()), "the last block counts");
		run_to(2 + FUNDING);
		assert!(Escrow::is_lapsed(&Contracts::<Test>::get(c).unwrap()));
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(BUYER), c), Error::<Test>::FundingLapsed);
		// Another buyer's acceptance clears the lapsed contract and starts a new one.
		let c2 = accept(EVE, l);
		System::assert_has_event(
			Event::Cancelled { contract: c, reason: CancelReason::Lapsed, refunded: 0 }.into(),
		);
		assert!(Contracts::<Test>::get(c).is_none());
		assert_eq!(registry(&TREE), Some((SELLER, Some(c2))));
		assert_noop!(Escrow::fund(RuntimeOrigin::signed(BUYER), c), Error::<Test>::UnknownContract);
		assert_conserved(&before);
	});
}

#[test]
fn cancel_before_funding_by_the_buyer_or_anyone_after_lapse() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, TREE, CNY);
		let c = accept(BUYER, l);
		assert_noop!(Escrow::cancel(RuntimeOrigin::signed(EVE), c), Error::<Test>::NotLapsed);
		assert_noop!(Escrow::cancel(RuntimeOrigin::signed(SELLER), c), Error::<Test>::NotLapsed);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(BUYER), c));
		System::assert_last_event(
			Event::Cancelled { contract: c, reason: CancelReason::BuyerWithdrew, refunded: 0 }
				.into(),
		);
		assert_eq!(Listings::<Test>::get(l).unwrap().contract, None, "open again");
		// Open to others at once; the withdrawn buyer waits out its cooldown.
		let c = accept(EVE, l);
		run_to(2 + FUNDING);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(EVE), c));
		System::assert_last_event(
			Event::Cancelled { contract: c, reason: CancelReason::Lapsed, refunded: 0 }.into(),
		);
		assert_eq!(registry(&TREE), Some((SELLER, None)));
	});
}

// ---------------------------------------------------------------------------------------------
// Delivery, receipt, timeouts

#[test]
fn delivery_and_receipt_refuse_the_wrong_party_and_the_wrong_state() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, TREE, CNY);
		let c = accept(BUYER, l);
		let deliver = |who| Escrow::confirm_delivery(RuntimeOrigin::signed(who), c, cid(VOUCHER));
		assert_noop!(deliver(SELLER), Error::<Test>::NotFunded);
		assert_noop!(
			Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::NotFunded
		);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(deliver(BUYER), Error::<Test>::NotSeller);
		assert_noop!(
			Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(b"not-a-cid")),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::NotDelivered
		);
		assert_ok!(deliver(SELLER));
		assert_noop!(deliver(SELLER), Error::<Test>::AlreadyDelivered);
		assert_noop!(
			Escrow::confirm_receipt(RuntimeOrigin::signed(SELLER), c),
			Error::<Test>::NotBuyer
		);
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(
			Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::AlreadySettled
		);
		assert_noop!(deliver(SELLER), Error::<Test>::AlreadySettled);
		assert_noop!(
			Escrow::cancel(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::AlreadySettled
		);
	});
}

#[test]
fn a_silent_buyer_lets_the_seller_finalise_after_the_receipt_period() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = delivered(CNY);
		assert_noop!(Escrow::finalize(RuntimeOrigin::signed(BUYER), c), Error::<Test>::NotSeller);
		run_to(1 + RECEIPT);
		assert_noop!(
			Escrow::finalize(RuntimeOrigin::signed(SELLER), c),
			Error::<Test>::DeadlineNotReached
		);
		run_to(2 + RECEIPT);
		assert_ok!(Escrow::finalize(RuntimeOrigin::signed(SELLER), c));
		assert_eq!(free(CNY, SELLER), START_BALANCE + PRICE);
		assert_eq!(registry(&item_of(c)), Some((BUYER, None)));
		assert_conserved(&before);
		let f = funded(CEC);
		assert_noop!(
			Escrow::finalize(RuntimeOrigin::signed(SELLER), f),
			Error::<Test>::NotDelivered
		);
	});
}

#[test]
fn a_silent_seller_lets_the_buyer_take_everything_back() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = funded(CNY);
		let item_of_cancelled = item_of(c);
		assert_noop!(Escrow::cancel(RuntimeOrigin::signed(EVE), c), Error::<Test>::NotParty);
		run_to(1 + DELIVERY);
		assert_noop!(
			Escrow::cancel(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::DeadlineNotReached
		);
		run_to(2 + DELIVERY);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(BUYER), c));
		System::assert_last_event(
			Event::Cancelled {
				contract: c,
				reason: CancelReason::SellerSilent,
				refunded: PRICE + FEE,
			}
			.into(),
		);
		assert_eq!(free(CNY, BUYER), START_BALANCE);
		assert_eq!(held(CNY, BUYER), 0);
		assert_eq!(registry(&item_of_cancelled), Some((SELLER, None)));
		assert_conserved(&before);
	});
}

#[test]
fn the_seller_may_withdraw_a_funded_contract_refunding_the_buyer() {
	new_test_ext().execute_with(|| {
		let c = funded(CEC);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(SELLER), c));
		assert_eq!(free(CEC, BUYER), START_BALANCE);
		let c = delivered(CEC);
		assert_noop!(
			Escrow::cancel(RuntimeOrigin::signed(SELLER), c),
			Error::<Test>::AlreadyDelivered
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Disputes

#[test]
fn disputes_freeze_the_contract() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, TREE, CNY);
		let c = accept(BUYER, l);
		let open = |who, c| Escrow::open_dispute(RuntimeOrigin::signed(who), c, cid(EVIDENCE));
		assert_noop!(open(BUYER, c), Error::<Test>::NotFunded);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(open(EVE, c), Error::<Test>::NotParty);
		assert_noop!(
			Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(b"x")),
			Error::<Test>::BadCid
		);
		assert_ok!(open(SELLER, c));
		System::assert_last_event(
			Event::DisputeOpened {
				contract: c,
				by: SELLER,
				arbiter: None,
				rule_by: 1 + ARBITRATION,
			}
			.into(),
		);
		assert_noop!(open(BUYER, c), Error::<Test>::InDispute);
		assert_noop!(
			Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)),
			Error::<Test>::InDispute
		);
		assert_noop!(Escrow::cancel(RuntimeOrigin::signed(SELLER), c), Error::<Test>::InDispute);
		run_to(1_000_000);
		assert_noop!(Escrow::cancel(RuntimeOrigin::signed(BUYER), c), Error::<Test>::InDispute);
		assert_noop!(Escrow::finalize(RuntimeOrigin::signed(SELLER), c), Error::<Test>::InDispute);
		assert_eq!(held(CNY, BUYER), PRICE + FEE, "funds frozen");
		assert_eq!(registry(&TREE), Some((SELLER, Some(c))), "item frozen");
		// After completion no dispute.
		let done = delivered(CEC);
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), done));
		assert_noop!(open(BUYER, done), Error::<Test>::AlreadySettled);
	});
}

#[test]
fn the_arbiter_is_drawn_per_contract_and_dummy_disputes_cannot_steer_it() {
	new_test_ext().execute_with(|| {
		assert_ok!(Escrow::set_arbiters(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(vec![ARBITER_A, SELLER, ARBITER_B])
		));
		verify(ARBITER_C, 1 + 365 * DAY);
		// The draw for the contract we care about, before anything else happens.
		let target = funded(CEC);
		let drawn = Escrow::draw_arbiter(target, &Contracts::<Test>::get(target).unwrap());
		// The attacker opens dummy disputes between its own accounts first (before the fix a
		// global round-robin counter advanced with each of them).
		for _ in 0..5 {
			let s = list(EVE, SERVICE, CEC);
			let c = accept(ARBITER_C, s);
			assert_ok!(Escrow::fund(RuntimeOrigin::signed(ARBITER_C), c));
			assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(EVE), c, cid(EVIDENCE)));
		}
		assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(BUYER), target, cid(EVIDENCE)));
		assert_eq!(arbiter_of(target), drawn, "the dummy disputes did not move the draw");
		// SELLER is a party here: never its own arbiter.
		assert!(matches!(drawn, Some(a) if a == ARBITER_A || a == ARBITER_B));
		// Over many contracts every eligible member is drawn.
		let mut seen = alloc::collections::BTreeSet::new();
		for _ in 0..30 {
			let c = funded(CEC);
			seen.insert(Escrow::draw_arbiter(c, &Contracts::<Test>::get(c).unwrap()));
		}
		assert_eq!(seen.len(), 2, "both eligible arbiters are drawn: {seen:?}");
		assert!(!seen.contains(&Some(SELLER)));
	});
}

#[test]
fn evidence_is_bounded_and_only_from_the_parties() {
	new_test_ext().execute_with(|| {
		let c = disputed(CNY);
		let add = |who| Escrow::add_evidence(RuntimeOrigin::signed(who), c, cid(VOUCHER));
		assert_noop!(add(EVE), Error::<Test>::NotParty);
		assert_noop!(
			Escrow::add_evidence(RuntimeOrigin::signed(SELLER), c, cid(b"nope")),
			Error::<Test>::BadCid
		);
		assert_ok!(add(SELLER));
		System::assert_last_event(
			Event::EvidenceAdded { contract: c, by: SELLER, cid: cid(VOUCHER) }.into(),
		);
		assert_ok!(add(SELLER));
		assert_ok!(add(SELLER));
		assert_eq!(Evidence::<Test>::get(c, SELLER).cids.len(), 3);
		assert_ok!(add(SELLER));
		// The seller's four slots are full; the buyer (who opened with one) keeps its own.
		assert_noop!(add(SELLER), Error::<Test>::TooMuchEvidence);
		assert_ok!(add(BUYER));
		assert_ok!(add(BUYER));
		assert_ok!(add(BUYER));
		assert_eq!(Evidence::<Test>::get(c, BUYER).cids.len(), 4);
		assert_noop!(add(BUYER), Error::<Test>::TooMuchEvidence);
		assert_eq!(Escrow::deposit_held(&SELLER), LISTING_DEPOSIT + 4 * EVIDENCE_DEPOSIT);
		let f = funded(CEC);
		assert_noop!(
			Escrow::add_evidence(RuntimeOrigin::signed(BUYER), f, cid(VOUCHER)),
			Error::<Test>::NotInDispute
		);
	});
}

#[test]
fn a_ruling_splits_the_money_and_places_the_item_atomically() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = disputed(CNY);
		let arbiter = arbiter_of(c).unwrap();
		assert_eq!(
			state(c),
			ContractState::Disputed {
				opened_by: BUYER,
				arbiter: Some(arbiter),
				rule_by: 1 + ARBITRATION,
				escalations: 0
			}
		);
		let seventy = Percent::from_percent(70);
		for wrong in [EVE, after(arbiter), SELLER, BUYER] {
			assert_noop!(
				Escrow::rule(RuntimeOrigin::signed(wrong), c, seventy, true),
				Error::<Test>::NotArbiter
			);
		}
		assert_ok!(Escrow::rule(RuntimeOrigin::signed(arbiter), c, seventy, false));
		System::assert_last_event(
			Event::Ruled {
				contract: c,
				by: Some(arbiter),
				to_buyer: 7_000,
				to_seller: 3_000,
				fee: FEE,
				item_to_buyer: false,
			}
			.into(),
		);
		assert_eq!(free(CNY, BUYER), START_BALANCE - 3_000 - FEE);
		assert_eq!(free(CNY, SELLER), START_BALANCE + 3_000);
		assert_eq!(free(CNY, FEES), FEE);
		assert_eq!(held(CNY, BUYER), 0);
		assert_eq!(registry(&item_of(c)), Some((SELLER, None)), "the item stays with the seller");
		assert!(Evidence::<Test>::get(c, BUYER).cids.is_empty());
		assert_eq!(Escrow::deposit_held(&BUYER), CONTRACT_DEPOSIT, "evidence deposit back");
		assert_noop!(
			Escrow::rule(RuntimeOrigin::signed(arbiter), c, seventy, true),
			Error::<Test>::NotInDispute
		);
		assert_conserved(&before);
	});
}

#[test]
fn a_ruling_may_give_the_buyer_the_item() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = disputed(CEC);
		assert_ok!(Escrow::rule(RuntimeOrigin::root(), c, Percent::from_percent(0), true));
		assert_eq!(registry(&item_of(c)), Some((BUYER, None)));
		assert_eq!(free(CEC, SELLER), START_BALANCE + PRICE);
		assert_eq!(
			state(c),
			ContractState::Ruled { buyer_share: Percent::zero(), item_to_buyer: true, at: 1 }
		);
		assert_conserved(&before);
	});
}

#[test]
fn a_silent_arbiter_is_replaced_and_finally_governance_rules() {
	new_test_ext().execute_with(|| {
		let c = disputed(CNY);
		let first = arbiter_of(c).unwrap();
		let escalate = |who| Escrow::escalate(RuntimeOrigin::signed(who), c);
		assert_noop!(escalate(BUYER), Error::<Test>::DeadlineNotReached);
		assert_noop!(escalate(EVE), Error::<Test>::NotParty);
		run_to(2 + ARBITRATION);
		assert_noop!(
			Escrow::rule(RuntimeOrigin::signed(first), c, Percent::from_percent(50), true),
			Error::<Test>::RulingOverdue
		);
		assert_ok!(escalate(SELLER));
		System::assert_last_event(
			Event::DisputeEscalated {
				contract: c,
				arbiter: Some(after(first)),
				rule_by: 2 + 2 * ARBITRATION,
			}
			.into(),
		);
		run_to(3 + 2 * ARBITRATION);
		assert_ok!(escalate(BUYER));
		let third = after(after(first));
		System::assert_last_event(
			Event::DisputeEscalated {
				contract: c,
				arbiter: Some(third),
				rule_by: 3 + 3 * ARBITRATION,
			}
			.into(),
		);
		run_to(4 + 3 * ARBITRATION);
		assert_ok!(escalate(BUYER));
		System::assert_last_event(
			Event::DisputeEscalated { contract: c, arbiter: None, rule_by: 4 + 4 * ARBITRATION }
				.into(),
		);
		run_to(5 + 4 * ARBITRATION);
		assert_noop!(escalate(BUYER), Error::<Test>::CannotEscalate);
		assert_noop!(
			Escrow::rule(RuntimeOrigin::signed(third), c, Percent::from_percent(50), true),
			Error::<Test>::NotArbiter
		);
		assert_ok!(Escrow::rule(RuntimeOrigin::root(), c, Percent::from_percent(50), true));
		assert_eq!(free(CNY, SELLER), START_BALANCE + PRICE / 2);
		let f = funded(CEC);
		assert_noop!(
			Escrow::escalate(RuntimeOrigin::signed(BUYER), f),
			Error::<Test>::NotInDispute
		);
	});
}

#[test]
fn set_arbiters_is_governance_only_and_refuses_duplicates() {
	new_test_ext().execute_with(|| {
		let panel = BoundedVec::truncate_from(vec![ARBITER_A, ARBITER_B]);
		assert_noop!(
			Escrow::set_arbiters(RuntimeOrigin::signed(ARBITER_A), panel.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::set_arbiters(
				RuntimeOrigin::root(),
				BoundedVec::truncate_from(vec![ARBITER_A, ARBITER_B, ARBITER_A])
			),
			Error::<Test>::DuplicateArbiter
		);
		assert_ok!(Escrow::set_arbiters(RuntimeOrigin::root(), panel.clone()));
		System::assert_last_event(Event::ArbitersSet { count: 2 }.into());
		assert_eq!(Arbiters::<Test>::get(), panel);
	});
}

// ---------------------------------------------------------------------------------------------
// Ratings

#[test]
fn each_party_rates_the_other_once_after_settlement() {
	new_test_ext().execute_with(|| {
		let c = delivered(CNY);
		let rate = |who, score| Escrow::rate(RuntimeOrigin::signed(who), c, score, None);
		assert_noop!(rate(BUYER, 5), Error::<Test>::NotSettled);
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(rate(EVE, 5), Error::<Test>::NotParty);
		assert_noop!(rate(BUYER, 0), Error::<Test>::BadScore);
		assert_noop!(rate(BUYER, 6), Error::<Test>::BadScore);
		assert_noop!(
			Escrow::rate(RuntimeOrigin::signed(BUYER), c, 5, Some(cid(b"bad"))),
			Error::<Test>::BadCid
		);
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(BUYER), c, 4, Some(cid(EVIDENCE))));
		System::assert_last_event(
			Event::Rated { contract: c, rater: BUYER, ratee: SELLER, score: 4 }.into(),
		);
		assert_noop!(rate(BUYER, 5), Error::<Test>::AlreadyRated);
		assert_ok!(rate(SELLER, 5));
		assert_eq!(Escrow::reputation(&SELLER), Reputation { count: 1, total: 4 });
		assert_eq!(Escrow::reputation(&BUYER), Reputation { count: 1, total: 5 });
		assert_eq!(Reviews::<Test>::get(c, BUYER).unwrap().comment, Some(cid(EVIDENCE)));

		// A second trade, ruled: ratings aggregate.
		let r = disputed(CEC);
		assert_ok!(Escrow::rule(RuntimeOrigin::root(), r, Percent::from_percent(100), false));
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(BUYER), r, 1, None));
		let rep = Escrow::reputation(&SELLER);
		assert_eq!(rep, Reputation { count: 2, total: 5 });
		assert_eq!(rep.average_milli(), 2_500);
		assert_eq!(Escrow::reputation(&EVE).average_milli(), 0);
		// No contract, no rating.
		assert_noop!(
			Escrow::rate(RuntimeOrigin::signed(BUYER), 77, 5, None),
			Error::<Test>::UnknownContract
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Money conservation over random histories

/// A small deterministic generator (no extra crates).
struct Lcg(u64);
impl Lcg {
	fn next(&mut self, n: u64) -> u64 {
		self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
		(self.0 >> 33) % n
	}
}

#[test]
fn money_is_conserved_in_every_path() {
	// How often each ending was reached, over all histories: completed, ruled, cancelled, escalated.
	let mut endings = [0u32; 4];
	for seed in 0..40u64 {
		new_test_ext().execute_with(|| {
			let before = issuance();
			assert_ok!(Escrow::set_arbiters(
				RuntimeOrigin::root(),
				BoundedVec::truncate_from(vec![ARBITER_A, ARBITER_B])
			));
			let mut rng = Lcg(seed);
			let people = [SELLER, BUYER, EVE, NOKYC, ARBITER_A];
			let items = [TREE, LAND, SERVICE];
			let assets = [CEC, CNY];
			let mut outcomes = [0u32; 2];
			for _ in 0..200 {
				let listing = rng.next(NextListingId::<Test>::get().max(1));
				let contract = rng.next(NextContractId::<Test>::get().max(1));
				// Mostly a party of the contract, sometimes anybody.
				let who = match (Contracts::<Test>::get(contract), rng.next(4)) {
					(Some(c), 0) => c.seller,
					(Some(c), 1 | 2) => c.buyer,
					_ => people[rng.next(people.len() as u64) as usize],
				};
				let o = RuntimeOrigin::signed(who);
				let result = match rng.next(21) {
					0 | 1 => Escrow::list(
						RuntimeOrigin::signed([SELLER, BUYER, EVE][rng.next(3) as usize]),
						items[rng.next(3) as usize].clone(),
						assets[rng.next(2) as usize].clone(),
						[CNY_MIN, 300, PRICE, 400_000][rng.next(4) as usize],
						TERMS,
						1 + rng.next(3 * DAY),
					),
					2 | 3 => Escrow::accept(
						RuntimeOrigin::signed([BUYER, EVE, NOKYC][rng.next(3) as usize]),
						listing,
					),
					4 | 5 => Escrow::fund(o, contract),
					6 | 7 => Escrow::confirm_delivery(o, contract, cid(VOUCHER)),
					8 | 9 => Escrow::confirm_receipt(o, contract),
					10 => Escrow::finalize(o, contract),
					11 => Escrow::cancel(o, contract),
					12 => Escrow::open_dispute(o, contract, cid(EVIDENCE)),
					13 => {
						let arbiter = match Contracts::<Test>::get(contract).map(|c| c.state) {
							Some(ContractState::Disputed { arbiter: Some(a), .. })
								if rng.next(2) == 0 =>
							{
								a
							},
							_ => who,
						};
						let o = RuntimeOrigin::signed(arbiter);
						let share = Percent::from_percent(rng.next(101) as u8);
						let item_to_buyer = rng.next(2) == 0;
						if rng.next(6) == 0 {
							Escrow::rule(RuntimeOrigin::root(), contract, share, item_to_buyer)
						} else {
							Escrow::rule(o, contract, share, item_to_buyer)
						}
					},
					14 => Escrow::escalate(o, contract),
					15 => Escrow::rate(o, contract, 1 + rng.next(5) as u8, None),
					16 => Escrow::prune(o, contract),
					17 => Escrow::add_evidence(o, contract, cid(VOUCHER)),
					_ => {
						// Mostly hours, sometimes past every deadline but delivery's longest.
						let jump = if rng.next(3) == 0 { 15 * DAY } else { DAY / 4 };
						run_to(now() + rng.next(jump));
						Ok(())
					},
				};
				outcomes[result.is_ok() as usize] += 1;
				assert_conserved(&before);
				// The registry agrees with escrow: an item frozen for a contract has one.
				REGISTRY.with(|r| {
					for (_, (_, frozen)) in r.borrow().iter() {
						if let Some(c) = frozen {
							let c = Contracts::<Test>::get(c).expect("frozen for a live contract");
							assert!(!c.state.is_settled());
						}
					}
				});
			}
			assert!(outcomes[1] > 10, "seed {seed}: too few calls succeeded: {outcomes:?}");
			for e in System::events() {
				match e.event {
					RuntimeEvent::Escrow(Event::Completed { .. }) => endings[0] += 1,
					RuntimeEvent::Escrow(Event::Ruled { .. }) => endings[1] += 1,
					RuntimeEvent::Escrow(Event::Cancelled { .. }) => endings[2] += 1,
					RuntimeEvent::Escrow(Event::DisputeEscalated { .. }) => endings[3] += 1,
					_ => {},
				}
			}
		});
	}
	// Every path was walked, many times.
	println!("completed, ruled, cancelled, escalated: {endings:?}");
	assert!(endings.iter().all(|n| *n >= 3), "paths walked: {endings:?}");
}

#[test]
fn exhausted_id_counters_refuse_instead_of_wrapping() {
	new_test_ext().execute_with(|| {
		NextListingId::<Test>::put(ListingId::MAX);
		assert_noop!(
			Escrow::list(RuntimeOrigin::signed(SELLER), TREE, CNY, PRICE, TERMS, DELIVERY),
			Error::<Test>::Overflow
		);
		NextListingId::<Test>::put(0);
		let l = list(SELLER, TREE, CNY);
		NextContractId::<Test>::put(ContractId::MAX);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), l), Error::<Test>::Overflow);
	});
}

// ---------------------------------------------------------------------------------------------
// Abuse paths closed by issue 9 (each of these passed the attack before the fix)

#[test]
fn a_late_seller_can_neither_deliver_nor_dispute_its_way_out() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = funded(CNY);
		run_to(2 + DELIVERY);
		// Before the fix a voucher after the deadline moved the contract to Delivered and took
		// the buyer's refund away.
		assert_noop!(
			Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)),
			Error::<Test>::DeliveryOverdue
		);
		// …and a dispute froze the money instead of letting the buyer cancel.
		assert_noop!(
			Escrow::open_dispute(RuntimeOrigin::signed(SELLER), c, cid(EVIDENCE)),
			Error::<Test>::DeliveryOverdue
		);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(held(CNY, BUYER), 0);
		assert_conserved(&before);
	});
}

#[test]
fn a_silent_buyer_cannot_dispute_after_its_receipt_deadline() {
	new_test_ext().execute_with(|| {
		let c = delivered(CNY);
		run_to(2 + RECEIPT);
		assert_noop!(
			Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(EVIDENCE)),
			Error::<Test>::ReceiptOverdue
		);
		assert_ok!(Escrow::finalize(RuntimeOrigin::signed(SELLER), c));
	});
}

#[test]
fn an_unfunded_accept_costs_its_deposit_loses_the_grants_and_cools_down() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let l = list(SELLER, TREE, CNY);
		let seller_cec = free(CEC, SELLER);
		let c = accept(BUYER, l);
		assert_eq!(Escrow::deposit_held(&BUYER), CONTRACT_DEPOSIT);
		assert!(pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &BUYER));
		run_to(2 + FUNDING);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(EVE), c));
		System::assert_last_event(
			Event::Cancelled { contract: c, reason: CancelReason::Lapsed, refunded: 0 }.into(),
		);
		// The deposit went to the seller whose listing was blocked for a day.
		assert_eq!(Escrow::deposit_held(&BUYER), 0);
		assert_eq!(free(CEC, SELLER), seller_cec + CONTRACT_DEPOSIT);
		// The identities harvested by the unfunded accept are withdrawn.
		assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &BUYER));
		assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&BUYER, &SELLER));
		// The same buyer must wait; another buyer need not.
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), l), Error::<Test>::CoolingDown);
		// Withdrawing in time is not free either (the review found accounts taking turns
		// accept-and-withdraw to hold a listing for nothing): the deposit goes to the seller.
		let c2 = accept(EVE, l);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(EVE), c2));
		assert_eq!(Escrow::deposit_held(&EVE), 0);
		assert_eq!(free(CEC, SELLER), seller_cec + 2 * CONTRACT_DEPOSIT);
		run_to(2 + FUNDING + COOLDOWN);
		accept(BUYER, l);
		assert_conserved(&before);
	});
}

#[test]
fn a_seller_that_cannot_receive_keeps_its_item_and_the_buyer_its_money() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = delivered(CNY);
		// The seller's CNY account is blocked by the asset's admin: it cannot receive.
		assert_ok!(Assets::block(RuntimeOrigin::signed(ISSUER), 1, SELLER));
		// Before the fix the payment was silently skipped and the item handed over anyway.
		assert_noop!(
			Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c),
			Error::<Test>::SellerCannotReceive
		);
		assert_eq!(registry(&item_of(c)), Some((SELLER, Some(c))));
		assert_eq!(held(CNY, BUYER), PRICE + FEE);
		// A ruling that pays the seller fails the same way; one that refunds the buyer works.
		assert_ok!(Escrow::set_arbiters(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(vec![ARBITER_A])
		));
		assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(EVIDENCE)));
		assert_noop!(
			Escrow::rule(RuntimeOrigin::signed(ARBITER_A), c, Percent::from_percent(50), true),
			Error::<Test>::SellerCannotReceive
		);
		assert_ok!(Escrow::rule(
			RuntimeOrigin::signed(ARBITER_A),
			c,
			Percent::from_percent(100),
			false
		));
		assert_eq!(registry(&item_of(c)), Some((SELLER, None)));
		assert_conserved(&before);
	});
}

#[test]
fn a_trade_only_claim_cannot_buy_or_sell_land() {
	new_test_ext().execute_with(|| {
		verify_trade_only(NOKYC);
		assert_noop!(
			Escrow::list(
				RuntimeOrigin::signed(NOKYC),
				TradeItem::Parcel(8),
				CEC,
				PRICE,
				TERMS,
				DELIVERY
			),
			pallet_kyc::Error::<Test>::KycScopeNotCovered
		);
		let l = list(SELLER, LAND, CEC);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(NOKYC), l),
			pallet_kyc::Error::<Test>::KycScopeNotCovered
		);
		// The same claim trades a tree.
		let t = list(SELLER, TREE, CEC);
		accept(NOKYC, t);
	});
}

#[test]
fn storage_is_paid_for_and_every_deposit_comes_back() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let cec = |who| free(CEC, who);
		let (seller0, buyer0) = (cec(SELLER), cec(BUYER));
		let l = list(SELLER, SERVICE, CNY);
		assert_eq!(cec(SELLER), seller0 - LISTING_DEPOSIT);
		assert_ok!(Escrow::cancel_listing(RuntimeOrigin::signed(SELLER), l));
		assert_eq!(cec(SELLER), seller0, "listing deposit back");

		let c = delivered(CNY);
		assert_eq!(cec(BUYER), buyer0 - CONTRACT_DEPOSIT);
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(cec(SELLER), seller0, "the sold listing's deposit back");
		assert_noop!(
			Escrow::prune(RuntimeOrigin::signed(EVE), c),
			Error::<Test>::DeadlineNotReached
		);
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(BUYER), c, 5, None));
		assert_ok!(Escrow::rate(RuntimeOrigin::signed(SELLER), c, 4, None));
		assert_eq!(cec(SELLER), seller0 - REVIEW_DEPOSIT);
		run_to(2 + RATING);
		assert_noop!(
			Escrow::rate(RuntimeOrigin::signed(BUYER), c, 5, None),
			Error::<Test>::RatingClosed
		);
		assert_ok!(Escrow::prune(RuntimeOrigin::signed(EVE), c));
		System::assert_last_event(Event::Pruned { contract: c }.into());
		assert!(!Contracts::<Test>::contains_key(c));
		assert!(Reviews::<Test>::iter_prefix(c).next().is_none());
		assert_eq!((cec(SELLER), cec(BUYER)), (seller0, buyer0), "every deposit back");
		assert_eq!(Escrow::reputation(&SELLER), Reputation { count: 1, total: 5 }, "kept");
		assert_noop!(Escrow::prune(RuntimeOrigin::signed(EVE), c), Error::<Test>::UnknownContract);
		let open = funded(CEC);
		assert_noop!(Escrow::prune(RuntimeOrigin::signed(EVE), open), Error::<Test>::NotSettled);
		assert_conserved(&before);
	});
}

#[test]
fn an_account_without_cec_for_the_deposit_is_refused() {
	new_test_ext().execute_with(|| {
		let poor: AccountId = 5;
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
			&poor,
			ED + 1
		));
		verify(poor, 1 + 365 * DAY);
		assert_noop!(
			Escrow::list(RuntimeOrigin::signed(poor), SERVICE, CNY, PRICE, TERMS, DELIVERY),
			Error::<Test>::InsufficientDeposit
		);
		let l = list(SELLER, SERVICE, CNY);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(poor), l),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn a_buyer_is_not_trapped_when_the_seller_cannot_receive_after_the_receipt_deadline() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let c = delivered(CNY);
		assert_ok!(Assets::block(RuntimeOrigin::signed(ISSUER), 1, SELLER));
		run_to(2 + RECEIPT);
		// Neither side can settle; before this fix the buyer could not dispute either, and its
		// money stayed held for good.
		assert_noop!(
			Escrow::finalize(RuntimeOrigin::signed(SELLER), c),
			Error::<Test>::SellerCannotReceive
		);
		assert_ok!(Escrow::open_dispute(RuntimeOrigin::signed(BUYER), c, cid(EVIDENCE)));
		assert_ok!(Escrow::rule(RuntimeOrigin::root(), c, Percent::from_percent(100), false));
		assert_eq!(held(CNY, BUYER), 0);
		assert_conserved(&before);
	});
}

// ---------------------------------------------------------------------------------------------
// Holder priority: a rare item sells first to eligible (long) holders

#[test]
fn a_listing_records_when_it_was_listed() {
	new_test_ext().execute_with(|| {
		run_to(42);
		let l = list(SELLER, TREE, CNY);
		assert_eq!(Listings::<Test>::get(l).unwrap().listed_at, 42);
	});
}

#[test]
fn a_rare_listing_refuses_an_ineligible_buyer_during_the_pre_sale() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		let l = list(SELLER, RARE_TREE, CNY);
		// The pre-sale's own error comes through unchanged, and nothing happened.
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), l), NOT_ELIGIBLE);
		run_to(1 + PRESALE_WINDOW - 1);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(EVE), l), NOT_ELIGIBLE);
		assert_eq!(Listings::<Test>::get(l).unwrap().contract, None);
		assert_eq!(registry(&RARE_TREE), Some((SELLER, None)), "not frozen");
		assert_eq!(Escrow::deposit_held(&BUYER), 0);
		assert!(!pallet_kyc::Pallet::<Test>::can_see_identity(&SELLER, &BUYER));
		assert_conserved(&before);
	});
}

#[test]
fn a_rare_listing_accepts_an_eligible_buyer_during_the_pre_sale() {
	new_test_ext().execute_with(|| {
		let before = issuance();
		make_eligible(BUYER);
		let l = list(SELLER, RARE_TREE, CNY);
		let c = accept(BUYER, l);
		assert_eq!(Listings::<Test>::get(l).unwrap().contract, Some(c));
		assert_eq!(registry(&RARE_TREE), Some((SELLER, Some(c))));
		// The rest of the trade is as for any item.
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(registry(&RARE_TREE), Some((BUYER, None)));
		assert_conserved(&before);
	});
}

#[test]
fn a_rare_listing_accepts_anyone_after_the_pre_sale() {
	new_test_ext().execute_with(|| {
		run_to(5);
		let l = list(SELLER, RARE_TREE, CNY);
		run_to(5 + PRESALE_WINDOW);
		accept(BUYER, l);
	});
}

#[test]
fn a_rare_item_back_on_the_market_opens_a_new_pre_sale() {
	new_test_ext().execute_with(|| {
		make_eligible(BUYER);
		let l = list(SELLER, RARE_TREE, CNY);
		let c = accept(BUYER, l);
		// The eligible buyer (an accomplice of the seller, say) lets the contract lapse, long
		// after the first window. Cleared (by anyone), the listing's pre-sale starts again.
		let cleared_at = 2 + FUNDING;
		run_to(cleared_at);
		assert!(Escrow::is_lapsed(&Contracts::<Test>::get(c).unwrap()));
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(EVE), c));
		assert_eq!(Listings::<Test>::get(l).unwrap().listed_at, cleared_at);
		run_to(cleared_at + PRESALE_WINDOW - 1);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(EVE), l), NOT_ELIGIBLE);
		run_to(cleared_at + PRESALE_WINDOW);
		accept(EVE, l);
	});
}

#[test]
fn accepting_over_a_lapsed_rare_contract_counts_from_the_clearing() {
	new_test_ext().execute_with(|| {
		make_eligible(BUYER);
		let l = list(SELLER, RARE_TREE, CNY);
		let c = accept(BUYER, l);
		run_to(2 + FUNDING);
		// Accepting clears the lapsed contract first; the pre-sale is then asked with the new
		// listing time (the eligible buyer passes; its cooldown is what stops it here).
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), l), Error::<Test>::CoolingDown);
		assert!(Contracts::<Test>::get(c).is_some(), "rolled back");
	});
}

#[test]
fn a_buyer_withdrawing_from_a_rare_item_restarts_its_pre_sale() {
	new_test_ext().execute_with(|| {
		make_eligible(BUYER);
		let l = list(SELLER, RARE_TREE, CNY);
		run_to(1 + PRESALE_WINDOW - 1);
		let c = accept(BUYER, l);
		run_to(1 + PRESALE_WINDOW + 5);
		assert_ok!(Escrow::cancel(RuntimeOrigin::signed(BUYER), c));
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(EVE), l), NOT_ELIGIBLE);
	});
}

#[test]
fn the_pre_sale_is_asked_after_kyc_and_self_trade() {
	new_test_ext().execute_with(|| {
		let l = list(SELLER, RARE_TREE, CNY);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(NOKYC), l),
			pallet_kyc::Error::<Test>::NoKyc
		);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(SELLER), l), Error::<Test>::SelfTrade);
		assert_noop!(
			Escrow::accept(RuntimeOrigin::signed(BUYER), 99),
			Error::<Test>::UnknownListing
		);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), l), NOT_ELIGIBLE);
	});
}

#[test]
fn any_item_marked_rare_goes_through_the_pre_sale() {
	new_test_ext().execute_with(|| {
		mark_rare(&LAND);
		mark_rare(&SERVICE);
		let land = list(SELLER, LAND, CNY);
		let service = list(SELLER, SERVICE, CEC);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), land), NOT_ELIGIBLE);
		assert_noop!(Escrow::accept(RuntimeOrigin::signed(BUYER), service), NOT_ELIGIBLE);
		make_eligible(BUYER);
		accept(BUYER, land);
		accept(BUYER, service);
	});
}

#[test]
fn a_listing_that_is_not_rare_ignores_the_pre_sale() {
	new_test_ext().execute_with(|| {
		// Nobody is eligible and the window has not passed: ordinary items sell anyway.
		for item in [TREE, LAND, SERVICE, fresh_tree()] {
			assert!(!<Test as Config>::Rare::is_rare(&item));
			let l = list(SELLER, item, CNY);
			accept(BUYER, l);
		}
	});
}

#[test]
fn a_buyer_with_frozen_cec_cannot_strand_a_cec_payment() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::{
			fungible::Inspect as _,
			tokens::{Fortitude, Preservation},
			LockableCurrency, WithdrawReasons,
		};
		let before = issuance();
		// Half of the buyer's CEC is frozen (a vesting schedule or a lockup lock).
		let frozen = START_BALANCE / 2;
		Balances::set_lock(*b"frozencc", &BUYER, frozen, WithdrawReasons::all());
		let l = list(SELLER, TREE, CEC);
		let c = accept(BUYER, l);
		assert_ok!(Escrow::fund(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(held(CEC, BUYER), PRICE + FEE);
		// The buyer moves away everything it may: the frozen CEC stays on its account, and the
		// payment is not on its account to be counted against the freeze.
		let spendable =
			Balances::reducible_balance(&BUYER, Preservation::Expendable, Fortitude::Polite);
		assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(BUYER), EVE, spendable));
		assert!(Balances::total_balance(&BUYER) >= frozen);
		// The seller is paid in full all the same.
		let seller = free(CEC, SELLER);
		assert_ok!(Escrow::confirm_delivery(RuntimeOrigin::signed(SELLER), c, cid(VOUCHER)));
		assert_ok!(Escrow::confirm_receipt(RuntimeOrigin::signed(BUYER), c));
		assert_eq!(free(CEC, SELLER), seller + PRICE + LISTING_DEPOSIT);
		assert_eq!(held(CEC, BUYER), 0);
		assert_conserved(&before);
	});
}
