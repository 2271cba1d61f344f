//! Foundation governance on the real runtime: council motions by threshold class, the treasury's
//! published spending, the switch to community elections, and the production preset that has no
//! sudo key.

use super::*;
use crate::{
	configs::governance::{dynamic_params, CouncilCollective, MaxCouncilSpend, TreasuryAccount},
	constants::{currency::CEC, supply::GENESIS_SUPPLY},
	genesis_config_presets::mainnet,
	Balances, Council, Elections, Forestry, Foundation, Kyc, Parameters, RuntimeCall,
	RuntimeOrigin, Treasury,
};
use cec_primitives::Cid;
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::Inspect, Get, Hooks},
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	AccountId32, DispatchError, DispatchResult, Permill,
};

const CID: &[u8] = b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";

fn cid() -> Cid {
	Cid::try_from(CID.to_vec()).expect("fits")
}

/// The production chain's storage.
fn mainnet_ext() -> sp_io::TestExternalities {
	ext_from_preset(mainnet::genesis_patch())
}

fn members() -> Vec<AccountId32> {
	pallet_collective::Members::<Runtime, CouncilCollective>::get()
}

/// What the last `Council` `Executed` event says the motion's call returned.
fn last_executed() -> Option<DispatchResult> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		crate::RuntimeEvent::Council(pallet_collective::Event::Executed { result, .. }) => {
			Some(result)
		},
		_ => None,
	})
}

/// Propose `call` to the council, have the first `ayes` members vote aye, close it as soon as
/// it may be closed, and return what the call returned when it executed.
fn motion(ayes: usize, call: RuntimeCall) -> DispatchResult {
	let seats = members();
	let len = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = BlakeTwo256::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilCollective>::get();
	assert_ok!(Council::propose(
		RuntimeOrigin::signed(seats[0].clone()),
		ayes as u32,
		Box::new(call),
		len
	));
	for m in seats.iter().take(ayes) {
		assert_ok!(Council::vote(RuntimeOrigin::signed(m.clone()), hash, index, true));
	}
	assert_ok!(Council::close(RuntimeOrigin::signed(seats[0].clone()), hash, index, weight, len));
	last_executed().expect("the motion executed")
}

/// `call` as Root through the whitelist: what a unanimous council does for a runtime upgrade.
fn route(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
				call_hash: BlakeTwo256::hash_of(&call),
			}),
			RuntimeCall::Whitelist(
				pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
					call: Box::new(call),
				},
			),
		],
	})
}

fn appoint_witness_call(who: AccountId32) -> RuntimeCall {
	RuntimeCall::Forestry(pallet_forestry::Call::appoint_witness {
		who,
		licence: b"FJ-WIT-0042".to_vec().try_into().expect("fits"),
		region: b"CN-35".to_vec().try_into().expect("fits"),
	})
}

fn set_fee_call(rate: Permill) -> RuntimeCall {
	RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
		key_value: crate::configs::governance::RuntimeParameters::Trade(
			dynamic_params::trade::Parameters::TradeFeeRate(
				dynamic_params::trade::TradeFeeRate,
				Some(rate),
			),
		),
	})
}

fn elections_call(on: bool) -> RuntimeCall {
	RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
		key_value: crate::configs::governance::RuntimeParameters::Governance(
			dynamic_params::governance::Parameters::CommunityElections(
				dynamic_params::governance::CommunityElections,
				Some(on),
			),
		),
	})
}

#[test]
fn mainnet_has_no_sudo_key_seats_the_council_and_holds_exactly_four_million_cec() {
	mainnet_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		let mut council = mainnet::council();
		council.sort();
		assert_eq!(members(), council);
		assert_eq!(
			pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get(),
			council
		);
		assert_eq!(<Balances as Inspect<_>>::total_issuance(), GENESIS_SUPPLY);
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), mainnet::VALIDATORS.len());
		// No test yuan and no test issuer on the production chain.
		assert!(pallet_assets::Asset::<Runtime, pallet_assets::Instance2>::iter().next().is_none());
		// The treasury is the foundation allocation.
		assert_eq!(
			TreasuryAccount::get(),
			crate::genesis_config_presets::allocation_accounts::foundation()
		);
		assert_eq!(Treasury::account_id(), TreasuryAccount::get());
	});
}

