//! Crowdfunding on the real runtime: real KYC claims, holds on real balances, the project token
//! in its own `pallet-assets` instance (frozen there on default), the platform fee into the
//! dividend pool's revenue account, and CEC locked for power that cannot be contributed.

use super::*;
use crate::{
	AccountId, Balances, Crowdfunding, Kyc, Lockup, ProjectAssets, Runtime, RuntimeOrigin, CEC,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect as _, InspectHold as _, NativeOrWithId},
	BoundedVec,
};
use pallet_crowdfunding::{CampaignParams, CampaignStatus, MilestonePlan, TokenName, TokenSymbol};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::Permill;

const CID: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}
fn cid() -> cec_primitives::Cid {
	CID.to_vec().try_into().unwrap()
}

/// Charlie is a KYC provider; Alice (the promoter), Bob and Dave (investors) hold claims for
/// crowdfunding. Eve holds none.
fn set_up() -> (AccountId, AccountId, AccountId) {
	run_block_at_slot(GENESIS_SLOT);
	let (alice, bob, charlie, dave) =
		(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id(), Dave.to_account_id());
	assert_ok!(Kyc::appoint_provider(
		RuntimeOrigin::root(),
		charlie.clone(),
		b"Dev KYC".to_vec().try_into().unwrap()
	));
	let expires = System::block_number() + 100 * crate::DAYS;
	for who in [&alice, &bob, &dave] {
		let scope = cec_primitives::KycScope::only(cec_primitives::KycUse::Crowdfunding);
		assert_ok!(Kyc::issue_claim(signed(&charlie), who.clone(), 1, scope, expires, [1; 32]));
	}
	(alice, bob, dave)
}

/// A CEC campaign: 1,000 to 4,000 CEC, 1,000,000 tokens, deadline in 20 blocks, two milestones.
fn params() -> pallet_crowdfunding::CampaignParamsOf<Runtime> {
	let now = System::block_number();
	CampaignParams {
		description: cid(),
		asset: NativeOrWithId::Native,
		target: 2_000 * CEC,
		min_raise: 1_000 * CEC,
		max_raise: 4_000 * CEC,
		deadline: now + 20,
		token_supply: 1_000_000,
		equity: Permill::from_percent(25),
		name: TokenName::truncate_from(b"Wuyi Eco Lodge".to_vec()),
		symbol: TokenSymbol::truncate_from(b"WEL".to_vec()),
		decimals: 0,
		milestones: BoundedVec::truncate_from(vec![
			MilestonePlan { share: Permill::from_percent(30), due: now + 100, proof: cid() },
			MilestonePlan { share: Permill::from_percent(70), due: now + 200, proof: cid() },
		]),
		report_interval: crate::DAYS,
	}
}

fn run_blocks(n: u32) {
	let mut slot = current_slot();
	for _ in 0..n {
		slot += 1;
		run_block_at_slot(slot);
	}
}

