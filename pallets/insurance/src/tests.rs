//! Tests of the insurance pallet: every call, every named error, the attacks we thought of, and
//! money conservation after each flow.

use crate::{mock::*, *};
use cec_primitives::{Peril, TreeIncident, TreeState};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{InspectHold as _, MutateFreeze},
		fungibles::{Inspect, InspectHold},
	},
};
use sp_runtime::{DispatchError, Perbill};

const CID: &[u8] = b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";

fn cid() -> Cid {
	Cid::truncate_from(CID.to_vec())
}

fn trees(list: &[u32]) -> BoundedVec<u32, ConstU32<MAX_TREES>> {
	BoundedVec::truncate_from(list.to_vec())
}

use frame_support::traits::ConstU32;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn collateral_held(who: AccountId, asset: AssetId) -> Balance {
	<Settlement as InspectHold<_>>::balance_on_hold(asset, &HoldReason::Collateral.into(), &who)
}

fn deposit_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Deposit.into(), &who)
}

fn total(asset: AssetId) -> Balance {
	<Settlement as Inspect<_>>::total_issuance(asset)
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

/// INSURER appointed with `collateral` CEC and a fire product for `CN-35`: 100 per tree plus
/// 10 per metre, 1 % premium, at most 5,000 a policy.
fn setup_fire(collateral: Balance) -> ProductId {
	assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER));
	assert_ok!(Insurance::deposit_collateral(origin(INSURER), CEC, collateral));
	assert_ok!(Insurance::create_product(
		origin(INSURER),
		CEC,
		Peril::Fire,
		region(b"CN-35"),
		COVER,
		Perbill::from_percent(1),
		PayoutRule::PerTree { base: 100, per_metre: 10 },
		5_000,
	));
	NextProductId::<Test>::get() - 1
}

/// OWNER insures trees 0, 1 and 2 of PARCEL (1, 2, 3 m tall: 110 + 120 + 130 = 360).
fn insure_three(product: ProductId) -> PolicyId {
	assert_ok!(Insurance::buy_policy(origin(OWNER), product, PARCEL, trees(&[0, 1, 2]), 1_000));
	NextPolicyId::<Test>::get() - 1
}

fn key(code: &[u8], peril: Peril, day: u32) -> EventKey {
	EventKey { region: region(code), peril, day }
}

/// Two of three members report `key` at `a` and `b` percent.
fn record(key: &EventKey, a: u8, b: u8) {
	assert_ok!(Insurance::report_event(origin(ORACLE_A), key.clone(), a, cid()));
	assert_ok!(Insurance::report_event(origin(ORACLE_B), key.clone(), b, cid()));
}

fn check() {
	assert_ok!(Insurance::do_try_state());
}

#[test]
fn appointment_needs_governance_and_kyc() {
	new_test_ext().execute_with(|| {
		assert_noop!(Insurance::appoint_insurer(origin(OWNER), INSURER), DispatchError::BadOrigin);
		assert_noop!(
			Insurance::appoint_insurer(RuntimeOrigin::root(), NOKYC),
			DispatchError::Other("NotVerified")
		);
		assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER));
		assert_eq!(last_event(), Event::InsurerAppointed { who: INSURER }.into());
		assert_noop!(
			Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER),
			Error::<Test>::AlreadyInsurer
		);
		assert_noop!(Insurance::remove_insurer(origin(INSURER), INSURER), DispatchError::BadOrigin);
		assert_ok!(Insurance::remove_insurer(RuntimeOrigin::root(), INSURER));
		assert_noop!(
			Insurance::remove_insurer(RuntimeOrigin::root(), INSURER),
			Error::<Test>::NotInsurer
		);
		assert_noop!(
			Insurance::deposit_collateral(origin(INSURER), CEC, 10),
			Error::<Test>::NotInsurer
		);
		check();
	});
}

