//! DApps on the real runtime: only bonded developers deploy, the contracts dry-run API names why
//! not, calling stays open, storage is paid by deposits, and the chain extension answers a real
//! contract (a small probe, `fixtures/ext_probe.wat`) with registry and KYC facts or with status
//! codes, never by failing the call.

use super::*;
use crate::{
	configs::dapps::status, AccountId, Balances, Contracts, DappBond, Forestry, Kyc, RuntimeOrigin,
	CEC,
};
use cec_primitives::{KycScope, KycUse, TreeFacts, TreeState};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Get},
	weights::Weight,
};
use pallet_contracts::{
	runtime_decl_for_contracts_api::ContractsApiV2, Code, CollectEvents, DebugInfo, Determinism,
};
use pallet_forestry::{smart_code, TreeId};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::DispatchError;

const GAS: Weight = Weight::from_parts(50_000_000_000, 2 * 1024 * 1024);

fn probe() -> Vec<u8> {
	wat::parse_str(include_str!("fixtures/ext_probe.wat")).expect("the probe assembles")
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn bonded_reason() -> crate::RuntimeHoldReason {
	pallet_dapp_bond::HoldReason::DeveloperBond.into()
}

fn min_bond() -> crate::Balance {
	crate::configs::dapps::MinDeveloperBond::get()
}

/// `dev` bonds and instantiates the probe; its address.
fn deploy_probe(dev: &AccountId) -> AccountId {
	assert_ok!(DappBond::bond(signed(dev), min_bond()));
	let result = Contracts::bare_instantiate(
		dev.clone(),
		0,
		GAS,
		None,
		Code::Upload(probe()),
		vec![],
		vec![7],
		DebugInfo::Skip,
		CollectEvents::Skip,
	);
	result.result.expect("the probe instantiates").account_id
}

/// Call the probe: extension `id`, `input`; the status and the output.
fn ext(probe: &AccountId, caller: &AccountId, id: u32, input: &[u8]) -> (u32, Vec<u8>) {
	let mut data = id.to_le_bytes().to_vec();
	data.extend_from_slice(input);
	let result = Contracts::bare_call(
		caller.clone(),
		probe.clone(),
		0,
		GAS,
		None,
		data,
		DebugInfo::Skip,
		CollectEvents::Skip,
		Determinism::Enforced,
	);
	let out = result.result.expect("the probe returns").data;
	let status = u32::from_le_bytes(out[..4].try_into().expect("a status"));
	(status, out[4..].to_vec())
}

#[test]
fn only_a_bonded_developer_deploys_and_the_dry_run_names_why() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let dev = Bob.to_account_id();
		// Unbonded: the call fails the origin check; the dry-run API says why.
		assert_noop!(
			Contracts::upload_code(signed(&dev), probe(), None, Determinism::Enforced),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Contracts::instantiate_with_code(signed(&dev), 0, GAS, None, probe(), vec![], vec![]),
			DispatchError::BadOrigin
		);
		let refused =
			crate::Runtime::upload_code(dev.clone(), probe(), None, Determinism::Enforced);
		assert_eq!(
			refused.err(),
			Some(pallet_dapp_bond::Error::<crate::Runtime>::NotBonded.into())
		);
		let refused = crate::Runtime::instantiate(
			dev.clone(),
			0,
			None,
			None,
			Code::Upload(probe()),
			vec![],
			vec![],
		);
		assert_eq!(
			refused.result.err(),
			Some(pallet_dapp_bond::Error::<crate::Runtime>::NotBonded.into())
		);
		// A first bond below the minimum is refused.
		assert_noop!(
			DappBond::bond(signed(&dev), min_bond() - 1),
			pallet_dapp_bond::Error::<crate::Runtime>::BondTooSmall
		);

		// Bonded: upload and instantiate, paying storage deposits.
		let free = Balances::free_balance(&dev);
		assert_ok!(DappBond::bond(signed(&dev), min_bond()));
		assert_eq!(Balances::balance_on_hold(&bonded_reason(), &dev), min_bond());
		assert!(
			crate::Runtime::upload_code(dev.clone(), probe(), None, Determinism::Enforced).is_ok()
		);
		assert_ok!(Contracts::upload_code(signed(&dev), probe(), None, Determinism::Enforced));
		let code_deposit = Balances::balance_on_hold(
			&pallet_contracts::HoldReason::CodeUploadDepositReserve.into(),
			&dev,
		);
		assert!(code_deposit > 0, "the code's storage is paid by a deposit");
		assert_ok!(Contracts::instantiate_with_code(
			signed(&dev),
			0,
			GAS,
			None,
			probe(),
			vec![],
			vec![1]
		));
		assert!(Balances::free_balance(&dev) < free - min_bond());

		// Calling a contract is open to anyone, bonded or not.
		let address = frame_system::Pallet::<crate::Runtime>::events()
			.into_iter()
			.find_map(|r| match r.event {
				crate::RuntimeEvent::Contracts(pallet_contracts::Event::Instantiated {
					contract,
					..
				}) => Some(contract),
				_ => None,
			})
			.expect("instantiated");
		let alice = Alice.to_account_id();
		let mut data = 1u32.to_le_bytes().to_vec();
		data.extend(b"x".to_vec().encode());
		assert_ok!(Contracts::call(signed(&alice), address.into(), 0, GAS, None, data));

		// Unbonding closes deploying at once; the dry run says `CoolingDown`.
		assert_ok!(DappBond::unbond(signed(&dev)));
		assert_noop!(
			Contracts::instantiate_with_code(signed(&dev), 0, GAS, None, probe(), vec![], vec![2]),
			DispatchError::BadOrigin
		);
		let refused =
			crate::Runtime::upload_code(dev.clone(), probe(), None, Determinism::Enforced);
		assert_eq!(
			refused.err(),
			Some(pallet_dapp_bond::Error::<crate::Runtime>::CoolingDown.into())
		);
		assert_noop!(
			DappBond::unbond(signed(&dev)),
			pallet_dapp_bond::Error::<crate::Runtime>::AlreadyUnbonding
		);
	});
}