#[test]
fn on_mainnet_every_authority_is_reached_by_council_motion_without_sudo() {
	mainnet_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let newcomer = Sr25519Keyring::Ferdie.to_account_id();
		// Appointments by simple majority: 5 of 8.
		assert_ok!(motion(5, appoint_witness_call(newcomer.clone())));
		assert!(pallet_forestry::Witnesses::<Runtime>::contains_key(&newcomer));
		assert_ok!(motion(
			5,
			RuntimeCall::Forestry(pallet_forestry::Call::add_species {
				id: 99,
				name: b"Betula platyphylla".to_vec().try_into().expect("fits"),
			})
		));
		assert_ok!(motion(
			5,
			RuntimeCall::Kyc(pallet_kyc::Call::appoint_provider {
				provider: newcomer.clone(),
				name: b"Fujian KYC".to_vec().try_into().expect("fits"),
			})
		));
		assert!(pallet_kyc::Providers::<Runtime>::contains_key(&newcomer));
		assert_ok!(motion(
			5,
			RuntimeCall::Escrow(pallet_escrow::Call::set_arbiters {
				arbiters: vec![newcomer.clone()].try_into().expect("fits"),
			})
		));
		// Staking admin moves money (slashes): 3/4.
		assert_ok!(motion(
			6,
			RuntimeCall::Staking(pallet_staking::Call::set_min_commission {
				new: sp_runtime::Perbill::from_percent(5),
			})
		));
		assert_eq!(
			pallet_staking::MinCommission::<Runtime>::get(),
			sp_runtime::Perbill::from_percent(5)
		);
		// Money by 3/4: 6 of 8.
		assert_ok!(motion(6, set_fee_call(Permill::from_percent(2))));
		assert_eq!(dynamic_params::trade::TradeFeeRate::get(), Permill::from_percent(2));
		// A runtime upgrade needs Root: a unanimous council whitelists and dispatches it.
		let code_hash = sp_core::H256::repeat_byte(7);
		let upgrade = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		// Seven of eight is not enough…
		assert_eq!(motion(7, route(upgrade.clone())), Err(DispatchError::BadOrigin));
		assert!(System::authorized_upgrade().is_none());
		// …eight is.
		assert_ok!(motion(8, route(upgrade)));
		assert_eq!(System::authorized_upgrade().map(|u| *u.code_hash()), Some(code_hash));
		// A new seat in the founding phase needs the whole council.
		let swap = RuntimeCall::CouncilMembership(pallet_membership::Call::swap_member {
			remove: members()[7].clone().into(),
			add: newcomer.clone().into(),
		});
		assert_eq!(motion(7, swap), Err(DispatchError::BadOrigin));
		assert_ok!(motion(
			8,
			RuntimeCall::CouncilMembership(pallet_membership::Call::swap_member {
				remove: members()[7].clone().into(),
				add: newcomer.clone().into(),
			})
		));
		assert!(members().contains(&newcomer));
		assert_invariants();
	});
}

#[test]
fn silence_never_counts_as_aye_and_a_smaller_council_reaches_no_higher_threshold() {
	mainnet_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let upgrade = route(RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: sp_core::H256::repeat_byte(9),
		}));
		// Five ayes, three members silent, closed after the motion's five days: the silent
		// count as nays, so it is disapproved instead of passing as "8 of 8".
		let seats = members();
		let len = upgrade.encoded_size() as u32;
		let weight = upgrade.get_dispatch_info().call_weight;
		let hash = BlakeTwo256::hash_of(&upgrade);
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(seats[0].clone()),
			8,
			Box::new(upgrade.clone()),
			len
		));
		for m in &seats[..5] {
			assert_ok!(Council::vote(RuntimeOrigin::signed(m.clone()), hash, 0, true));
		}
		System::set_block_number(
			System::block_number() + crate::configs::governance::CouncilMotionDuration::get() + 1,
		);
		assert_ok!(Council::close(RuntimeOrigin::signed(seats[0].clone()), hash, 0, weight, len));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			crate::RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. })
		)));
		assert!(System::authorized_upgrade().is_none());
		// 3/4 may remove two members; the six left still cannot act as the whole council.
		let remove = |who: &AccountId32| {
			RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
				who: who.clone().into(),
			})
		};
		assert_eq!(motion(5, remove(&seats[7])), Err(DispatchError::BadOrigin));
		assert_ok!(motion(
			6,
			RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: vec![remove(&seats[6]), remove(&seats[7])],
			})
		));
		assert_eq!(members().len(), 6);
		assert_eq!(motion(6, upgrade), Err(DispatchError::BadOrigin));
		assert!(System::authorized_upgrade().is_none());
	});
}