#[test]
fn collateral_is_a_hold_and_never_leaves_below_exposure() {
	new_test_ext().execute_with(|| {
		let issuance = total(CEC);
		let product = setup_fire(1_000);
		assert_eq!(collateral_held(INSURER, CEC), 1_000);
		assert_noop!(
			Insurance::deposit_collateral(origin(INSURER), CEC, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Insurance::deposit_collateral(origin(INSURER), CEC, START_BALANCE),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Insurance::deposit_collateral(origin(OWNER), CEC, 10),
			Error::<Test>::NotInsurer
		);
		insure_three(product);
		assert_eq!(
			Pools::<Test>::get(INSURER, CEC).unwrap(),
			Pool { collateral: 1_000, exposure: 360 }
		);
		assert_noop!(
			Insurance::withdraw_collateral(origin(INSURER), CEC, 641),
			Error::<Test>::BelowExposure
		);
		assert_noop!(
			Insurance::withdraw_collateral(origin(INSURER), CNY, 1),
			Error::<Test>::NoPool
		);
		assert_noop!(
			Insurance::withdraw_collateral(origin(INSURER), CEC, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Insurance::withdraw_collateral(origin(INSURER), CEC, 640));
		assert_eq!(collateral_held(INSURER, CEC), 360);
		// A removed insurer's collateral keeps answering for its cover.
		assert_ok!(Insurance::remove_insurer(RuntimeOrigin::root(), INSURER));
		assert_noop!(
			Insurance::withdraw_collateral(origin(INSURER), CEC, 1),
			Error::<Test>::BelowExposure
		);
		assert_eq!(total(CEC), issuance);
		check();
	});
}

#[test]
fn products_are_checked() {
	new_test_ext().execute_with(|| {
		let rule = PayoutRule::PerTree { base: 100, per_metre: 10 };
		let create = |who, code: &[u8], cover, rule, max| {
			Insurance::create_product(
				origin(who),
				CEC,
				Peril::Fire,
				region(code),
				cover,
				Perbill::from_percent(1),
				rule,
				max,
			)
		};
		assert_noop!(create(INSURER, b"CN-35", COVER, rule, 5_000), Error::<Test>::NotInsurer);
		assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER));
		assert_noop!(create(INSURER, b"cn 35", COVER, rule, 5_000), Error::<Test>::BadRegion);
		assert_noop!(create(INSURER, b"", COVER, rule, 5_000), Error::<Test>::BadRegion);
		assert_noop!(create(INSURER, b"CN", DAY, rule, 5_000), Error::<Test>::BadCoverPeriod);
		assert_noop!(
			create(INSURER, b"CN", 3 * 365 * DAY, rule, 5_000),
			Error::<Test>::BadCoverPeriod
		);
		assert_noop!(create(INSURER, b"CN", COVER, rule, 0), Error::<Test>::BadRule);
		assert_noop!(
			create(INSURER, b"CN", COVER, PayoutRule::PerHectare { rate: 0 }, 5),
			Error::<Test>::BadRule
		);
		assert_ok!(create(INSURER, b"CN", COVER, rule, 5_000));
		assert_eq!(deposit_held(INSURER), PRODUCT_DEPOSIT);
		assert_eq!(last_event(), Event::ProductCreated { product: 0, insurer: INSURER }.into());
		assert_noop!(Insurance::close_product(origin(OWNER), 0), Error::<Test>::NotProductInsurer);
		assert_noop!(Insurance::close_product(origin(INSURER), 7), Error::<Test>::UnknownProduct);
		// Without policies a closed product goes at once, and its deposit with it.
		assert_ok!(Insurance::close_product(origin(INSURER), 0));
		assert!(Products::<Test>::get(0).is_none());
		assert_eq!(deposit_held(INSURER), 0);
		check();
	});
}

#[test]
fn buying_per_tree_cover_pays_premium_fee_and_deposit() {
	new_test_ext().execute_with(|| {
		let issuance = total(CEC);
		let product = setup_fire(1_000);
		let owner_before = Balances::free_balance(OWNER);
		let insurer_before = Balances::free_balance(INSURER);
		let policy = insure_three(product);
		// 360 insured; premium 1 % = 3.6 → 4 (rounded up); fee 2 % of it → 1 (rounded up).
		let p = Policies::<Test>::get(policy).unwrap();
		assert_eq!((p.sum, p.unpaid, p.premium, p.trees), (360, 360, 4, 3));
		// Cover starts at the next day boundary.
		assert_eq!((p.start, p.end), (DAY, DAY + COVER));
		let deposit = POLICY_DEPOSIT + 3 * TREE_DEPOSIT;
		assert_eq!(deposit_held(OWNER), deposit);
		assert_eq!(Balances::free_balance(OWNER), owner_before - 4 - 1 - deposit);
		assert_eq!(Balances::free_balance(INSURER), insurer_before + 4);
		assert_eq!(NOTED.with(|n| n.borrow().clone()), vec![(CEC, 1)]);
		assert_eq!(
			PolicyTrees::<Test>::get(policy, 2).unwrap(),
			TreeCover { sum: 130, paid: None }
		);
		assert_eq!(Products::<Test>::get(product).unwrap().live, 1);
		assert_eq!(total(CEC), issuance);
		check();
	});
}

