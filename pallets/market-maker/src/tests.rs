//! Tests of the market-maker pallet: every call, every refusal, and that no money is made or lost
//! (CEC issuance is unchanged by every flow; each asset's supply is its ledger's minted − burned,
//! which `run` checks after every test through `do_try_state`).

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, InspectHold as _},
		fungibles::Inspect as _,
		tokens::Preservation,
	},
};
use sp_runtime::DispatchError;

const CID: &[u8] = b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";

type E = Error<Test>;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A payment reference hash.
fn r(n: u8) -> PaymentRef {
	[n; 32]
}

fn cid(bytes: &[u8]) -> Cid {
	bytes.to_vec().try_into().unwrap()
}

fn yuan(who: AccountId) -> Balance {
	Assets::balance(CNY, who)
}

fn usd(who: AccountId) -> Balance {
	Assets::balance(USD, who)
}

fn inventory(who: AccountId) -> Balance {
	MarketMaker::inventory_of(&who)
}

fn deposits(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::RefDeposit.into(), &who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| if let RuntimeEvent::MarketMaker(e) = r.event { Some(e) } else { None })
		.expect("an event of the pallet")
}

/// MAKER quotes `bid`/`ask` in `asset` for 10 blocks.
fn quote(maker: AccountId, asset: u32, bid: Balance, ask: Balance) {
	let expires_at = System::block_number() + 10;
	assert_ok!(MarketMaker::post_quote(signed(maker), asset, bid, ask, expires_at));
}

fn appoint(maker: AccountId) {
	assert_ok!(MarketMaker::appoint(RuntimeOrigin::root(), maker));
}

#[test]
fn genesis_appoints_makers_with_inventory_and_counts_genesis_supply_as_minted() {
	run(|| {
		assert!(Makers::<Test>::contains_key(MAKER));
		assert_eq!(inventory(MAKER), INVENTORY);
		assert_eq!(Balances::free_balance(MAKER), START - INVENTORY);
		assert_eq!(Ledgers::<Test>::get(CNY), Ledger { minted: 2 * START_CNY, burned: 0 });
		assert_eq!(Ledgers::<Test>::get(USD), Ledger::default());
	});
}

#[test]
fn governance_appoints_and_dismisses_makers() {
	run(|| {
		assert_noop!(MarketMaker::appoint(signed(ALICE), MAKER2), DispatchError::BadOrigin);
		assert_noop!(MarketMaker::appoint(RuntimeOrigin::root(), MAKER), E::AlreadyMaker);
		appoint(MAKER2);
		assert_eq!(last_event(), Event::MakerAppointed { maker: MAKER2 });
		appoint(ALICE);
		// MaxMakers is 3.
		assert_noop!(MarketMaker::appoint(RuntimeOrigin::root(), BOB), E::TooManyMakers);

		quote(MAKER, CNY, 200, 204);
		quote(MAKER, USD, 30, 31);
		assert_noop!(MarketMaker::dismiss(signed(ALICE), MAKER), DispatchError::BadOrigin);
		assert_noop!(MarketMaker::dismiss(RuntimeOrigin::root(), BOB), E::NotMaker);
		assert_ok!(MarketMaker::dismiss(RuntimeOrigin::root(), MAKER));
		assert_eq!(last_event(), Event::MakerDismissed { maker: MAKER, released: INVENTORY });
		// Its quotes are gone, its inventory is free, and it can no longer act as a maker.
		assert_eq!(Quotes::<Test>::iter().count(), 0);
		assert!(QuotedAssets::<Test>::get(MAKER).is_empty());
		assert_eq!(inventory(MAKER), 0);
		assert_eq!(Balances::free_balance(MAKER), START);
		assert_noop!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 1, r(1)), E::NotMaker);
		assert_noop!(MarketMaker::post_quote(signed(MAKER), CNY, 1, 1, 5), E::NotMaker);
		assert_noop!(MarketMaker::add_inventory(signed(MAKER), CEC), E::NotMaker);
		// A seat is free again.
		appoint(BOB);
	});
}