#[test]
fn a_plain_account_cannot_appoint_and_a_majority_cannot_move_money() {
	mainnet_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let plain = Sr25519Keyring::Ferdie.to_account_id();
		assert_noop!(
			Forestry::appoint_witness(
				RuntimeOrigin::signed(plain.clone()),
				plain.clone(),
				b"FJ-WIT-0042".to_vec().try_into().unwrap(),
				b"CN-35".to_vec().try_into().unwrap(),
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Kyc::remove_provider(RuntimeOrigin::signed(members()[0].clone()), plain.clone()),
			DispatchError::BadOrigin
		);
		// A money parameter passed by a simple majority (5 of 8 < 3/4) does not take effect.
		assert_eq!(
			motion(5, set_fee_call(Permill::from_percent(9))),
			Err(DispatchError::BadOrigin)
		);
		assert_eq!(dynamic_params::trade::TradeFeeRate::get(), Permill::from_percent(1));
		// Four of eight is not a majority for an appointment either.
		assert_eq!(motion(4, appoint_witness_call(plain.clone())), Err(DispatchError::BadOrigin));
		assert!(!pallet_forestry::Witnesses::<Runtime>::contains_key(&plain));
		// A member alone cannot change the parameters directly.
		assert_noop!(
			Parameters::set_parameter(
				RuntimeOrigin::signed(members()[0].clone()),
				crate::configs::governance::RuntimeParameters::Trade(
					dynamic_params::trade::Parameters::TradeFeeRate(
						dynamic_params::trade::TradeFeeRate,
						Some(Permill::zero()),
					),
				),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn motions_reject_non_members_double_votes_and_early_closes() {
	mainnet_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let seats = members();
		let outsider = Sr25519Keyring::Ferdie.to_account_id();
		let call = appoint_witness_call(outsider.clone());
		let len = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = BlakeTwo256::hash_of(&call);
		assert_noop!(
			Council::propose(
				RuntimeOrigin::signed(outsider.clone()),
				5,
				Box::new(call.clone()),
				len
			),
			pallet_collective::Error::<Runtime, CouncilCollective>::NotMember
		);
		let before = <Balances as Inspect<_>>::balance(&seats[0]);
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(seats[0].clone()),
			5,
			Box::new(call),
			len
		));
		// The motion holds its deposit on the proposer.
		assert_eq!(<Balances as Inspect<_>>::balance(&seats[0]), before - CEC);
		assert_noop!(
			Council::vote(RuntimeOrigin::signed(outsider), hash, 0, true),
			pallet_collective::Error::<Runtime, CouncilCollective>::NotMember
		);
		assert_ok!(Council::vote(RuntimeOrigin::signed(seats[1].clone()), hash, 0, true));
		assert_noop!(
			Council::vote(RuntimeOrigin::signed(seats[1].clone()), hash, 0, true),
			pallet_collective::Error::<Runtime, CouncilCollective>::DuplicateVote
		);
		for m in &seats[2..5] {
			assert_ok!(Council::vote(RuntimeOrigin::signed(m.clone()), hash, 0, true));
		}
		// Four ayes of the five needed, the motion still open: too early to close.
		assert_noop!(
			Council::close(RuntimeOrigin::signed(seats[0].clone()), hash, 0, weight, len),
			pallet_collective::Error::<Runtime, CouncilCollective>::TooEarly
		);
		assert_ok!(Council::vote(RuntimeOrigin::signed(seats[5].clone()), hash, 0, true));
		assert_ok!(Council::close(RuntimeOrigin::signed(seats[0].clone()), hash, 0, weight, len));
		assert_eq!(last_executed(), Some(Ok(())));
		// The deposit comes back once the motion is closed.
		assert_ok!(Council::release_proposal_cost(RuntimeOrigin::signed(seats[3].clone()), hash));
		assert_eq!(<Balances as Inspect<_>>::balance(&seats[0]), before);
	});
}

