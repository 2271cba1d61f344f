//! What must hold after every block, whatever was called.
//!
//! Each check is a `fn() -> Result<(), String>` whose error says what broke; [`INVARIANTS`] lists
//! them by name and [`check_all`] runs them in order. Our pallets bring their own `do_try_state`
//! (callable with `std`). The SDK pallets' `try_state` hooks compile only with the `try-runtime`
//! feature (`pallet-balances`, `pallet-assets`, `pallet-staking`, `pallet-collective` gate their
//! `do_try_state` behind `cfg(any(test, feature = "try-runtime"))`), so the checks of theirs that
//! matter here are rewritten below from their storage.
//!
//! Per-extrinsic checks (declared weight, wall-clock time, nonce) live with the extrinsic, in
//! [`crate::chain::Chain::submit`].

use cec_runtime::{
	constants::supply::ISSUANCE_CAP, AccountId, Balance, Balances, Runtime, SettlementHolds,
};
use frame_election_provider_support::SortedListProvider;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::TryRuntimeError;

/// A named invariant.
pub type Invariant = (&'static str, fn() -> Result<(), String>);

/// Every invariant checked after every block, in order.
///
/// To cover a new pallet, add its `do_try_state` here (see `try_state` below) and, for what its
/// `try_state` cannot see (money it moves in other pallets), a check of its own.
pub const INVARIANTS: &[Invariant] = &[
	("forestry try_state", forestry),
	("tree-tokens try_state", tree_tokens),
	("kyc try_state", kyc),
	("escrow try_state", escrow),
	("foundation try_state", foundation),
	("lockup try_state", lockup),
	("dividends try_state", dividends),
	("market-maker try_state", market_maker),
	("dapp-bond try_state", dapp_bond),
	("insurance try_state", insurance),
	("crowdfunding try_state", crowdfunding),
	("CEC issuance is the sum of all balances", cec_issuance),
	("CEC issuance is within the cap", cec_cap),
	("balances: holds, freezes and locks fit the account data", balance_accounts),
	(
		"settlement assets: supply is the sum of balances and holds, within the cap",
		settlement_assets,
	),
	("tree assets: supply is the sum of balances, within the cap", tree_assets),
	("staking: ledgers, bonds, holds and the voter list agree", staking),
	("forestry: parcels, trees and paid records are backed by deposits", forestry_deposits),
	("tree-tokens: live tokens are backed by deposits", tree_token_deposits),
	("escrow: listings, contracts, evidence and reviews are backed by deposits", escrow_deposits),
	("lockup: listings are backed by deposits", lockup_deposits),
	("market maker: used payment references are backed by deposits", market_maker_deposits),
	(
		"crowdfunding: campaigns, contributions and reports are backed by deposits",
		crowdfunding_deposits,
	),
	("dapp-bond: nothing is held for a bond without a bond record", dapp_bond_holds),
	("extrinsics within their class's block weight", block_weight),
];

/// Run every invariant; the first that fails names itself.
pub fn check_all() -> Result<(), String> {
	for (name, check) in INVARIANTS {
		check().map_err(|e| format!("invariant broken: {name}: {e}"))?;
	}
	Ok(())
}

fn try_state(r: Result<(), TryRuntimeError>) -> Result<(), String> {
	r.map_err(|e| format!("{e:?}"))
}

fn forestry() -> Result<(), String> {
	try_state(cec_runtime::Forestry::do_try_state())
}

fn tree_tokens() -> Result<(), String> {
	try_state(cec_runtime::TreeTokens::do_try_state())
}

fn kyc() -> Result<(), String> {
	try_state(cec_runtime::Kyc::do_try_state())
}

fn escrow() -> Result<(), String> {
	try_state(cec_runtime::Escrow::do_try_state())
}

fn foundation() -> Result<(), String> {
	try_state(cec_runtime::Foundation::do_try_state())
}

fn lockup() -> Result<(), String> {
	try_state(cec_runtime::Lockup::do_try_state())
}

fn dividends() -> Result<(), String> {
	try_state(cec_runtime::Dividends::do_try_state())
}

fn dapp_bond() -> Result<(), String> {
	try_state(cec_runtime::DappBond::do_try_state())
}

/// Includes: contribution records add up to the raise and to what is held on each investor, the
/// token's issuance is what was minted, holders are never owed more than was deposited, and each
/// campaign's account covers what it still owes.
fn crowdfunding() -> Result<(), String> {
	try_state(cec_runtime::Crowdfunding::do_try_state())
}

/// Includes: collateral is what is held, exposure is what live policies can still pay and never
/// above collateral, no policy pays more than its sum, deposits are what is held.
fn insurance() -> Result<(), String> {
	try_state(cec_runtime::Insurance::do_try_state())
}

/// No account (of the fixed set, the only ones that can bond) keeps CEC held under the
/// developer-bond reason once its bond record is gone (withdrawn or slashed to nothing).
fn dapp_bond_holds() -> Result<(), String> {
	for who in crate::actions::Who::ALL {
		let stray = cec_runtime::DappBond::held_without_bond(&who.account());
		if stray != 0 {
			return Err(format!("{who:?} has {stray} held for a bond it no longer has"));
		}
	}
	Ok(())
}

/// Includes: each settlement asset's supply is its ledger's minted − burned.
fn market_maker() -> Result<(), String> {
	try_state(cec_runtime::MarketMaker::do_try_state())
}

/// Total issuance equals the sum over every account of free + reserved (holds are part of
/// reserved in `pallet-balances`): fees, escrow, dividends, staking rewards and slashes neither
/// create nor destroy CEC unnoticed.
fn cec_issuance() -> Result<(), String> {
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	let mut sum: Balance = 0;
	for (who, info) in frame_system::Account::<Runtime>::iter() {
		sum = sum
			.checked_add(info.data.free)
			.and_then(|s| s.checked_add(info.data.reserved))
			.ok_or_else(|| format!("the sum of balances overflows at {who:?}"))?;
	}
	if sum != issuance {
		return Err(format!(
			"total issuance {issuance} but accounts hold {sum} (free + reserved), {} {}",
			issuance.abs_diff(sum),
			if sum > issuance { "more" } else { "less" },
		));
	}
	Ok(())
}

/// Total issuance never exceeds 36,867,216 CEC (genesis supply plus the whole emission).
fn cec_cap() -> Result<(), String> {
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	if issuance > ISSUANCE_CAP {
		return Err(format!("total issuance {issuance} is above the cap {ISSUANCE_CAP}"));
	}
	Ok(())
}

/// `pallet-balances`' own `try_state`, rewritten: the holds of an account fit in its reserved
/// balance, and no freeze or lock exceeds its frozen balance.
fn balance_accounts() -> Result<(), String> {
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		let held = holds
			.iter()
			.try_fold(0 as Balance, |s, h| s.checked_add(h.amount))
			.ok_or_else(|| format!("{who:?}'s holds overflow"))?;
		let reserved = frame_system::Account::<Runtime>::get(&who).data.reserved;
		if held > reserved {
			return Err(format!(
				"{who:?} has {held} on hold but only {reserved} reserved: {holds:?}"
			));
		}
	}
	for (who, freezes) in pallet_balances::Freezes::<Runtime>::iter() {
		let most = freezes.iter().map(|f| f.amount).max().unwrap_or_default();
		let frozen = frame_system::Account::<Runtime>::get(&who).data.frozen;
		if most > frozen {
			return Err(format!("{who:?} has a freeze of {most} but only {frozen} frozen"));
		}
	}
	for (who, locks) in pallet_balances::Locks::<Runtime>::iter() {
		let most = locks.iter().map(|l| l.amount).max().unwrap_or_default();
		let frozen = frame_system::Account::<Runtime>::get(&who).data.frozen;
		if most > frozen {
			return Err(format!("{who:?} has a lock of {most} but only {frozen} frozen"));
		}
	}
	Ok(())
}

