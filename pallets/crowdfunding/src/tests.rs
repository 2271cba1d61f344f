//! Unit tests on the mock runtime. Every test ends by checking the pallet's invariants and that
//! no money was created or lost.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as FInspect, InspectHold as FInspectHold},
		fungibles::{Inspect, InspectHold},
		LockableCurrency, WithdrawReasons,
	},
};
use sp_runtime::{DispatchError, Permill};

fn cid(s: &str) -> Cid {
	Cid::truncate_from(s.as_bytes().to_vec())
}
fn proof(n: u8) -> Cid {
	cid(&format!("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbd{n}"))
}
const DESC: &str = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
const DEADLINE: u64 = 100;
const INTERVAL: u64 = 50;

/// A campaign in `asset`: min 1,000, target 2,000, max 4,000, 1,000,000 token units, milestones
/// of 40 % and 60 % due at 200 and 400.
fn params(asset: AssetId) -> CampaignParamsOf<Test> {
	CampaignParams {
		description: cid(DESC),
		asset,
		target: 2_000,
		min_raise: 1_000,
		max_raise: 4_000,
		deadline: DEADLINE,
		token_supply: 1_000_000,
		equity: Permill::from_percent(20),
		name: TokenName::truncate_from(b"Pine Valley Lodge".to_vec()),
		symbol: TokenSymbol::truncate_from(b"PVL".to_vec()),
		decimals: 0,
		milestones: BoundedVec::truncate_from(vec![
			MilestonePlan { share: Permill::from_percent(40), due: 200, proof: proof(1) },
			MilestonePlan { share: Permill::from_percent(60), due: 400, proof: proof(2) },
		]),
		report_interval: INTERVAL,
	}
}

fn create(asset: AssetId) -> CampaignId {
	let id = NextCampaignId::<Test>::get();
	assert_ok!(Crowdfunding::create_campaign(RuntimeOrigin::signed(PROMOTER), params(asset)));
	id
}

fn balance(asset: AssetId, who: AccountId) -> Balance {
	<Settlement as Inspect<_>>::balance(asset, &who)
}
fn held(asset: AssetId, who: AccountId) -> Balance {
	<Settlement as InspectHold<_>>::balance_on_hold(
		asset,
		&RuntimeHoldReason::Crowdfunding(HoldReason::Contribution),
		&who,
	)
}
fn deposit_held(who: AccountId) -> Balance {
	<Balances as FInspectHold<_>>::balance_on_hold(
		&RuntimeHoldReason::Crowdfunding(HoldReason::Deposit),
		&who,
	)
}
fn tokens(id: CampaignId, who: AccountId) -> Balance {
	<ProjectAssets as Inspect<_>>::balance(id, &who)
}
fn issuance() -> (Balance, Balance) {
	(<Balances as FInspect<_>>::total_issuance(), <Settlement as Inspect<_>>::total_issuance(CNY))
}
fn status(id: CampaignId) -> CampaignStatus {
	Campaigns::<Test>::get(id).unwrap().status
}
fn run_to(n: u64) {
	System::set_block_number(n);
}
fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}
/// Invariants and conservation of both assets.
fn check(start: (Balance, Balance)) {
	Crowdfunding::do_try_state().expect("invariants");
	assert_eq!(issuance(), start, "money was created or lost");
}

/// A campaign in `asset` with Alice 1,000 and Bob 3,000, decided and settled: active.
fn active(asset: AssetId) -> CampaignId {
	let id = create(asset);
	assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 1_000));
	assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 3_000));
	// The maximum is reached: it may be decided before the deadline.
	assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id));
	assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, ALICE));
	assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, BOB));
	assert_eq!(status(id), CampaignStatus::Active);
	id
}

#[test]
fn opening_holds_the_deposit_and_funds_the_campaign_account() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		assert_eq!(deposit_held(PROMOTER), CAMPAIGN_DEPOSIT + 2 * MILESTONE_DEPOSIT);
		assert_eq!(balance(CNY, Crowdfunding::campaign_account(id)), 1);
		let c = Campaigns::<Test>::get(id).unwrap();
		assert_eq!(c.status, CampaignStatus::Raising);
		assert_eq!(c.milestones[1].state, MilestoneState::Planned);
		check(start);
	});
}