#[test]
fn buying_refuses_bad_input() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let buy = |who, parcel, list: &[u32], max| {
			Insurance::buy_policy(origin(who), product, parcel, trees(list), max)
		};
		assert_noop!(buy(NOKYC, PARCEL, &[0], 1_000), DispatchError::Other("NotVerified"));
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 9, PARCEL, trees(&[0]), 1_000),
			Error::<Test>::UnknownProduct
		);
		assert_noop!(buy(OWNER, 42, &[0], 1_000), Error::<Test>::UnknownParcel);
		// A policy on a parcel the buyer does not own.
		assert_noop!(buy(OWNER, NEIGHBOUR_PARCEL, &[0], 1_000), Error::<Test>::NotParcelOwner);
		// An unattested parcel.
		assert_noop!(buy(OWNER, UNATTESTED, &[0], 1_000), Error::<Test>::ParcelNotAttested);
		assert_noop!(buy(OWNER, FAR_PARCEL, &[0], 1_000), Error::<Test>::WrongRegion);
		assert_noop!(buy(OWNER, PARCEL, &[], 1_000), Error::<Test>::WrongCover);
		assert_noop!(buy(OWNER, PARCEL, &[1, 0], 1_000), Error::<Test>::TreesNotSorted);
		assert_noop!(buy(OWNER, PARCEL, &[1, 1], 1_000), Error::<Test>::TreesNotSorted);
		assert_noop!(buy(OWNER, PARCEL, &[0, 50], 1_000), Error::<Test>::UnknownTree);
		// A tree already felled.
		edit_tree(PARCEL, 3, |t| t.status = TreeState::Felled);
		assert_noop!(buy(OWNER, PARCEL, &[3], 1_000), Error::<Test>::TreeFelled);
		// A tree sold on its own belongs to someone else now.
		edit_tree(PARCEL, 4, |t| t.owner = NEIGHBOUR);
		assert_noop!(buy(OWNER, PARCEL, &[4], 1_000), Error::<Test>::NotTreeOwner);
		assert_noop!(buy(OWNER, PARCEL, &[0, 1, 2], 4), Error::<Test>::PremiumAboveLimit);
		// Cover beyond collateral: 10 trees of 1..10 m insure 1,550 > 1,000.
		assert_noop!(
			buy(OWNER, PARCEL, &[0, 1, 2, 5, 6, 7, 8, 9], 1_000),
			Error::<Test>::InsufficientCollateral
		);
		assert_ok!(Insurance::deposit_collateral(origin(INSURER), CEC, 10_000));
		// Above the product's largest payout.
		assert_ok!(Insurance::create_product(
			origin(INSURER),
			CEC,
			Peril::Fire,
			region(b"CN"),
			COVER,
			Perbill::from_percent(1),
			PayoutRule::PerTree { base: 100, per_metre: 10 },
			200,
		));
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 1, PARCEL, trees(&[0, 1]), 1_000),
			Error::<Test>::AboveMaxPayout
		);
		assert_ok!(Insurance::close_product(origin(INSURER), 1));
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 1, PARCEL, trees(&[0]), 1_000),
			Error::<Test>::UnknownProduct
		);
		// A removed insurer sells nothing more.
		assert_ok!(Insurance::remove_insurer(RuntimeOrigin::root(), INSURER));
		assert_noop!(buy(OWNER, PARCEL, &[0], 1_000), Error::<Test>::NotInsurer);
		check();
	});
}