/// For every asset of a `pallet-assets` instance (not being destroyed): its supply is at most
/// `cap` and equals the sum of its accounts' balances plus what is on hold for them (`held`),
/// and its account count is the number of accounts. (`pallet-assets`' `try_state`, rewritten, with `==` for the supply:
/// this chain has no state from before the SDK's refund fix.)
fn asset_ledger<I: 'static>(
	cap: Balance,
	held: impl Fn(u32, &AccountId) -> Balance,
) -> Result<(), String>
where
	// CHECK: bounds of a generic over the two `pallet-assets` instances.
	Runtime: pallet_assets::Config<I, AssetId = u32, Balance = Balance>,
{
	for (id, details) in pallet_assets::Asset::<Runtime, I>::iter() {
		if matches!(details.status, pallet_assets::AssetStatus::Destroying) {
			continue;
		}
		if details.supply > cap {
			return Err(format!("asset {id}: supply {} above the cap {cap}", details.supply));
		}
		let (mut sum, mut accounts): (Balance, u32) = (0, 0);
		for (who, account) in pallet_assets::Account::<Runtime, I>::iter_prefix(id) {
			sum = sum
				.checked_add(account.balance)
				.and_then(|s| s.checked_add(held(id, &who)))
				.ok_or_else(|| format!("asset {id}: the sum of balances overflows at {who:?}"))?;
			accounts += 1;
		}
		if sum != details.supply {
			return Err(format!(
				"asset {id}: supply {} but accounts hold {sum} (balance + held)",
				details.supply
			));
		}
		if accounts != details.accounts {
			return Err(format!(
				"asset {id}: {} accounts counted, {accounts} exist",
				details.accounts
			));
		}
	}
	Ok(())
}