#[test]
fn opening_refuses_bad_plans() {
	new_test_ext().execute_with(|| {
		let o = || RuntimeOrigin::signed(PROMOTER);
		let bad = |f: fn(&mut CampaignParamsOf<Test>)| {
			let mut p = params(CNY);
			f(&mut p);
			p
		};
		assert_noop!(
			Crowdfunding::create_campaign(RuntimeOrigin::signed(NOKYC), params(CNY)),
			DispatchError::Other("NotVerified")
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.description = cid("nope"))),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Crowdfunding::create_campaign(
				o(),
				bad(|p| p.name = TokenName::truncate_from(b" x".to_vec()))
			),
			Error::<Test>::BadName
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.symbol = TokenSymbol::default())),
			Error::<Test>::BadSymbol
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.decimals = 19)),
			Error::<Test>::BadDecimals
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.min_raise = 3_000)),
			Error::<Test>::BadAmounts
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.max_raise = 1_500)),
			Error::<Test>::BadAmounts
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.min_raise = 0)),
			Error::<Test>::BadAmounts
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.deadline = 1)),
			Error::<Test>::BadDeadline
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.deadline = 2 + MAX_RAISING)),
			Error::<Test>::BadDeadline
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.report_interval = MIN_INTERVAL - 1)),
			Error::<Test>::BadReportInterval
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.report_interval = MAX_INTERVAL + 1)),
			Error::<Test>::BadReportInterval
		);
		assert_noop!(
			Crowdfunding::create_campaign(
				o(),
				bad(|p| p.milestones[1].due = DEADLINE + MAX_PROJECT + 1)
			),
			Error::<Test>::BadMilestones
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.token_supply = 0)),
			Error::<Test>::BadSupply
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.token_supply = u64::MAX)),
			Error::<Test>::BadSupply
		);
		// Shares short of 100 %, a milestone due before the deadline, out of order, none.
		assert_noop!(
			Crowdfunding::create_campaign(
				o(),
				bad(|p| p.milestones[1].share = Permill::from_percent(50))
			),
			Error::<Test>::BadMilestones
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.milestones[0].due = DEADLINE)),
			Error::<Test>::BadMilestones
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.milestones[1].due = 150)),
			Error::<Test>::BadMilestones
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.milestones = Default::default())),
			Error::<Test>::BadMilestones
		);
		assert_noop!(
			Crowdfunding::create_campaign(o(), bad(|p| p.milestones[0].proof = cid("x"))),
			Error::<Test>::BadCid
		);
	});
}

#[test]
fn contributions_are_held_on_the_investor() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		let free = balance(CNY, ALICE);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 700));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 300));
		assert_eq!(balance(CNY, ALICE), free - 1_000);
		assert_eq!(held(CNY, ALICE), 1_000);
		// One record, one deposit.
		assert_eq!(deposit_held(ALICE), CONTRIBUTION_DEPOSIT);
		assert_eq!(Contributions::<Test>::get(id, ALICE).unwrap().amount, 1_000);
		let c = Campaigns::<Test>::get(id).unwrap();
		assert_eq!((c.raised, c.contributors), (1_000, 1));
		// Nothing reached the campaign's account.
		assert_eq!(balance(CNY, Crowdfunding::campaign_account(id)), 1);
		check(start);
	});
}

#[test]
fn contributions_refuse_bad_input() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(NOKYC), id, 1_000),
			DispatchError::Other("NotVerified")
		);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(PROMOTER), id, 1_000),
			Error::<Test>::PromoterCannotInvest
		);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 4_001),
			Error::<Test>::AboveMaximum
		);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 3_500));
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 501),
			Error::<Test>::AboveMaximum
		);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 0),
			Error::<Test>::ContributionTooSmall
		);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, START_BALANCE),
			Error::<Test>::AboveMaximum
		);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(BOB), 9, 10),
			Error::<Test>::UnknownCampaign
		);
		run_to(DEADLINE + 1);
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 100),
			Error::<Test>::DeadlinePassed
		);
		check(start);
	});
}

#[test]
fn a_contribution_cannot_be_paid_for_with_nothing() {
	new_test_ext().execute_with(|| {
		let mut p = params(CNY);
		p.token_supply = 1_000; // a unit per 4 at the maximum raise
		assert_ok!(Crowdfunding::create_campaign(RuntimeOrigin::signed(PROMOTER), p));
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 3),
			Error::<Test>::ContributionTooSmall
		);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 4));
	});
}

