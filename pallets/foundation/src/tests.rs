use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const WHY: &[u8] = b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";
const AUDIT: &[u8] = b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";

fn cid(s: &[u8]) -> Cid {
	Cid::try_from(s.to_vec()).unwrap()
}

fn spend(beneficiary: AccountId, amount: Balance) -> sp_runtime::DispatchResult {
	Foundation::spend(RuntimeOrigin::root(), beneficiary, amount, cid(WHY))
}

fn foundation_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Foundation(e) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn spend_is_approved_by_the_treasury_and_recorded() {
	run_test(|| {
		assert_ok!(spend(ALICE, 300));
		System::assert_last_event(
			Event::SpendApproved {
				index: 0,
				beneficiary: ALICE,
				amount: 300,
				justification: cid(WHY),
			}
			.into(),
		);
		assert_eq!(
			Spends::<Test>::get(0),
			Some(SpendRecord {
				beneficiary: ALICE,
				amount: 300,
				justification: cid(WHY),
				approved_at: 1,
				open: true,
			})
		);
		assert_eq!(Approved::get(), vec![(0, ALICE, 300)]);
		// The treasury pays only at the payout; the pallet counts the spend as committed.
		assert_eq!(Spendable::get(), TREASURY_FUNDS);
		assert_eq!(Committed::<Test>::get(), 300);

		// Recorded under whatever index the treasury gives.
		NextSpendIndex::set(41);
		System::set_block_number(7);
		let why = longest_cid();
		assert_ok!(Foundation::spend(RuntimeOrigin::root(), BOB, 5, why.clone()));
		System::assert_last_event(
			Event::SpendApproved {
				index: 41,
				beneficiary: BOB,
				amount: 5,
				justification: why.clone(),
			}
			.into(),
		);
		assert_eq!(
			Spends::<Test>::get(41),
			Some(SpendRecord {
				beneficiary: BOB,
				amount: 5,
				justification: why,
				approved_at: 7,
				open: true
			})
		);
		assert_eq!(Spends::<Test>::iter().count(), 2);
		assert_eq!(Committed::<Test>::get(), 305);
		assert_eq!(Pending::get(), vec![0, 41]);
	});
}