/// The settlement assets (test yuan and those Root creates), with escrowed payments on hold;
/// none past its cap (`MaxSettlementSupply`: the base call filter refuses a mint beyond it).
fn settlement_assets() -> Result<(), String> {
	asset_ledger::<pallet_assets::Instance2>(
		cec_runtime::configs::MaxSettlementSupply::get(),
		|id, who| {
			<SettlementHolds as pallet_assets::BalanceOnHold<u32, AccountId, Balance>>::balance_on_hold(
			id, who,
		)
		.unwrap_or_default()
		},
	)
}

/// The tree-backed tokens' ledger (no holds: lots in trade are frozen by `TreeTokens` itself),
/// none past `MaxTreeTokenSupply`.
fn tree_assets() -> Result<(), String> {
	asset_ledger::<pallet_assets::Instance1>(
		cec_runtime::configs::MaxTreeTokenSupply::get(),
		|_, _| 0,
	)
}

/// `pallet-staking`'s own ledger checks, rewritten: every bonded stash has a ledger naming it,
/// whose total is its active bond plus its unlocking chunks and is exactly what is on hold for
/// staking; every ledger is bonded; the voter list holds every nominator and validator.
fn staking() -> Result<(), String> {
	let staking_hold: cec_runtime::RuntimeHoldReason = pallet_staking::HoldReason::Staking.into();
	for (stash, controller) in pallet_staking::Bonded::<Runtime>::iter() {
		let ledger = pallet_staking::Ledger::<Runtime>::get(&controller)
			.ok_or_else(|| format!("{stash:?} is bonded to {controller:?}, which has no ledger"))?;
		if ledger.stash != stash {
			return Err(format!("{controller:?}'s ledger is of {:?}, not {stash:?}", ledger.stash));
		}
		let unlocking = ledger
			.unlocking
			.iter()
			.try_fold(0 as Balance, |s, c| s.checked_add(c.value))
			.ok_or_else(|| format!("{stash:?}'s unlocking chunks overflow"))?;
		if ledger.active.checked_add(unlocking) != Some(ledger.total) {
			return Err(format!(
				"{stash:?}'s ledger: total {} but active {} + unlocking {unlocking}",
				ledger.total, ledger.active
			));
		}
		let held = <Balances as InspectHold<AccountId>>::balance_on_hold(&staking_hold, &stash);
		if held != ledger.total {
			return Err(format!(
				"{stash:?} has {held} on hold for staking, its ledger says {}",
				ledger.total
			));
		}
	}
	for (controller, ledger) in pallet_staking::Ledger::<Runtime>::iter() {
		if pallet_staking::Bonded::<Runtime>::get(&ledger.stash).as_ref() != Some(&controller) {
			return Err(format!("{controller:?}'s ledger of {:?} is not bonded", ledger.stash));
		}
	}
	let voters = <cec_runtime::VoterList as SortedListProvider<AccountId>>::count();
	let stakers = pallet_staking::Nominators::<Runtime>::count()
		.saturating_add(pallet_staking::Validators::<Runtime>::count());
	if voters != stakers {
		return Err(format!("the voter list has {voters} voters, staking {stakers} stakers"));
	}
	Ok(())
}

