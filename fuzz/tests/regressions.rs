//! Every finding of the fuzzer, replayed: the actions that broke an invariant, written out (not
//! a seed: a seed's actions change whenever the action types do), run on the real runtime with
//! every invariant after every block. Each test names the finding and the fix; see
//! `fuzz/README.md`, "Findings".

use cec_fuzz::{
	actions::{Amount, FeeIn, Few, Id, Text, TokenKind, TreeTokensCall},
	fixture, Action, Stats, UserCall, Who,
};
use std::cell::Cell;

/// Perform `actions` on a fresh copy of the set-up chain; panics on a breach.
fn replay(actions: &[Action]) -> Stats {
	match fixture().try_run(actions, &Cell::new(0)) {
		Ok(stats) => stats,
		Err(breach) => panic!("{breach}"),
	}
}

fn tree_tokens(who: Who, call: TreeTokensCall) -> Action {
	Action::Signed { who, call: UserCall::TreeTokens(call), fee: FeeIn::Cec }
}

fn outcome(stats: &Stats, key: &str) -> u32 {
	stats.outcomes.get(key).copied().unwrap_or(0)
}

/// Finding 1 (CI seed 179, 2026-12-06): Bob tokenised parcel 0 with a supply of `u128::MAX` and
/// sent 999 units to Ferdie; the 999 units left Bob and never reached Ferdie (the assets ledger
/// credits a `fungibles` transfer through a supply-plus-amount overflow check and ignores its
/// failure), leaving Ferdie an empty holder entry. Fix: `MaxSupply` (10^36) on tree tokens.
#[test]
fn finding_1_a_token_of_the_largest_supply_loses_no_units() {
	let tokenise = |supply| {
		tree_tokens(
			Who::Bob,
			TreeTokensCall::Tokenise {
				parcel: Id(0),
				trees: Few(vec![]),
				kind: TokenKind::Revenue,
				supply,
				decimals: 0,
				name: Text::Clean,
				symbol: Text::Clean,
			},
		)
	};
	let send =
		|to, amount| tree_tokens(Who::Bob, TreeTokensCall::Transfer { token: Id(0), to, amount });
	// The input that found it: refused now.
	let stats = replay(&[tokenise(Amount::Max), send(Who::Ferdie, Amount::BelowMinimum)]);
	assert_eq!(outcome(&stats, "TreeTokens.tokenise: TreeTokens(SupplyTooLarge)"), 1);
	// At the largest supply allowed, the same transfers keep every invariant.
	let stats = replay(&[
		tokenise(Amount::Huge),
		send(Who::Ferdie, Amount::BelowMinimum),
		send(Who::Eve, Amount::Thousand),
		Action::NextBlock,
	]);
	assert_eq!(outcome(&stats, "TreeTokens.tokenise: ok"), 1);
	assert_eq!(outcome(&stats, "TreeTokens.transfer: ok"), 2, "{:?}", stats.outcomes);
}