#[test]
fn locked_cec_cannot_be_contributed() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let mut p = params(CEC);
		(p.min_raise, p.target, p.max_raise) = (1_000, 1_000, START_BALANCE);
		p.token_supply = START_BALANCE;
		assert_ok!(Crowdfunding::create_campaign(RuntimeOrigin::signed(PROMOTER), p));
		// Alice's CEC is all locked but 1,000,000 (a lockup or vesting).
		Balances::set_lock(*b"lockup__", &ALICE, START_BALANCE - 1_000_000, WithdrawReasons::all());
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 1_000_001),
			Error::<Test>::InsufficientBalance
		);
		// Holds overlap freezes: a second hold must not reach into the locked part either.
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 500_000));
		assert_noop!(
			Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 500_000),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 400_000));
		// Collected on success, the lock is still covered by what stays.
		run_to(DEADLINE + 1);
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(BOB), 0));
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(BOB), 0, ALICE));
		assert!(balance(CEC, ALICE) >= START_BALANCE - 1_000_000);
		check(start);
	});
}

#[test]
fn nobody_takes_money_while_raising() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 1_500));
		// The promoter cannot release, settle or decide it early.
		assert_noop!(
			Crowdfunding::release_milestone(RuntimeOrigin::signed(PROMOTER), id, 0),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Crowdfunding::submit_milestone(RuntimeOrigin::signed(PROMOTER), id, 0, proof(5)),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Crowdfunding::settle(RuntimeOrigin::signed(PROMOTER), id, ALICE),
			Error::<Test>::StillRaising
		);
		assert_noop!(
			Crowdfunding::finalize(RuntimeOrigin::signed(PROMOTER), id),
			Error::<Test>::StillRaising
		);
		assert_noop!(
			Crowdfunding::deposit_revenue(RuntimeOrigin::signed(PROMOTER), id, 10),
			Error::<Test>::NotActive
		);
		assert_eq!(held(CNY, ALICE), 1_500);
		check(start);
	});
}

#[test]
fn a_failed_campaign_gives_every_contribution_back() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		let (alice, bob, promoter) =
			(balance(CNY, ALICE), balance(CNY, BOB), balance(CNY, PROMOTER));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 300));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 600));
		run_to(DEADLINE + 1);
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id));
		assert_eq!(status(id), CampaignStatus::Failed);
		assert_noop!(
			Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id),
			Error::<Test>::DeadlinePassed
		);
		// Each investor's own call, or anyone's.
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(ALICE), id, ALICE));
		assert_eq!((balance(CNY, ALICE), held(CNY, ALICE), deposit_held(ALICE)), (alice, 0, 0));
		// Claiming twice.
		assert_noop!(
			Crowdfunding::settle(RuntimeOrigin::signed(ALICE), id, ALICE),
			Error::<Test>::NoContribution
		);
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, BOB));
		assert_eq!((balance(CNY, BOB), held(CNY, BOB)), (bob, 0));
		// The last refund removed the campaign and gave the promoter everything back.
		assert!(Campaigns::<Test>::get(id).is_none());
		assert_eq!(last_event(), Event::CampaignRemoved { campaign: id }.into());
		assert_eq!((balance(CNY, PROMOTER), deposit_held(PROMOTER)), (promoter + 1, 0));
		assert_eq!(<ProjectAssets as Inspect<_>>::total_issuance(id), 0);
		check(start);
	});
}

#[test]
fn a_campaign_nobody_backed_goes_at_once() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CEC);
		run_to(DEADLINE + 1);
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id));
		assert!(Campaigns::<Test>::get(id).is_none());
		assert_eq!(deposit_held(PROMOTER), 0);
		assert_eq!(balance(CEC, PROMOTER), START_BALANCE);
		check(start);
	});
}

#[test]
fn success_collects_contributions_and_mints_tokens_pro_rata() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = create(CNY);
		let (alice, bob) = (balance(CNY, ALICE), balance(CNY, BOB));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 500));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 1_500));
		run_to(DEADLINE + 1);
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id));
		assert_eq!(status(id), CampaignStatus::Funded);
		// Milestones wait for every contribution to be collected.
		assert_noop!(
			Crowdfunding::submit_milestone(RuntimeOrigin::signed(PROMOTER), id, 0, proof(5)),
			Error::<Test>::NotActive
		);
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, ALICE));
		assert_eq!(tokens(id, ALICE), 250_000);
		assert_eq!((balance(CNY, ALICE), held(CNY, ALICE)), (alice - 500, 0));
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(PROMOTER), id, BOB));
		assert_eq!(tokens(id, BOB), 750_000);
		assert_eq!(balance(CNY, BOB), bob - 1_500);
		assert_eq!(status(id), CampaignStatus::Active);
		assert_eq!(balance(CNY, Crowdfunding::campaign_account(id)), 1 + 2_000);
		assert_eq!(deposit_held(ALICE) + deposit_held(BOB), 0);
		// The token's metadata is the campaign's.
		assert_eq!(
			<ProjectAssets as frame_support::traits::fungibles::metadata::Inspect<_>>::name(id),
			b"Pine Valley Lodge".to_vec()
		);
		check(start);
	});
}