#[test]
fn storage_a_developer_cannot_pay_for_is_refused() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let dev = Eve.to_account_id();
		assert_ok!(DappBond::bond(signed(&dev), min_bond()));
		// A deposit limit below what the code costs.
		assert_noop!(
			Contracts::upload_code(
				signed(&dev),
				probe(),
				Some(codec::Compact(1)),
				Determinism::Enforced
			),
			pallet_contracts::Error::<crate::Runtime>::StorageDepositLimitExhausted
		);
		// Free balance below it: everything but 0.05 CEC moved away.
		let keep = 5 * CEC / 100;
		let spare = Balances::free_balance(&dev) - keep;
		assert_ok!(Balances::transfer_allow_death(
			signed(&dev),
			Alice.to_account_id().into(),
			spare
		));
		assert_noop!(
			Contracts::upload_code(signed(&dev), probe(), None, Determinism::Enforced),
			pallet_contracts::Error::<crate::Runtime>::StorageDepositNotEnoughFunds
		);
	});
}

#[test]
fn governance_slashes_a_developer_to_the_treasury() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let dev = Bob.to_account_id();
		assert_ok!(DappBond::bond(signed(&dev), min_bond()));
		let treasury = crate::configs::governance::TreasuryAccount::get();
		let before = Balances::free_balance(&treasury);
		let issuance = pallet_balances::TotalIssuance::<crate::Runtime>::get();
		let evidence = cec_primitives::longest_cid();
		assert_noop!(
			DappBond::slash(
				signed(&Alice.to_account_id()),
				dev.clone(),
				CEC,
				evidence.clone(),
				false
			),
			DispatchError::BadOrigin
		);
		assert_ok!(DappBond::slash(RuntimeOrigin::root(), dev.clone(), 400 * CEC, evidence, false));
		assert_eq!(Balances::free_balance(&treasury), before + 400 * CEC);
		assert_eq!(Balances::balance_on_hold(&bonded_reason(), &dev), min_bond() - 400 * CEC);
		assert_eq!(
			pallet_balances::TotalIssuance::<crate::Runtime>::get(),
			issuance,
			"a slash moves CEC, it makes none"
		);
		assert_eq!(
			DappBond::ensure_can_deploy(&dev),
			Err(pallet_dapp_bond::Error::<crate::Runtime>::BondTooSmall.into())
		);
	});
}

