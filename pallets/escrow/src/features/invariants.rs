//! What must always hold, checked by `try_state` (and after every step of the tests).

#[cfg(any(feature = "std", feature = "try-runtime"))]
use crate::*;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use alloc::{collections::BTreeMap, vec::Vec};
#[cfg(any(feature = "std", feature = "try-runtime"))]
use sp_runtime::{traits::Saturating, TryRuntimeError};

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<T: Config> Pallet<T> {
	/// Check the escrow's invariants:
	/// - the escrow's account has, in each asset paid into it, at least price + fee of its funded
	///   contracts; every account's escrow hold in any other asset equals price + fee of its
	///   funded contracts;
	/// - every account's storage-deposit hold in each asset equals the deposits its listings,
	///   contracts, evidence and reviews record in it;
	/// - a listing's running contract exists and points back to it; every unsettled contract's
	///   listing exists and names it;
	/// - evidence exists only for disputed contracts and reviews only for settled ones.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut escrowed: Vec<(AssetIdOf<T>, BalanceOf<T>)> = Vec::new();
		let mut held: Vec<((AssetIdOf<T>, T::AccountId), BalanceOf<T>)> = Vec::new();
		// Per account and deposit asset (few assets: a list per account).
		let mut deposits: BTreeMap<T::AccountId, Vec<(AssetIdOf<T>, BalanceOf<T>)>> =
			BTreeMap::new();
		let mut add_deposit = |who: &T::AccountId, asset: AssetIdOf<T>, amount: BalanceOf<T>| {
			let e = deposits.entry(who.clone()).or_default();
			match e.iter_mut().find(|(a, _)| *a == asset) {
				Some((_, sum)) => *sum = sum.saturating_add(amount),
				None => e.push((asset, amount)),
			}
		};

		for (id, l) in Listings::<T>::iter() {
			add_deposit(&l.seller, Self::deposit_asset(&l.asset, l.deposit_rate), l.deposit);
			if let Some(c) = l.contract {
				let c = Contracts::<T>::get(c).ok_or("listing names a missing contract")?;
				ensure!(c.listing == id, "listing's contract belongs to another listing");
				ensure!(!c.state.is_settled(), "a listing's running contract is settled");
			}
		}
		for (id, c) in Contracts::<T>::iter() {
			add_deposit(&c.buyer, Self::deposit_asset(&c.asset, c.deposit_rate), c.deposit);
			let kept = Self::held_for(&c);
			if T::PaidIntoEscrow::contains(&c.asset) {
				match escrowed.iter_mut().find(|(k, _)| *k == c.asset) {
					Some((_, sum)) => *sum = sum.saturating_add(kept),
					None => escrowed.push((c.asset.clone(), kept)),
				}
			} else {
				let key = (c.asset.clone(), c.buyer.clone());
				match held.iter_mut().find(|(k, _)| *k == key) {
					Some((_, sum)) => *sum = sum.saturating_add(kept),
					None => held.push((key, kept)),
				}
			}
			if !c.state.is_settled() {
				let l = Listings::<T>::get(c.listing).ok_or("open contract without its listing")?;
				ensure!(l.contract == Some(id), "open contract not named by its listing");
			}
			if !matches!(c.state, ContractState::Disputed { .. }) {
				ensure!(
					Evidence::<T>::iter_prefix(id).next().is_none(),
					"evidence outside a dispute"
				);
			}
		}
		for (contract, who, log) in Evidence::<T>::iter() {
			let c = Contracts::<T>::get(contract).ok_or("evidence of a missing contract")?;
			ensure!(log.cids.iter().all(|c| is_valid_cid(c)), "invalid evidence CID");
			let asset = Self::deposit_asset(&c.asset, Self::party_rate(&c, &who));
			add_deposit(&who, asset, log.deposit);
		}
		for (contract, rater, review) in Reviews::<T>::iter() {
			let c = Contracts::<T>::get(contract).ok_or("review of a missing contract")?;
			ensure!(c.state.is_settled(), "review of an unsettled contract");
			ensure!(rater == c.seller || rater == c.buyer, "review by a third party");
			let asset = Self::deposit_asset(&c.asset, Self::party_rate(&c, &rater));
			add_deposit(&rater, asset, review.deposit);
		}
		for (asset, sum) in escrowed {
			// At least: the account keeps its existential deposit too, and anyone may send it
			// more than its contracts keep.
			ensure!(Self::escrowed(asset) >= sum, "escrow account short of its contracts");
		}
		for ((asset, who), sum) in held {
			ensure!(Self::total_held(asset, &who) == sum, "escrow hold differs from contracts");
		}
		for (who, sums) in deposits {
			for (asset, sum) in sums {
				ensure!(
					Self::deposit_held_in(asset, &who) == sum,
					"deposit hold differs from records"
				);
			}
		}
		Ok(())
	}
}
