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
	/// - every account's escrow hold in an asset equals price + fee of its funded contracts;
	/// - every account's storage-deposit hold equals the deposits its listings, contracts,
	///   evidence and reviews record;
	/// - a listing's running contract exists and points back to it; every unsettled contract's
	///   listing exists and names it;
	/// - evidence exists only for disputed contracts and reviews only for settled ones.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut escrowed: Vec<((AssetIdOf<T>, T::AccountId), BalanceOf<T>)> = Vec::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut add_deposit = |who: &T::AccountId, amount: BalanceOf<T>| {
			let e = deposits.entry(who.clone()).or_default();
			*e = e.saturating_add(amount);
		};

		for (id, l) in Listings::<T>::iter() {
			add_deposit(&l.seller, l.deposit);
			if let Some(c) = l.contract {
				let c = Contracts::<T>::get(c).ok_or("listing names a missing contract")?;
				ensure!(c.listing == id, "listing's contract belongs to another listing");
				ensure!(!c.state.is_settled(), "a listing's running contract is settled");
			}
		}
		for (id, c) in Contracts::<T>::iter() {
			add_deposit(&c.buyer, c.deposit);
			let held = Self::held_for(&c);
			let key = (c.asset.clone(), c.buyer.clone());
			match escrowed.iter_mut().find(|(k, _)| *k == key) {
				Some((_, sum)) => *sum = sum.saturating_add(held),
				None => escrowed.push((key, held)),
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
			ensure!(Contracts::<T>::contains_key(contract), "evidence of a missing contract");
			ensure!(log.cids.iter().all(|c| is_valid_cid(c)), "invalid evidence CID");
			add_deposit(&who, log.deposit);
		}
		for (contract, rater, review) in Reviews::<T>::iter() {
			let c = Contracts::<T>::get(contract).ok_or("review of a missing contract")?;
			ensure!(c.state.is_settled(), "review of an unsettled contract");
			ensure!(rater == c.seller || rater == c.buyer, "review by a third party");
			add_deposit(&rater, review.deposit);
		}
		for ((asset, who), sum) in escrowed {
			ensure!(Self::total_held(asset, &who) == sum, "escrow hold differs from contracts");
		}
		for (who, sum) in deposits {
			ensure!(Self::deposit_held(&who) == sum, "deposit hold differs from records");
		}
		Ok(())
	}
}
