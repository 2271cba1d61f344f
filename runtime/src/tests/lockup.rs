//! Holder economics on the real runtime: CEC bought on the C2C market in test yuan arrives
//! locked and drips free by the (10-block) dev day; a long holder's transaction outranks a
//! newcomer's in the pool; a rare tree's pre-sale opens to long holders first.

use super::*;
use crate::{
	configs::{TradeFeeAccount, TEST_CNY},
	AccountId, Balances, Escrow, Forestry, Lockup, RuntimeCall, RuntimeOrigin, SettlementAssets,
	CEC,
};
use cec_primitives::{Power, TradeItem};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, InspectFreeze},
		Get,
	},
};
use pallet_forestry::RarityTarget;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::transaction_validity::{TransactionSource, TransactionValidity};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn frozen(who: &AccountId) -> u128 {
	Balances::balance_frozen(&pallet_lockup::FreezeReason::Lockup.into(), who)
}

/// Run blocks until block `n`.
fn run_to(n: u32) {
	if System::block_number() == 0 {
		run_block_at_slot(GENESIS_SLOT);
	}
	while System::block_number() < n {
		run_block_at_slot(current_slot() + 1);
	}
}

fn cny(who: &AccountId) -> u128 {
	SettlementAssets::balance(TEST_CNY, who)
}

#[test]
fn bought_cec_arrives_locked_and_drips_free_by_the_day() {
	dev_ext().execute_with(|| {
		run_to(1);
		let (alice, eve) = (Alice.to_account_id(), Eve.to_account_id());
		verify(&[&alice, &eve]);
		let issuance = Balances::total_issuance();
		// Alice, the dev chain's market maker, quotes 0.99/1.01: the reference price is the mid,
		// 1.00 test yuan. Eve lists 50 CEC at 1.01 (in the 2 % band).
		let until = System::block_number() + 1_000;
		assert_ok!(crate::MarketMaker::post_quote(signed(&alice), TEST_CNY, 99, 101, until));
		assert_ok!(Lockup::list(signed(&eve), TEST_CNY, 50 * CEC, 101));
		assert_noop!(
			Lockup::list(signed(&eve), TEST_CNY, 50 * CEC, 103),
			pallet_lockup::Error::<Runtime>::PriceOutOfBand
		);
		let (alice_cny, eve_cny, fees) = (cny(&alice), cny(&eve), cny(&TradeFeeAccount::get()));
		assert_ok!(Lockup::buy(signed(&alice), 0, 20 * CEC));
		// 20 CEC × 1.01 = 20.20 yuan to Eve, 1 % fee (0.21, rounded up) to the fee account.
		assert_eq!(cny(&eve), eve_cny + 2_020);
		assert_eq!(cny(&TradeFeeAccount::get()), fees + 21);
		assert_eq!(cny(&alice), alice_cny - 2_041);
		assert_eq!(Lockup::power_of(&alice), 20 * CEC);
		assert_eq!(frozen(&alice), 20 * CEC);
		// Days pass (a dev day is 10 blocks): the drip becomes unlockable, then spendable.
		run_to(1 + 3 * 10);
		let r = pallet_lockup::Locks::<Runtime>::get(&alice).unwrap();
		let unlockable = Lockup::unlockable_of(&r);
		// At least 1 − 0.995³ = 1.4925 % (three quiet days), at most 1 − 0.99³.
		assert!(unlockable >= 20 * CEC / 1_000_000 * 14_925, "{unlockable}");
		assert!(unlockable <= 20 * CEC / 1_000_000 * 29_701, "{unlockable}");
		assert_ok!(Lockup::unlock(signed(&alice), unlockable));
		let bob = Bob.to_account_id();
		let before = Balances::balance(&bob);
		assert_ok!(Balances::transfer_keep_alive(signed(&alice), bob.clone().into(), unlockable));
		assert_eq!(Balances::balance(&bob), before + unlockable);
		assert_eq!(frozen(&alice), 20 * CEC - unlockable);
		assert_eq!(Balances::total_issuance(), issuance);
		// The maker's mid moves 4 %: the listing is stale, cannot be bought, and anyone may
		// cancel it.
		let until = System::block_number() + 1_000;
		assert_ok!(crate::MarketMaker::post_quote(signed(&alice), TEST_CNY, 103, 105, until));
		assert_noop!(
			Lockup::buy(signed(&alice), 0, CEC),
			pallet_lockup::Error::<Runtime>::StaleListing
		);
		assert_ok!(Lockup::cancel(signed(&bob), 0));
		assert_eq!(frozen(&eve), 0);
	});
}

