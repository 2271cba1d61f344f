//! The daily dividend pool on the real runtime: transaction fees split between the block author
//! and the revenue account, the C2C fee routed as revenue in test yuan, a (10-block) dev day's
//! revenue paid the next day to two holders in a 1:3 ratio to the planck, the buy-back share in
//! the treasury, the day's yuan revenue sold to the market maker for CEC at the close, and the
//! emission's power share reaching holders.

use super::*;
use crate::{
	configs::{governance::TreasuryAccount, TradeFeeAccount, TEST_CNY},
	AccountId, Balances, Dividends, Lockup, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	SettlementAssets, CEC,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect as _, fungible::NativeOrWithId, fungibles::Inspect as _},
};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Dave, Eve, Ferdie};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn cny(who: &AccountId) -> u128 {
	SettlementAssets::balance(TEST_CNY, who)
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

/// The fee of the last extrinsic applied (its `TransactionFeePaid` event): fee and tip.
fn last_fee() -> (u128, u128) {
	System::events()
		.iter()
		.rev()
		.find_map(|e| match &e.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, tip, .. },
			) => Some((*actual_fee, *tip)),
			_ => None,
		})
		.expect("a fee was paid")
}

/// Today's revenue noted in CEC's pool and in the test yuan's.
fn revenue() -> (u128, u128) {
	let pools = pallet_dividends::Pools::<Runtime>::get();
	let of = |asset: NativeOrWithId<u32>| {
		pools.iter().find(|p| p.asset == asset).map(|p| p.revenue).unwrap_or_default()
	};
	(of(NativeOrWithId::Native), of(NativeOrWithId::WithId(TEST_CNY)))
}

#[test]
fn the_author_keeps_tips_and_a_fifth_of_the_fee_the_rest_is_revenue() {
	const TIP: crate::Balance = 7 * CEC / 1_000;
	dev_ext().execute_with(|| {
		run_to(1);
		let alice = Alice.to_account_id();
		let issuance = Balances::total_issuance();
		let (author_before, pool_before) =
			(Balances::balance(&alice), Balances::balance(&TradeFeeAccount::get()));
		let (fee, tip) = in_block(|| {
			let xt = tipped_extrinsic(
				Bob,
				System::account_nonce(Bob.to_account_id()),
				RuntimeCall::System(frame_system::Call::remark { remark: vec![1; 100] }),
				TIP,
			);
			assert_ok!(Executive::apply_extrinsic(xt).expect("applies"));
			last_fee()
		});
		assert_eq!(tip, TIP, "the tip is charged");
		assert!(fee > tip);
		let author_part = sp_runtime::Perbill::from_percent(20).mul_floor(fee - tip);
		// Alice (the author of every dev block) gets a fifth of the fee and the tip.
		assert_eq!(Balances::balance(&alice) - author_before, author_part + tip);
		assert_eq!(
			Balances::balance(&TradeFeeAccount::get()) - pool_before,
			fee - tip - author_part
		);
		assert_eq!(revenue().0, fee - tip - author_part, "noted as the day's revenue");
		assert_eq!(Balances::total_issuance(), issuance, "fees create or destroy nothing");
	});
}