#[test]
fn milestones_release_in_order_on_approval_less_the_fee() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = active(CNY);
		let promoter = balance(CNY, PROMOTER);
		let p = || RuntimeOrigin::signed(PROMOTER);
		// Without approval, out of order, by someone else.
		assert_noop!(Crowdfunding::release_milestone(p(), id, 0), Error::<Test>::NotApproved);
		assert_noop!(
			Crowdfunding::submit_milestone(p(), id, 1, proof(5)),
			Error::<Test>::OutOfOrder
		);
		assert_noop!(
			Crowdfunding::submit_milestone(p(), id, 2, proof(5)),
			Error::<Test>::UnknownMilestone
		);
		assert_noop!(
			Crowdfunding::submit_milestone(RuntimeOrigin::signed(ALICE), id, 0, proof(5)),
			Error::<Test>::NotPromoter
		);
		assert_noop!(
			Crowdfunding::submit_milestone(p(), id, 0, cid("junk")),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Crowdfunding::approve_milestone(RuntimeOrigin::root(), id, 0),
			Error::<Test>::NotSubmitted
		);
		assert_ok!(Crowdfunding::submit_milestone(p(), id, 0, proof(5)));
		assert_noop!(
			Crowdfunding::submit_milestone(p(), id, 0, proof(6)),
			Error::<Test>::AlreadySubmitted
		);
		assert_noop!(Crowdfunding::release_milestone(p(), id, 0), Error::<Test>::NotApproved);
		assert_noop!(
			Crowdfunding::approve_milestone(RuntimeOrigin::signed(PROMOTER), id, 0),
			DispatchError::BadOrigin
		);
		assert_ok!(Crowdfunding::approve_milestone(RuntimeOrigin::root(), id, 0));
		assert_noop!(
			Crowdfunding::release_milestone(RuntimeOrigin::signed(ALICE), id, 0),
			Error::<Test>::NotPromoter
		);
		assert_noop!(Crowdfunding::release_milestone(p(), id, 1), Error::<Test>::OutOfOrder);
		assert_ok!(Crowdfunding::release_milestone(p(), id, 0));
		// 40 % of 4,000 = 1,600, of which 1 % (16) is the platform's.
		assert_eq!(balance(CNY, PROMOTER), promoter + 1_584);
		assert_eq!(NOTED.with(|n| n.borrow().clone()), vec![(CNY, 16)]);
		assert_noop!(Crowdfunding::release_milestone(p(), id, 0), Error::<Test>::OutOfOrder);
		// The second, after a rejection and a new submission.
		assert_ok!(Crowdfunding::submit_milestone(p(), id, 1, proof(6)));
		assert_ok!(Crowdfunding::reject_milestone(RuntimeOrigin::root(), id, 1));
		assert!(Campaigns::<Test>::get(id).unwrap().at_risk);
		assert_noop!(Crowdfunding::release_milestone(p(), id, 1), Error::<Test>::NotApproved);
		assert_ok!(Crowdfunding::submit_milestone(p(), id, 1, proof(7)));
		assert_ok!(Crowdfunding::approve_milestone(RuntimeOrigin::root(), id, 1));
		assert_ok!(Crowdfunding::release_milestone(p(), id, 1));
		assert_eq!(balance(CNY, PROMOTER), promoter + 1_584 + 2_376);
		assert_eq!(status(id), CampaignStatus::Completed);
		// Only the account's minimum balance is left.
		assert_eq!(balance(CNY, Crowdfunding::campaign_account(id)), 1);
		let c = Campaigns::<Test>::get(id).unwrap();
		assert_eq!(
			c.milestones[1].state,
			MilestoneState::Released { evidence: proof(7), amount: 2_400 }
		);
		check(start);
	});
}