/// The priority the pool gives `signer`'s remark.
fn pool_priority(signer: Sr25519Keyring, nonce: u32) -> u64 {
	let xt = signed_extrinsic(
		signer,
		nonce,
		RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] }),
	);
	let parent = System::block_hash(System::block_number());
	let validity: TransactionValidity =
		Executive::validate_transaction(TransactionSource::External, xt, parent);
	validity.expect("valid").priority
}

#[test]
fn a_long_holder_outranks_a_newcomer_in_the_pool_and_activity_is_counted() {
	dev_ext().execute_with(|| {
		run_to(1);
		let eve = Eve.to_account_id();
		// Eve locks as much as Dave at block 25; Dave has held his since genesis.
		run_to(25);
		assert_ok!(Lockup::lock(signed(&eve), 1_000 * CEC));
		run_to(5 * 10 + 1);
		let (dave, newcomer) = (pool_priority(Dave, 0), pool_priority(Eve, 0));
		let per_day: u64 = <Runtime as pallet_lockup::Config>::PriorityPerDay::get();
		// Dave: five days held; Eve: two.
		assert!(dave > newcomer, "{dave} > {newcomer}");
		assert_eq!(dave - pool_priority(Alice, 0), 5 * per_day, "Alice locked nothing");
		// Applying a signed extrinsic that succeeds counts one in the day's activity.
		let before = pallet_lockup::DayActivity::<Runtime>::get();
		let xt = signed_extrinsic(
			Dave,
			0,
			RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
		);
		assert_ok!(Executive::apply_extrinsic(xt).expect("applies"));
		assert_eq!(pallet_lockup::DayActivity::<Runtime>::get(), before + 1);
	});
}

#[test]
fn a_rare_tree_sells_first_to_long_holders() {
	dev_ext().execute_with(|| {
		run_to(1);
		let (alice, bob, dave) = (Alice.to_account_id(), Bob.to_account_id(), Dave.to_account_id());
		verify(&[&alice, &bob, &dave]);
		// Bob's attested parcel with one tree of species 2, which governance marks rare.
		parcel_with_one_tree(&bob, &alice);
		assert_ok!(Forestry::set_rarity(RuntimeOrigin::root(), RarityTarget::Species(2), true));
		// The pre-sale: 20 blocks, opening at 2,000 CEC-days.
		let mut p = pallet_lockup::Params::<Runtime>::get();
		p.presale_window = 20;
		p.presale_top_score = 2_000 * CEC;
		assert_ok!(Lockup::set_params(RuntimeOrigin::root(), p));
		run_to(30);
		let tree = TradeItem::Tree { parcel: 0, index: 0 };
		let cny = frame_support::traits::fungible::NativeOrWithId::WithId(TEST_CNY);
		assert_ok!(Escrow::list(signed(&bob), tree, cny, 10_000, [3; 32], 100));
		// Alice holds nothing locked: not yet.
		assert_noop!(
			Escrow::accept(signed(&alice), 0),
			pallet_lockup::Error::<Runtime>::NotYetEligible
		);
		// Dave has held 1,000 CEC for three days: about 2,900 CEC-days.
		assert!(Lockup::coin_days(&dave) >= 2_000 * CEC);
		assert_ok!(Escrow::accept(signed(&dave), 0));
	});
}

