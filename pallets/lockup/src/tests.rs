//! Tests of the lockup pallet: every call, every refusal, the drip to the planck, eras, the
//! C2C market, coin-days, and random histories against the invariants.

use crate::{features::mul_div_down, mock::*, *};
use cec_primitives::{Power as _, PreSale as _};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, GetDispatchInfo},
	traits::{
		fungible::{Inspect as _, InspectFreeze, InspectHold, Mutate as _},
		fungibles::{Inspect as _, Mutate as _},
		tokens::{Fortitude, Preservation},
	},
};
use sp_runtime::{
	traits::{DispatchTransaction, Dispatchable, TransactionExtension, TxBaseImplication},
	transaction_validity::TransactionSource,
	DispatchError, TokenError,
};

type E = Error<Test>;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn frozen(who: AccountId) -> Balance {
	Balances::balance_frozen(&RuntimeFreezeReason::Lockup(FreezeReason::Lockup), &who)
}

fn listed_hold(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Lockup(HoldReason::Listing), &who)
}

fn record(who: AccountId) -> LockRecordOf<Test> {
	Locks::<Test>::get(who).expect("has a lock")
}

fn locked(who: AccountId) -> Balance {
	Lockup::power_of(&who)
}

fn unlockable(who: AccountId) -> Balance {
	Locks::<Test>::get(who).map(|r| Lockup::unlockable_of(&r)).unwrap_or_default()
}

fn check() {
	Lockup::do_try_state().expect("invariants hold");
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

// ---------- locking ----------

#[test]
fn lock_freezes_own_balance_with_power() {
	new_test_ext().execute_with(|| {
		let issuance = Balances::total_issuance();
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		assert_eq!(last_event(), Event::Locked { who: ALICE, amount: 1_000 * CEC }.into());
		assert_eq!(frozen(ALICE), 1_000 * CEC);
		assert_eq!(Balances::balance(&ALICE), START, "nothing moved");
		assert_eq!(locked(ALICE), 1_000 * CEC);
		assert_eq!(Lockup::total_power(), 1_000 * CEC);
		assert_eq!(Lockup::shares_of(&ALICE), Lockup::total_shares());
		// Locked CEC cannot leave.
		assert_noop!(
			Balances::transfer_allow_death(origin(ALICE), BOB, START - 999 * CEC),
			TokenError::Frozen
		);
		assert_eq!(Balances::total_issuance(), issuance);
		check();
	});
}

#[test]
fn lock_refuses_bad_amounts() {
	new_test_ext().execute_with(|| {
		assert_noop!(Lockup::lock(origin(ALICE), 0), E::ZeroAmount);
		assert_noop!(Lockup::lock(origin(ALICE), MIN_LOCK - 1), E::BelowMinimumLock);
		// All of it would leave less than the existential deposit.
		assert_noop!(Lockup::lock(origin(ALICE), START - ED + 1), E::InsufficientAvailable);
		assert_ok!(Lockup::lock(origin(ALICE), START - ED - CEC));
		assert_noop!(Lockup::lock(origin(ALICE), CEC + 1), E::InsufficientAvailable);
		// Once a record exists, small top-ups are fine.
		assert_ok!(Lockup::lock(origin(ALICE), 1));
		assert_noop!(Lockup::lock(RuntimeOrigin::root(), CEC), DispatchError::BadOrigin);
		// Once a record exists, small top-ups are fine.
		check();
	});
}

#[test]
fn vested_cec_cannot_be_locked_again_for_power() {
	new_test_ext().execute_with(|| {
		let free_of_vesting = START - VESTED_LOCK;
		assert_eq!(Lockup::available(&VESTED), free_of_vesting - ED);
		assert_ok!(Lockup::lock(origin(VESTED), free_of_vesting - ED));
		// The vested CEC stays out of reach: locking again finds nothing available.
		assert_noop!(Lockup::lock(origin(VESTED), CEC), E::InsufficientAvailable);
		assert_eq!(locked(VESTED), free_of_vesting - ED);
		check();
	});
}

#[test]
fn vested_cec_cannot_back_a_lock_so_the_lock_cannot_be_spent() {
	new_test_ext().execute_with(|| {
		let lockable = START - VESTED_LOCK - ED;
		assert_ok!(Lockup::lock(origin(VESTED), lockable));
		// The freeze stacks on the vesting lock: the locked CEC cannot leave, even though
		// pallet-balances only enforces the larger of two freezes.
		assert_eq!(frozen(VESTED), lockable + VESTED_LOCK);
		assert_eq!(record(VESTED).stacked, VESTED_LOCK);
		assert_noop!(
			Balances::transfer_allow_death(origin(VESTED), BOB, 2 * ED),
			TokenError::Frozen
		);
		check();
		// Vesting releases half: refreshing (anyone may) lets that half go, not the lock.
		use frame_support::traits::{LockableCurrency, WithdrawReasons};
		Balances::set_lock(*b"vesting ", &VESTED, VESTED_LOCK / 2, WithdrawReasons::all());
		assert_ok!(Lockup::refresh(origin(BOB), VESTED));
		assert_eq!(
			last_event(),
			Event::Refreshed { who: VESTED, frozen: lockable + VESTED_LOCK / 2 }.into()
		);
		assert_ok!(Balances::transfer_allow_death(origin(VESTED), BOB, VESTED_LOCK / 2));
		assert_noop!(
			Balances::transfer_allow_death(origin(VESTED), BOB, 2 * ED),
			TokenError::Frozen
		);
		assert_noop!(Lockup::refresh(origin(BOB), CHARLIE), E::NoLock);
		check();
	});
}

#[test]
fn cec_bought_by_a_vesting_holder_stays_locked() {
	new_test_ext().execute_with(|| {
		// All of VESTED's free CEC goes, but for the vesting lock: only vested CEC is left.
		assert_ok!(Balances::transfer_allow_death(origin(VESTED), BOB, START - VESTED_LOCK));
		let id = list_default(ALICE, 100 * CEC);
		assert_ok!(Lockup::buy(origin(VESTED), id, 100 * CEC));
		assert_eq!(frozen(VESTED), 100 * CEC + VESTED_LOCK);
		assert_noop!(Balances::transfer_allow_death(origin(VESTED), BOB, CEC), TokenError::Frozen);
		check();
	});
}

#[test]
fn topping_up_never_makes_a_lock_older() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_to(1 + 5 * DAY);
		let since = record(ALICE).since;
		for _ in 0..20 {
			assert_ok!(Lockup::lock(origin(ALICE), 1));
			assert!(record(ALICE).since >= since);
		}
		check();
	});
}

