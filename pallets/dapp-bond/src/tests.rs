//! Tests of the DApp-bond pallet: bonding, the deploy gate, the cooldown, slashing, and every
//! named error.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, EnsureOrigin},
};
use sp_runtime::DispatchError;

fn evidence() -> Cid {
	cec_primitives::longest_cid()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::DeveloperBond.into(), &who)
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn can_deploy(who: AccountId) -> bool {
	EnsureBondedDeveloper::<Test>::try_origin(signed(who)).is_ok()
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::DappBond(e) = r.event { Some(e) } else { None })
		.last()
		.expect("an event")
}

#[test]
fn bonding_holds_cec_and_opens_deploying() {
	run_test(|| {
		assert!(!can_deploy(ALICE));
		assert_eq!(DappBond::ensure_can_deploy(&ALICE), Err(Error::<Test>::NotBonded.into()));
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert_eq!(held(ALICE), MIN_BOND);
		assert_eq!(Balances::free_balance(ALICE), START - MIN_BOND);
		assert_eq!(last_event(), Event::Bonded { who: ALICE, amount: MIN_BOND, total: MIN_BOND });
		assert!(can_deploy(ALICE));
		assert_eq!(EnsureBondedDeveloper::<Test>::try_origin(signed(ALICE)).ok(), Some(ALICE));
		// Adding to a bond takes any amount.
		assert_ok!(DappBond::bond(signed(ALICE), CEC));
		assert_eq!(held(ALICE), MIN_BOND + CEC);
		assert_eq!(Bonds::<Test>::get(ALICE).map(|b| b.amount), Some(MIN_BOND + CEC));
	});
}

#[test]
fn only_signed_bonded_accounts_pass_the_origin() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert!(EnsureBondedDeveloper::<Test>::try_origin(RuntimeOrigin::root()).is_err());
		assert!(EnsureBondedDeveloper::<Test>::try_origin(RuntimeOrigin::none()).is_err());
		assert!(!can_deploy(BOB));
		// Bonding is for oneself only: Bob's bond does not open Alice's account or the reverse.
		assert_ok!(DappBond::bond(signed(BOB), MIN_BOND));
		assert!(can_deploy(BOB) && can_deploy(ALICE));
	});
}

#[test]
fn a_first_bond_below_the_minimum_is_refused() {
	run_test(|| {
		assert_noop!(DappBond::bond(signed(ALICE), MIN_BOND - 1), Error::<Test>::BondTooSmall);
		assert_noop!(DappBond::bond(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(DappBond::bond(signed(POOR), MIN_BOND), Error::<Test>::InsufficientBalance);
		assert_noop!(DappBond::bond(signed(ALICE), START + 1), Error::<Test>::InsufficientBalance);
		assert!(!can_deploy(ALICE));
	});
}

#[test]
fn unbonding_closes_deploying_and_withdraw_waits_for_the_cooldown() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert_ok!(DappBond::unbond(signed(ALICE)));
		assert_eq!(last_event(), Event::UnbondingStarted { who: ALICE, until: 1 + COOLDOWN });
		assert!(!can_deploy(ALICE));
		assert_eq!(DappBond::ensure_can_deploy(&ALICE), Err(Error::<Test>::CoolingDown.into()));
		assert_noop!(DappBond::unbond(signed(ALICE)), Error::<Test>::AlreadyUnbonding);
		assert_noop!(DappBond::bond(signed(ALICE), CEC), Error::<Test>::CoolingDown);
		System::set_block_number(COOLDOWN);
		assert_noop!(DappBond::withdraw(signed(ALICE)), Error::<Test>::CooldownNotOver);
		assert!(!can_deploy(ALICE));
		System::set_block_number(1 + COOLDOWN);
		assert_ok!(DappBond::withdraw(signed(ALICE)));
		assert_eq!(last_event(), Event::Withdrawn { who: ALICE, amount: MIN_BOND });
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), START);
		assert!(Bonds::<Test>::get(ALICE).is_none());
		assert_noop!(DappBond::withdraw(signed(ALICE)), Error::<Test>::NotBonded);
		assert_noop!(DappBond::unbond(signed(ALICE)), Error::<Test>::NotBonded);
	});
}

