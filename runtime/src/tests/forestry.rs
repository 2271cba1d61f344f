//! The forestry registry and tree-backed tokens on the real runtime: signed extrinsics through
//! `Executive`, the block limits that come with them, and the runtime APIs.

use super::*;
use crate::{
	configs::ProxyType, AccountId, Balances, Forestry, RuntimeCall, RuntimeOrigin, TreeAssets,
	TreeTokens, CEC,
};
use frame_support::{
	assert_ok,
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{fungible::Inspect as _, InstanceFilter},
};
use pallet_forestry::{
	runtime_decl_for_forestry_api::ForestryApiV1, smart_code, Cid, GeoPoint, ParcelInfo, TreeEvent,
	TreeId, TreeOrigin, TreeSurvey,
};
use pallet_tree_tokens::{runtime_decl_for_tree_tokens_api::TreeTokensApiV1, TokenKind};
use sp_keyring::Sr25519Keyring::{Alice, Bob};

const CID: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

fn survey(i: u32) -> TreeSurvey {
	TreeSurvey {
		species: 2,
		position: GeoPoint { lat: 261_000_000 + i as i32, lon: 1_193_000_000 - i as i32 },
		height_cm: 1_500,
		crown_cm: 500,
		trunk_mm: Some(280),
		planted: Some(2012),
		origin: TreeOrigin::Planted,
	}
}

/// Alice is a witness for Fujian; Bob owns parcel 0 there, attested by Alice.
fn attested_parcel_of_bob() {
	let region: pallet_forestry::Region = b"CN-35".to_vec().try_into().unwrap();
	let licence = b"FJ-WIT-0001".to_vec().try_into().unwrap();
	assert_ok!(Forestry::appoint_witness(
		RuntimeOrigin::root(),
		Alice.to_account_id(),
		licence,
		region
	));
	let cid = Cid::try_from(CID.to_vec()).unwrap();
	let info = ParcelInfo {
		region: b"CN-350481".to_vec().try_into().unwrap(),
		area_m2: 200_000,
		boundary_cid: cid.clone(),
		boundary_hash: [9; 32],
		certificate_cid: cid,
	};
	assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(Bob.to_account_id()), info));
	assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(Alice.to_account_id()), 0));
}

/// The registry's throughput claim, on the real runtime with the real weights: ten signed batches
/// of 1,000 trees each go into one block, within its weight and length limits.
#[test]
fn ten_thousand_trees_fit_in_one_block() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		attested_parcel_of_bob();
		run_block_at_slot(GENESIS_SLOT + 1);

		let header = Header::new(
			System::block_number() + 1,
			Default::default(),
			Default::default(),
			System::block_hash(System::block_number()),
			babe_digest(GENESIS_SLOT + 2, 0),
		);
		Executive::initialize_block(&header);
		Timestamp::set(RuntimeOrigin::none(), (GENESIS_SLOT + 2) * SLOT_DURATION).unwrap();
		let nonce = System::account_nonce(Alice.to_account_id());
		for batch in 0..10u32 {
			let trees = (batch * 1_000..(batch + 1) * 1_000)
				.map(survey)
				.collect::<Vec<_>>()
				.try_into()
				.unwrap();
			let call =
				RuntimeCall::Forestry(pallet_forestry::Call::register_trees { parcel: 0, trees });
			let xt = signed_extrinsic(Alice, nonce + batch, call);
			assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())), "batch {batch}");
		}
		let used = *System::block_weight().get(DispatchClass::Normal);
		let limits = <Runtime as frame_system::Config>::BlockWeights::get();
		let max = limits.get(DispatchClass::Normal).max_total.unwrap();
		assert!(used.all_lte(max));
		Executive::finalize_block();

		assert_eq!(pallet_forestry::Parcels::<Runtime>::get(0).unwrap().trees, 10_000);
		let last = TreeId { parcel: 0, index: 9_999 };
		assert_eq!(Runtime::tree(last).unwrap().tree.survey, survey(9_999));
		// What share of the ordinary block the 10,000 trees used.
		println!(
			"10,000 trees: {} of {} ps ({} %)",
			used.ref_time(),
			max.ref_time(),
			used.ref_time() * 100 / max.ref_time()
		);
	});
}

/// The batch weight as benchmarked: the figure the pallet README reports.
#[test]
fn trees_per_block_from_the_benchmarked_weights() {
	use pallet_forestry::WeightInfo;
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = limits.get(DispatchClass::Normal);
	let per_call = pallet_forestry::weights::SubstrateWeight::<Runtime>::register_trees(1_000)
		.saturating_add(normal.base_extrinsic);
	let calls = normal.max_total.unwrap().ref_time() / per_call.ref_time();
	println!("one call of 1,000 trees: {} ps; {} calls per block", per_call.ref_time(), calls);
	assert!(calls * 1_000 >= 10_000);
	// The weight the call declares is what the benchmark gives for the batch length.
	let call = pallet_forestry::Call::<Runtime>::register_trees {
		parcel: 0,
		trees: (0..1_000).map(survey).collect::<Vec<_>>().try_into().unwrap(),
	};
	assert_eq!(
		call.get_dispatch_info().call_weight,
		pallet_forestry::weights::SubstrateWeight::<Runtime>::register_trees(1_000)
	);
}