#[test]
fn lock_bought_locks_what_arrived() {
	new_test_ext().execute_with(|| {
		assert_ok!(<Lockup as cec_primitives::Lockup<_, _>>::lock_bought(&BOB, 2 * CEC));
		assert_eq!(locked(BOB), 2 * CEC);
		assert_noop!(
			<Lockup as cec_primitives::Lockup<_, _>>::lock_bought(&BOB, START + 1),
			E::InsufficientAvailable
		);
		check();
	});
}

// ---------- the drip ----------

/// The reference model: the index after each closed day, from the day records.
fn model_locked(base: Balance, from_day: DayIndex, to_day: DayIndex) -> Balance {
	let start =
		if from_day == 0 { INDEX_ONE } else { Days::<Test>::get(from_day - 1).unwrap().index };
	let end = Days::<Test>::get(to_day - 1).unwrap().index;
	mul_div_down(base, end, start)
}

#[test]
fn one_quiet_day_drips_the_minimum_rate_to_the_planck() {
	new_test_ext().execute_with(|| {
		let amount = 1_234 * CEC + 567;
		assert_ok!(Lockup::lock(origin(ALICE), amount));
		run_to(DAY);
		assert_eq!(CurrentDay::<Test>::get(), 1);
		let day = Days::<Test>::get(0).unwrap();
		assert_eq!(day.rate, Perbill::from_parts(5_000_000));
		// The lock made one successful signed extrinsic only in a real runtime; the mock
		// counts none, so the day was quiet.
		assert_eq!(day.activity, 0);
		// index = 10^36 × 0.995 exactly; locked = floor(amount × 0.995).
		assert_eq!(day.index, INDEX_ONE / 1_000 * 995);
		let expected = amount * 995 / 1_000;
		assert_eq!(locked(ALICE), expected);
		assert_eq!(unlockable(ALICE), amount - expected);
		assert_eq!(frozen(ALICE), amount, "the freeze stays until unlocked");
		check();
	});
}