#[test]
fn a_spend_motion_pays_a_grant_with_its_cid_and_cannot_overdraw_the_treasury() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let grantee = Sr25519Keyring::Two.to_account_id();
		let issuance = <Balances as Inspect<_>>::total_issuance();
		// The foundation's tranches are still locked: nothing is spendable yet.
		let spend = |amount| {
			RuntimeCall::Foundation(pallet_foundation::Call::spend {
				beneficiary: grantee.clone(),
				amount,
				justification: cid(),
			})
		};
		assert_eq!(
			motion(5, spend(100 * CEC)),
			Err(pallet_foundation::Error::<Runtime>::InsufficientTreasuryFunds.into())
		);
		// A donation of 500 CEC (the operations share of revenue arrives the same way).
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			TreasuryAccount::get().into(),
			500 * CEC
		));
		assert_eq!(
			motion(5, spend(501 * CEC)),
			Err(pallet_foundation::Error::<Runtime>::InsufficientTreasuryFunds.into())
		);
		assert_eq!(
			motion(5, spend(MaxCouncilSpend::get() + 1)),
			Err(pallet_foundation::Error::<Runtime>::AboveSpendLimit.into())
		);
		let index = pallet_treasury::SpendCount::<Runtime>::get();
		assert_ok!(motion(5, spend(300 * CEC)));
		let record = pallet_foundation::Spends::<Runtime>::get(index).expect("recorded");
		assert_eq!((record.beneficiary.clone(), record.amount), (grantee.clone(), 300 * CEC));
		assert_eq!(record.justification, cid());
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			crate::RuntimeEvent::Foundation(pallet_foundation::Event::SpendApproved { index: i, justification, .. })
				if *i == index && *justification == cid()
		)));
		// Anyone pays it out; the grant arrives and no CEC was created.
		assert_ok!(Treasury::payout(RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()), index));
		assert_eq!(<Balances as Inspect<_>>::balance(&grantee), 300 * CEC);
		assert_eq!(<Balances as Inspect<_>>::total_issuance(), issuance);
		// A plain account cannot spend.
		assert_noop!(
			Foundation::spend(
				RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()),
				grantee.clone(),
				CEC,
				cid()
			),
			DispatchError::BadOrigin
		);
		assert_invariants();
	});
}

#[test]
fn open_spends_cannot_commit_more_than_the_treasury_holds_until_settled() {
	// `pallet-treasury` keeps what it can pay until the payout: the foundation pallet counts the
	// open spends against it, whether batched in one motion or in motions before any payout,
	// until `settle` once the treasury no longer has them (`FoundationTreasury::is_open`).
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let grantee = Sr25519Keyring::Two.to_account_id();
		let anyone = || RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id());
		let spend = |amount| {
			RuntimeCall::Foundation(pallet_foundation::Call::spend {
				beneficiary: grantee.clone(),
				amount,
				justification: cid(),
			})
		};
		let insufficient =
			Err(pallet_foundation::Error::<Runtime>::InsufficientTreasuryFunds.into());
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			TreasuryAccount::get().into(),
			500 * CEC
		));
		// Two spends of 300 CEC in one motion: all or nothing, and the second does not fit.
		let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![spend(300 * CEC), spend(300 * CEC)],
		});
		assert_eq!(motion(5, batch), insufficient);
		assert_eq!(pallet_foundation::Spends::<Runtime>::iter().count(), 0);
		assert_eq!(pallet_foundation::Committed::<Runtime>::get(), 0);
		// One motion, then another before the payout.
		let index = pallet_treasury::SpendCount::<Runtime>::get();
		assert_ok!(motion(5, spend(300 * CEC)));
		assert_eq!(pallet_foundation::Committed::<Runtime>::get(), 300 * CEC);
		assert_eq!(motion(5, spend(300 * CEC)), insufficient);
		assert_noop!(
			Foundation::settle(anyone(), index),
			pallet_foundation::Error::<Runtime>::StillOpen
		);
		// Paid out, not yet cleared: still open, so it counts twice and nothing is spendable.
		assert_ok!(Treasury::payout(anyone(), index));
		assert_eq!(motion(5, spend(CEC)), insufficient);
		assert_noop!(
			Foundation::settle(anyone(), index),
			pallet_foundation::Error::<Runtime>::StillOpen
		);
		assert_ok!(Treasury::check_status(anyone(), index));
		assert_ok!(Foundation::settle(anyone(), index));
		System::assert_last_event(
			pallet_foundation::Event::<Runtime>::SpendSettled { index }.into(),
		);
		assert_eq!(pallet_foundation::Committed::<Runtime>::get(), 0);
		assert_eq!(pallet_foundation::Spends::<Runtime>::get(index).map(|s| s.open), Some(false));
		// What is left, 200 CEC, is spendable again; a voided spend is settled as well.
		assert_eq!(motion(5, spend(200 * CEC + 1)), insufficient);
		let index = pallet_treasury::SpendCount::<Runtime>::get();
		assert_ok!(motion(5, spend(200 * CEC)));
		assert_ok!(Treasury::void_spend(RuntimeOrigin::root(), index));
		assert_ok!(Foundation::settle(anyone(), index));
		assert_noop!(
			Foundation::settle(anyone(), index),
			pallet_foundation::Error::<Runtime>::AlreadySettled
		);
		assert_ok!(motion(5, spend(200 * CEC)));
		assert_eq!(<Balances as Inspect<_>>::balance(&grantee), 300 * CEC);
		assert_invariants();
	});
}