#[test]
fn closed_product_sells_nothing_and_goes_with_its_last_policy() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		assert_ok!(Insurance::close_product(origin(INSURER), product));
		assert_eq!(last_event(), Event::ProductClosed { product }.into());
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), product, PARCEL, trees(&[5]), 1_000),
			Error::<Test>::ProductClosed
		);
		assert_noop!(
			Insurance::close_product(origin(INSURER), product),
			Error::<Test>::ProductClosed
		);
		System::set_block_number(DAY + COVER + CLAIM_WINDOW + 1);
		assert_ok!(Insurance::expire_policy(origin(NEIGHBOUR), policy));
		assert_eq!(last_event(), Event::ProductRemoved { product }.into());
		assert_eq!(deposit_held(INSURER), 0);
		check();
	});
}

#[test]
fn per_hectare_cover_takes_the_whole_parcel() {
	new_test_ext().execute_with(|| {
		assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER));
		assert_ok!(Insurance::deposit_collateral(origin(INSURER), CNY, 100_000));
		assert_ok!(Insurance::create_product(
			origin(INSURER),
			CNY,
			Peril::Pest,
			region(b"CN-35"),
			COVER,
			Perbill::from_percent(5),
			PayoutRule::PerHectare { rate: 1_003 },
			50_000,
		));
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 0, PARCEL, trees(&[0]), 10_000),
			Error::<Test>::WrongCover
		);
		let cny_before = Assets::balance(1, OWNER);
		assert_ok!(Insurance::buy_policy(origin(OWNER), 0, PARCEL, trees(&[]), 10_000));
		// 20 ha × 1,003 = 20,060, shared by 10 trees: 2,006 each.
		let p = Policies::<Test>::get(0).unwrap();
		assert_eq!((p.sum, p.trees, p.cover), (20_060, 10, Cover::Parcel { share: 2_006 }));
		// Premium 5 % = 1,003 and fee 2 % of it = 20.06 → 21, in the yuan.
		assert_eq!(Assets::balance(1, OWNER), cny_before - 1_003 - 21);
		assert_eq!(NOTED.with(|n| n.borrow().clone()), vec![(CNY, 21)]);
		assert_eq!(deposit_held(OWNER), POLICY_DEPOSIT + 10 * TREE_DEPOSIT);
		// A pest record on tree 4 at 50 % pays half its share, in the yuan.
		add_record(
			PARCEL,
			4,
			0,
			TreeIncident::Damaged { peril: Some(Peril::Pest), severity: 50 },
			150,
		);
		System::set_block_number(151);
		let cny = Assets::balance(1, OWNER);
		assert_noop!(
			Insurance::claim_tree(origin(NEIGHBOUR), 0, 4, 0, None),
			Error::<Test>::NotHolder
		);
		assert_ok!(Insurance::claim_tree(origin(OWNER), 0, 4, 0, None));
		assert_eq!(Assets::balance(1, OWNER), cny + 1_003);
		assert_eq!(collateral_held(INSURER, CNY), 100_000 - 1_003);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), 0, 4, 0, None),
			Error::<Test>::AlreadyPaid
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), 0, 10, 0, None),
			Error::<Test>::NotCovered
		);
		// A parcel over the policy's tree limit cannot be covered whole.
		add_parcel(7, OWNER, b"CN-35-01", 100_000, true, MAX_TREES + 1);
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 0, 7, trees(&[]), 10_000),
			Error::<Test>::TooManyTrees
		);
		add_parcel(8, OWNER, b"CN-35-01", 100_000, true, 0);
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 0, 8, trees(&[]), 10_000),
			Error::<Test>::NoTrees
		);
		add_parcel(9, OWNER, b"CN-35-01", 9_999, true, 2);
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), 0, 9, trees(&[]), 10_000),
			Error::<Test>::CoverTooSmall
		);
		check();
	});
}