#[test]
fn activity_sets_the_rate_linearly_and_caps_at_the_target() {
	new_test_ext().execute_with(|| {
		let p = Params::<Test>::get();
		assert_eq!(Lockup::day_rate(&p, 0), Perbill::from_parts(5_000_000));
		assert_eq!(Lockup::day_rate(&p, 50), Perbill::from_parts(7_500_000));
		assert_eq!(Lockup::day_rate(&p, 100), Perbill::from_percent(1));
		assert_eq!(Lockup::day_rate(&p, 10_000), Perbill::from_percent(1));
		DayActivity::<Test>::put(50);
		run_to(DAY);
		assert_eq!(Days::<Test>::get(0).unwrap().rate, Perbill::from_parts(7_500_000));
		assert_eq!(
			System::events().last().unwrap().event,
			Event::DayClosed { day: 0, activity: 50, rate: Perbill::from_parts(7_500_000) }.into()
		);
		assert_eq!(DayActivity::<Test>::get(), 0, "a new day starts from zero");
	});
}

#[test]
fn a_year_untouched_settles_exactly_like_the_model_in_one_step() {
	new_test_ext().execute_with(|| {
		let amount = 3_333 * CEC + 1;
		assert_ok!(Lockup::lock(origin(ALICE), amount));
		assert_ok!(Lockup::lock(origin(BOB), amount));
		for d in 0..365u32 {
			DayActivity::<Test>::put((d * 37) % 150);
			run_days(1);
		}
		assert_eq!(CurrentDay::<Test>::get(), 365);
		let model = model_locked(amount, 0, 365);
		assert_eq!(locked(ALICE), model);
		// Unlocking every day (touching the record) does not make Bob drip faster.
		assert_eq!(locked(BOB), model);
		assert!(model < amount / 5 && model > amount / 100, "between 0.99^365 and 0.995^365");
		assert_ok!(Lockup::unlock(origin(ALICE), amount - model));
		assert_eq!(frozen(ALICE), model);
		assert_eq!(locked(ALICE), model);
		check();
	});
}

#[test]
fn touching_often_does_not_drip_faster() {
	new_test_ext().execute_with(|| {
		let amount = 777 * CEC + 777;
		assert_ok!(Lockup::lock(origin(ALICE), amount));
		assert_ok!(Lockup::lock(origin(BOB), amount));
		for _ in 0..40 {
			run_days(1);
			let u = unlockable(BOB);
			if u > 0 {
				assert_ok!(Lockup::unlock(origin(BOB), u));
			}
		}
		assert_eq!(locked(ALICE), locked(BOB));
		assert_eq!(unlockable(ALICE) + frozen(BOB), frozen(ALICE));
		check();
	});
}

#[test]
fn unlock_only_what_dripped_then_spend_it() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), START - ED));
		assert_noop!(Lockup::unlock(origin(ALICE), 1), E::InsufficientUnlockable);
		assert_noop!(Lockup::unlock(origin(BOB), 1), E::InsufficientUnlockable);
		assert_noop!(Lockup::unlock(origin(ALICE), 0), E::ZeroAmount);
		run_days(2);
		let u = unlockable(ALICE);
		assert!(u > 0);
		assert_noop!(Lockup::unlock(origin(ALICE), u + 1), E::InsufficientUnlockable);
		assert_noop!(Balances::transfer_allow_death(origin(ALICE), BOB, u), TokenError::Frozen);
		assert_ok!(Lockup::unlock(origin(ALICE), u));
		assert_eq!(last_event(), Event::Unlocked { who: ALICE, amount: u }.into());
		assert_ok!(Balances::transfer_allow_death(origin(ALICE), BOB, u));
		assert_eq!(unlockable(ALICE), 0);
		check();
	});
}

#[test]
fn power_shares_do_not_move_with_the_drip() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		assert_ok!(Lockup::lock(origin(BOB), 3_000 * CEC));
		let (a, b) = (Lockup::shares_of(&ALICE), Lockup::shares_of(&BOB));
		run_days(10);
		assert_eq!((Lockup::shares_of(&ALICE), Lockup::shares_of(&BOB)), (a, b));
		assert_eq!(Lockup::total_shares(), a + b);
		let total = Lockup::total_power();
		assert!(total >= locked(ALICE) + locked(BOB) && total <= locked(ALICE) + locked(BOB) + 2);
		assert!(total < 4_000 * CEC);
		check();
	});
}

#[test]
fn locking_more_carries_the_drip_and_weights_the_age() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_to(1 + 4 * DAY);
		let (l, u) = (locked(ALICE), unlockable(ALICE));
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		let r = record(ALICE);
		assert_eq!(r.base, l + 1_000 * CEC);
		assert_eq!(Lockup::unlockable_of(&r), u);
		assert_eq!(frozen(ALICE), 2_000 * CEC);
		// Age: (l × 1 + 1000 × 41) / (l + 1000), rounded up: about halfway.
		let now = System::block_number() as u128;
		let weighted = (l + 1_000 * CEC * now).div_ceil(r.base);
		assert_eq!(r.since as u128, weighted);
		check();
	});
}

