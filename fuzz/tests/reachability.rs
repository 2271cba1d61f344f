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

/// A whole crowdfunding story is reachable from the set-up: Bob and Eve back Dave's CEC
/// campaign 0 to its maximum, it is decided and settled, a milestone is approved by Root and
/// released, revenue is deposited and claimed.
#[test]
fn a_set_up_campaign_succeeds_releases_a_milestone_and_pays_revenue() {
	use cec_fuzz::actions::{CidPick, CrowdfundingCall as C};
	let cf =
		|who, call| Action::Signed { who, call: UserCall::Crowdfunding(call), fee: FeeIn::Cec };
	let stats = fixture()
		.try_run(
			&[
				cf(Who::Bob, C::Contribute { campaign: 0, amount: Amount::Hundred }),
				cf(Who::Eve, C::Contribute { campaign: 0, amount: Amount::Hundred }),
				Action::Jump { blocks: 41 },
				cf(Who::Ferdie, C::Finalize { campaign: 0 }),
				cf(Who::Alice, C::Settle { campaign: 0, investor: Who::Bob }),
				cf(Who::Alice, C::Settle { campaign: 0, investor: Who::Eve }),
				Action::NextBlock,
				cf(Who::Dave, C::SubmitMilestone { campaign: 0, index: 0, evidence: CidPick::V1 }),
				Action::Root(cec_fuzz::RootAction::ApproveMilestone { campaign: 0, index: 0 }),
				Action::NextBlock,
				cf(Who::Dave, C::ReleaseMilestone { campaign: 0, index: 0 }),
				cf(Who::Dave, C::DepositRevenue { campaign: 0, amount: Amount::Ten }),
				Action::NextBlock,
				cf(Who::Bob, C::Claim { campaign: 0 }),
				cf(Who::Eve, C::Transfer { campaign: 0, to: Who::Bob, amount: Amount::One }),
				Action::NextBlock,
			],
			&Cell::new(0),
		)
		.unwrap_or_else(|b| panic!("{b}"));
	println!("{:?}", stats.outcomes);
	for call in [
		"contribute",
		"finalize",
		"settle",
		"submit_milestone",
		"release_milestone",
		"deposit_revenue",
		"claim",
		"transfer",
	] {
		let key = format!("Crowdfunding.{call}: ok");
		assert!(stats.outcomes.get(&key).is_some_and(|n| *n >= 1), "{key}: {:?}", stats.outcomes);
	}
}