#[test]
fn inventory_is_a_hold_on_the_makers_own_balance() {
	run(|| {
		let issuance = Balances::total_issuance();
		assert_noop!(MarketMaker::add_inventory(signed(ALICE), CEC), E::NotMaker);
		assert_noop!(MarketMaker::add_inventory(signed(MAKER), 0), E::ZeroAmount);
		assert_noop!(MarketMaker::add_inventory(signed(MAKER), START), E::InsufficientBalance);
		assert_ok!(MarketMaker::add_inventory(signed(MAKER), 500 * CEC));
		assert_eq!(last_event(), Event::InventoryChanged { maker: MAKER, inventory: 1_500 * CEC });
		assert_eq!(Balances::total_balance(&MAKER), START);
		assert_noop!(MarketMaker::withdraw_inventory(signed(MAKER), 0), E::ZeroAmount);
		assert_noop!(
			MarketMaker::withdraw_inventory(signed(MAKER), 1_501 * CEC),
			E::InsufficientInventory
		);
		// Nobody else can touch it.
		assert_noop!(MarketMaker::withdraw_inventory(signed(ALICE), CEC), E::InsufficientInventory);
		assert_ok!(MarketMaker::withdraw_inventory(signed(MAKER), 1_500 * CEC));
		assert_eq!(inventory(MAKER), 0);
		assert_eq!(Balances::free_balance(MAKER), START);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_maker_mints_against_a_reference_used_once() {
	run(|| {
		assert_noop!(MarketMaker::mint(signed(ALICE), CNY, ALICE, 100, r(1)), E::NotMaker);
		assert_noop!(MarketMaker::mint(signed(MAKER), NOPE, ALICE, 100, r(1)), E::UnknownAsset);
		assert_noop!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 0, r(1)), E::ZeroAmount);
		assert_noop!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 100, r(0)), E::MissingReference);

		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, NOKYC, 12_345, r(1)));
		assert_eq!(
			last_event(),
			Event::Minted { asset: CNY, maker: MAKER, to: NOKYC, amount: 12_345, reference: r(1) }
		);
		assert_eq!(yuan(NOKYC), 12_345);
		assert_eq!(Ledgers::<Test>::get(CNY).minted, 2 * START_CNY + 12_345);
		assert_eq!(deposits(MAKER), REF_DEPOSIT);
		let record = Refs::<Test>::get(CNY, r(1)).unwrap();
		assert_eq!(
			(record.kind, record.maker, record.account, record.amount),
			(RefKind::Deposit, MAKER, NOKYC, 12_345)
		);

		// The same reference again, even for another user, is refused; another asset may use it.
		assert_noop!(MarketMaker::mint(signed(MAKER), CNY, BOB, 1, r(1)), E::DuplicateReference);
		assert_ok!(MarketMaker::mint(signed(MAKER), USD, BOB, USD_MIN, r(1)));
		assert_eq!(usd(BOB), USD_MIN);
		assert_eq!(deposits(MAKER), 2 * REF_DEPOSIT);
	});
}

#[test]
fn minting_stops_at_the_supply_cap() {
	run(|| {
		MaxSupply::set(2 * START_CNY + 1_000);
		assert_noop!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 1_001, r(1)), E::SupplyTooLarge);
		assert_noop!(
			MarketMaker::mint(signed(MAKER), CNY, ALICE, u128::MAX, r(1)),
			E::SupplyTooLarge
		);
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 1_000, r(1)));
		assert_eq!(Assets::total_issuance(CNY), MaxSupply::get());
	});
}

#[test]
fn a_maker_without_cec_for_the_deposit_cannot_mint() {
	run(|| {
		appoint(MAKER2);
		// MAKER2 keeps only its existential deposit free.
		assert_ok!(MarketMaker::add_inventory(signed(MAKER2), START - ED));
		assert_noop!(MarketMaker::mint(signed(MAKER2), CNY, ALICE, 100, r(1)), E::CannotPayDeposit);
	});
}

#[test]
fn a_maker_burns_only_its_own_balance_against_a_payout_reference() {
	run(|| {
		// ALICE hands 1,000 yuan units back to MAKER to be paid out in fiat.
		assert_ok!(Assets::transfer(signed(ALICE), CNY, MAKER, 1_000));
		assert_noop!(MarketMaker::burn(signed(ALICE), CNY, 100, r(9)), E::NotMaker);
		assert_noop!(MarketMaker::burn(signed(MAKER), NOPE, 100, r(9)), E::UnknownAsset);
		assert_noop!(MarketMaker::burn(signed(MAKER), CNY, 0, r(9)), E::ZeroAmount);
		assert_noop!(MarketMaker::burn(signed(MAKER), CNY, 100, r(0)), E::MissingReference);
		// Burning more than it holds: the users' balances are not its to burn.
		assert_noop!(MarketMaker::burn(signed(MAKER), CNY, 1_001, r(9)), E::BurnExceedsBalance);
		assert_ok!(MarketMaker::burn(signed(MAKER), CNY, 600, r(9)));
		assert_eq!(
			last_event(),
			Event::Burned { asset: CNY, maker: MAKER, amount: 600, reference: r(9) }
		);
		assert_eq!(yuan(MAKER), 400);
		assert_eq!(yuan(ALICE), START_CNY - 1_000);
		assert_eq!(Ledgers::<Test>::get(CNY).burned, 600);
		assert_noop!(MarketMaker::burn(signed(MAKER), CNY, 100, r(9)), E::DuplicateReference);
		assert_ok!(MarketMaker::burn(signed(MAKER), CNY, 400, r(10)));
		assert_eq!(Assets::total_issuance(CNY), 2 * START_CNY - 1_000);
	});
}

#[test]
fn a_burn_never_leaves_dust_to_vanish() {
	run(|| {
		// USD's minimum balance is 100: MAKER holds 150.
		assert_ok!(MarketMaker::mint(signed(MAKER), USD, MAKER, 150, r(1)));
		// Burning 100 would leave 50, below the minimum: pallet-assets would burn it too.
		assert_noop!(MarketMaker::burn(signed(MAKER), USD, 100, r(2)), E::BurnExceedsBalance);
		assert_ok!(MarketMaker::burn(signed(MAKER), USD, 50, r(2)));
		assert_ok!(MarketMaker::burn(signed(MAKER), USD, 100, r(3)));
		assert_eq!(usd(MAKER), 0);
		assert_eq!(Ledgers::<Test>::get(USD), Ledger { minted: 150, burned: 150 });
	});
}