#[test]
fn community_elections_take_the_seats_only_after_the_council_switches_them_on() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let founding = members();
		let term = crate::configs::governance::ELECTED_COUNCIL_TERM;
		let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		let (voter, newcomer) =
			(Sr25519Keyring::One.to_account_id(), Sr25519Keyring::Two.to_account_id());
		for who in [&voter, &newcomer] {
			assert_ok!(Balances::transfer_keep_alive(
				alice.clone(),
				who.clone().into(),
				1_000 * CEC
			));
		}
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		assert_ok!(Elections::submit_candidacy(RuntimeOrigin::signed(charlie.clone()), 0));
		// A vote needs a bond the voter can pay.
		assert_noop!(
			Elections::vote(
				RuntimeOrigin::signed(AccountId32::new([42; 32])),
				vec![charlie.clone()],
				10 * CEC
			),
			pallet_elections_phragmen::Error::<Runtime>::UnableToPayBond
		);
		assert_ok!(Elections::vote(
			RuntimeOrigin::signed(voter.clone()),
			vec![charlie.clone()],
			50 * CEC
		));
		// Founding phase: no election runs, the founding council keeps its seats.
		Elections::on_initialize(term);
		assert_eq!(members(), founding);
		// Switching elections on takes 3/4.
		assert_eq!(motion(5, elections_call(true)), Err(DispatchError::BadOrigin));
		assert_ok!(motion(6, elections_call(true)));
		// Now the founding council can no longer seat members itself, not even unanimously.
		let add = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: newcomer.clone().into(),
		});
		assert_eq!(motion(8, add), Err(DispatchError::BadOrigin));
		// An election with one winner does not shrink the council to a "unanimous" one.
		Elections::on_initialize(term);
		assert_eq!(members(), founding);
		// Eight winners take the eight seats.
		let mut elected: Vec<AccountId32> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
			Sr25519Keyring::Ferdie,
			Sr25519Keyring::AliceStash,
		]
		.iter()
		.map(|k| k.to_account_id())
		.chain([newcomer.clone()])
		.collect();
		for (i, who) in elected.iter().enumerate() {
			assert_ok!(Elections::submit_candidacy(RuntimeOrigin::signed(who.clone()), i as u32));
		}
		elected.push(charlie);
		assert_ok!(Elections::vote(RuntimeOrigin::signed(voter), elected.clone(), 50 * CEC));
		Elections::on_initialize(2 * term);
		elected.sort();
		assert_eq!(members(), elected);
		assert_ne!(members(), founding);
		// A founder left on the founding list cannot put the old seats back.
		assert_ok!(crate::CouncilMembership::change_key(
			RuntimeOrigin::signed(Sr25519Keyring::BobStash.to_account_id()),
			AccountId32::new([7; 32]).into()
		));
		assert_eq!(members(), elected);
		assert_invariants();
	});
}