#[test]
fn a_campaign_raises_releases_a_milestone_pays_revenue_and_defaults() {
	dev_ext().execute_with(|| {
		let (alice, bob, dave) = set_up();
		let issuance = Balances::total_issuance();
		let eve = Eve.to_account_id();
		assert_ok!(Crowdfunding::create_campaign(signed(&alice), params()));
		// Without KYC, nobody invests.
		assert_noop!(
			Crowdfunding::contribute(signed(&eve), 0, 1_000 * CEC),
			pallet_kyc::Error::<Runtime>::NoKyc
		);
		let (bob_free, dave_free) = (Balances::balance(&bob), Balances::balance(&dave));
		assert_ok!(Crowdfunding::contribute(signed(&bob), 0, 1_000 * CEC));
		assert_ok!(Crowdfunding::contribute(signed(&dave), 0, 3_000 * CEC));
		let contribution =
			crate::RuntimeHoldReason::Crowdfunding(pallet_crowdfunding::HoldReason::Contribution);
		assert_eq!(Balances::balance_on_hold(&contribution, &bob), 1_000 * CEC);
		let deposit = pallet_crowdfunding::Contributions::<Runtime>::get(0, &bob).unwrap().deposit;
		assert_eq!(Balances::balance(&bob), bob_free - 1_000 * CEC - deposit);
		run_blocks(1);

		assert_ok!(Crowdfunding::finalize(signed(&eve), 0));
		assert_ok!(Crowdfunding::settle(signed(&eve), 0, bob.clone()));
		assert_ok!(Crowdfunding::settle(signed(&eve), 0, dave.clone()));
		assert_eq!(ProjectAssets::balance(0, &bob), 250_000);
		assert_eq!(ProjectAssets::balance(0, &dave), 750_000);
		assert_eq!(Balances::balance(&bob), bob_free - 1_000 * CEC);
		assert_eq!(Balances::balance(&dave), dave_free - 3_000 * CEC);
		run_blocks(1);

		// A milestone, approved by the council (Root here), less the 1 % fee to the revenue
		// account.
		let revenue = <crate::Dividends as cec_primitives::RevenueSink<_, _, _>>::account();
		let (promoter_free, pool) = (Balances::balance(&alice), Balances::balance(&revenue));
		assert_ok!(Crowdfunding::submit_milestone(signed(&alice), 0, 0, cid()));
		assert_noop!(
			Crowdfunding::approve_milestone(signed(&bob), 0, 0),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Crowdfunding::approve_milestone(RuntimeOrigin::root(), 0, 0));
		assert_ok!(Crowdfunding::release_milestone(signed(&alice), 0, 0));
		assert_eq!(Balances::balance(&alice), promoter_free + 1_188 * CEC);
		assert_eq!(Balances::balance(&revenue), pool + 12 * CEC);
		run_blocks(1);

		// Revenue 1:3.
		let (bob_free, dave_free) = (Balances::balance(&bob), Balances::balance(&dave));
		assert_ok!(Crowdfunding::deposit_revenue(signed(&alice), 0, 40 * CEC));
		assert_ok!(Crowdfunding::claim(signed(&bob), 0));
		assert_ok!(Crowdfunding::claim(signed(&dave), 0));
		assert_eq!(Balances::balance(&bob), bob_free + 10 * CEC);
		assert_eq!(Balances::balance(&dave), dave_free + 30 * CEC);
		run_blocks(1);

		// Default: the token freezes in its ledger; the 2,800 CEC left go back 1:3.
		assert_noop!(
			Crowdfunding::declare_default(signed(&alice), 0, cid()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Crowdfunding::declare_default(RuntimeOrigin::root(), 0, cid()));
		let asset = pallet_assets::Asset::<Runtime, pallet_assets::Instance3>::get(0).unwrap();
		assert_eq!(asset.status, pallet_assets::AssetStatus::Frozen);
		assert_noop!(
			Crowdfunding::transfer(signed(&bob), 0, dave.clone(), 1),
			pallet_crowdfunding::Error::<Runtime>::TokenFrozen
		);
		assert_ok!(Crowdfunding::claim(signed(&bob), 0));
		assert_ok!(Crowdfunding::claim(signed(&dave), 0));
		assert_eq!(Balances::balance(&bob), bob_free + 10 * CEC + 700 * CEC);
		assert_eq!(Balances::balance(&dave), dave_free + 30 * CEC + 2_100 * CEC);
		let c = pallet_crowdfunding::Campaigns::<Runtime>::get(0).unwrap();
		assert_eq!(c.status, CampaignStatus::Defaulted);
		run_blocks(1);
		assert_eq!(Balances::total_issuance(), issuance, "no CEC was created or lost");
	});
}

#[test]
fn cec_locked_for_power_cannot_be_contributed() {
	dev_ext().execute_with(|| {
		let (alice, _, bob) = set_up();
		assert_ok!(Crowdfunding::create_campaign(signed(&alice), params()));
		// Dave locks all but 500 CEC of his spendable balance for power.
		let spendable = Balances::reducible_balance(
			&bob,
			frame_support::traits::tokens::Preservation::Preserve,
			frame_support::traits::tokens::Fortitude::Polite,
		);
		assert_ok!(Lockup::lock(signed(&bob), spendable - 500 * CEC));
		assert_noop!(
			Crowdfunding::contribute(signed(&bob), 0, 501 * CEC),
			pallet_crowdfunding::Error::<Runtime>::InsufficientBalance
		);
		assert_ok!(Crowdfunding::contribute(signed(&bob), 0, 400 * CEC));
		// The hold counts against what is left: another 400 would reach into the lock.
		assert_noop!(
			Crowdfunding::contribute(signed(&bob), 0, 400 * CEC),
			pallet_crowdfunding::Error::<Runtime>::InsufficientBalance
		);
		run_blocks(1);
	});
}