#[test]
fn spend_needs_spend_origin() {
	run_test(|| {
		assert_noop!(
			Foundation::spend(RuntimeOrigin::signed(ALICE), ALICE, 1, cid(WHY)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Foundation::spend(RuntimeOrigin::none(), ALICE, 1, cid(WHY)),
			DispatchError::BadOrigin
		);
		assert!(Approved::get().is_empty());
	});
}

#[test]
fn spend_is_checked() {
	run_test(|| {
		assert_noop!(spend(ALICE, 0), Error::<Test>::ZeroAmount);
		for bad in [&b""[..], &b"not a cid"[..], &WHY[..WHY.len() - 1]] {
			assert_noop!(
				Foundation::spend(RuntimeOrigin::root(), ALICE, 1, cid(bad)),
				Error::<Test>::BadCid
			);
		}
		assert_noop!(spend(ALICE, SPEND_LIMIT + 1), Error::<Test>::AboveSpendLimit);
		Spendable::set(500);
		assert_noop!(spend(ALICE, 501), Error::<Test>::InsufficientTreasuryFunds);
		// Nothing reached the treasury.
		assert!(Approved::get().is_empty());
		assert!(foundation_events().is_empty());
		assert_eq!(Committed::<Test>::get(), 0);
	});
}

#[test]
fn checks_run_in_order() {
	run_test(|| {
		// A zero amount with a bad CID is a zero amount; an oversized one with a bad CID a bad
		// CID; above both the limit and the funds, above the limit.
		assert_noop!(
			Foundation::spend(RuntimeOrigin::root(), ALICE, 0, cid(b"x")),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Foundation::spend(RuntimeOrigin::root(), ALICE, SPEND_LIMIT + 1, cid(b"x")),
			Error::<Test>::BadCid
		);
		Spendable::set(10);
		assert_noop!(spend(ALICE, SPEND_LIMIT + 1), Error::<Test>::AboveSpendLimit);
	});
}

#[test]
fn spend_of_exactly_the_limit_or_the_uncommitted_funds_succeeds() {
	run_test(|| {
		assert_ok!(spend(ALICE, SPEND_LIMIT));
		assert_eq!(Spends::<Test>::get(0).map(|s| s.amount), Some(SPEND_LIMIT));
		Spendable::set(SPEND_LIMIT + 700);
		assert_ok!(spend(BOB, 700));
		assert_eq!(Spends::<Test>::get(1).map(|s| s.amount), Some(700));
		// Both are committed: nothing is left to spend, though the treasury has paid nothing.
		assert_eq!(Spendable::get(), SPEND_LIMIT + 700);
		assert_eq!(Committed::<Test>::get(), SPEND_LIMIT + 700);
		assert_noop!(spend(BOB, 1), Error::<Test>::InsufficientTreasuryFunds);
	});
}

#[test]
fn open_spends_together_cannot_exceed_the_funds() {
	// As a council motion batching several spends (`utility.batch_all`), or several motions
	// before any payout: each fits in the funds alone, not on top of the others.
	run_test(|| {
		Spendable::set(1_000);
		assert_ok!(spend(ALICE, 600));
		assert_noop!(spend(BOB, 600), Error::<Test>::InsufficientTreasuryFunds);
		assert_noop!(spend(BOB, 401), Error::<Test>::InsufficientTreasuryFunds);
		// Funds shrinking below what is committed leave nothing to spend (no underflow).
		Spendable::set(500);
		assert_noop!(spend(BOB, 1), Error::<Test>::InsufficientTreasuryFunds);
		Spendable::set(1_000);
		assert_ok!(spend(BOB, 400));
		assert_eq!(Committed::<Test>::get(), 1_000);
		assert_noop!(spend(BOB, 1), Error::<Test>::InsufficientTreasuryFunds);
		assert_eq!(Approved::get(), vec![(0, ALICE, 600), (1, BOB, 400)]);
	});
}

#[test]
fn settling_a_spend_the_treasury_dropped_frees_its_amount() {
	// Voided or expired: the treasury no longer has it and never paid it.
	run_test(|| {
		Spendable::set(1_000);
		assert_ok!(spend(ALICE, 600));
		assert_noop!(spend(BOB, 600), Error::<Test>::InsufficientTreasuryFunds);
		clear(0);
		// Anyone may settle, here neither the beneficiary nor an origin that may spend.
		assert_ok!(Foundation::settle(RuntimeOrigin::signed(BOB), 0));
		System::assert_last_event(Event::SpendSettled { index: 0 }.into());
		assert_eq!(Committed::<Test>::get(), 0);
		// The record stays, as history, marked settled.
		assert_eq!(
			Spends::<Test>::get(0),
			Some(SpendRecord {
				beneficiary: ALICE,
				amount: 600,
				justification: cid(WHY),
				approved_at: 1,
				open: false,
			})
		);
		assert_ok!(spend(BOB, 600));
		assert_eq!(Committed::<Test>::get(), 600);
		assert_eq!(Spends::<Test>::iter().count(), 2);
		assert_eq!(
			foundation_events(),
			vec![
				Event::SpendApproved {
					index: 0,
					beneficiary: ALICE,
					amount: 600,
					justification: cid(WHY)
				},
				Event::SpendSettled { index: 0 },
				Event::SpendApproved {
					index: 1,
					beneficiary: BOB,
					amount: 600,
					justification: cid(WHY)
				},
			]
		);
	});
}

#[test]
fn a_paid_spend_is_settled_once_the_treasury_clears_it() {
	run_test(|| {
		Spendable::set(1_000);
		assert_ok!(spend(ALICE, 600));
		assert_noop!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::StillOpen);
		// Paid out but not yet cleared: the treasury holds 400 and the spend still counts,
		// so it counts twice — nothing is spendable, never too much.
		pay_out(0);
		assert_eq!(Spendable::get(), 400);
		assert_noop!(spend(BOB, 1), Error::<Test>::InsufficientTreasuryFunds);
		assert_noop!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::StillOpen);
		clear(0);
		assert_ok!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::SpendSettled { index: 0 }.into());
		assert_eq!(Committed::<Test>::get(), 0);
		// What the treasury holds now is spendable, no more.
		assert_noop!(spend(BOB, 401), Error::<Test>::InsufficientTreasuryFunds);
		assert_ok!(spend(BOB, 400));
		assert_eq!(Committed::<Test>::get(), 400);
	});
}