#[test]
fn a_maker_paying_a_seller_keeps_its_account_in_the_asset() {
	run(|| {
		// MAKER holds 150 USD units (minimum 100) and bids 100 a CEC.
		assert_ok!(MarketMaker::mint(signed(MAKER), USD, MAKER, 150, r(1)));
		quote(MAKER, USD, 100, 101);
		// 1.5 CEC would take all 150: the maker's account (which fees are paid into) would go.
		assert_noop!(
			MarketMaker::sell_cec(signed(ALICE), MAKER, USD, 3 * CEC / 2, 100),
			E::MakerCannotPay
		);
		// ALICE holds a USD account already (50 units alone could not open one).
		assert_ok!(MarketMaker::mint(signed(MAKER), USD, ALICE, 100, r(2)));
		assert_ok!(MarketMaker::sell_cec(signed(ALICE), MAKER, USD, CEC / 2, 100));
		assert_eq!(usd(MAKER), 100);
		assert_eq!(usd(ALICE), 150);
	});
}

#[test]
fn references_are_pruned_after_their_retention_and_the_deposit_returns() {
	run(|| {
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, ALICE, 100, r(1)));
		let free = Balances::free_balance(MAKER);
		assert_noop!(MarketMaker::prune_ref(signed(BOB), CNY, r(2)), E::UnknownReference);
		go_to(1 + RETENTION - 1);
		assert_noop!(MarketMaker::prune_ref(signed(BOB), CNY, r(1)), E::ReferenceRetained);
		go_to(1 + RETENTION);
		assert_ok!(MarketMaker::prune_ref(signed(BOB), CNY, r(1)));
		assert_eq!(last_event(), Event::RefPruned { asset: CNY, reference: r(1) });
		assert_eq!(Balances::free_balance(MAKER), free + REF_DEPOSIT);
		assert_eq!(deposits(MAKER), 0);
		assert!(!Refs::<Test>::contains_key(CNY, r(1)));
	});
}

#[test]
fn a_maker_attests_its_reserve() {
	run(|| {
		assert_noop!(MarketMaker::attest_reserve(signed(ALICE), CNY, 1, cid(CID)), E::NotMaker);
		assert_noop!(
			MarketMaker::attest_reserve(signed(MAKER), NOPE, 1, cid(CID)),
			E::UnknownAsset
		);
		assert_noop!(
			MarketMaker::attest_reserve(signed(MAKER), CNY, 1, cid(b"not a cid")),
			E::InvalidCid
		);
		assert_ok!(MarketMaker::attest_reserve(signed(MAKER), CNY, 2 * START_CNY, cid(CID)));
		assert_eq!(
			last_event(),
			Event::ReserveAttested {
				asset: CNY,
				maker: MAKER,
				reserve: 2 * START_CNY,
				cid: cid(CID)
			}
		);
		let a = Attestations::<Test>::get(CNY, MAKER).unwrap();
		assert_eq!((a.reserve, a.cid, a.at), (2 * START_CNY, cid(CID), 1));
	});
}

#[test]
fn quotes_are_bounded() {
	run(|| {
		let until = 11;
		assert_noop!(MarketMaker::post_quote(signed(ALICE), CNY, 200, 204, until), E::NotMaker);
		assert_noop!(
			MarketMaker::post_quote(signed(MAKER), NOPE, 200, 204, until),
			E::UnknownAsset
		);
		assert_noop!(MarketMaker::post_quote(signed(MAKER), CNY, 0, 204, until), E::ZeroPrice);
		assert_noop!(MarketMaker::post_quote(signed(MAKER), CNY, 205, 204, until), E::CrossedQuote);
		// 4 % of the mid (202) is 8.08: a spread of 9 is too wide, 8 is not.
		assert_noop!(
			MarketMaker::post_quote(signed(MAKER), CNY, 198, 207, until),
			E::SpreadTooWide
		);
		assert_noop!(MarketMaker::post_quote(signed(MAKER), CNY, 200, 204, 1), E::QuoteExpired);
		assert_noop!(
			MarketMaker::post_quote(signed(MAKER), CNY, 200, 204, 1 + LIFETIME + 1),
			E::ExpiryTooFar
		);
		assert_ok!(MarketMaker::post_quote(signed(MAKER), CNY, 198, 206, 1 + LIFETIME));
		let q = Quote { bid: 198, ask: 206, expires_at: 1 + LIFETIME, posted_at: 1 };
		assert_eq!(last_event(), Event::QuotePosted { asset: CNY, maker: MAKER, quote: q });
		// Replacing a quote does not use another slot; a third asset does not fit (2 a maker).
		quote(MAKER, CNY, 200, 204);
		quote(MAKER, USD, 100, 101);
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), 3, ASSET_OWNER, true, 1));
		assert_noop!(MarketMaker::post_quote(signed(MAKER), 3, 1, 1, until), E::TooManyQuotes);
		assert_noop!(MarketMaker::withdraw_quote(signed(MAKER), 3), E::NoQuote);
		assert_ok!(MarketMaker::withdraw_quote(signed(MAKER), USD));
		assert_eq!(last_event(), Event::QuoteWithdrawn { asset: USD, maker: MAKER });
		quote(MAKER, 3, 1, 1);
	});
}