/// What ordinary and operational extrinsics used stays within their class's limit
/// (`CheckWeight` must refuse what does not fit). Mandatory work (inherents and hooks) is left
/// out: the SDK lets it exceed the block, and pallet-staking charges a whole block for an
/// on-chain election on purpose.
fn block_weight() -> Result<(), String> {
	use frame_support::dispatch::DispatchClass;
	let used = frame_system::Pallet::<Runtime>::block_weight();
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		let max = limits.get(class).max_total.unwrap_or(limits.max_block);
		let class_used = *used.get(class);
		if class_used.any_gt(max) {
			return Err(format!(
				"{class:?} extrinsics used {class_used:?}, above their limit {max:?}"
			));
		}
	}
	Ok(())
}

// ---------------------------------------------------------------------------------------------
// Storage deposits: what ordinary signed calls store is paid for.
// ---------------------------------------------------------------------------------------------

/// The runtime's price of a stored byte (`deposit(0, 1)`, 0.0001 CEC). Every deposit of our
/// pallets is `deposit(items, bytes)` for the item's documented size, so the deposits a pallet
/// holds must pay at least this much per byte it actually stores for signed callers.
const PER_BYTE: Balance = cec_runtime::constants::currency::deposit(0, 1);

/// The sum over all accounts of what is on hold for any of `reasons`.
fn held_for(reasons: &[cec_runtime::RuntimeHoldReason]) -> Result<Balance, String> {
	let mut sum: Balance = 0;
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		for h in holds.iter().filter(|h| reasons.contains(&h.id)) {
			sum = sum
				.checked_add(h.amount)
				.ok_or_else(|| format!("the deposits overflow at {who:?}"))?;
		}
	}
	Ok(sum)
}

/// The raw bytes (whole key and value) of the entries under `prefix` whose value `keep` accepts:
/// what the trie really stores, not what the types say.
fn stored_bytes(prefix: &[u8], keep: impl Fn(&[u8]) -> bool) -> Balance {
	let mut total: Balance = 0;
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(prefix) {
			break;
		}
		if let Some(value) = sp_io::storage::get(&next) {
			if keep(&value) {
				total = total.saturating_add((next.len() + value.len()) as Balance);
			}
		}
		key = next;
	}
	total
}

fn every(_: &[u8]) -> bool {
	true
}

/// `held` pays for `bytes` at [`PER_BYTE`].
fn backed(held: Balance, bytes: Balance) -> Result<(), String> {
	let owed = bytes.saturating_mul(PER_BYTE);
	if held < owed {
		return Err(format!("{held} held in deposits, but the {bytes} bytes stored cost {owed}"));
	}
	Ok(())
}

/// Parcels (deposit on the registrant), trees (on the witness) and the history records and
/// parcel documents someone paid for (`deposit > 0`; witnesses' measurements and trade
/// hand-overs are free by design: fuzz/README.md, "Storage without a deposit").
fn forestry_deposits() -> Result<(), String> {
	use codec::Decode;
	use frame_support::storage::StoragePrefixedMap;
	use pallet_forestry::{DocumentOf, HoldReason as H, RecordOf};
	let held =
		held_for(&[H::ParcelDeposit.into(), H::TreeDeposit.into(), H::RecordDeposit.into()])?;
	let paid_record =
		|v: &[u8]| RecordOf::<Runtime>::decode(&mut &v[..]).map_or(true, |r| r.deposit > 0);
	let paid_document =
		|v: &[u8]| DocumentOf::<Runtime>::decode(&mut &v[..]).map_or(true, |d| d.deposit > 0);
	let bytes = stored_bytes(&pallet_forestry::Parcels::<Runtime>::final_prefix(), every)
		.saturating_add(stored_bytes(&pallet_forestry::Trees::<Runtime>::final_prefix(), every))
		.saturating_add(stored_bytes(
			&pallet_forestry::TreeHistory::<Runtime>::final_prefix(),
			paid_record,
		))
		.saturating_add(stored_bytes(
			&pallet_forestry::ParcelDocuments::<Runtime>::final_prefix(),
			paid_document,
		));
	backed(held, bytes)
}