// ---------- eras ----------

#[test]
fn eras_restart_the_index_and_carry_locks_exactly() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 5_000 * CEC));
		// Bring the index just above the floor: the next close starts era 1.
		let start = Index::<Test>::get();
		let near = ERA_FLOOR + ERA_FLOOR / 1_000;
		Index::<Test>::put(near);
		let at_near = mul_div_down(5_000 * CEC, near, start);
		assert_eq!(locked(ALICE), at_near);
		run_days(1);
		assert_eq!(CurrentEra::<Test>::get(), 1);
		assert_eq!(Index::<Test>::get(), INDEX_ONE);
		let end = EraEnds::<Test>::get(0).unwrap();
		assert_eq!(end, near / 1_000 * 995);
		assert!(System::events().iter().any(|e| e.event == Event::EraStarted { era: 1 }.into()));
		// Value at the era's end, then unchanged at the new era's start.
		assert_eq!(locked(ALICE), mul_div_down(5_000 * CEC, end, start));
		// A lock in the new era and the old one drip alike afterwards.
		assert_ok!(Lockup::lock(origin(BOB), 5_000 * CEC));
		run_days(3);
		let factor = Index::<Test>::get();
		assert_eq!(locked(BOB), mul_div_down(5_000 * CEC, factor, INDEX_ONE));
		assert_eq!(
			locked(ALICE),
			mul_div_down(mul_div_down(5_000 * CEC, end, start), factor, INDEX_ONE)
		);
		check();
		// A lock untouched through three more whole eras is worth nothing, and settling it
		// still looks at no more than three eras.
		for era in 1..5 {
			Index::<Test>::put(ERA_FLOOR);
			run_days(1);
			assert_eq!(CurrentEra::<Test>::get(), era + 1);
		}
		assert_eq!(locked(ALICE), 0);
		assert_eq!(locked(BOB), 0);
		let u = unlockable(ALICE);
		assert_eq!(u, 5_000 * CEC);
		assert_ok!(Lockup::unlock(origin(ALICE), u));
		assert!(Locks::<Test>::get(ALICE).is_none(), "an empty record goes");
		assert_eq!(frozen(ALICE), 0);
		check();
	});
}

// ---------- parameters ----------

#[test]
fn parameters_are_governance_set_and_validated() {
	new_test_ext().execute_with(|| {
		let mut p = Params::<Test>::get();
		assert_noop!(Lockup::set_params(origin(ALICE), p), DispatchError::BadOrigin);
		p.max_rate = Perbill::from_percent(20);
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::RateBoundsInvalid);
		p.max_rate = Perbill::from_parts(1_000_000);
		p.min_rate = Perbill::from_parts(2_000_000);
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::RateBoundsInvalid);
		p = Params::<Test>::get();
		p.activity_target = 0;
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::ZeroActivityTarget);
		p = Params::<Test>::get();
		p.day_length = 1;
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::DayTooShort);
		p = Params::<Test>::get();
		p.band = Perbill::from_percent(11);
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::BandTooWide);
		p = Params::<Test>::get();
		p.fee = Perbill::from_percent(6);
		assert_noop!(Lockup::set_params(RuntimeOrigin::root(), p), E::FeeTooHigh);
		p = Params::<Test>::get();
		p.day_length = 20;
		p.band = Perbill::from_percent(5);
		assert_ok!(Lockup::set_params(RuntimeOrigin::root(), p));
		assert_eq!(last_event(), Event::ParamsSet { params: p }.into());
		assert_eq!(Params::<Test>::get(), p);
		run_to(19);
		assert_eq!(CurrentDay::<Test>::get(), 0, "the longer day counts from the day's start");
		run_to(20);
		assert_eq!(CurrentDay::<Test>::get(), 1);
	});
}

// ---------- the C2C market ----------

fn list_default(who: AccountId, amount: Balance) -> ListingId {
	let id = NextListingId::<Test>::get();
	assert_ok!(Lockup::list(origin(who), CNY, amount, REF_PRICE));
	id
}