#[test]
fn governance_bounds_the_spread_and_it_holds_at_once() {
	run(|| {
		quote(MAKER, CNY, 200, 204);
		assert_noop!(
			MarketMaker::set_max_spread(signed(ALICE), Perbill::from_percent(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			MarketMaker::set_max_spread(RuntimeOrigin::root(), Perbill::from_percent(11)),
			E::SpreadCeilingExceeded
		);
		assert_ok!(MarketMaker::set_max_spread(RuntimeOrigin::root(), Perbill::from_percent(1)));
		assert_eq!(last_event(), Event::MaxSpreadSet { spread: Perbill::from_percent(1) });
		// The live quote (spread 4 on a mid of 202) is now too wide to trade at.
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, CEC, 204), E::SpreadTooWide);
		assert_eq!(MarketMaker::reference_price(CNY), None);
	});
}

#[test]
fn users_buy_cec_at_the_ask_and_it_arrives_locked() {
	run(|| {
		let issuance = Balances::total_issuance();
		let supply = Assets::total_issuance(CNY);
		quote(MAKER, CNY, 200, 204);
		assert_ok!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, 10 * CEC + 1, 204));
		// 10.000000000001 CEC at 2.04 yuan: 2,040.000000000204 units, rounded up.
		let cost = 2_041;
		assert_eq!(
			last_event(),
			Event::CecBought { who: ALICE, maker: MAKER, asset: CNY, amount: 10 * CEC + 1, cost }
		);
		assert_eq!(yuan(ALICE), START_CNY - cost);
		assert_eq!(yuan(MAKER), cost);
		assert_eq!(Balances::free_balance(ALICE), START + 10 * CEC + 1);
		assert_eq!(locked(ALICE), 10 * CEC + 1);
		assert_eq!(inventory(MAKER), INVENTORY - 10 * CEC - 1);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Assets::total_issuance(CNY), supply);
	});
}

#[test]
fn buying_is_refused_for_every_bad_input() {
	run(|| {
		quote(MAKER, CNY, 200, 204);
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, 0, 204), E::ZeroAmount);
		assert_noop!(MarketMaker::buy_cec(signed(MAKER), MAKER, CNY, CEC, 204), E::OwnQuote);
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), BOB, CNY, CEC, 204), E::NotMaker);
		assert_noop!(
			MarketMaker::buy_cec(signed(NOKYC), MAKER, CNY, CEC, 204),
			DispatchError::Other("NotVerified")
		);
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), MAKER, USD, CEC, 204), E::NoQuote);
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, CEC, 203), E::PriceAboveLimit);
		assert_noop!(
			MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, INVENTORY + 1, 204),
			E::InsufficientInventory
		);
		// BOB cannot pay 1,000 CEC (204,000 units) with what is left after giving most away.
		assert_ok!(Assets::transfer(signed(BOB), CNY, ALICE, START_CNY - 1_000));
		assert_noop!(
			MarketMaker::buy_cec(signed(BOB), MAKER, CNY, 1_000 * CEC, 204),
			E::InsufficientPayment
		);
		// The lockup's own refusal (below its minimum lock) undoes the whole trade.
		assert_noop!(
			MarketMaker::buy_cec(signed(BOB), MAKER, CNY, CEC / 2, 204),
			DispatchError::Other("BelowMinimumLock")
		);
		// An expired quote is unusable.
		go_to(11);
		assert_noop!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, CEC, 204), E::QuoteExpired);
	});
}

#[test]
fn a_payment_keeps_the_minimum_balance_or_empties_the_account() {
	run(|| {
		// ALICE holds 150 USD units (minimum 100); 1 CEC costs 100 at this ask.
		assert_ok!(MarketMaker::mint(signed(MAKER), USD, ALICE, 150, r(1)));
		quote(MAKER, USD, 98, 100);
		// Paying 100 would leave 50: refused rather than burning the 50.
		assert_noop!(
			MarketMaker::buy_cec(signed(ALICE), MAKER, USD, CEC, 100),
			E::InsufficientPayment
		);
		// Paying all 150 is fine (1.5 CEC).
		assert_ok!(MarketMaker::buy_cec(signed(ALICE), MAKER, USD, 3 * CEC / 2, 100));
		assert_eq!(usd(ALICE), 0);
		assert_eq!(usd(MAKER), 150);
		assert_eq!(Assets::total_issuance(USD), 150);
	});
}