#[test]
fn revenue_is_claimed_pro_rata_once() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = active(CNY);
		let (alice, bob) = (balance(CNY, ALICE), balance(CNY, BOB));
		assert_noop!(
			Crowdfunding::deposit_revenue(RuntimeOrigin::signed(ALICE), id, 100),
			Error::<Test>::NotPromoter
		);
		assert_noop!(
			Crowdfunding::deposit_revenue(RuntimeOrigin::signed(PROMOTER), id, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Crowdfunding::deposit_revenue(RuntimeOrigin::signed(PROMOTER), id, 400));
		assert_eq!(Crowdfunding::claimable(id, &ALICE), 100);
		assert_ok!(Crowdfunding::claim(RuntimeOrigin::signed(ALICE), id));
		assert_ok!(Crowdfunding::claim(RuntimeOrigin::signed(BOB), id));
		assert_eq!((balance(CNY, ALICE), balance(CNY, BOB)), (alice + 100, bob + 300));
		// Claiming twice.
		assert_noop!(
			Crowdfunding::claim(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			Crowdfunding::claim(RuntimeOrigin::signed(CAROL), id),
			Error::<Test>::NothingToClaim
		);
		check(start);
	});
}

#[test]
fn transfers_settle_revenue_and_need_kyc() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = active(CNY);
		assert_ok!(Crowdfunding::deposit_revenue(RuntimeOrigin::signed(PROMOTER), id, 400));
		let a = |who| RuntimeOrigin::signed(who);
		assert_noop!(
			Crowdfunding::transfer(a(ALICE), id, NOKYC, 10),
			DispatchError::Other("NotVerified")
		);
		assert_noop!(Crowdfunding::transfer(a(ALICE), id, ALICE, 10), Error::<Test>::SelfTransfer);
		assert_noop!(Crowdfunding::transfer(a(ALICE), id, CAROL, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Crowdfunding::transfer(a(ALICE), id, CAROL, 250_001),
			Error::<Test>::InsufficientTokens
		);
		// Alice sends all her units to Carol: the 100 she earned stays hers, Carol earns from now.
		assert_ok!(Crowdfunding::transfer(a(ALICE), id, CAROL, 250_000));
		assert_eq!(Crowdfunding::claimable(id, &ALICE), 100);
		assert_eq!(Crowdfunding::claimable(id, &CAROL), 0);
		assert_ok!(Crowdfunding::deposit_revenue(RuntimeOrigin::signed(PROMOTER), id, 800));
		assert_eq!(Crowdfunding::claimable(id, &ALICE), 100);
		assert_eq!(Crowdfunding::claimable(id, &CAROL), 200);
		assert_eq!(Crowdfunding::claimable(id, &BOB), 900);
		assert_ok!(Crowdfunding::claim(a(ALICE), id));
		assert!(!Holders::<Test>::contains_key(id, ALICE));
		check(start);
	});
}

#[test]
fn the_council_declares_default_the_token_freezes_and_holders_recover_the_rest() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = active(CNY);
		let p = || RuntimeOrigin::signed(PROMOTER);
		assert_ok!(Crowdfunding::submit_milestone(p(), id, 0, proof(5)));
		assert_ok!(Crowdfunding::approve_milestone(RuntimeOrigin::root(), id, 0));
		assert_ok!(Crowdfunding::release_milestone(p(), id, 0));
		assert_ok!(Crowdfunding::report_progress(p(), id, proof(8)));
		let (alice, bob) = (balance(CNY, ALICE), balance(CNY, BOB));
		// Only the council.
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::signed(ALICE), id, proof(9)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::signed(PROMOTER), id, proof(9)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::root(), id, cid("x")),
			Error::<Test>::BadCid
		);
		assert_ok!(Crowdfunding::declare_default(RuntimeOrigin::root(), id, proof(9)));
		assert_eq!(
			last_event(),
			Event::Defaulted { campaign: id, evidence: Some(proof(9)), unreleased: 2_400 }.into()
		);
		// The token is frozen, here and in the ledger.
		assert_noop!(
			Crowdfunding::transfer(RuntimeOrigin::signed(ALICE), id, CAROL, 1),
			Error::<Test>::TokenFrozen
		);
		let asset = pallet_assets::Asset::<Test, pallet_assets::Instance2>::get(id).unwrap();
		assert_eq!(asset.status, pallet_assets::AssetStatus::Frozen);
		// Nothing more for the promoter.
		assert_noop!(
			Crowdfunding::submit_milestone(p(), id, 1, proof(6)),
			Error::<Test>::NotActive
		);
		assert_noop!(Crowdfunding::deposit_revenue(p(), id, 10), Error::<Test>::NotActive);
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::root(), id, proof(9)),
			Error::<Test>::NotActive
		);
		// The unreleased 2,400 go back 1:3 by the holders' own claims, once.
		assert_ok!(Crowdfunding::claim(RuntimeOrigin::signed(ALICE), id));
		assert_ok!(Crowdfunding::claim(RuntimeOrigin::signed(BOB), id));
		assert_eq!((balance(CNY, ALICE), balance(CNY, BOB)), (alice + 600, bob + 1_800));
		assert_noop!(
			Crowdfunding::claim(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NothingToClaim
		);
		// The record and the evidence stay.
		let c = Campaigns::<Test>::get(id).unwrap();
		assert_eq!(c.default_evidence, Some(proof(9)));
		assert_eq!(
			c.milestones[0].state,
			MilestoneState::Released { evidence: proof(5), amount: 1_600 }
		);
		assert_eq!(Reports::<Test>::get(id, 0).unwrap().report, proof(8));
		assert_eq!(
			deposit_held(PROMOTER),
			CAMPAIGN_DEPOSIT + 2 * MILESTONE_DEPOSIT + REPORT_DEPOSIT
		);
		check(start);
	});
}

