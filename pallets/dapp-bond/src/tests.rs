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
			DappBond::slash(signed(BOB), ALICE, CEC, evidence(), false),
			DispatchError::BadOrigin
		);
		assert_noop!(
			DappBond::slash(signed(ALICE), ALICE, CEC, evidence(), false),
			DispatchError::BadOrigin
		);
		assert_noop!(
			DappBond::slash(
				RuntimeOrigin::root(),
				ALICE,
				CEC,
				Cid::truncate_from(b"nope".to_vec()),
				false
			),
			Error::<Test>::InvalidEvidence
		);
		assert_noop!(
			DappBond::slash(RuntimeOrigin::root(), BOB, CEC, evidence(), false),
			Error::<Test>::NotBonded
		);
		assert_noop!(
			DappBond::slash(RuntimeOrigin::root(), ALICE, 0, evidence(), false),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), ALICE, 100 * CEC, evidence(), false));
		assert_eq!(
			last_event(),
			Event::Slashed {
				who: ALICE,
				amount: 100 * CEC,
				remaining: MIN_BOND - 100 * CEC,
				evidence: evidence(),
				banned: false,
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
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), ALICE, 10 * MIN_BOND, evidence(), false));
		assert_eq!(
			last_event(),
			Event::Slashed {
				who: ALICE,
				amount: MIN_BOND,
				remaining: 0,
				evidence: evidence(),
				banned: false,
			}
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

#[test]
fn a_banned_developer_can_neither_bond_again_nor_deploy_until_unbanned() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		// Slashed to nothing without a ban: the record goes and Alice could simply bond again.
		// With a ban she cannot.
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), ALICE, MIN_BOND, evidence(), true));
		assert_eq!(
			last_event(),
			Event::Slashed {
				who: ALICE,
				amount: MIN_BOND,
				remaining: 0,
				evidence: evidence(),
				banned: true,
			}
		);
		assert_eq!(Banned::<Test>::get(ALICE), Some(evidence()));
		assert_noop!(DappBond::bond(signed(ALICE), MIN_BOND), Error::<Test>::Banned);
		assert_eq!(DappBond::ensure_can_deploy(&ALICE), Err(Error::<Test>::Banned.into()));
		assert_noop!(DappBond::unban(signed(ALICE), ALICE), DispatchError::BadOrigin);
		assert_noop!(DappBond::unban(RuntimeOrigin::root(), BOB), Error::<Test>::NotBanned);
		assert_ok!(DappBond::unban(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::Unbanned { who: ALICE });
		assert_ok!(DappBond::bond(signed(ALICE), MIN_BOND));
		assert!(can_deploy(ALICE));
	});
}

#[test]
fn a_ban_with_a_bond_left_stops_deploying_but_the_bond_can_still_leave() {
	run_test(|| {
		assert_ok!(DappBond::bond(signed(BOB), 2 * MIN_BOND));
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), BOB, CEC, evidence(), true));
		assert!(!can_deploy(BOB));
		assert_eq!(DappBond::ensure_can_deploy(&BOB), Err(Error::<Test>::Banned.into()));
		assert_noop!(DappBond::bond(signed(BOB), CEC), Error::<Test>::Banned);
		assert_ok!(DappBond::unbond(signed(BOB)));
		System::set_block_number(1 + COOLDOWN);
		assert_ok!(DappBond::withdraw(signed(BOB)));
		assert_eq!(Balances::free_balance(BOB), START - CEC);
		assert!(Banned::<Test>::contains_key(BOB));
	});
}