#[test]
fn oracle_reports_are_checked() {
	new_test_ext().execute_with(|| {
		System::set_block_number(10 * DAY + 5);
		let k = key(b"CN-35", Peril::Fire, 10);
		// A report by a non-member.
		assert_noop!(
			Insurance::report_event(origin(OWNER), k.clone(), 50, cid()),
			Error::<Test>::NotOracleMember
		);
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), key(b"cn", Peril::Fire, 10), 50, cid()),
			Error::<Test>::BadRegion
		);
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), k.clone(), 0, cid()),
			Error::<Test>::BadSeverity
		);
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), k.clone(), 101, cid()),
			Error::<Test>::BadSeverity
		);
		assert_noop!(
			Insurance::report_event(
				origin(ORACLE_A),
				k.clone(),
				50,
				Cid::truncate_from(b"x".to_vec())
			),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), key(b"CN-35", Peril::Fire, 11), 50, cid()),
			Error::<Test>::FutureEvent
		);
		// A report after the period: day 2's window closed after day 9.
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), key(b"CN-35", Peril::Fire, 2), 50, cid()),
			Error::<Test>::ReportTooLate
		);
		assert_ok!(Insurance::report_event(
			origin(ORACLE_A),
			key(b"CN-35", Peril::Fire, 3),
			50,
			cid()
		));
		assert_ok!(Insurance::report_event(origin(ORACLE_A), k.clone(), 80, cid()));
		assert_eq!(
			last_event(),
			Event::EventReported { key: k.clone(), by: ORACLE_A, severity: 80, reports: 1 }.into()
		);
		// A duplicate vote.
		assert_noop!(
			Insurance::report_event(origin(ORACLE_A), k.clone(), 90, cid()),
			Error::<Test>::AlreadyReported
		);
		assert!(EventsOfRecord::<Test>::get(&k).is_none());
		assert_ok!(Insurance::report_event(origin(ORACLE_B), k.clone(), 40, cid()));
		// Two of three: of record at the lower median.
		assert_eq!(last_event(), Event::EventRecorded { key: k.clone(), severity: 40 }.into());
		let record = EventsOfRecord::<Test>::get(&k).unwrap();
		assert_eq!((record.severity, record.reports.len()), (40, 2));
		assert!(PendingReports::<Test>::get(&k).is_empty());
		assert_noop!(
			Insurance::report_event(origin(ORACLE_C), k.clone(), 60, cid()),
			Error::<Test>::AlreadyRecorded
		);
		check();
	});
}

#[test]
fn the_median_of_three_resists_one_outlier() {
	new_test_ext().execute_with(|| {
		QUORUM.with(|q| q.set(3));
		let k = key(b"CN", Peril::Storm, 0);
		assert_ok!(Insurance::report_event(origin(ORACLE_A), k.clone(), 100, cid()));
		assert_ok!(Insurance::report_event(origin(ORACLE_B), k.clone(), 30, cid()));
		assert!(EventsOfRecord::<Test>::get(&k).is_none());
		assert_ok!(Insurance::report_event(origin(ORACLE_C), k.clone(), 35, cid()));
		assert_eq!(EventsOfRecord::<Test>::get(&k).unwrap().severity, 35);
	});
}

#[test]
fn an_event_of_record_pays_without_the_insurer() {
	new_test_ext().execute_with(|| {
		let issuance = total(CEC);
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		// The neighbour's parcel is in the region too, but uninsured.
		System::set_block_number(3 * DAY + 1);
		let k = key(b"CN-35", Peril::Fire, 3);
		record(&k, 50, 60);
		let before = Balances::free_balance(OWNER);
		let insurer_free = Balances::free_balance(INSURER);
		// The insurer cannot stop it: even a freeze on its whole balance does not.
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&(), &INSURER, START_BALANCE));
		assert_noop!(
			Insurance::claim_event(origin(NEIGHBOUR), policy, k.clone()),
			Error::<Test>::NotHolder
		);
		assert_ok!(Insurance::claim_event(origin(OWNER), policy, k.clone()));
		// 360 × 50 % (the lower median of 50 and 60), to the holder, from the collateral.
		assert_eq!(Balances::free_balance(OWNER), before + 180);
		assert_eq!(collateral_held(INSURER, CEC), 1_000 - 180);
		assert_eq!(Balances::free_balance(INSURER), insurer_free);
		assert_eq!(
			last_event(),
			Event::ClaimPaid {
				policy,
				holder: OWNER,
				amount: 180,
				trigger: Trigger::Event(k.clone())
			}
			.into()
		);
		assert_eq!(
			Pools::<Test>::get(INSURER, CEC).unwrap(),
			Pool { collateral: 820, exposure: 0 }
		);
		// A second claim pays nothing.
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, k.clone()),
			Error::<Test>::AlreadyPaid
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 0, 0, None),
			Error::<Test>::AlreadyPaid
		);
		assert_eq!(total(CEC), issuance);
		check();
	});
}