/// Live tokens' records (a redeemed token's record stays, deposit returned, while holders are
/// owed revenue).
fn tree_token_deposits() -> Result<(), String> {
	use codec::Decode;
	use frame_support::storage::StoragePrefixedMap;
	use pallet_tree_tokens::{HoldReason, TokenInfoOf, TokenStatus};
	let held = held_for(&[HoldReason::TokenDeposit.into()])?;
	let live = |v: &[u8]| {
		TokenInfoOf::<Runtime>::decode(&mut &v[..]).map_or(true, |t| t.status == TokenStatus::Live)
	};
	backed(held, stored_bytes(&pallet_tree_tokens::Tokens::<Runtime>::final_prefix(), live))
}

/// Listings (on the seller), contracts (on the buyer), evidence and reviews (on their authors):
/// the `StorageDeposit` hold only, not the `Escrow` hold of trade money. A record of a fiat trade
/// holds its deposit in the asset (the escrow's own `try_state` checks those holds): it counts
/// at its worth in CEC at the record's rate.
fn escrow_deposits() -> Result<(), String> {
	use frame_support::storage::StoragePrefixedMap;
	use pallet_escrow::{Contracts, Evidence, HoldReason, Listings, Pallet as Escrow, Reviews};
	let held = held_for(&[HoldReason::StorageDeposit.into()])?;
	// Every byte under the four maps counts, whether it decodes or not.
	let bytes = stored_bytes(&Listings::<Runtime>::final_prefix(), every)
		.saturating_add(stored_bytes(&Contracts::<Runtime>::final_prefix(), every))
		.saturating_add(stored_bytes(&Evidence::<Runtime>::final_prefix(), every))
		.saturating_add(stored_bytes(&Reviews::<Runtime>::final_prefix(), every));
	// What the records of fiat trades hold in their asset, worth in CEC at each one's rate.
	let worth = |deposit: Balance, rate: Option<Balance>| {
		rate.map_or(0, |r| deposit.saturating_mul(cec_runtime::CEC) / r.max(1))
	};
	let rate = |id, who: &cec_runtime::AccountId| {
		Contracts::<Runtime>::get(id).and_then(|c| Escrow::<Runtime>::party_rate(&c, who))
	};
	let in_assets = Listings::<Runtime>::iter_values()
		.map(|l| worth(l.deposit, l.deposit_rate))
		.chain(Contracts::<Runtime>::iter_values().map(|c| worth(c.deposit, c.deposit_rate)))
		.chain(Evidence::<Runtime>::iter().map(|(id, who, log)| worth(log.deposit, rate(id, &who))))
		.chain(Reviews::<Runtime>::iter().map(|(id, who, r)| worth(r.deposit, rate(id, &who))))
		.fold(0 as Balance, |a, b| a.saturating_add(b));
	backed(held.saturating_add(in_assets), bytes)
}

/// CEC listings (the `ListingDeposit` hold, not the `Listing` hold of the CEC for sale).
fn lockup_deposits() -> Result<(), String> {
	use frame_support::storage::StoragePrefixedMap;
	let held = held_for(&[pallet_lockup::HoldReason::ListingDeposit.into()])?;
	backed(held, stored_bytes(&pallet_lockup::Listings::<Runtime>::final_prefix(), every))
}

/// Campaigns (deposit on the promoter), contribution records (on the investor) and progress
/// reports (on the promoter). Token holders' positions go with their token balances.
fn crowdfunding_deposits() -> Result<(), String> {
	use frame_support::storage::StoragePrefixedMap;
	use pallet_crowdfunding::{Campaigns, Contributions, Reports};
	let held = held_for(&[pallet_crowdfunding::HoldReason::Deposit.into()])?;
	let bytes = stored_bytes(&Campaigns::<Runtime>::final_prefix(), every)
		.saturating_add(stored_bytes(&Contributions::<Runtime>::final_prefix(), every))
		.saturating_add(stored_bytes(&Reports::<Runtime>::final_prefix(), every));
	backed(held, bytes)
}

/// Used payment references (the `RefDeposit` hold, not the `Inventory` hold of CEC for sale).
/// Quotes and attestations are bounded by the appointed makers and free by design.
fn market_maker_deposits() -> Result<(), String> {
	use frame_support::storage::StoragePrefixedMap;
	let held = held_for(&[pallet_market_maker::HoldReason::RefDeposit.into()])?;
	backed(held, stored_bytes(&pallet_market_maker::Refs::<Runtime>::final_prefix(), every))
}
