//! Market makers on the real runtime: Alice, the dev chain's maker, mints test yuan to a user who
//! never held CEC against a deposit reference, quotes CEC, sells the user CEC that arrives locked
//! (with power), buys CEC back from Bob into her inventory and burns yuan against a payout; the
//! C2C market's reference price is her mid; no CEC or yuan is made or lost.

use super::*;
use crate::{
	configs::TEST_CNY, genesis_config_presets::TEST_MAKER_INVENTORY, AccountId, Balances, Lockup,
	MarketMaker, RuntimeOrigin, SettlementAssets, CEC,
};
use cec_primitives::{Power, ReferencePrice};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect as _, fungibles::Inspect as _},
};
use sp_keyring::Sr25519Keyring::{Alice, Bob};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn cny(who: &AccountId) -> u128 {
	SettlementAssets::balance(TEST_CNY, who)
}

#[test]
fn a_user_who_never_held_cec_buys_it_with_yuan_minted_against_a_deposit() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let (alice, bob) = (Alice.to_account_id(), Bob.to_account_id());
		let user = AccountId::from([7u8; 32]);
		assert_eq!(MarketMaker::inventory_of(&alice), TEST_MAKER_INVENTORY);
		let (issuance, yuan) =
			(Balances::total_issuance(), SettlementAssets::total_issuance(TEST_CNY));
		assert_eq!(pallet_market_maker::Ledgers::<Runtime>::get(TEST_CNY).minted, yuan);

		// A 500.00 yuan bank deposit, reference hashed.
		assert_ok!(MarketMaker::mint(
			signed(&alice),
			TEST_CNY,
			user.clone().into(),
			50_000,
			[1; 32]
		));
		assert_noop!(
			MarketMaker::mint(signed(&alice), TEST_CNY, user.clone().into(), 50_000, [1; 32]),
			pallet_market_maker::Error::<Runtime>::DuplicateReference
		);
		assert_noop!(
			MarketMaker::mint(signed(&bob), TEST_CNY, bob.clone().into(), 50_000, [2; 32]),
			pallet_market_maker::Error::<Runtime>::NotMaker
		);
		assert_eq!(cny(&user), 50_000);
		assert_eq!(Balances::total_balance(&user), 0);

		// No quote, no reference price; Alice quotes 0.99/1.01 for 100 blocks: the mid is 1.00.
		assert_eq!(<Runtime as pallet_lockup::Config>::Price::price(&TEST_CNY), None);
		let until = System::block_number() + 100;
		assert_ok!(MarketMaker::post_quote(signed(&alice), TEST_CNY, 99, 101, until));
		assert_eq!(<Runtime as pallet_lockup::Config>::Price::price(&TEST_CNY), Some(100));
		assert_noop!(
			MarketMaker::post_quote(signed(&alice), TEST_CNY, 90, 110, until),
			pallet_market_maker::Error::<Runtime>::SpreadTooWide
		);

		// The user passes KYC and buys 100 CEC at 1.01: 101.00 yuan; the CEC arrives locked.
		assert_noop!(
			MarketMaker::buy_cec(signed(&user), alice.clone().into(), TEST_CNY, 100 * CEC, 101),
			pallet_kyc::Error::<Runtime>::NoKyc
		);
		verify(&[&user, &bob]);
		assert_ok!(MarketMaker::buy_cec(
			signed(&user),
			alice.clone().into(),
			TEST_CNY,
			100 * CEC,
			101
		));
		assert_eq!(cny(&user), 50_000 - 10_100);
		assert_eq!(Balances::total_balance(&user), 100 * CEC);
		assert_eq!(Lockup::power_of(&user), 100 * CEC);
		assert_eq!(MarketMaker::inventory_of(&alice), TEST_MAKER_INVENTORY - 100 * CEC);

		// Bob sells 10 CEC at 0.99: 9.90 yuan; the CEC joins Alice's inventory.
		let bob_cny = cny(&bob);
		assert_ok!(MarketMaker::sell_cec(
			signed(&bob),
			alice.clone().into(),
			TEST_CNY,
			10 * CEC,
			99
		));
		assert_eq!(cny(&bob), bob_cny + 990);
		assert_eq!(MarketMaker::inventory_of(&alice), TEST_MAKER_INVENTORY - 90 * CEC);

		// The user hands 100.00 yuan back for a bank payout; Alice burns it.
		assert_ok!(SettlementAssets::transfer(
			signed(&user),
			TEST_CNY.into(),
			alice.clone().into(),
			10_000
		));
		assert_ok!(MarketMaker::burn(signed(&alice), TEST_CNY, 10_000, [3; 32]));

		// The quote expires: the C2C market has no reference price, nobody trades at it.
		while System::block_number() < until {
			run_block_at_slot(current_slot() + 1);
		}
		assert_eq!(<Runtime as pallet_lockup::Config>::Price::price(&TEST_CNY), None);
		assert_noop!(
			MarketMaker::buy_cec(signed(&user), alice.clone().into(), TEST_CNY, 10 * CEC, 101),
			pallet_market_maker::Error::<Runtime>::QuoteExpired
		);

		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(SettlementAssets::total_issuance(TEST_CNY), yuan + 50_000 - 10_000);
		let ledger = pallet_market_maker::Ledgers::<Runtime>::get(TEST_CNY);
		assert_eq!((ledger.minted, ledger.burned), (yuan + 50_000, 10_000));
		assert_invariants();
	});
}

