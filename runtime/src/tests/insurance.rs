//! Insurance on the real runtime: the real registry prices cover and its witness records pay
//! it, the oracle committee is `pallet-membership`, KYC, holds and the revenue path are real.

use super::*;
use crate::{AccountId, Balances, Forestry, Insurance, Kyc, OracleCommittee, RuntimeOrigin, CEC};
use cec_primitives::Peril;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect as _, fungible::InspectHold as _},
};
use pallet_forestry::{DamageCause, TreeId};
use pallet_insurance::{EventKey, PayoutRule};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::Perbill;

const CID: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// Bob owns parcel 0 (CN-350481) with one 15 m tree, attested by Alice; Dave insures it against
/// fire for 100 CEC + 10 CEC a metre = 250 CEC, from 1,000 CEC of collateral.
fn set_up() -> (AccountId, AccountId, AccountId) {
	run_block_at_slot(GENESIS_SLOT);
	let (alice, bob, charlie, dave) =
		(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id(), Dave.to_account_id());
	parcel_with_one_tree(&bob, &alice);
	assert_ok!(Kyc::appoint_provider(
		RuntimeOrigin::root(),
		charlie.clone(),
		b"Dev KYC".to_vec().try_into().unwrap()
	));
	let expires = System::block_number() + 100 * crate::DAYS;
	for who in [&bob, &dave] {
		let scope = cec_primitives::KycScope::ALL;
		assert_ok!(Kyc::issue_claim(signed(&charlie), who.clone(), 1, scope, expires, [1; 32]));
	}
	assert_ok!(Insurance::appoint_insurer(RuntimeOrigin::root(), dave.clone()));
	assert_ok!(Insurance::deposit_collateral(
		signed(&dave),
		frame_support::traits::fungible::NativeOrWithId::Native,
		1_000 * CEC
	));
	assert_ok!(Insurance::create_product(
		signed(&dave),
		frame_support::traits::fungible::NativeOrWithId::Native,
		Peril::Fire,
		b"CN-35".to_vec().try_into().unwrap(),
		365 * crate::DAYS,
		Perbill::from_percent(1),
		PayoutRule::PerTree { base: 100 * CEC, per_metre: 10 * CEC },
		1_000 * CEC,
	));
	let before = Balances::balance(&bob);
	assert_ok!(Insurance::buy_policy(signed(&bob), 0, 0, vec![0].try_into().unwrap(), 10 * CEC));
	// Premium 2.5 CEC to Dave, fee 2 % of it to the revenue account, the deposit held.
	let deposit = Balances::balance_on_hold(
		&crate::RuntimeHoldReason::Insurance(pallet_insurance::HoldReason::Deposit),
		&bob,
	);
	assert_eq!(before - Balances::balance(&bob), 25 * CEC / 10 + 5 * CEC / 100 + deposit);
	// Cover starts at the next day boundary (a development day: 10 blocks).
	let start = pallet_insurance::Policies::<crate::Runtime>::get(0).unwrap().start;
	assert_eq!(start % crate::genesis_config_presets::DEV_DAY_LENGTH, 0);
	let mut slot = GENESIS_SLOT;
	while System::block_number() < start {
		slot += 1;
		run_block_at_slot(slot);
	}
	(alice, bob, dave)
}

fn invariants() {
	assert_ok!(pallet_insurance::Pallet::<crate::Runtime>::do_try_state());
}

#[test]
fn a_witness_fire_record_pays_the_owner_from_collateral() {
	dev_ext().execute_with(|| {
		let (alice, bob, dave) = set_up();
		let issuance = Balances::total_issuance();
		let tree = TreeId { parcel: 0, index: 0 };
		assert_ok!(Forestry::record_damage(signed(&alice), tree, DamageCause::Fire, 40));
		let collateral = Balances::balance_on_hold(
			&crate::RuntimeHoldReason::Insurance(pallet_insurance::HoldReason::Collateral),
			&dave,
		);
		// Bob claims; nobody else may settle his policy.
		assert_noop!(
			Insurance::claim_tree(signed(&Ferdie.to_account_id()), 0, 0, 0, None),
			pallet_insurance::Error::<crate::Runtime>::NotHolder
		);
		let before = Balances::balance(&bob);
		assert_ok!(Insurance::claim_tree(signed(&bob), 0, 0, 0, None));
		assert_eq!(Balances::balance(&bob), before + 100 * CEC);
		assert_eq!(
			Balances::balance_on_hold(
				&crate::RuntimeHoldReason::Insurance(pallet_insurance::HoldReason::Collateral),
				&dave,
			),
			collateral - 100 * CEC
		);
		assert_noop!(
			Insurance::claim_tree(signed(&bob), 0, 0, 0, None),
			pallet_insurance::Error::<crate::Runtime>::AlreadyPaid
		);
		assert_eq!(Balances::total_issuance(), issuance);
		invariants();
	});
}

#[test]
fn an_oracle_quorum_pays_every_insured_tree_and_nobody_else() {
	dev_ext().execute_with(|| {
		let (_alice, bob, _dave) = set_up();
		let (eve, ferdie) = (Eve.to_account_id(), Ferdie.to_account_id());
		for m in [&eve, &ferdie] {
			assert_ok!(OracleCommittee::add_member(RuntimeOrigin::root(), m.clone().into()));
		}
		let key = EventKey {
			region: b"CN-35".to_vec().try_into().unwrap(),
			peril: Peril::Fire,
			day: pallet_insurance::Pallet::<crate::Runtime>::today(),
		};
		let cid: pallet_insurance::Cid = CID.to_vec().try_into().unwrap();
		assert_noop!(
			Insurance::report_event(signed(&bob), key.clone(), 80, cid.clone()),
			pallet_insurance::Error::<crate::Runtime>::NotOracleMember
		);
		assert_ok!(Insurance::report_event(signed(&eve), key.clone(), 80, cid.clone()));
		assert_ok!(Insurance::report_event(signed(&ferdie), key.clone(), 60, cid));
		// Two of two: of record at 60 %, the lower median.
		assert_eq!(
			pallet_insurance::EventsOfRecord::<crate::Runtime>::get(&key).unwrap().severity,
			60
		);
		let before = Balances::balance(&bob);
		assert_ok!(Insurance::claim_event(signed(&bob), 0, key.clone()));
		assert_eq!(Balances::balance(&bob), before + 150 * CEC);
		assert_noop!(
			Insurance::claim_event(signed(&bob), 0, key),
			pallet_insurance::Error::<crate::Runtime>::AlreadyPaid
		);
		invariants();
	});
}