#[test]
fn events_match_peril_region_and_cover() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		System::set_block_number(5 * DAY);
		let storm = key(b"CN-35", Peril::Storm, 4);
		record(&storm, 50, 50);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, storm),
			Error::<Test>::WrongPeril
		);
		let north = key(b"CN-11", Peril::Fire, 4);
		record(&north, 50, 50);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, north),
			Error::<Test>::WrongRegion
		);
		// A sub-region the parcel is not in.
		let other = key(b"CN-35-02", Peril::Fire, 4);
		record(&other, 50, 50);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, other),
			Error::<Test>::WrongRegion
		);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, key(b"CN-35", Peril::Fire, 4)),
			Error::<Test>::UnknownEvent
		);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), 77, key(b"CN-35", Peril::Fire, 4)),
			Error::<Test>::UnknownPolicy
		);
		// A fire on a day after cover ended.
		let late_day = ((DAY + COVER) / DAY) as u32 + 1;
		System::set_block_number(late_day as u64 * DAY + 1);
		let late = key(b"CN-35", Peril::Fire, late_day);
		record(&late, 50, 50);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, late),
			Error::<Test>::OutsideCover
		);
		check();
	});
}

#[test]
fn claims_follow_insurable_interest_and_expire() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		System::set_block_number(2 * DAY);
		let k = key(b"CN", Peril::Fire, 2);
		record(&k, 50, 50);
		// The parcel was sold: the old owner is no longer paid.
		edit_parcel(PARCEL, |p| p.owner = NEIGHBOUR);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, k.clone()),
			Error::<Test>::NoInsurableInterest
		);
		edit_parcel(PARCEL, |p| p.owner = OWNER);
		// An expired policy claim.
		System::set_block_number(DAY + COVER + CLAIM_WINDOW + 1);
		assert_noop!(
			Insurance::claim_event(origin(OWNER), policy, k),
			Error::<Test>::PolicyExpired
		);
		check();
	});
}

#[test]
fn a_witness_damage_record_pays_the_tree_once() {
	new_test_ext().execute_with(|| {
		let issuance = total(CEC);
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		let fire = |severity| TreeIncident::Damaged { peril: Some(Peril::Fire), severity };
		add_record(PARCEL, 1, 0, fire(25), 150);
		add_record(
			PARCEL,
			1,
			1,
			TreeIncident::Damaged { peril: Some(Peril::Pest), severity: 90 },
			160,
		);
		add_record(PARCEL, 1, 2, TreeIncident::Other, 160);
		add_record(PARCEL, 2, 0, fire(40), 170);
		add_record(PARCEL, 2, 1, TreeIncident::Felled, 180);
		add_record(PARCEL, 2, 2, fire(70), 185);
		add_record(PARCEL, 2, 3, TreeIncident::Felled, 190);
		// Before cover started (it starts at the next day boundary, block 100).
		add_record(PARCEL, 0, 0, fire(60), 99);
		add_record(PARCEL, 5, 0, fire(60), 190);
		System::set_block_number(200);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 9, None),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 2, None),
			Error::<Test>::NotDamage
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 1, None),
			Error::<Test>::WrongPeril
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 0, 0, None),
			Error::<Test>::OutsideCover
		);
		// Tree 5 is not in the policy.
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 5, 0, None),
			Error::<Test>::NotCovered
		);
		// Nobody but the holder settles it (for less than it is worth).
		assert_noop!(
			Insurance::claim_tree(origin(INSURER), policy, 1, 0, None),
			Error::<Test>::NotHolder
		);
		let before = Balances::free_balance(OWNER);
		assert_ok!(Insurance::claim_tree(origin(OWNER), policy, 1, 0, None));
		// Tree 1 is insured for 120: 25 % is 30.
		assert_eq!(Balances::free_balance(OWNER), before + 30);
		// A double claim.
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 0, None),
			Error::<Test>::AlreadyPaid
		);
		// A felling must follow the damage.
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 2, 0, Some(0)),
			Error::<Test>::NotDamage
		);
		// 40 % damage and a felling is a harvest, not a total loss (the threshold is 50 %).
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 2, 0, Some(1)),
			Error::<Test>::NotTotalLoss
		);
		// Damaged by fire at 70 %, then felled: a total loss, all of its 130.
		assert_ok!(Insurance::claim_tree(origin(OWNER), policy, 2, 2, Some(3)));
		assert_eq!(Balances::free_balance(OWNER), before + 30 + 130);
		let p = Policies::<Test>::get(policy).unwrap();
		assert_eq!((p.paid, p.unpaid), (160, 110));
		assert_eq!(
			Pools::<Test>::get(INSURER, CEC).unwrap(),
			Pool { collateral: 840, exposure: 110 }
		);
		// An event afterwards pays only the unpaid tree: 110 × 50 %.
		System::set_block_number(2 * DAY + 1);
		let k = key(b"CN-35", Peril::Fire, 2);
		record(&k, 50, 50);
		assert_ok!(Insurance::claim_event(origin(OWNER), policy, k));
		assert_eq!(Balances::free_balance(OWNER), before + 30 + 130 + 55);
		let p = Policies::<Test>::get(policy).unwrap();
		assert!(p.paid <= p.sum);
		assert_eq!(total(CEC), issuance);
		check();
	});
}