/// A fresh account that never held CEC, only test yuan a maker minted, pays every transaction
/// fee in yuan (`ChargeAssetTxPayment` naming the yuan by its location); Alice's inventory pays
/// the chain exactly the fee, the author and the revenue account get their CEC as from any fee;
/// the pool refuses the transaction, charging nobody, when no maker can convert.
#[test]
fn a_user_holding_only_yuan_pays_its_fees_in_yuan() {
	use crate::{configs::TradeFeeAccount, Executive, RuntimeCall};
	use sp_keyring::Sr25519Keyring::Two;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let alice = Alice.to_account_id();
		let user = Two.to_account_id();
		assert_eq!(Balances::total_balance(&user), 0);
		assert_ok!(MarketMaker::mint(
			signed(&alice),
			TEST_CNY,
			user.clone().into(),
			100_000,
			[1; 32]
		));
		let remark = || RuntimeCall::System(frame_system::Call::remark { remark: vec![7; 32] });
		let validate = |nonce| {
			let xt = extrinsic_paid_in(Two, nonce, remark(), 0, Some(TEST_CNY));
			Executive::validate_transaction(
				TransactionSource::External,
				xt,
				System::block_hash(System::block_number()),
			)
		};
		// No quote: the pool refuses, and charges nobody.
		let no_conversion = InvalidTransaction::Custom(pallet_market_maker::NO_CONVERSION).into();
		assert_eq!(validate(0).map(|_| ()), Err(no_conversion));
		// In CEC the user cannot pay at all.
		let in_cec = extrinsic_paid_in(Two, 0, remark(), 0, None);
		assert!(Executive::validate_transaction(
			TransactionSource::External,
			in_cec,
			System::block_hash(System::block_number())
		)
		.is_err());
		assert_eq!(cny(&user), 100_000);

		assert_ok!(MarketMaker::post_quote(signed(&alice), TEST_CNY, 99, 101, 1_000));
		assert_ok!(validate(0));
		let (issuance, yuan) =
			(Balances::total_issuance(), SettlementAssets::total_issuance(TEST_CNY));
		let (inventory, alice_cny) = (MarketMaker::inventory_of(&alice), cny(&alice));
		let revenue = Balances::total_balance(&TradeFeeAccount::get());
		let fees = in_block(|| {
			for nonce in 0..3 {
				let xt = extrinsic_paid_in(Two, nonce, remark(), 0, Some(TEST_CNY));
				assert_ok!(Executive::apply_extrinsic(xt).expect("valid"));
			}
			System::events()
				.into_iter()
				.filter_map(|r| match r.event {
					crate::RuntimeEvent::MarketMaker(
						pallet_market_maker::Event::FeeConverted { fee, cost, .. },
					) => Some((fee, cost)),
					_ => None,
				})
				.collect::<Vec<_>>()
		});
		assert_eq!(fees.len(), 3);
		let cec: u128 = fees.iter().map(|(f, _)| f).sum();
		let paid: u128 = fees.iter().map(|(_, c)| c).sum();
		// A remark costs about 0.0003 CEC: 0.03 yuan units at 1.01, rounded up to one unit each.
		assert!(cec > 0 && paid == 3, "{fees:?}");
		assert_eq!(System::account_nonce(&user), 3);
		assert_eq!(cny(&user), 100_000 - paid);
		assert_eq!(cny(&alice), alice_cny + paid);
		assert_eq!(MarketMaker::inventory_of(&alice), inventory - cec);
		assert_eq!(Balances::total_balance(&user), 0, "the user never held CEC");
		// 80 % of each fee is revenue (the author, Alice, keeps 20 %).
		assert!(Balances::total_balance(&TradeFeeAccount::get()) > revenue);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(SettlementAssets::total_issuance(TEST_CNY), yuan);
		// Wallets name the yuan by its location; no other location is a fee asset.
		use crate::configs::ByLocation;
		use pallet_market_maker::FeeAsset;
		use xcm::v5::{Junction::*, Location};
		let located = |l: Location| <ByLocation as FeeAsset<u32>>::asset(&l);
		assert_eq!(located(crate::configs::fee_asset_location(TEST_CNY)), Some(TEST_CNY));
		assert_eq!(located(Location::new(0, [PalletInstance(51), GeneralIndex(7)])), Some(7));
		assert_eq!(located(Location::new(0, [PalletInstance(41), GeneralIndex(1)])), None);
		assert_eq!(located(Location::new(1, [PalletInstance(51), GeneralIndex(1)])), None);
		assert_eq!(
			located(Location::new(0, [PalletInstance(51), GeneralIndex(u128::from(u32::MAX) + 1)])),
			None
		);
		assert_eq!(located(Location::new(0, [PalletInstance(51)])), None);
		assert_eq!(located(Location::here()), None);
		assert_invariants();
	});
}
