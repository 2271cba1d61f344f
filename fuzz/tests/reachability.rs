//! The market maker's trades are reachable from the fuzzer's set-up: a verified account buys
//! CEC from Alice at her set-up quote and sells it back (so random runs can reach them too).

use cec_fuzz::{
	actions::{Amount, AssetId, CecPrice, FeeIn, MarketMakerCall},
	fixture, Action, UserCall, Who,
};
use std::cell::Cell;

#[test]
fn a_verified_account_buys_and_sells_cec_at_the_set_up_quote() {
	let mm = |who, call| Action::Signed { who, call: UserCall::MarketMaker(call), fee: FeeIn::Cec };
	let stats = fixture()
		.try_run(
			&[
				mm(
					Who::Bob,
					MarketMakerCall::Buy {
						maker: Who::Alice,
						asset: AssetId::Yuan,
						amount: Amount::Ten,
						max_ask: CecPrice::High,
					},
				),
				mm(
					Who::Eve,
					MarketMakerCall::Sell {
						maker: Who::Alice,
						asset: AssetId::Yuan,
						amount: Amount::One,
						min_bid: CecPrice::Penny,
					},
				),
				Action::NextBlock,
			],
			&Cell::new(0),
		)
		.unwrap_or_else(|b| panic!("{b}"));
	println!("{:?}", stats.outcomes);
	assert_eq!(stats.outcomes.get("MarketMaker.buy_cec: ok"), Some(&1), "{:?}", stats.outcomes);
	assert_eq!(stats.outcomes.get("MarketMaker.sell_cec: ok"), Some(&1), "{:?}", stats.outcomes);
}