#[test]
fn missed_reports_put_a_campaign_at_risk_then_in_default() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		let id = active(CEC);
		let activated = System::block_number();
		let anyone = || RuntimeOrigin::signed(CAROL);
		assert_noop!(
			Crowdfunding::flag_missed_reports(anyone(), id),
			Error::<Test>::ReportsUpToDate
		);
		assert_noop!(
			Crowdfunding::report_progress(RuntimeOrigin::signed(ALICE), id, proof(8)),
			Error::<Test>::NotPromoter
		);
		assert_noop!(
			Crowdfunding::report_progress(RuntimeOrigin::signed(PROMOTER), id, cid("x")),
			Error::<Test>::BadCid
		);
		// A report in time keeps it clean.
		run_to(activated + INTERVAL - 1);
		assert_ok!(Crowdfunding::report_progress(RuntimeOrigin::signed(PROMOTER), id, proof(8)));
		assert!(!Campaigns::<Test>::get(id).unwrap().at_risk);
		// One interval missed: at risk.
		run_to(activated + 2 * INTERVAL);
		assert_ok!(Crowdfunding::flag_missed_reports(anyone(), id));
		assert_eq!(
			last_event(),
			Event::CampaignAtRisk { campaign: id, reason: RiskReason::MissedReport }.into()
		);
		assert!(Campaigns::<Test>::get(id).unwrap().at_risk);
		assert_eq!(status(id), CampaignStatus::Active);
		// Three missed in a row: anyone puts it in default.
		run_to(activated + INTERVAL - 1 + 3 * INTERVAL);
		assert_ok!(Crowdfunding::flag_missed_reports(anyone(), id));
		assert_eq!(status(id), CampaignStatus::Defaulted);
		assert_eq!(
			last_event(),
			Event::Defaulted { campaign: id, evidence: None, unreleased: 4_000 }.into()
		);
		let alice = balance(CEC, ALICE);
		assert_ok!(Crowdfunding::claim(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(balance(CEC, ALICE), alice + 1_000);
		check(start);
	});
}

#[test]
fn a_late_report_or_an_overdue_milestone_marks_the_campaign_at_risk() {
	new_test_ext().execute_with(|| {
		let id = active(CNY);
		let id2 = active(CNY);
		// The first milestone is due at 200; reports keep coming.
		for n in 1..=4 {
			run_to(n * 45);
			assert_ok!(Crowdfunding::report_progress(
				RuntimeOrigin::signed(PROMOTER),
				id,
				proof(8)
			));
		}
		assert!(!Campaigns::<Test>::get(id).unwrap().at_risk);
		run_to(201);
		assert_ok!(Crowdfunding::flag_missed_reports(RuntimeOrigin::signed(CAROL), id));
		assert_eq!(
			last_event(),
			Event::CampaignAtRisk { campaign: id, reason: RiskReason::OverdueMilestone }.into()
		);
		// A late report marks it too.
		assert!(!Campaigns::<Test>::get(id2).unwrap().at_risk);
		assert_ok!(Crowdfunding::report_progress(RuntimeOrigin::signed(PROMOTER), id2, proof(8)));
		assert!(Campaigns::<Test>::get(id2).unwrap().at_risk);
		Crowdfunding::do_try_state().expect("invariants");
	});
}

