use crate::{mock::*, EmissionElapsed, Emitted, Event};
use frame_support::traits::{Currency, Imbalance, VestingSchedule};
use sp_staking::EraPayout;

fn pay(duration: u64) -> Balance {
	let issuance = Balances::total_issuance();
	let (to_stakers, remainder) = Supply::era_payout(0, issuance, duration);
	let payout = to_stakers + remainder;
	assert_eq!(to_stakers, StakerShare::get().mul_floor(payout), "the stakers' share");
	payout
}

#[test]
fn each_payout_splits_between_stakers_and_power_by_the_staker_share() {
	new_test_ext().execute_with(|| {
		let issuance = Balances::total_issuance();
		let (to_stakers, remainder) = Supply::era_payout(0, issuance, DAY_MS);
		let day = EMISSION / 730;
		assert_eq!(to_stakers + remainder, day);
		assert_eq!(to_stakers, day / 2);
		StakerShare::set(sp_runtime::Perbill::from_percent(80));
		let (to_stakers, remainder) = Supply::era_payout(0, issuance + day, DAY_MS);
		let paid = to_stakers + remainder;
		assert!(paid == day || paid == day + 1);
		assert_eq!(to_stakers, sp_runtime::Perbill::from_percent(80).mul_floor(paid));
		// Over the whole period the split changes nothing of the total.
		let mut sum = day + paid;
		for _ in 0..800 {
			let (s, r) = Supply::era_payout(0, issuance, DAY_MS);
			sum += s + r;
		}
		assert_eq!(sum, EMISSION);
	});
}

#[test]
fn tranches_unlock_at_their_block_and_not_one_block_earlier() {
	new_test_ext().execute_with(|| {
		assert_eq!(Vesting::vesting_balance(&TEAM), Some(100_000 * CEC));
		for k in 1..=4u64 {
			let due = 6 * k * MONTH;
			System::set_block_number(due - 1);
			assert_eq!(
				Vesting::vesting_balance(&TEAM),
				Some((4 - k as u128 + 1) * 25_000 * CEC),
				"tranche {k} is still locked one block before {due}"
			);
			System::set_block_number(due);
			assert_eq!(Vesting::vesting_balance(&TEAM), Some((4 - k as u128) * 25_000 * CEC));
		}
	});
}

#[test]
fn locked_tranches_cannot_be_transferred_until_due() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::ExistenceRequirement::AllowDeath;
		// The whole allocation is under the vesting lock at genesis.
		assert!(Balances::transfer(&TEAM, &ALICE, CEC, AllowDeath).is_err());
		System::set_block_number(6 * MONTH - 1);
		assert!(pallet_vesting::Pallet::<Test>::vest(RuntimeOrigin::signed(TEAM)).is_ok());
		assert!(Balances::transfer(&TEAM, &ALICE, CEC, AllowDeath).is_err());
		System::set_block_number(6 * MONTH);
		assert!(pallet_vesting::Pallet::<Test>::vest(RuntimeOrigin::signed(TEAM)).is_ok());
		assert!(Balances::transfer(&TEAM, &ALICE, 25_000 * CEC, AllowDeath).is_ok());
		assert!(Balances::transfer(&TEAM, &ALICE, 1, AllowDeath).is_err());
		System::set_block_number(24 * MONTH);
		assert!(pallet_vesting::Pallet::<Test>::vest(RuntimeOrigin::signed(TEAM)).is_ok());
		assert_eq!(Balances::locks(&TEAM).len(), 0);
	});
}

#[test]
fn daily_eras_over_730_days_emit_exactly_the_total() {
	new_test_ext().execute_with(|| {
		let mut sum: Balance = 0;
		for day in 1..=730u64 {
			let p = pay(DAY_MS);
			// Each day pays floor(E*d/730) - floor(E*(d-1)/730): one of two neighbouring values.
			assert!(p == EMISSION / 730 || p == EMISSION / 730 + 1, "day {day} paid {p}");
			sum += p;
		}
		assert_eq!(sum, EMISSION);
		assert_eq!(Emitted::<Test>::get(), EMISSION);
		assert_eq!(Supply::remaining(), 0);
		// After the period nothing more is paid, however long the chain runs.
		assert_eq!(pay(DAY_MS), 0);
		assert_eq!(pay(365 * DAY_MS), 0);
		assert_eq!(Emitted::<Test>::get(), EMISSION);
	});
}

