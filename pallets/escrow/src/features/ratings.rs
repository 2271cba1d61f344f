//! Ratings after settlement, and pruning of settled contracts once their rating period is over.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Rate; see [`Pallet::rate`].
	pub(crate) fn do_rate(
		rater: T::AccountId,
		contract: ContractId,
		score: u8,
		comment: Option<Cid>,
	) -> DispatchResult {
		let c = Self::contract(contract)?;
		let ratee = if rater == c.seller {
			c.buyer.clone()
		} else if rater == c.buyer {
			c.seller.clone()
		} else {
			return Err(Error::<T>::NotParty.into());
		};
		let settled_at = *c.state.settled_at().ok_or(Error::<T>::NotSettled)?;
		ensure!(
			Self::now() <= settled_at.saturating_add(T::RatingPeriod::get()),
			Error::<T>::RatingClosed
		);
		ensure!((MIN_SCORE..=MAX_SCORE).contains(&score), Error::<T>::BadScore);
		if let Some(cid) = &comment {
			ensure!(is_valid_cid(cid), Error::<T>::BadCid);
		}
		ensure!(!Reviews::<T>::contains_key(contract, &rater), Error::<T>::AlreadyRated);
		let rate = Self::party_rate(&c, &rater);
		let deposit = Self::deposit_amount(T::ReviewDeposit::get(), rate)?;
		Self::hold_deposit(&rater, Self::deposit_asset(&c.asset, rate), deposit)?;
		Reviews::<T>::insert(
			contract,
			&rater,
			Review { ratee: ratee.clone(), score, comment, at: Self::now(), deposit },
		);
		Reputations::<T>::mutate(&ratee, |r| {
			r.count = r.count.saturating_add(1);
			r.total = r.total.saturating_add(u64::from(score));
		});
		Self::deposit_event(Event::Rated { contract, rater, ratee, score });
		Ok(())
	}

	/// Prune; see [`Pallet::prune`].
	pub(crate) fn do_prune(contract: ContractId) -> DispatchResult {
		let c = Self::contract(contract)?;
		let settled_at = *c.state.settled_at().ok_or(Error::<T>::NotSettled)?;
		ensure!(
			Self::now() > settled_at.saturating_add(T::RatingPeriod::get()),
			Error::<T>::DeadlineNotReached
		);
		for rater in [&c.seller, &c.buyer] {
			if let Some(review) = Reviews::<T>::take(contract, rater) {
				let asset = Self::deposit_asset(&c.asset, Self::party_rate(&c, rater));
				Self::release_deposit(rater, asset, review.deposit)?;
			}
		}
		Self::release_deposit(&c.buyer, Self::deposit_asset(&c.asset, c.deposit_rate), c.deposit)?;
		Contracts::<T>::remove(contract);
		Self::deposit_event(Event::Pruned { contract });
		Ok(())
	}
}