#[test]
fn listing_holds_cec_inside_the_freeze_and_takes_a_deposit() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_days(2);
		let u = unlockable(ALICE);
		let id = list_default(ALICE, u + 10 * CEC);
		assert_eq!(
			last_event(),
			Event::Listed { id, seller: ALICE, asset: CNY, amount: u + 10 * CEC, price: REF_PRICE }
				.into()
		);
		// The dripped CEC is listed first; 10 free CEC join the freeze.
		assert_eq!(unlockable(ALICE), 0);
		assert_eq!(frozen(ALICE), 1_010 * CEC);
		assert_eq!(listed_hold(ALICE), u + 10 * CEC);
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Lockup(HoldReason::ListingDeposit),
				&ALICE
			),
			LISTING_DEPOSIT
		);
		assert_eq!(Balances::total_balance(&ALICE), START, "held, not moved");
		// The seller cannot spend the listed CEC another way.
		// (The freeze covers the total balance, deposit included: it comes back to Alice.)
		let spendable =
			Balances::reducible_balance(&ALICE, Preservation::Expendable, Fortitude::Polite);
		assert_eq!(spendable, START - 1_010 * CEC);
		check();
		assert_ok!(Lockup::cancel(origin(ALICE), id));
		assert_eq!(last_event(), Event::ListingCancelled { id, by: ALICE }.into());
		assert_eq!(frozen(ALICE), 1_000 * CEC - u);
		assert_eq!(listed_hold(ALICE), 0);
		assert_eq!(Balances::total_balance_on_hold(&ALICE), 0);
		check();
	});
}

#[test]
fn listing_refusals() {
	new_test_ext().execute_with(|| {
		MaxListings::set(5);
		assert_noop!(
			Lockup::list(origin(NOKYC), CNY, CEC, REF_PRICE),
			DispatchError::Other("NotVerified")
		);
		assert_noop!(Lockup::list(origin(ALICE), CNY, CEC - 1, REF_PRICE), E::BelowMinimumListing);
		assert_noop!(Lockup::list(origin(ALICE), 7, CEC, REF_PRICE), E::NoReferencePrice);
		// ±2 % of 200 is 196..=204.
		assert_noop!(Lockup::list(origin(ALICE), CNY, CEC, 205), E::PriceOutOfBand);
		assert_noop!(Lockup::list(origin(ALICE), CNY, CEC, 195), E::PriceOutOfBand);
		assert_ok!(Lockup::list(origin(ALICE), CNY, CEC, 204));
		assert_ok!(Lockup::list(origin(ALICE), CNY, CEC, 196));
		// More than available (the deposit counts too).
		assert_noop!(
			Lockup::list(origin(BOB), CNY, START - ED, REF_PRICE),
			E::InsufficientAvailable
		);
		// Vested CEC cannot be listed.
		assert_noop!(
			Lockup::list(origin(VESTED), CNY, START - VESTED_LOCK, REF_PRICE),
			E::InsufficientAvailable
		);
		assert_ok!(Lockup::list(origin(ALICE), CNY, CEC, REF_PRICE));
		assert_noop!(Lockup::list(origin(ALICE), CNY, CEC, REF_PRICE), E::TooManyListings);
		assert_ok!(Lockup::list(origin(BOB), CNY, CEC, REF_PRICE));
		assert_ok!(Lockup::list(origin(BOB), CNY, CEC, REF_PRICE));
		assert_noop!(Lockup::list(origin(CHARLIE), CNY, CEC, REF_PRICE), E::MarketFull);
		check();
	});
}

#[test]
fn buying_pays_seller_and_fee_and_arrives_locked() {
	new_test_ext().execute_with(|| {
		let issuance = Balances::total_issuance();
		let cny_issuance = Assets::total_issuance(CNY);
		let id = list_default(ALICE, 100 * CEC);
		// 40.5 CEC at 200 units: 8,100 units, fee 1 % = 81.
		let amount = 40 * CEC + CEC / 2;
		assert_ok!(Lockup::buy(origin(BOB), id, amount));
		assert_eq!(
			last_event(),
			Event::Bought { id, buyer: BOB, amount, cost: 8_100, fee: 81 }.into()
		);
		assert_eq!(Assets::balance(CNY, ALICE), START_CNY + 8_100);
		assert_eq!(Assets::balance(CNY, BOB), START_CNY - 8_181);
		assert_eq!(Assets::balance(CNY, FEES), 81);
		assert_eq!(NOTED.with(|n| n.borrow().clone()), vec![(CNY, 81)], "the fee is revenue");
		assert_eq!(Balances::balance(&BOB), START + amount);
		assert_eq!(locked(BOB), amount);
		assert_eq!(frozen(BOB), amount);
		assert_eq!(Balances::total_balance(&ALICE), START - amount);
		assert_eq!(Listings::<Test>::get(id).unwrap().amount, 100 * CEC - amount);
		check();
		// The rest closes the listing and returns the deposit.
		assert_ok!(Lockup::buy(origin(CHARLIE), id, 100 * CEC - amount));
		assert!(Listings::<Test>::get(id).is_none());
		assert_eq!(ListingCount::<Test>::get(), 0);
		assert_eq!(Balances::total_balance_on_hold(&ALICE), 0);
		assert_eq!(Balances::total_balance(&ALICE), START - 100 * CEC);
		assert!(Locks::<Test>::get(ALICE).is_none(), "the seller had no lock left");
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Assets::total_issuance(CNY), cny_issuance);
		check();
	});
}

