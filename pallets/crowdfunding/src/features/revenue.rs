//! Revenue for token holders through the shared pro-rata accumulator, claims and token
//! transfers.

use crate::*;
use cec_primitives::{KycUse, RevenueAccumulator as _};
use frame_support::traits::{
	fungibles::{Inspect as _, Mutate as _},
	tokens::Preservation,
};
use sp_runtime::traits::{CheckedAdd, Zero};

impl<T: Config> Pallet<T> {
	/// Deposit revenue (see [`Pallet::deposit_revenue`]).
	pub(crate) fn do_deposit_revenue(
		who: T::AccountId,
		id: CampaignId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		ensure!(c.promoter == who, Error::<T>::NotPromoter);
		ensure!(
			matches!(c.status, CampaignStatus::Active | CampaignStatus::Completed),
			Error::<T>::NotActive
		);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Payments::transfer(
			c.asset.clone(),
			&who,
			&Self::campaign_account(id),
			amount,
			Preservation::Preserve,
		)
		.map_err(|_| Error::<T>::InsufficientBalance)?;
		let (per_unit, carry) =
			c.add_revenue(amount, c.minted).map_err(DispatchError::Arithmetic)?;
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::RevenueDeposited { campaign: id, amount, per_unit, carry });
		Ok(())
	}

	/// Claim (see [`Pallet::claim`]).
	pub(crate) fn do_claim(who: T::AccountId, id: CampaignId) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		let amount = Self::owed(&c, id, &who)?;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		T::Payments::transfer(
			c.asset.clone(),
			&Self::campaign_account(id),
			&who,
			amount,
			Preservation::Preserve,
		)?;
		c.claimed = c.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		if T::ProjectTokens::balance(id, &who).is_zero() {
			Holders::<T>::remove(id, &who);
		} else {
			Holders::<T>::insert(id, &who, Position { snapshot: c.acc, pending: Zero::zero() });
		}
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::Claimed { campaign: id, who, amount });
		Ok(())
	}

	/// Move project tokens (see [`Pallet::transfer`]).
	pub(crate) fn do_transfer(
		from: T::AccountId,
		id: CampaignId,
		to: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let c = Self::campaign(id)?;
		ensure!(c.status != CampaignStatus::Defaulted, Error::<T>::TokenFrozen);
		ensure!(
			matches!(c.status, CampaignStatus::Active | CampaignStatus::Completed),
			Error::<T>::NotTradable
		);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::SelfTransfer);
		ensure!(T::ProjectTokens::balance(id, &from) >= amount, Error::<T>::InsufficientTokens);
		T::Kyc::ensure_verified(&to, T::MinKycLevel::get(), KycUse::Crowdfunding)?;
		Self::settle_position(&c, id, &from)?;
		Self::settle_position(&c, id, &to)?;
		T::ProjectTokens::transfer(id, &from, &to, amount, Preservation::Expendable)?;
		if T::ProjectTokens::balance(id, &from).is_zero()
			&& Holders::<T>::get(id, &from).pending.is_zero()
		{
			Holders::<T>::remove(id, &from);
		}
		Self::deposit_event(Event::Transferred { campaign: id, from, to, amount });
		Ok(())
	}

	/// What `who` is owed: its pending share plus what its balance earned since its snapshot.
	pub(crate) fn owed(
		c: &CampaignOf<T>,
		id: CampaignId,
		who: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let position = Holders::<T>::get(id, who);
		Ok(c.owed(&position, T::ProjectTokens::balance(id, who))?)
	}

	/// Move what `who` accrued into its pending share and snapshot the accumulator; runs before
	/// every change of its balance.
	pub(crate) fn settle_position(
		c: &CampaignOf<T>,
		id: CampaignId,
		who: &T::AccountId,
	) -> DispatchResult {
		let pending = Self::owed(c, id, who)?;
		Holders::<T>::insert(id, who, Position { snapshot: c.acc, pending });
		Ok(())
	}

	/// What `who` can claim from `campaign` now (0 for an unknown campaign).
	pub fn claimable(id: CampaignId, who: &T::AccountId) -> BalanceOf<T> {
		Campaigns::<T>::get(id).and_then(|c| Self::owed(&c, id, who).ok()).unwrap_or_default()
	}
}