#[test]
fn withdraw_and_rebond_need_an_unbonding_bond() {
	run_test(|| {
		assert_noop!(DappBond::rebond(signed(ALICE)), Error::<Test>::NotBonded);
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert_noop!(DappBond::withdraw(signed(ALICE)), Error::<Test>::NotUnbonding);
		assert_noop!(DappBond::rebond(signed(ALICE)), Error::<Test>::NotUnbonding);
		assert_ok!(DappBond::unbond(signed(ALICE)));
		assert_ok!(DappBond::rebond(signed(ALICE)));
		assert_eq!(last_event(), Event::Rebonded { who: ALICE });
		assert!(can_deploy(ALICE));
		// The cooldown starts again from scratch.
		System::set_block_number(50);
		assert_ok!(DappBond::unbond(signed(ALICE)));
		System::set_block_number(1 + COOLDOWN);
		assert_noop!(DappBond::withdraw(signed(ALICE)), Error::<Test>::CooldownNotOver);
	});
}

#[test]
fn governance_slashes_to_the_treasury_with_evidence() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert_noop!(
			DappBond::slash(signed(BOB), ALICE, CEC, evidence()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			DappBond::slash(signed(ALICE), ALICE, CEC, evidence()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			DappBond::slash(
				RuntimeOrigin::root(),
				ALICE,
				CEC,
				Cid::truncate_from(b"nope".to_vec())
			),
			Error::<Test>::InvalidEvidence
		);
		assert_noop!(
			DappBond::slash(RuntimeOrigin::root(), BOB, CEC, evidence()),
			Error::<Test>::NotBonded
		);
		assert_noop!(
			DappBond::slash(RuntimeOrigin::root(), ALICE, 0, evidence()),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), ALICE, 100 * CEC, evidence()));
		assert_eq!(
			last_event(),
			Event::Slashed {
				who: ALICE,
				amount: 100 * CEC,
				remaining: MIN_BOND - 100 * CEC,
				evidence: evidence()
			}
		);
		assert_eq!(Balances::free_balance(TREASURY), ED + 100 * CEC);
		assert_eq!(held(ALICE), MIN_BOND - 100 * CEC);
		assert_eq!(Balances::free_balance(ALICE), START - MIN_BOND);
		// Below the minimum the developer cannot deploy until it tops up.
		assert_eq!(DappBond::ensure_can_deploy(&ALICE), Err(Error::<Test>::BondTooSmall.into()));
		assert!(!can_deploy(ALICE));
		assert_ok!(DappBond::bond(signed(ALICE), 100 * CEC));
		assert!(can_deploy(ALICE));
	});
}

#[test]
fn slashing_reaches_into_the_cooldown_and_takes_at_most_the_bond() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert_ok!(DappBond::unbond(signed(ALICE)));
		System::set_block_number(COOLDOWN);
		// More than the bond: the whole bond, the record goes.
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), ALICE, 10 * MIN_BOND, evidence()));
		assert_eq!(
			last_event(),
			Event::Slashed { who: ALICE, amount: MIN_BOND, remaining: 0, evidence: evidence() }
		);
		assert!(Bonds::<Test>::get(ALICE).is_none());
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), START - MIN_BOND);
		assert_eq!(Balances::free_balance(TREASURY), ED + MIN_BOND);
		System::set_block_number(1 + COOLDOWN);
		assert_noop!(DappBond::withdraw(signed(ALICE)), Error::<Test>::NotBonded);
	});
}

#[test]
fn an_attacker_cannot_touch_anothers_bond() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		// Bob's calls act on Bob only.
		assert_noop!(DappBond::unbond(signed(BOB)), Error::<Test>::NotBonded);
		assert_noop!(DappBond::withdraw(signed(BOB)), Error::<Test>::NotBonded);
		assert_noop!(DappBond::rebond(signed(BOB)), Error::<Test>::NotBonded);
		assert!(can_deploy(ALICE));
		assert_eq!(held(ALICE), MIN_BOND);
	});
}