#[test]
fn users_sell_cec_at_the_bid_into_the_makers_inventory() {
	run(|| {
		let issuance = Balances::total_issuance();
		quote(MAKER, CNY, 200, 204);
		// MAKER needs yuan to pay: ALICE buys first.
		assert_ok!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, 100 * CEC, 204));
		assert_eq!(yuan(MAKER), 20_400);
		assert_noop!(
			MarketMaker::sell_cec(signed(BOB), MAKER, CNY, 10 * CEC, 201),
			E::PriceBelowLimit
		);
		assert_noop!(
			MarketMaker::sell_cec(signed(BOB), MAKER, CNY, CEC / 1_000, 200),
			E::TradeTooSmall
		);
		assert_noop!(
			MarketMaker::sell_cec(signed(BOB), MAKER, CNY, START, 200),
			E::InsufficientCec
		);
		// 200 CEC would cost MAKER 40,000 units: it has 20,400.
		assert_noop!(
			MarketMaker::sell_cec(signed(BOB), MAKER, CNY, 200 * CEC, 200),
			E::MakerCannotPay
		);
		assert_noop!(MarketMaker::sell_cec(signed(MAKER), MAKER, CNY, CEC, 200), E::OwnQuote);
		assert_noop!(
			MarketMaker::sell_cec(signed(NOKYC), MAKER, CNY, CEC, 200),
			DispatchError::Other("NotVerified")
		);
		assert_ok!(MarketMaker::sell_cec(signed(BOB), MAKER, CNY, 10 * CEC + 1, 200));
		// 10.000000000001 CEC at 2.00 yuan: 2,000.0000000002 units, rounded down.
		assert_eq!(
			last_event(),
			Event::CecSold {
				who: BOB,
				maker: MAKER,
				asset: CNY,
				amount: 10 * CEC + 1,
				proceeds: 2_000
			}
		);
		assert_eq!(yuan(BOB), START_CNY + 2_000);
		assert_eq!(Balances::free_balance(BOB), START - 10 * CEC - 1);
		assert_eq!(inventory(MAKER), INVENTORY - 100 * CEC + 10 * CEC + 1);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_seller_cannot_sell_cec_it_has_not_got_free() {
	run(|| {
		quote(MAKER, CNY, 200, 204);
		assert_ok!(MarketMaker::buy_cec(signed(ALICE), MAKER, CNY, 100 * CEC, 204));
		// Selling all it has would kill BOB's account: only what is above the ED is free.
		assert_noop!(
			MarketMaker::sell_cec(signed(BOB), MAKER, CNY, START, 200),
			E::InsufficientCec
		);
		let _ = Balances::transfer_all(signed(BOB), ALICE, false);
		assert_noop!(MarketMaker::sell_cec(signed(BOB), MAKER, CNY, CEC, 200), E::InsufficientCec);
	});
}

#[test]
fn the_reference_price_is_the_median_mid_of_the_backed_live_quotes() {
	run(|| {
		assert_eq!(MarketMaker::reference_price(CNY), None);
		appoint(MAKER2);
		assert_ok!(MarketMaker::add_inventory(signed(MAKER2), 10 * CEC));
		quote(MAKER, CNY, 200, 204);
		assert_eq!(<MarketMaker as cec_primitives::ReferencePrice<_, _>>::price(&CNY), Some(202));
		// MAKER2 bids higher and asks lower, for 20 blocks: best bid 201, best ask 203.
		assert_ok!(MarketMaker::post_quote(signed(MAKER2), CNY, 201, 203, 21));
		assert_eq!(MarketMaker::best_quotes(CNY), Some((201, 203)));
		assert_eq!(MarketMaker::reference_price(CNY), Some(202));
		// The cheapest maker with enough inventory and an account in the asset converts fees,
		// never for itself, and only at quotes posted before this block.
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER, 1, r(9)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, CEC), None);
		go_to(2);
		assert_ok!(MarketMaker::burn(signed(MAKER), CNY, 1, r(10)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, CEC), None);
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER, 1, r(1)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, CEC), Some((MAKER, 204)));
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER2, 1, r(2)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, CEC), Some((MAKER2, 203)));
		assert_eq!(MarketMaker::fee_converter(CNY, &MAKER2, CEC), Some((MAKER, 204)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, 11 * CEC), Some((MAKER, 204)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, INVENTORY + 1), None);
		// MAKER's quote expires at 11: only MAKER2's is left.
		go_to(11);
		assert_eq!(MarketMaker::best_quotes(CNY), Some((201, 203)));
		assert_eq!(MarketMaker::fee_converter(CNY, &ALICE, 11 * CEC), None);
		go_to(21);
		assert_eq!(MarketMaker::reference_price(CNY), None);
	});
}

#[test]
fn one_maker_far_off_the_others_does_not_move_the_reference_price() {
	run(|| {
		appoint(MAKER2);
		appoint(ALICE);
		assert_ok!(MarketMaker::add_inventory(signed(MAKER2), 10 * CEC));
		quote(MAKER, CNY, 200, 204);
		quote(MAKER2, CNY, 201, 203);
		// ALICE quotes a thousand times higher, with no inventory: not counted at all.
		quote(ALICE, CNY, 200_000, 200_000);
		assert_eq!(MarketMaker::reference_price(CNY), Some(202));
		// With inventory it counts, but the median stays with the two others.
		assert_ok!(MarketMaker::add_inventory(signed(ALICE), CEC));
		assert_eq!(MarketMaker::reference_price(CNY), Some(202));
		// Far below, the same.
		quote(ALICE, CNY, 1, 1);
		assert_eq!(MarketMaker::reference_price(CNY), Some(202));
		// Of two makers, the mid of their mids.
		assert_ok!(MarketMaker::withdraw_quote(signed(MAKER2), CNY));
		quote(ALICE, CNY, 300, 306);
		assert_eq!(MarketMaker::reference_price(CNY), Some(252));
	});
}

