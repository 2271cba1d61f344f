//! What must always hold, checked by `try_state` (and after every step of the tests).

#[cfg(any(feature = "std", feature = "try-runtime"))]
use crate::*;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use alloc::collections::BTreeMap;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use frame_support::traits::{
	fungible::{Inspect as _, InspectHold as _},
	fungibles::Inspect as _,
};
#[cfg(any(feature = "std", feature = "try-runtime"))]
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	TryRuntimeError,
};

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every token id is below `NextTokenId`;
	/// - a live token's asset exists and its total issuance equals `supply`; a redeemed token's
	///   asset is gone, its deposit released, and it is kept only while someone is owed revenue;
	/// - `claimants` counts the token's `Holders` entries with a non-zero pending share, and an
	///   entry with nothing pending belongs to an account holding units;
	/// - a revenue token's pot holds at least its existential deposit plus `deposited −
	///   claimed`; a timber token has no revenue and no holder entries;
	/// - every `Frozen` entry is non-zero, of a live token, at most the holder's balance, and
	///   equal to the sum of that seller's `TradeLots` of the token; the frozen units of a
	///   token are at most its supply;
	/// - each issuer's `TokenDeposit` hold equals the deposits its tokens record.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextTokenId::<T>::get();
		let ed = T::Currency::minimum_balance();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();

		for (token, info) in Tokens::<T>::iter() {
			ensure!(token < next, "token id not below NextTokenId");
			let d = deposits.entry(info.issuer.clone()).or_default();
			*d = d.saturating_add(info.deposit);
			match info.status {
				TokenStatus::Live => {
					ensure!(T::Assets::asset_exists(token), "live token without its asset");
					ensure!(
						T::Assets::total_issuance(token) == info.supply,
						"asset issuance differs from the token's supply"
					);
				},
				TokenStatus::Redeemed => {
					ensure!(!T::Assets::asset_exists(token), "redeemed token's asset survives");
					ensure!(info.deposit.is_zero(), "redeemed token keeps its deposit");
					ensure!(info.claimants > 0, "redeemed token kept though nobody is owed");
				},
			}
			let mut claimants = 0u32;
			for (who, holder) in Holders::<T>::iter_prefix(token) {
				ensure!(holder.snapshot <= info.acc, "holder snapshot ahead of the accumulator");
				if holder.pending.is_zero() {
					ensure!(!T::Assets::balance(token, &who).is_zero(), "empty holder entry kept");
				} else {
					claimants.saturating_inc();
				}
			}
			ensure!(claimants == info.claimants, "claimant count is off");
			match info.kind {
				TokenKind::Revenue => {
					let unpaid = info
						.deposited
						.checked_sub(&info.claimed)
						.ok_or("more revenue claimed than deposited")?;
					ensure!(info.carry <= unpaid, "carry exceeds the unpaid revenue");
					ensure!(
						T::Currency::balance(&Self::pot(token)) >= unpaid.saturating_add(ed),
						"pot holds less than its deposit plus the unpaid revenue"
					);
				},
				TokenKind::Timber => {
					ensure!(
						info.deposited.is_zero() && info.claimed.is_zero() && info.acc == 0,
						"timber token with revenue"
					);
					ensure!(claimants == 0, "timber token with holder entries");
				},
			}
		}

		let mut lots: BTreeMap<(TokenId, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		for (_, lot) in TradeLots::<T>::iter() {
			ensure!(!lot.amount.is_zero(), "empty trade lot");
			let l = lots.entry((lot.token, lot.seller)).or_default();
			*l = l.saturating_add(lot.amount);
		}
		let mut per_token: BTreeMap<TokenId, BalanceOf<T>> = BTreeMap::new();
		for (token, who, frozen) in Frozen::<T>::iter() {
			ensure!(!frozen.is_zero(), "zero frozen entry kept");
			let info = Tokens::<T>::get(token).ok_or("frozen units of a missing token")?;
			ensure!(info.status == TokenStatus::Live, "frozen units of a redeemed token");
			ensure!(frozen <= T::Assets::balance(token, &who), "more frozen than held");
			ensure!(
				lots.remove(&(token, who)) == Some(frozen),
				"frozen units differ from the seller's trade lots"
			);
			let sum = per_token.entry(token).or_default();
			*sum = sum.saturating_add(frozen);
			ensure!(*sum <= info.supply, "more of a token frozen than its supply");
		}
		ensure!(lots.is_empty(), "trade lot without frozen units");

		for (issuer, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::TokenDeposit.into(), &issuer) == deposit,
				"held token deposit differs from the records"
			);
		}
		Ok(())
	}
}