#[test]
fn a_fee_the_revenue_account_cannot_receive_does_not_block_the_trade() {
	new_test_ext().execute_with(|| {
		// The asset's issuer blocks the revenue account: it cannot receive yuan.
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ISSUER), CNY, FEES, 1));
		assert_ok!(Assets::block(RuntimeOrigin::signed(ISSUER), CNY, FEES));
		let id = list_default(ALICE, 100 * CEC);
		assert_ok!(Lockup::buy(origin(BOB), id, 40 * CEC + CEC / 2));
		assert_eq!(
			last_event(),
			Event::Bought { id, buyer: BOB, amount: 40 * CEC + CEC / 2, cost: 8_100, fee: 0 }
				.into()
		);
		assert_eq!(Assets::balance(CNY, BOB), START_CNY - 8_100);
		assert_eq!(Assets::balance(CNY, FEES), 1);
		assert!(NOTED.with(|n| n.borrow().is_empty()), "no revenue noted");
		check();
	});
}

#[test]
fn buying_refusals() {
	new_test_ext().execute_with(|| {
		let id = list_default(ALICE, 10 * CEC);
		assert_noop!(Lockup::buy(origin(BOB), id, 0), E::ZeroAmount);
		assert_noop!(Lockup::buy(origin(BOB), 99, CEC), E::UnknownListing);
		assert_noop!(Lockup::buy(origin(ALICE), id, CEC), E::OwnListing);
		assert_noop!(Lockup::buy(origin(NOKYC), id, CEC), DispatchError::Other("NotVerified"));
		assert_noop!(Lockup::buy(origin(BOB), id, 10 * CEC + 1), E::MoreThanListed);
		assert_noop!(Lockup::buy(origin(BOB), id, MIN_LOCK - 1), E::BelowMinimumLock);
		// A buyer without the yuan.
		let poor = 77;
		Balances::set_balance(&poor, CEC);
		verify(poor);
		assert_noop!(Lockup::buy(origin(poor), id, 2 * CEC), E::InsufficientPayment);
		// 2 CEC cost 400 units and a 4-unit fee. A buyer keeps the asset's minimum balance (1
		// unit): holding exactly 404 is not enough (with a minimum above one unit, a payment
		// that reaped the account would have the transfer burn its dust).
		assert_ok!(Assets::mint_into(CNY, &poor, 2 * REF_PRICE + 4));
		assert_noop!(Lockup::buy(origin(poor), id, 2 * CEC), E::InsufficientPayment);
		assert_ok!(Assets::mint_into(CNY, &poor, CNY_MIN));
		assert_ok!(Lockup::buy(origin(poor), id, 2 * CEC));
		assert_eq!(Assets::balance(CNY, poor), CNY_MIN);
		check();
	});
}

#[test]
fn a_stale_listing_cannot_be_bought_and_anyone_may_cancel_it() {
	new_test_ext().execute_with(|| {
		let id = list_default(ALICE, 10 * CEC);
		assert_noop!(Lockup::cancel(origin(BOB), id), E::NotSeller);
		assert_noop!(Lockup::cancel(origin(BOB), 42), E::UnknownListing);
		// The reference price moves 3 %: 200 is out of the band around 206.
		Price::set(Some(206));
		assert_noop!(Lockup::buy(origin(BOB), id, CEC), E::StaleListing);
		Price::set(None);
		assert_noop!(Lockup::buy(origin(BOB), id, CEC), E::StaleListing);
		assert_ok!(Lockup::cancel(origin(BOB), id));
		assert_eq!(last_event(), Event::ListingCancelled { id, by: BOB }.into());
		assert_eq!(Balances::total_balance_on_hold(&ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), START);
		check();
	});
}

#[test]
fn sold_locked_cec_leaves_the_sellers_remaining_lock_intact() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_days(3);
		let u = unlockable(ALICE);
		let l = locked(ALICE);
		let id = list_default(ALICE, u);
		assert_ok!(Lockup::buy(origin(BOB), id, u));
		assert_eq!(locked(ALICE), l);
		assert_eq!(frozen(ALICE), l);
		// The seller still cannot move its locked CEC.
		let spendable =
			Balances::reducible_balance(&ALICE, Preservation::Expendable, Fortitude::Polite);
		assert_eq!(spendable, START - 1_000 * CEC);
		check();
	});
}