#[test]
fn the_mid_never_overflows() {
	assert_eq!(crate::features::mid_for_tests(u128::MAX, u128::MAX), u128::MAX);
	assert_eq!(crate::features::mid_for_tests(u128::MAX - 1, u128::MAX), u128::MAX - 1);
	assert_eq!(crate::features::mid_for_tests(3, 4), 3);
	assert_eq!(crate::features::mid_for_tests(1, 1), 1);
}

#[test]
fn supply_equals_minted_minus_burned_through_random_flows() {
	run(|| {
		quote(MAKER, CNY, 200, 204);
		quote(MAKER, USD, 30, 31);
		let mut seed: u64 = 0x5eed;
		let mut next = || {
			seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
			seed >> 33
		};
		let users = [ALICE, BOB, NOKYC, MAKER2];
		for i in 0..2_000u32 {
			let who = users[(next() % 4) as usize];
			let asset = if next() % 2 == 0 { CNY } else { USD };
			let amount = (next() % 5_000) as Balance;
			let reference = (i + 1).to_le_bytes().repeat(8).try_into().unwrap();
			let _ = match next() % 6 {
				0 => MarketMaker::mint(signed(MAKER), asset, who, amount, reference),
				1 => MarketMaker::burn(signed(MAKER), asset, amount, reference),
				2 => MarketMaker::buy_cec(
					signed(who),
					MAKER,
					asset,
					amount as Balance * CEC / 100,
					1_000,
				),
				3 => MarketMaker::sell_cec(
					signed(who),
					MAKER,
					asset,
					amount as Balance * CEC / 100,
					0,
				),
				4 => Assets::transfer(signed(who), asset, MAKER, amount),
				_ => <Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
					asset,
					&who,
					&MAKER,
					amount,
					Preservation::Preserve,
				)
				.map(|_| ()),
			};
			MarketMaker::do_try_state().expect("invariants hold after every call");
		}
		let l = Ledgers::<Test>::get(USD);
		assert!(l.minted > 0 && l.burned > 0, "the flows minted and burnt: {l:?}");
	});
}