/// Issue 12's end-to-end case on the runtime: two holders in a 1:3 ratio, others paying trade and
/// transaction fees through a dev day, each holder claiming 70 % of it split 1:3 to the planck,
/// the treasury getting the rest, a second claim paying nothing.
#[test]
fn a_days_revenue_is_paid_the_next_day_one_to_three() {
	dev_ext().execute_with(|| {
		run_to(1);
		let (alice, bob, dave, eve) =
			(Alice.to_account_id(), Bob.to_account_id(), Dave.to_account_id(), Eve.to_account_id());
		// Dave holds 1,000 CEC locked since genesis; Eve locks 3,000 on day 0: 1:3 from day 1.
		assert_ok!(Lockup::lock(signed(&eve), 3_000 * CEC));
		let (s_dave, s_eve) = (
			pallet_lockup::Locks::<Runtime>::get(&dave).unwrap().shares,
			pallet_lockup::Locks::<Runtime>::get(&eve).unwrap().shares,
		);
		assert_eq!(s_eve, 3 * s_dave);
		// Eve cannot claim yet: the day her power earns from has not closed.
		assert_noop!(
			Dividends::claim(signed(&eve)),
			pallet_dividends::Error::<Runtime>::DayNotClosed
		);
		verify(&[&alice, &bob]);
		// Alice, the dev market maker, quotes 0.99/1.01 yuan: the reference price is 1.00.
		assert_ok!(crate::MarketMaker::post_quote(
			RuntimeOrigin::signed(alice.clone()),
			TEST_CNY,
			99,
			101,
			1_000
		));
		run_to(10); // day 0 closes at block 10: nobody held power through it
		assert_eq!(pallet_dividends::Today::<Runtime>::get(), 1);
		let issuance = (Balances::total_issuance(), SettlementAssets::total_issuance(TEST_CNY));
		let treasury = (Balances::balance(&TreasuryAccount::get()), cny(&TreasuryAccount::get()));
		// Day 1: Bob lists CEC on the C2C market and Alice buys (a 1 % fee in test yuan); Ferdie
		// and Bob pay transaction fees.
		in_block(|| {
			let nonce = |who: &AccountId| System::account_nonce(who);
			for (signer, call) in [
				(
					Bob,
					RuntimeCall::Lockup(pallet_lockup::Call::list {
						asset: TEST_CNY,
						amount: 100 * CEC,
						price: 100,
					}),
				),
				(Ferdie, RuntimeCall::System(frame_system::Call::remark { remark: vec![7; 64] })),
			] {
				let xt = signed_extrinsic(signer, nonce(&signer.to_account_id()), call);
				assert_ok!(Executive::apply_extrinsic(xt).expect("applies"));
			}
		});
		in_block(|| {
			let call = RuntimeCall::Lockup(pallet_lockup::Call::buy { id: 0, amount: 50 * CEC });
			let xt = signed_extrinsic(Alice, System::account_nonce(&alice), call);
			assert_ok!(Executive::apply_extrinsic(xt).expect("applies"));
		});
		let (cec_revenue, cny_revenue) = revenue();
		// 50 CEC at 1.00 yuan: 50.00 yuan, 1 % fee = 0.50 yuan.
		assert_eq!(cny_revenue, 49, "50 less the pool's one-unit reserve");
		assert!(cec_revenue > 0);
		let maker = (crate::MarketMaker::inventory_of(&alice), cny(&alice));
		// Day 1 closes: the close sells the day's 49 units of yuan to Alice at her ask of 1.01
		// yuan for CEC.
		run_to(20);
		let converted = 49 * CEC / 101;
		System::assert_has_event(
			pallet_dividends::Event::RevenueConverted {
				asset: NativeOrWithId::WithId(TEST_CNY),
				amount: 49,
				cec: converted,
			}
			.into(),
		);
		assert_eq!(crate::MarketMaker::inventory_of(&alice), maker.0 - converted);
		assert_eq!(cny(&alice), maker.1 + 49);
		let day = pallet_dividends::Days::<Runtime>::get(1).expect("day 1 recorded");
		assert_eq!(day.shares, s_dave + s_eve);
		// The day's revenue is all CEC now: the fees in CEC and the yuan's worth.
		assert_eq!(day.assets[1].revenue, 0);
		assert_eq!(day.assets[1].dividend, 0);
		let total = cec_revenue + converted;
		assert_eq!(day.assets[0].revenue, total);
		let cec_dividend = total * 7 / 10;
		assert_eq!(day.assets[0].dividend, cec_dividend);
		// The treasury (buy-back and operations) got the other 30 %: CEC bought back.
		assert_eq!(Balances::balance(&TreasuryAccount::get()) - treasury.0, total - cec_dividend);
		assert_eq!(cny(&TreasuryAccount::get()), treasury.1);
		// The runtime API agrees with what the claims pay.
		assert_eq!(Dividends::claimable(&dave), vec![(NativeOrWithId::Native, cec_dividend / 4)]);
		let (dave_cec, eve_cec) = (Balances::balance(&dave), Balances::balance(&eve));
		assert_ok!(Dividends::claim(signed(&dave)));
		assert_ok!(Dividends::claim(signed(&eve)));
		assert_eq!(Balances::balance(&dave) - dave_cec, cec_dividend / 4);
		assert_eq!(Balances::balance(&eve) - eve_cec, cec_dividend * 3 / 4);
		assert_noop!(
			Dividends::claim(signed(&dave)),
			pallet_dividends::Error::<Runtime>::AlreadyClaimed
		);
		assert_noop!(Dividends::claim(signed(&bob)), pallet_dividends::Error::<Runtime>::NoPower);
		assert_eq!(Balances::total_issuance(), issuance.0, "routing and claims mint nothing");
		assert_eq!(SettlementAssets::total_issuance(TEST_CNY), issuance.1);
	});
}

#[test]
fn the_emission_s_power_share_reaches_holders() {
	dev_ext().execute_with(|| {
		run_to_active_era(1);
		let remainder = pallet_supply::Emitted::<Runtime>::get()
			- pallet_staking::ErasValidatorReward::<Runtime>::get(0).expect("era 0 paid");
		assert!(remainder > 0);
		let dave = Dave.to_account_id();
		let before = Dividends::claimable(&dave).first().map(|(_, b)| *b).unwrap_or_default();
		// The next day close pays it, all of it, to the power held through the day: Dave's alone.
		let day = pallet_dividends::Today::<Runtime>::get();
		while pallet_dividends::Today::<Runtime>::get() == day {
			run_block_at_slot(current_slot() + 1);
		}
		let record = pallet_dividends::Days::<Runtime>::get(day).unwrap();
		assert_eq!(record.assets[0].rewards, remainder);
		let after = Dividends::claimable(&dave)[0].1;
		assert!(after - before >= remainder, "{after} - {before} >= {remainder}");
		assert!(Balances::total_issuance() <= crate::constants::supply::ISSUANCE_CAP);
	});
}