#[test]
fn a_tree_is_found_by_its_smart_code_with_its_history() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		attested_parcel_of_bob();
		let alice = RuntimeOrigin::signed(Alice.to_account_id());
		assert_ok!(Forestry::register_trees(
			alice.clone(),
			0,
			(0..100).map(survey).collect::<Vec<_>>().try_into().unwrap()
		));
		let id = TreeId { parcel: 0, index: 42 };
		assert_ok!(Forestry::record_measurement(alice.clone(), id, 1_620, 530, Some(300)));

		let code = smart_code::encode(id);
		let view = Runtime::tree_by_code(code.to_vec()).expect("found");
		assert_eq!(view.id, id);
		assert_eq!(view.owner, Bob.to_account_id());
		assert_eq!(view.tree.survey, survey(42));
		assert_eq!(view.tree.witness, Alice.to_account_id());
		assert_eq!(
			view.history.iter().map(|r| r.event.clone()).collect::<Vec<_>>(),
			vec![TreeEvent::Measured { height_cm: 1_620, crown_cm: 530, trunk_mm: Some(300) }]
		);
		assert!(Runtime::tree_by_code(b"0-XX".to_vec()).is_none());
		assert_eq!(Runtime::parcel_trees(0, 90, 50).len(), 10);
		assert_eq!(Runtime::parcel(0).unwrap().trees, 100);
	});
}

#[test]
fn revenue_tokens_pay_holders_and_conserve_cec() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		attested_parcel_of_bob();
		let (alice, bob): (AccountId, AccountId) = (Alice.to_account_id(), Bob.to_account_id());
		let issuance = Balances::total_issuance();
		assert_ok!(TreeTokens::tokenise(
			RuntimeOrigin::signed(bob.clone()),
			0,
			Default::default(),
			TokenKind::Revenue,
			1_000_000,
			2,
			b"Sanming fir revenue".to_vec().try_into().unwrap(),
			b"SMFIR".to_vec().try_into().unwrap(),
		));
		assert_eq!(TreeAssets::balance(0, &bob), 1_000_000);
		assert_ok!(TreeTokens::transfer(
			RuntimeOrigin::signed(bob.clone()),
			0,
			alice.clone(),
			300_000
		));
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(bob.clone()), 0, 1_000 * CEC));
		assert_eq!(Runtime::claimable(0, alice.clone()), 300 * CEC);
		let before = Balances::balance(&alice);
		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(alice.clone()), 0));
		assert_eq!(Balances::balance(&alice), before + 300 * CEC);
		assert_eq!(Runtime::claimable(0, alice.clone()), 0);
		assert_eq!(Balances::total_issuance(), issuance);
		let pot = TreeTokens::pot(0);
		assert_eq!(Balances::balance(&pot), crate::EXISTENTIAL_DEPOSIT + 700 * CEC);
		// The tokenised parcel's trees cannot be cut.
		assert_ok!(Forestry::register_trees(
			RuntimeOrigin::signed(alice.clone()),
			0,
			vec![survey(0)].try_into().unwrap()
		));
		assert!(Forestry::record_felling(
			RuntimeOrigin::signed(alice),
			TreeId { parcel: 0, index: 0 }
		)
		.is_err());
	});
}

#[test]
fn non_transfer_proxies_cannot_move_trees_or_tokens() {
	let bob: AccountId = Bob.to_account_id();
	let tree = TreeId { parcel: 0, index: 0 };
	let moving = [
		RuntimeCall::Forestry(pallet_forestry::Call::transfer_tree { tree, to: bob.clone() }),
		RuntimeCall::Forestry(pallet_forestry::Call::transfer_parcel {
			parcel: 0,
			to: bob.clone(),
		}),
		RuntimeCall::TreeTokens(pallet_tree_tokens::Call::transfer {
			token: 0,
			to: bob,
			amount: 1,
		}),
	];
	for call in moving {
		assert!(!ProxyType::NonTransfer.filter(&call));
		assert!(ProxyType::Any.filter(&call));
	}
	let recording = RuntimeCall::Forestry(pallet_forestry::Call::record_damage {
		tree,
		cause: pallet_forestry::DamageCause::Pest,
		severity: 5,
	});
	assert!(ProxyType::NonTransfer.filter(&recording));
}