#[test]
fn unsigned_calls_are_refused() {
	run(|| {
		assert_noop!(
			MarketMaker::add_inventory(RuntimeOrigin::none(), CEC),
			DispatchError::BadOrigin
		);
		assert_noop!(
			MarketMaker::mint(RuntimeOrigin::none(), CNY, ALICE, 1, r(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			MarketMaker::prune_ref(RuntimeOrigin::none(), CNY, r(1)),
			DispatchError::BadOrigin
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Fees paid in a settlement asset (`pallet-asset-tx-payment` with `MakerFees`).
// ---------------------------------------------------------------------------------------------

mod fees {
	use super::*;
	use frame_support::{
		dispatch::{DispatchClass, DispatchInfo, Pays, PostDispatchInfo},
		weights::Weight,
	};
	use pallet_asset_tx_payment::ChargeAssetTxPayment;
	use sp_runtime::{
		traits::{DispatchTransaction, TransactionExtension},
		transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	};

	const LEN: usize = 100;

	fn info(weight: u64) -> DispatchInfo {
		DispatchInfo {
			call_weight: Weight::from_parts(weight, 0),
			extension_weight: Weight::zero(),
			class: DispatchClass::Normal,
			pays_fee: Pays::Yes,
		}
	}

	fn post(weight: u64) -> PostDispatchInfo {
		PostDispatchInfo { actual_weight: Some(Weight::from_parts(weight, 0)), pays_fee: Pays::Yes }
	}

	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
	}

	fn in_asset(asset: Option<u32>, tip: Balance) -> ChargeAssetTxPayment<Test> {
		ChargeAssetTxPayment::<Test>::from(tip, asset)
	}

	fn validate(who: AccountId, asset: u32, weight: u64) -> Result<(), TransactionValidityError> {
		in_asset(Some(asset), 0)
			.validate_only(
				signed(who),
				&remark(),
				&info(weight),
				LEN,
				TransactionSource::External,
				0,
			)
			.map(|_| ())
	}

	fn in_flight(maker: AccountId) -> Balance {
		Balances::balance_on_hold(&HoldReason::FeeInFlight.into(), &maker)
	}

	/// MAKER holds a yuan account and quotes 2.00/2.04 (in block 1; fees convert from block 2).
	fn maker_ready() {
		assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER, 1, r(200)));
		quote(MAKER, CNY, 200, 204);
		go_to(2);
	}

	#[test]
	fn a_fee_paid_in_yuan_is_converted_by_the_makers_inventory() {
		run(|| {
			maker_ready();
			let issuance = Balances::total_issuance();
			let supply = Assets::total_issuance(CNY);
			let (alice_cec, alice_cny, maker_cny) =
				(Balances::total_balance(&ALICE), yuan(ALICE), yuan(MAKER));
			let author = Balances::free_balance(AUTHOR);
			// A call declared at 10^9 weight (10 CEC) that used half of it.
			let (declared, used) = (1_000_000_000, 500_000_000);
			let fee = TransactionPayment::compute_fee(LEN as u32, &info(declared), 0);
			let actual =
				TransactionPayment::compute_actual_fee(LEN as u32, &info(declared), &post(used), 0);
			assert!(actual < fee && actual > 5 * CEC, "{actual} {fee}");
			let price = |cec: Balance| (cec * 204).div_ceil(CEC);

			// Before dispatch: the most it may cost is taken, the CEC is in flight.
			let (pre, _) = in_asset(Some(CNY), 0)
				.validate_and_prepare(signed(ALICE), &remark(), &info(declared), LEN, 0)
				.unwrap();
			assert_eq!(yuan(ALICE), alice_cny - price(fee));
			assert_eq!(in_flight(MAKER), fee);
			assert_eq!(inventory(MAKER), INVENTORY - fee);
			assert!(PendingFee::<Test>::exists());
			// After: the payer got the unused part back, the maker was paid the used part, the
			// chain took the used CEC from the maker; the rest is inventory again.
			assert_ok!(<ChargeAssetTxPayment<Test> as TransactionExtension<RuntimeCall>>::post_dispatch_details(
				pre,
				&info(declared),
				&post(used),
				LEN,
				&Ok(()),
			));
			assert_eq!(yuan(ALICE), alice_cny - price(actual));
			assert_eq!(yuan(MAKER), maker_cny + price(actual));
			assert_eq!(inventory(MAKER), INVENTORY - actual);
			assert_eq!(in_flight(MAKER), 0);
			assert_eq!(Balances::free_balance(AUTHOR), author + actual);
			assert_eq!(Balances::total_balance(&ALICE), alice_cec, "Alice's CEC untouched");
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(Assets::total_issuance(CNY), supply);
			assert!(!PendingFee::<Test>::exists());
			assert_eq!(
				last_event(),
				Event::FeeConverted {
					who: ALICE,
					maker: MAKER,
					asset: CNY,
					fee: actual,
					cost: price(actual)
				}
			);
			System::assert_has_event(
				pallet_asset_tx_payment::Event::<Test>::AssetTxFeePaid {
					who: ALICE,
					actual_fee: price(actual),
					tip: 0,
					asset_id: Some(CNY),
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_tip_in_yuan_is_converted_too_and_reported_in_yuan() {
		run(|| {
			maker_ready();
			let author = Balances::free_balance(AUTHOR);
			let tip = CEC;
			let actual = TransactionPayment::compute_actual_fee(
				LEN as u32,
				&info(100_000_000),
				&post(100_000_000),
				tip,
			);
			assert_ok!(in_asset(Some(CNY), tip)
				.test_run(signed(BOB), &remark(), &info(100_000_000), LEN, 0, |_| Ok(post(
					100_000_000
				)))
				.unwrap());
			assert_eq!(Balances::free_balance(AUTHOR), author + actual);
			System::assert_has_event(
				pallet_asset_tx_payment::Event::<Test>::AssetTxFeePaid {
					who: BOB,
					actual_fee: (actual * 204).div_ceil(CEC),
					tip: 204,
					asset_id: Some(CNY),
				}
				.into(),
			);
		});
	}

	#[test]
	fn the_pool_rejects_a_fee_no_maker_can_convert_and_charges_nobody() {
		run(|| {
			let no_conversion: TransactionValidityError =
				InvalidTransaction::Custom(crate::NO_CONVERSION).into();
			let payment: TransactionValidityError = InvalidTransaction::Payment.into();
			let balances = || (yuan(ALICE), Balances::total_balance(&ALICE), inventory(MAKER));
			let before = balances();
			// No quote at all.
			assert_eq!(validate(ALICE, CNY, 1_000), Err(no_conversion));
			// A quote, but the maker holds no yuan account to be paid into.
			quote(MAKER, CNY, 200, 204);
			assert_eq!(validate(ALICE, CNY, 1_000), Err(no_conversion));
			assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER, 1, r(200)));
			// A quote of this block does not convert fees yet: a maker cannot raise its ask in
			// front of the transactions already waiting.
			assert_eq!(validate(ALICE, CNY, 1_000), Err(no_conversion));
			go_to(2);
			assert_eq!(validate(ALICE, CNY, 1_000), Ok(()));
			// A fee above the maker's inventory (10^14 weight: 10^6 CEC).
			assert_eq!(validate(ALICE, CNY, 100_000_000_000_000), Err(no_conversion));
			// A payer without enough yuan (keeping its minimum balance).
			assert_eq!(validate(NOKYC, CNY, 1_000), Err(payment));
			// The maker does not convert its own fees.
			assert_eq!(validate(MAKER, CNY, 1_000), Err(no_conversion));
			// An asset nobody quotes.
			assert_eq!(validate(ALICE, USD, 1_000), Err(no_conversion));
			// The quote expires.
			go_to(11);
			assert_eq!(validate(ALICE, CNY, 1_000), Err(no_conversion));
			// The prepare step refuses the same way, and nothing moved.
			assert_eq!(
				in_asset(Some(CNY), 0)
					.validate_and_prepare(signed(ALICE), &remark(), &info(1_000), LEN, 0)
					.map(|_| ()),
				Err(no_conversion)
			);
			assert_eq!(balances(), before);
		});
	}

	#[test]
	fn the_cheapest_maker_converts_and_cec_fees_still_work() {
		run(|| {
			maker_ready();
			appoint(MAKER2);
			assert_ok!(MarketMaker::add_inventory(signed(MAKER2), 100 * CEC));
			assert_ok!(MarketMaker::mint(signed(MAKER), CNY, MAKER2, 1, r(201)));
			assert_ok!(MarketMaker::post_quote(signed(MAKER2), CNY, 201, 203, 11));
			go_to(3);
			assert_ok!(in_asset(Some(CNY), 0)
				.test_run(signed(ALICE), &remark(), &info(1_000), LEN, 0, |_| Ok(post(1_000)))
				.unwrap());
			assert!(inventory(MAKER2) < 100 * CEC);
			assert_eq!(inventory(MAKER), INVENTORY);
			// Without an asset id the fee is paid in CEC as before.
			let cec = Balances::total_balance(&BOB);
			let cny = yuan(BOB);
			assert_ok!(in_asset(None, 0)
				.test_run(signed(BOB), &remark(), &info(1_000), LEN, 0, |_| Ok(post(1_000)))
				.unwrap());
			assert!(Balances::total_balance(&BOB) < cec);
			assert_eq!(yuan(BOB), cny);
		});
	}
}

#[test]
fn revenue_buys_cec_from_the_lowest_ask_that_can_deliver_all_of_it() {
	use cec_primitives::RevenueConverter;
	run(|| {
		let issuance = Balances::total_issuance();
		let supply = Assets::total_issuance(CNY);
		appoint(MAKER2);
		assert_ok!(MarketMaker::add_inventory(signed(MAKER2), 50 * CEC));
		quote(MAKER, CNY, 200, 204);
		quote(MAKER2, CNY, 198, 202);
		// Quotes of the current block are not used.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 20_200), None);
		go_to(System::block_number() + 1);
		// BOB plays the revenue account. 20,200 units at MAKER2's 2.02 would be 100 CEC, more
		// than its 50: MAKER sells at 2.04, 99.019607843137 CEC (rounded down).
		let cec = 20_200 * CEC / 204;
		let bob_cec = Balances::free_balance(BOB);
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 20_200), Some(cec));
		assert_eq!(
			last_event(),
			Event::RevenueConverted { buyer: BOB, maker: MAKER, asset: CNY, amount: 20_200, cec }
		);
		assert_eq!(yuan(BOB), START_CNY - 20_200);
		assert_eq!(yuan(MAKER), 20_200);
		assert_eq!(Balances::free_balance(BOB), bob_cec + cec);
		assert_eq!(inventory(MAKER), INVENTORY - cec);
		// 10,100 units fit MAKER2's inventory: the lower ask wins, exactly 50 CEC.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 10_100), Some(50 * CEC));
		assert_eq!(inventory(MAKER2), 0);
		assert_eq!(yuan(MAKER2), 10_100);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Assets::total_issuance(CNY), supply);
	});
}

#[test]
fn revenue_is_not_converted_without_a_live_quote_or_by_its_own_maker() {
	use cec_primitives::RevenueConverter;
	run(|| {
		// No quote at all.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 1_000), None);
		assert_noop!(MarketMaker::do_convert_revenue(BOB, CNY, 0), E::ZeroAmount);
		quote(MAKER, CNY, 200, 204);
		go_to(System::block_number() + 1);
		// A maker does not buy from itself.
		assert_ok!(Assets::transfer(signed(BOB), CNY, MAKER, 5_000));
		assert_noop!(MarketMaker::do_convert_revenue(MAKER, CNY, 1_000), E::NoQuote);
		// More CEC than the inventory holds.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, INVENTORY / CEC * 204 + 204), None);
		// An asset without quotes, and a payer without the money.
		assert_eq!(MarketMaker::convert(&BOB, &USD, 1_000), None);
		assert_noop!(MarketMaker::do_convert_revenue(NOKYC, CNY, 1_000), E::InsufficientPayment);
		// The quote expires: nothing moves.
		go_to(System::block_number() + 10);
		let before = (yuan(BOB), inventory(MAKER));
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 1_000), None);
		assert_eq!((yuan(BOB), inventory(MAKER)), before);
	});
}

#[test]
fn revenue_is_not_sold_to_a_maker_asking_far_above_the_reference_price() {
	use cec_primitives::RevenueConverter;
	run(|| {
		appoint(MAKER2);
		assert_ok!(MarketMaker::add_inventory(signed(MAKER2), 5_000 * CEC));
		quote(MAKER, CNY, 200, 204);
		// Mid 1,010 against MAKER's 202: the reference is 606, the ceiling 606 + 4 % = 631.
		quote(MAKER2, CNY, 1_000, 1_020);
		go_to(System::block_number() + 1);
		assert_eq!(MarketMaker::reference_price(CNY), Some(606));
		// 300,000 units: 1,470 CEC at MAKER's ask, more than its inventory; MAKER2 could sell
		// 294 CEC at 10.20, but asks above the ceiling: not sold.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 300_000), None);
		// Within MAKER's inventory, at its ask.
		assert_eq!(MarketMaker::convert(&BOB, &CNY, 20_400), Some(100 * CEC));
	});
}