#[test]
fn settle_is_checked() {
	run_test(|| {
		assert_ok!(spend(ALICE, 100));
		assert_ok!(spend(BOB, 200));
		// Any signed origin, and only a signed one.
		assert_noop!(Foundation::settle(RuntimeOrigin::root(), 0), DispatchError::BadOrigin);
		assert_noop!(Foundation::settle(RuntimeOrigin::none(), 0), DispatchError::BadOrigin);
		assert_noop!(
			Foundation::settle(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::UnknownSpend
		);
		assert_noop!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::StillOpen);
		clear(0);
		assert_ok!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(
			Foundation::settle(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::AlreadySettled
		);
		// Settled is settled, whatever the treasury says afterwards.
		Pending::mutate(|p| p.push(0));
		assert_noop!(
			Foundation::settle(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::AlreadySettled
		);
		// The other spend is untouched.
		assert_eq!(Committed::<Test>::get(), 200);
		assert_eq!(Spends::<Test>::get(1).map(|s| s.open), Some(true));
		assert_noop!(Foundation::settle(RuntimeOrigin::signed(BOB), 1), Error::<Test>::StillOpen);
		assert_eq!(
			foundation_events()
				.into_iter()
				.filter(|e| matches!(e, Event::SpendSettled { .. }))
				.count(),
			1
		);
	});
}

#[test]
fn settle_does_not_hide_a_broken_committed_total() {
	run_test(|| {
		assert_ok!(spend(ALICE, 100));
		clear(0);
		Committed::<Test>::put(99);
		assert_noop!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::Overflow);
		Committed::<Test>::put(100);
		assert_ok!(Foundation::settle(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(Committed::<Test>::get(), 0);
	});
}

#[test]
fn treasury_refusal_is_passed_on_and_nothing_is_recorded() {
	run_test(|| {
		RefuseApprovals::set(true);
		assert_noop!(spend(ALICE, 100), DispatchError::Other("treasury refuses"));
		assert_eq!(Spends::<Test>::iter().count(), 0);
		assert!(Approved::get().is_empty());
		assert!(foundation_events().is_empty());
	});
}

#[test]
fn a_reused_treasury_index_does_not_overwrite_a_record() {
	run_test(|| {
		assert_ok!(spend(ALICE, 100));
		NextSpendIndex::set(0);
		assert_noop!(spend(BOB, 200), Error::<Test>::SpendIndexTaken);
		assert_eq!(Spends::<Test>::get(0).map(|s| (s.beneficiary, s.amount)), Some((ALICE, 100)));
		assert_eq!(foundation_events().len(), 1);
	});
}

#[test]
fn reports_are_published_with_increasing_ids() {
	run_test(|| {
		assert_eq!(NextReportId::<Test>::get(), 0);
		assert_ok!(Foundation::publish_report(RuntimeOrigin::root(), cid(AUDIT)));
		System::assert_last_event(Event::ReportPublished { id: 0, report: cid(AUDIT) }.into());
		System::set_block_number(9);
		assert_ok!(Foundation::publish_report(RuntimeOrigin::root(), cid(WHY)));
		System::assert_last_event(Event::ReportPublished { id: 1, report: cid(WHY) }.into());
		assert_eq!(NextReportId::<Test>::get(), 2);
		assert_eq!(
			Reports::<Test>::get(0),
			Some(ReportRecord { report: cid(AUDIT), published_at: 1 })
		);
		assert_eq!(
			Reports::<Test>::get(1),
			Some(ReportRecord { report: cid(WHY), published_at: 9 })
		);
		// The same document may be published again, as a new report.
		assert_ok!(Foundation::publish_report(RuntimeOrigin::root(), cid(AUDIT)));
		System::assert_last_event(Event::ReportPublished { id: 2, report: cid(AUDIT) }.into());
	});
}

#[test]
fn publish_report_needs_report_origin_and_a_cid() {
	run_test(|| {
		assert_noop!(
			Foundation::publish_report(RuntimeOrigin::signed(ALICE), cid(AUDIT)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Foundation::publish_report(RuntimeOrigin::none(), cid(AUDIT)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Foundation::publish_report(RuntimeOrigin::root(), cid(b"not a cid")),
			Error::<Test>::BadCid
		);
		assert_eq!(NextReportId::<Test>::get(), 0);
	});
}

#[test]
fn report_ids_do_not_overflow() {
	run_test(|| {
		NextReportId::<Test>::put(ReportId::MAX);
		assert_noop!(
			Foundation::publish_report(RuntimeOrigin::root(), cid(AUDIT)),
			Error::<Test>::Overflow
		);
		NextReportId::<Test>::put(ReportId::MAX - 1);
		assert_ok!(Foundation::publish_report(RuntimeOrigin::root(), cid(AUDIT)));
		assert_eq!(NextReportId::<Test>::get(), ReportId::MAX);
		assert!(Reports::<Test>::contains_key(ReportId::MAX - 1));
	});
}

#[test]
fn longest_cid_is_valid_and_full() {
	let c = longest_cid();
	assert_eq!(c.len(), 128);
	assert!(is_valid_cid(&c));
}

#[test]
fn try_state_catches_broken_invariants() {
	// Each case corrupts storage directly, checks that `do_try_state` notices, and repairs it.
	new_test_ext().execute_with(|| {
		assert_ok!(spend(ALICE, 100));
		assert_ok!(Foundation::publish_report(RuntimeOrigin::root(), cid(AUDIT)));
		assert_ok!(Foundation::do_try_state());

		let good = Spends::<Test>::get(0).unwrap();
		Spends::<Test>::insert(0, SpendRecord { amount: 0, ..good.clone() });
		assert!(Foundation::do_try_state().is_err());
		Spends::<Test>::insert(0, SpendRecord { justification: cid(b"not a cid"), ..good.clone() });
		assert!(Foundation::do_try_state().is_err());
		Spends::<Test>::insert(0, good.clone());
		assert_ok!(Foundation::do_try_state());

		// `Committed` must be the open spends' sum: 100, then 0 once the spend is settled.
		Committed::<Test>::put(99);
		assert!(Foundation::do_try_state().is_err());
		Committed::<Test>::put(101);
		assert!(Foundation::do_try_state().is_err());
		Spends::<Test>::insert(0, SpendRecord { open: false, ..good.clone() });
		assert!(Foundation::do_try_state().is_err(), "a settled spend still counted");
		Committed::<Test>::put(0);
		assert_ok!(Foundation::do_try_state());
		Spends::<Test>::insert(0, good);
		assert!(Foundation::do_try_state().is_err(), "an open spend not counted");
		Committed::<Test>::put(100);
		assert_ok!(Foundation::do_try_state());

		let good = Reports::<Test>::get(0).unwrap();
		Reports::<Test>::insert(0, ReportRecord { report: cid(b"not a cid"), ..good.clone() });
		assert!(Foundation::do_try_state().is_err());
		Reports::<Test>::insert(0, good.clone());
		Reports::<Test>::insert(1, good.clone());
		assert!(Foundation::do_try_state().is_err(), "a report at NextReportId");
		Reports::<Test>::remove(1);
		NextReportId::<Test>::put(0);
		assert!(Foundation::do_try_state().is_err(), "a report above NextReportId");
		NextReportId::<Test>::put(1);
		assert_ok!(Foundation::do_try_state());
	});
}