// ---------- coin-days and priority ----------

#[test]
fn priority_rises_with_days_held_is_capped_and_needs_a_real_lock() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 100 * CEC));
		assert_ok!(Lockup::lock(origin(BOB), 99 * CEC));
		assert_eq!(Lockup::holder_priority(&ALICE), 0);
		run_to(1 + 3 * DAY);
		// Drip took Alice below the 100 CEC threshold: no priority.
		assert_eq!(Lockup::holder_priority(&ALICE), 0);
		assert_ok!(Lockup::lock(origin(CHARLIE), 1_000 * CEC));
		run_to(1 + 3 * DAY + 5 * DAY);
		assert_eq!(Lockup::holder_priority(&CHARLIE), 5 * PRIORITY_PER_DAY);
		assert_eq!(Lockup::holder_priority(&BOB), 0);
		run_days(40);
		assert_eq!(Lockup::holder_priority(&CHARLIE), 30 * PRIORITY_PER_DAY, "capped");
		// Coin-days: locked × days.
		let r = record(CHARLIE);
		let days = (System::block_number() - r.since) as u128 / DAY as u128;
		assert_eq!(Lockup::coin_days(&CHARLIE) / locked(CHARLIE), days);
	});
}

#[test]
fn the_extension_gives_priority_and_counts_successful_signed_extrinsics() {
	new_test_ext().execute_with(|| {
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_days(4);
		let ext = PrioritiseHolders::<Test>::new();
		let call: RuntimeCall = frame_system::Call::remark { remark: vec![] }.into();
		let info = call.get_dispatch_info();
		let validity = |who: AccountId| {
			ext.validate(
				origin(who),
				&call,
				&info,
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.map(|(v, _, _)| v.priority)
			.unwrap()
		};
		assert_eq!(validity(ALICE), 4 * PRIORITY_PER_DAY);
		assert_eq!(validity(BOB), 0);
		assert!(validity(ALICE) > validity(BOB));
		// Inside a block priority plays no part: the lock is not read there, and the
		// extrinsic still counts as signed.
		let (in_block, signed, _) = ext
			.validate(
				origin(ALICE),
				&call,
				&info,
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::InBlock,
			)
			.unwrap();
		assert_eq!((in_block.priority, signed), (0, true));
		// Dispatched through the extension: success counts, failure does not, unsigned not.
		let before = DayActivity::<Test>::get();
		assert_ok!(ext
			.clone()
			.test_run(origin(ALICE), &call, &info, 0, 0, |_| Ok(().into()))
			.unwrap());
		assert_eq!(DayActivity::<Test>::get(), before + 1);
		let bad: RuntimeCall = Call::<Test>::unlock { amount: 0 }.into();
		let bad_info = DispatchInfo::default();
		let _ = ext
			.clone()
			.test_run(origin(ALICE), &bad, &bad_info, 0, 0, |o| bad.clone().dispatch(o))
			.unwrap();
		assert_eq!(DayActivity::<Test>::get(), before + 1);
		// An unsigned origin gets no priority and is not counted.
		let (v, signed, _) = ext
			.validate(
				RuntimeOrigin::none(),
				&call,
				&info,
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.unwrap();
		assert_eq!((v.priority, signed), (0, false));
	});
}

#[test]
fn presale_opens_to_long_holders_first_then_to_everyone() {
	new_test_ext().execute_with(|| {
		// Top score 10,000 CEC-days over a 10-day window.
		assert_ok!(Lockup::lock(origin(ALICE), 1_000 * CEC));
		run_days(12);
		let listed_at = System::block_number();
		let alice = Lockup::coin_days(&ALICE);
		assert!(alice >= 10_000 * CEC, "about 1,000 CEC × 12 days × drip");
		assert_ok!(Lockup::ensure_eligible(&ALICE, listed_at));
		assert_noop!(Lockup::ensure_eligible(&BOB, listed_at), E::NotYetEligible);
		assert_eq!(Lockup::presale_threshold(listed_at), Some(10_000 * CEC));
		run_to(listed_at + 5 * DAY);
		assert_eq!(Lockup::presale_threshold(listed_at), Some(5_000 * CEC));
		assert_noop!(Lockup::ensure_eligible(&BOB, listed_at), E::NotYetEligible);
		run_to(listed_at + 10 * DAY);
		assert_eq!(Lockup::presale_threshold(listed_at), None);
		assert_ok!(Lockup::ensure_eligible(&BOB, listed_at));
	});
}

// ---------- random histories ----------

/// A small deterministic generator (no extra dependency).
struct Lcg(u64);
impl Lcg {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
		self.0 >> 33
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

#[test]
fn random_histories_keep_every_invariant() {
	for seed in 0..12u64 {
		new_test_ext().execute_with(|| {
			let mut rng = Lcg(seed);
			let people = [ALICE, BOB, CHARLIE, VESTED];
			let issuance = Balances::total_issuance();
			let cny = Assets::total_issuance(CNY);
			for _ in 0..150 {
				let who = people[rng.below(4) as usize];
				let before: Vec<Balance> = people.iter().map(|p| locked(*p)).collect();
				let mut may_rise = None;
				match rng.below(8) {
					0 | 1 => {
						let amount = rng.below(500) as u128 * CEC + rng.below(CEC as u64) as u128;
						if Lockup::lock(origin(who), amount).is_ok() {
							may_rise = Some(who);
						}
					},
					2 => {
						let u = unlockable(who);
						let part = if u == 0 { 1 } else { u / (1 + rng.below(3) as u128) };
						let _ = Lockup::unlock(origin(who), part.max(1));
					},
					3 => {
						let amount = (1 + rng.below(50)) as u128 * CEC;
						let price = REF_PRICE - 4 + rng.below(9) as u128;
						let _ = Lockup::list(origin(who), CNY, amount, price);
					},
					4 => {
						if let Some((id, l)) = Listings::<Test>::iter().next() {
							let amount = (l.amount / (1 + rng.below(2) as u128)).max(1);
							if Lockup::buy(origin(who), id, amount).is_ok() {
								may_rise = Some(who);
							}
						}
					},
					5 => {
						if let Some((id, _)) = Listings::<Test>::iter().next() {
							let _ = Lockup::cancel(origin(who), id);
						}
					},
					6 => {
						Price::set(Some(REF_PRICE - 5 + rng.below(11) as u128));
					},
					_ => {
						DayActivity::<Test>::put(rng.below(200) as u32);
						run_days(1 + rng.below(3));
					},
				}
				check();
				for (i, p) in people.iter().enumerate() {
					if may_rise != Some(*p) {
						assert!(locked(*p) <= before[i], "locked rose without a lock");
					}
					let r = Locks::<Test>::get(p);
					let parts = r
						.map(|r| {
							Lockup::locked_of(&r) + Lockup::unlockable_of(&r) + r.listed + r.stacked
						})
						.unwrap_or_default();
					assert_eq!(
						parts,
						frozen(*p),
						"locked + unlockable + listed (+ stacked) = freeze"
					);
					assert!(frozen(*p) <= Balances::total_balance(p));
					assert_eq!(
						Balances::total_balance(p),
						Balances::balance(p) + Balances::total_balance_on_hold(p)
					);
				}
				assert_eq!(Balances::total_issuance(), issuance);
				assert_eq!(Assets::total_issuance(CNY), cny);
			}
		});
	}
}

// ---------- what the dividend pool is told ----------

#[test]
fn the_observer_hears_every_share_change_and_day_close() {
	new_test_ext().execute_with(|| {
		SHARES_SEEN.with(|s| s.borrow_mut().clear());
		DAYS_SEEN.with(|d| d.borrow_mut().clear());
		assert_ok!(Lockup::lock(origin(ALICE), 100 * CEC));
		assert_eq!(SHARES_SEEN.with(|s| s.borrow().clone()), vec![(ALICE, record(ALICE).shares)]);
		run_days(1);
		assert_eq!(DAYS_SEEN.with(|d| d.borrow().clone()), vec![(0, None)]);
		// An era ends at a close: the observer gets the carrying factor.
		Index::<Test>::put(ERA_FLOOR);
		run_days(1);
		let end = EraEnds::<Test>::get(0).unwrap();
		assert_eq!(DAYS_SEEN.with(|d| d.borrow()[1]), (1, Some((end, INDEX_ONE))));
		// A record that empties reports no shares.
		for _ in 0..4 {
			Index::<Test>::put(ERA_FLOOR);
			run_days(1);
		}
		let u = unlockable(ALICE);
		assert_ok!(Lockup::unlock(origin(ALICE), u));
		assert!(Locks::<Test>::get(ALICE).is_none());
		assert_eq!(SHARES_SEEN.with(|s| s.borrow().last().copied()), Some((ALICE, 0)));
	});
}