#[test]
fn after_the_window_anyone_may_buy_a_rare_item() {
	dev_ext().execute_with(|| {
		run_to(1);
		let p = pallet_lockup::Params::<Runtime>::get();
		let listed_at = System::block_number();
		let alice = Alice.to_account_id();
		assert_noop!(
			<Lockup as cec_primitives::PreSale<_, _>>::ensure_eligible(&alice, listed_at),
			pallet_lockup::Error::<Runtime>::NotYetEligible
		);
		// Three real days is 43,200 blocks: jump the block number (no need to run them all).
		System::set_block_number(listed_at + p.presale_window);
		assert_ok!(<Lockup as cec_primitives::PreSale<_, _>>::ensure_eligible(&alice, listed_at));
		assert!(Balances::balance(&alice) > 0);
	});
}

#[test]
fn vesting_cec_cannot_back_a_lock() {
	dev_ext().execute_with(|| {
		run_to(1);
		let (alice, eve) = (Charlie.to_account_id(), Eve.to_account_id());
		// Charlie gives Eve 5,000 CEC vesting over 1,000,000 blocks.
		let schedule = pallet_vesting::VestingInfo::new(5_000 * CEC, 5_000 * CEC / 1_000_000, 10);
		assert_ok!(crate::Vesting::vested_transfer(signed(&alice), eve.clone().into(), schedule));
		let free = Balances::balance(&eve);
		let available = pallet_lockup::Pallet::<Runtime>::available(&eve);
		assert_eq!(available, free - 5_000 * CEC - crate::constants::currency::EXISTENTIAL_DEPOSIT);
		assert_ok!(Lockup::lock(signed(&eve), available));
		// Nothing but the existential deposit can leave: the lock stacks on the vesting.
		assert_eq!(frozen(&eve), available + 5_000 * CEC);
		assert!(Balances::transfer_keep_alive(signed(&eve), alice.clone().into(), CEC).is_err());
		assert_noop!(
			Lockup::lock(signed(&eve), CEC),
			pallet_lockup::Error::<Runtime>::InsufficientAvailable
		);
	});
}

#[test]
fn a_buyer_with_locked_cec_pays_a_cec_trade_and_the_seller_is_paid() {
	dev_ext().execute_with(|| {
		run_to(1);
		let (bob, eve) = (Bob.to_account_id(), Eve.to_account_id());
		verify(&[&bob, &eve]);
		assert_ok!(Lockup::lock(signed(&eve), 5_000 * CEC));
		let service = TradeItem::Service { terms: [7; 32] };
		let cec = frame_support::traits::fungible::NativeOrWithId::Native;
		let bob_before = Balances::balance(&bob);
		assert_ok!(Escrow::list(signed(&bob), service, cec, 1_000 * CEC, [7; 32], 100));
		assert_ok!(Escrow::accept(signed(&eve), 0));
		assert_ok!(Escrow::fund(signed(&eve), 0));
		// The payment left Eve's account: her lock still covers 5,000 CEC of what is left, so she
		// cannot move the rest of her free CEC out from under it.
		assert!(Balances::balance(&eve) >= frozen(&eve));
		let spendable = Balances::reducible_balance(
			&eve,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Fortitude::Polite,
		);
		assert!(Balances::total_balance(&eve) - spendable >= 5_000 * CEC);
		assert!(Balances::transfer_allow_death(signed(&eve), bob.clone().into(), spendable + 1)
			.is_err());
		// The seller delivers and is paid in full.
		let voucher: pallet_escrow::Cid =
			b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
				.to_vec()
				.try_into()
				.unwrap();
		assert_ok!(Escrow::confirm_delivery(signed(&bob), 0, voucher));
		assert_ok!(Escrow::confirm_receipt(signed(&eve), 0));
		assert_eq!(
			Balances::balance(&bob),
			bob_before + 1_000 * CEC,
			"price in full, deposit back"
		);
		assert_eq!(Lockup::power_of(&eve), 5_000 * CEC);
	});
}