#[test]
fn the_chain_extension_reads_trees_and_kyc_and_answers_bad_input_with_a_status() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let (alice, bob, charlie, dave) = (
			Alice.to_account_id(),
			Bob.to_account_id(),
			Charlie.to_account_id(),
			Dave.to_account_id(),
		);
		// Bob owns parcel 0 with tree 0; Alice is the witness.
		parcel_with_one_tree(&bob, &alice);
		let probe = deploy_probe(&dave);
		let tree = TreeId { parcel: 0, index: 0 };
		let code = smart_code::encode(tree).to_vec();

		// A standing tree, as surveyed.
		let (s, out) = ext(&probe, &charlie, 1, &code.encode());
		assert_eq!(s, status::OK);
		let facts = TreeFacts::<AccountId, u32>::decode(&mut &out[..]).expect("facts");
		assert_eq!(
			facts,
			TreeFacts {
				parcel: 0,
				index: 0,
				species: 2,
				status: TreeState::Standing,
				owner: bob.clone(),
				height_cm: 1_500,
				crown_cm: 500,
				trunk_mm: Some(280),
				measured_at: 1,
			}
		);
		// Re-measured, then felled: the latest measurement and the status follow.
		run_block_at_slot(GENESIS_SLOT + 1);
		assert_ok!(Forestry::record_measurement(signed(&alice), tree, 1_620, 540, Some(300)));
		assert_ok!(Forestry::record_felling(signed(&alice), tree));
		// Look-alike spelling: lower case.
		let lower = code.to_ascii_lowercase();
		let (s, out) = ext(&probe, &charlie, 1, &lower.encode());
		assert_eq!(s, status::OK);
		let facts = TreeFacts::<AccountId, u32>::decode(&mut &out[..]).expect("facts");
		assert_eq!(facts.status, TreeState::Felled);
		assert_eq!((facts.height_cm, facts.crown_cm, facts.trunk_mm), (1_620, 540, Some(300)));
		assert_eq!(facts.measured_at, 2);

		// Bad input is a status code, never a failed call.
		let unknown_tree = smart_code::encode(TreeId { parcel: 0, index: 9 }).to_vec();
		assert_eq!(ext(&probe, &charlie, 1, &unknown_tree.encode()).0, status::TREE_NOT_FOUND);
		let mut bad_check = code.clone();
		let last = bad_check.len() - 1;
		bad_check[last] = if bad_check[last] == b'0' { b'1' } else { b'0' };
		assert_eq!(ext(&probe, &charlie, 1, &bad_check.encode()).0, status::MALFORMED_CODE);
		assert_eq!(
			ext(&probe, &charlie, 1, &b"1-2A8?".to_vec().encode()).0,
			status::MALFORMED_CODE
		);
		assert_eq!(ext(&probe, &charlie, 1, &vec![b'1'; 40].encode()).0, status::MALFORMED_CODE);
		assert_eq!(ext(&probe, &charlie, 1, &[0xff; 300]).0, status::MALFORMED_CODE);
		assert_eq!(ext(&probe, &charlie, 1, &[]).0, status::MALFORMED_CODE);
		assert_eq!(ext(&probe, &charlie, 9, &code.encode()).0, status::UNKNOWN_FUNCTION);
		assert_eq!(
			ext(&probe, &charlie, (1 << 16) | 1, &code.encode()).0,
			status::UNKNOWN_FUNCTION
		);

		// KYC: false until a provider verifies Bob for trade, then true for trade only.
		let ask = |who: &AccountId, level: u8, use_: KycUse| {
			let (s, out) = ext(&probe, &charlie, 2, &(who.clone(), level, use_).encode());
			assert_eq!(s, status::OK);
			bool::decode(&mut &out[..]).expect("a bool")
		};
		assert!(!ask(&bob, 1, KycUse::Trade));
		assert_ok!(Kyc::appoint_provider(
			RuntimeOrigin::root(),
			charlie.clone(),
			b"Fujian KYC".to_vec().try_into().unwrap()
		));
		let expires = System::block_number() + 1_000;
		assert_ok!(Kyc::issue_claim(
			signed(&charlie),
			bob.clone(),
			2,
			KycScope::TRADE,
			expires,
			[7; 32]
		));
		assert!(ask(&bob, 2, KycUse::Trade));
		assert!(!ask(&bob, 3, KycUse::Trade));
		assert!(!ask(&bob, 1, KycUse::Land));
		let mut bad_use = (bob.clone(), 1u8, KycUse::Trade).encode();
		bad_use[33] = 9;
		assert_eq!(ext(&probe, &charlie, 2, &bad_use).0, status::INVALID_INPUT);
		assert_eq!(ext(&probe, &charlie, 2, &bad_use[..20]).0, status::INVALID_INPUT);
	});
}