#[test]
fn irregular_eras_still_sum_to_the_total_and_never_exceed_it() {
	new_test_ext().execute_with(|| {
		// Forced short eras, a stalled chain paying a week at once, odd millisecond counts.
		let pattern = [DAY_MS, 3_600_000, 7 * DAY_MS, 1, 86_399_999, 2 * DAY_MS + 17];
		let mut sum: Balance = 0;
		let mut i = 0;
		while EmissionElapsed::<Test>::get() < 730 * DAY_MS {
			sum += pay(pattern[i % pattern.len()]);
			assert!(sum <= EMISSION);
			assert_eq!(sum, Supply::curve(EmissionElapsed::<Test>::get()));
			i += 1;
		}
		assert_eq!(sum, EMISSION);
	});
}

#[test]
fn curve_is_linear_and_monotonic() {
	new_test_ext().execute_with(|| {
		assert_eq!(Supply::curve(0), 0);
		assert_eq!(Supply::curve(365 * DAY_MS), EMISSION / 2);
		assert_eq!(Supply::curve(730 * DAY_MS), EMISSION);
		assert_eq!(Supply::curve(u64::MAX), EMISSION);
		let mut last = 0;
		for h in (0..=730 * 24).step_by(97) {
			let c = Supply::curve(h * 3_600_000);
			assert!(c >= last);
			last = c;
		}
	});
}

#[test]
fn issuance_never_exceeds_the_cap_with_rewards_fees_and_slashes() {
	new_test_ext().execute_with(|| {
		for day in 0..800u64 {
			let payout = pay(DAY_MS);
			// Stakers claim the era's reward: it is minted.
			let minted = Balances::deposit_creating(&ALICE, payout);
			assert_eq!(minted.peek(), payout);
			drop(minted);
			// Every tenth day a slash and burnt fees take some CEC out of circulation.
			if day % 10 == 0 {
				let (burnt, _) = Balances::slash(&ALICE, 1_000 * CEC);
				drop(burnt);
			}
			assert!(Balances::total_issuance() <= CAP, "day {day}");
		}
		let burnt = 80 * 1_000 * CEC;
		assert_eq!(Emitted::<Test>::get(), EMISSION);
		assert_eq!(Balances::total_issuance(), CAP - burnt);
	});
}

#[test]
fn payout_is_held_within_the_headroom_under_the_cap() {
	new_test_ext().execute_with(|| {
		// Someone minted close to the cap (say a misconfigured pallet): the payout shrinks to fit.
		let room = 10 * CEC;
		drop(Balances::deposit_creating(&ALICE, EMISSION - room));
		assert_eq!(Balances::total_issuance() + room, CAP);
		assert_eq!(pay(30 * DAY_MS), room);
		drop(Balances::deposit_creating(&ALICE, room));
		assert_eq!(Balances::total_issuance(), CAP);
		assert_eq!(pay(30 * DAY_MS), 0);
	});
}

#[test]
fn each_era_payout_emits_an_event() {
	new_test_ext().execute_with(|| {
		let p = pay(DAY_MS);
		System::assert_last_event(
			Event::EraEmission { payout: p, elapsed_millis: DAY_MS, emitted: p }.into(),
		);
	});
}

#[test]
fn genesis_tranche_locks_hold_the_whole_allocation() {
	new_test_ext().execute_with(|| {
		let locks = Balances::locks(&TEAM);
		assert_eq!(locks.len(), 1);
		assert_eq!(locks[0].amount, 100_000 * CEC);
	});
}