#[test]
fn cover_starts_tomorrow_so_a_known_loss_is_not_insurable() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		// A fire today is of record; the owner buys cover after it.
		System::set_block_number(3 * DAY + 1);
		let k = key(b"CN-35", Peril::Fire, 3);
		record(&k, 80, 80);
		add_record(
			PARCEL,
			0,
			0,
			TreeIncident::Damaged { peril: Some(Peril::Fire), severity: 80 },
			3 * DAY + 1,
		);
		System::set_block_number(3 * DAY + 2);
		let policy = insure_three(product);
		assert_eq!(Policies::<Test>::get(policy).unwrap().start, 4 * DAY);
		assert_noop!(Insurance::claim_event(origin(OWNER), policy, k), Error::<Test>::OutsideCover);
		System::set_block_number(4 * DAY + 1);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 0, 0, None),
			Error::<Test>::OutsideCover
		);
		check();
	});
}

#[test]
fn records_the_holder_signed_and_late_fellings_pay_nothing() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		let fire = TreeIncident::Damaged { peril: Some(Peril::Fire), severity: 90 };
		// The owner is a witness too, and records damage on its own insured tree.
		add_record_by(PARCEL, 0, 0, fire.clone(), OWNER, 150);
		// A felling after cover ended does not make a total loss.
		add_record(PARCEL, 1, 0, fire, 150);
		add_record(PARCEL, 1, 1, TreeIncident::Felled, DAY + COVER + 1);
		add_record_by(PARCEL, 1, 2, TreeIncident::Felled, OWNER, 160);
		System::set_block_number(DAY + COVER + 2);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 0, 0, None),
			Error::<Test>::SelfAttested
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 0, Some(1)),
			Error::<Test>::OutsideCover
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 0, Some(2)),
			Error::<Test>::SelfAttested
		);
		// The damage alone still pays its 90 % of 120.
		let before = Balances::free_balance(OWNER);
		assert_ok!(Insurance::claim_tree(origin(OWNER), policy, 1, 0, None));
		assert_eq!(Balances::free_balance(OWNER), before + 108);
		check();
	});
}

#[test]
fn frozen_cec_cannot_back_cover() {
	new_test_ext().execute_with(|| {
		assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), INSURER));
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&(), &INSURER, START_BALANCE - 1_000));
		// 1,000 is all it can spend.
		assert_noop!(
			Insurance::deposit_collateral(origin(INSURER), CEC, 1_001),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Insurance::deposit_collateral(origin(INSURER), CEC, 600));
		// Holds overlap freezes: the second deposit must not reach into the frozen part, or a
		// payout would carry frozen CEC off the account.
		assert_noop!(
			Insurance::deposit_collateral(origin(INSURER), CEC, 401),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Insurance::deposit_collateral(origin(INSURER), CEC, 400));
		assert!(
			<Balances as frame_support::traits::fungible::Inspect<_>>::balance(&INSURER)
				>= START_BALANCE - 1_000
		);
		check();
	});
}