#[test]
fn unknown_campaigns_and_wrong_states_are_named() {
	new_test_ext().execute_with(|| {
		let s = |who| RuntimeOrigin::signed(who);
		assert_noop!(Crowdfunding::finalize(s(ALICE), 7), Error::<Test>::UnknownCampaign);
		assert_noop!(Crowdfunding::settle(s(ALICE), 7, BOB), Error::<Test>::UnknownCampaign);
		assert_noop!(Crowdfunding::claim(s(ALICE), 7), Error::<Test>::UnknownCampaign);
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::root(), 7, proof(1)),
			Error::<Test>::UnknownCampaign
		);
		let id = create(CNY);
		assert_noop!(
			Crowdfunding::declare_default(RuntimeOrigin::root(), id, proof(1)),
			Error::<Test>::NotActive
		);
		assert_noop!(Crowdfunding::transfer(s(ALICE), id, BOB, 1), Error::<Test>::NotTradable);
		assert_noop!(Crowdfunding::flag_missed_reports(s(ALICE), id), Error::<Test>::NotActive);
		let id = active(CNY);
		assert_noop!(Crowdfunding::settle(s(ALICE), id, ALICE), Error::<Test>::NoContribution);
	});
}

#[test]
fn an_asset_sent_to_the_campaign_account_cannot_block_the_last_refund() {
	new_test_ext().execute_with(|| {
		let id = create(CEC);
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), id, 300));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(BOB), id, 600));
		// Carol sends the campaign's account a unit of an asset that is not sufficient: a
		// consumer on the account, so its CEC can no longer all leave.
		assert_ok!(Assets::create(RuntimeOrigin::signed(CAROL), 7, CAROL, 1));
		assert_ok!(Assets::mint(
			RuntimeOrigin::signed(CAROL),
			7,
			Crowdfunding::campaign_account(id),
			1
		));
		run_to(DEADLINE + 1);
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), id));
		let bob = balance(CEC, BOB);
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, ALICE));
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), id, BOB));
		assert_eq!(balance(CEC, BOB), bob + 600 + CONTRIBUTION_DEPOSIT);
		assert!(Campaigns::<Test>::get(id).is_none());
		assert_eq!(deposit_held(PROMOTER), 0);
		// The minimum balance stays where the consumer keeps it.
		assert_eq!(balance(CEC, Crowdfunding::campaign_account(id)), ED);
		Crowdfunding::do_try_state().expect("invariants");
	});
}

#[test]
fn a_fee_the_revenue_account_cannot_take_goes_to_the_promoter() {
	new_test_ext().execute_with(|| {
		let start = issuance();
		// A revenue account without CEC cannot take a fee below the existential deposit.
		FEE_ACCOUNT.with(|f| f.set(77));
		let mut p = params(CEC);
		(p.min_raise, p.target, p.max_raise) = (100, 200, 400);
		assert_ok!(Crowdfunding::create_campaign(RuntimeOrigin::signed(PROMOTER), p));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(ALICE), 0, 100));
		assert_ok!(Crowdfunding::contribute(RuntimeOrigin::signed(BOB), 0, 300));
		assert_ok!(Crowdfunding::finalize(RuntimeOrigin::signed(CAROL), 0));
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), 0, ALICE));
		assert_ok!(Crowdfunding::settle(RuntimeOrigin::signed(CAROL), 0, BOB));
		assert_ok!(Crowdfunding::submit_milestone(RuntimeOrigin::signed(PROMOTER), 0, 0, proof(5)));
		assert_ok!(Crowdfunding::approve_milestone(RuntimeOrigin::root(), 0, 0));
		let promoter = balance(CEC, PROMOTER);
		assert_ok!(Crowdfunding::release_milestone(RuntimeOrigin::signed(PROMOTER), 0, 0));
		// 40 % of 400; its 1 % fee (1) is below the existential deposit of 10.
		assert_eq!(balance(CEC, PROMOTER), promoter + 160);
		assert_eq!(
			last_event(),
			Event::MilestoneReleased { campaign: 0, index: 0, amount: 160, fee: 0 }.into()
		);
		assert!(NOTED.with(|n| n.borrow().is_empty()));
		check(start);
	});
}