#[test]
fn reports_of_removed_members_do_not_count() {
	new_test_ext().execute_with(|| {
		let k = key(b"CN-35", Peril::Fire, 0);
		assert_ok!(Insurance::report_event(origin(ORACLE_A), k.clone(), 100, cid()));
		// Governance removes A, who reported.
		ORACLE.with(|o| o.borrow_mut().remove(&ORACLE_A));
		assert_ok!(Insurance::report_event(origin(ORACLE_B), k.clone(), 90, cid()));
		assert!(EventsOfRecord::<Test>::get(&k).is_none());
		assert_eq!(PendingReports::<Test>::get(&k).len(), 1);
		assert_ok!(Insurance::report_event(origin(ORACLE_C), k.clone(), 70, cid()));
		let record = EventsOfRecord::<Test>::get(&k).unwrap();
		assert_eq!(record.severity, 70);
		assert!(record.reports.iter().all(|r| r.by != ORACLE_A));
	});
}

#[test]
fn a_sold_tree_is_not_paid_to_the_former_owner() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		add_record(
			PARCEL,
			0,
			0,
			TreeIncident::Damaged { peril: Some(Peril::Fire), severity: 100 },
			150,
		);
		edit_tree(PARCEL, 0, |t| t.owner = NEIGHBOUR);
		System::set_block_number(151);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 0, 0, None),
			Error::<Test>::NoInsurableInterest
		);
		// Zero severity pays nothing and is refused.
		add_record(
			PARCEL,
			1,
			0,
			TreeIncident::Damaged { peril: Some(Peril::Fire), severity: 0 },
			150,
		);
		assert_noop!(
			Insurance::claim_tree(origin(OWNER), policy, 1, 0, None),
			Error::<Test>::NothingToPay
		);
	});
}

#[test]
fn expiry_frees_exposure_and_returns_the_deposit() {
	new_test_ext().execute_with(|| {
		let issuance = total(CEC);
		let product = setup_fire(1_000);
		let policy = insure_three(product);
		add_record(
			PARCEL,
			1,
			0,
			TreeIncident::Damaged { peril: Some(Peril::Fire), severity: 50 },
			150,
		);
		System::set_block_number(151);
		assert_ok!(Insurance::claim_tree(origin(OWNER), policy, 1, 0, None));
		System::set_block_number(DAY + COVER + CLAIM_WINDOW);
		assert_noop!(
			Insurance::expire_policy(origin(NEIGHBOUR), policy),
			Error::<Test>::PolicyLive
		);
		System::set_block_number(DAY + COVER + CLAIM_WINDOW + 1);
		let before = Balances::free_balance(OWNER);
		assert_ok!(Insurance::expire_policy(origin(NEIGHBOUR), policy));
		assert_eq!(last_event(), Event::PolicyExpired { policy, released: 240 }.into());
		assert_eq!(Balances::free_balance(OWNER), before + POLICY_DEPOSIT + 3 * TREE_DEPOSIT);
		assert_eq!(deposit_held(OWNER), 0);
		assert_eq!(
			Pools::<Test>::get(INSURER, CEC).unwrap(),
			Pool { collateral: 940, exposure: 0 }
		);
		assert_eq!(PolicyTrees::<Test>::iter_prefix(policy).count(), 0);
		assert_noop!(
			Insurance::expire_policy(origin(NEIGHBOUR), policy),
			Error::<Test>::UnknownPolicy
		);
		assert_ok!(Insurance::withdraw_collateral(origin(INSURER), CEC, 940));
		assert!(Pools::<Test>::get(INSURER, CEC).is_none());
		assert_eq!(total(CEC), issuance);
		check();
	});
}

#[test]
fn exposure_across_policies_never_exceeds_collateral() {
	new_test_ext().execute_with(|| {
		let product = setup_fire(700);
		insure_three(product);
		// 360 + 360 > 700.
		assert_noop!(
			Insurance::buy_policy(origin(OWNER), product, PARCEL, trees(&[0, 1, 2]), 1_000),
			Error::<Test>::InsufficientCollateral
		);
		// 110 + 120 + 130 + 140 = 500 > 340 left; 110 + 120 = 230 fits.
		assert_ok!(Insurance::buy_policy(origin(OWNER), product, PARCEL, trees(&[0, 1]), 1_000));
		assert_eq!(Pools::<Test>::get(INSURER, CEC).unwrap().exposure, 590);
		// Over-insuring the same tree twice is the buyer's money: each policy pays on its own,
		// and the insurer's collateral covers both.
		check();
	});
}
