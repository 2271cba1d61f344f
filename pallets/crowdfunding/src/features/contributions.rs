//! Contributions: held on the investor until the campaign is decided, then settled one
//! investor at a time (collected into the campaign's account for tokens, or released).

use crate::*;
use cec_primitives::KycUse;
use frame_support::traits::{
	fungibles::{Inspect as _, InspectHold as _, Mutate as _, MutateHold as _},
	tokens::{Fortitude, Precision, Preservation, Restriction},
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	Rounding, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Contribute (see [`Pallet::contribute`]).
	pub(crate) fn do_contribute(
		who: T::AccountId,
		id: CampaignId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Kyc::ensure_verified(&who, T::MinKycLevel::get(), KycUse::Crowdfunding)?;
		let mut c = Self::campaign(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			c.status == CampaignStatus::Raising && now <= c.deadline,
			Error::<T>::DeadlinePassed
		);
		ensure!(who != c.promoter, Error::<T>::PromoterCannotInvest);
		// At least the asset's minimum balance, and enough for a token unit even at the maximum
		// raise, so no contribution is paid for with nothing.
		let units = multiply_by_rational_with_rounding(
			amount.saturated_into(),
			c.token_supply.saturated_into(),
			c.max_raise.saturated_into(),
			Rounding::Down,
		)
		.unwrap_or_default();
		ensure!(
			!amount.is_zero()
				&& amount >= T::Payments::minimum_balance(c.asset.clone())
				&& units > 0,
			Error::<T>::ContributionTooSmall
		);
		let raised = c.raised.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(raised <= c.max_raise, Error::<T>::AboveMaximum);
		// Only what the investor could spend; in an asset with freezes (CEC), also what stays
		// free above them without counting holds: on success the held contribution leaves the
		// account, and it must not carry locked or vesting money with it.
		let mut spendable = T::Currency::reducible_balance(
			c.asset.clone(),
			&who,
			Preservation::Preserve,
			Fortitude::Polite,
		);
		if T::FreezableAssets::contains(&c.asset) {
			spendable =
				spendable.saturating_sub(T::Currency::total_balance_on_hold(c.asset.clone(), &who));
		}
		ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
		let mut record = match Contributions::<T>::get(id, &who) {
			Some(r) => r,
			None => {
				let deposit = T::ContributionDeposit::get();
				Self::hold_deposit(&who, deposit)?;
				c.contributors = c.contributors.checked_add(1).ok_or(Error::<T>::Overflow)?;
				Contribution { amount: Zero::zero(), deposit }
			},
		};
		T::Currency::hold(c.asset.clone(), &HoldReason::Contribution.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		record.amount = record.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		c.raised = raised;
		Contributions::<T>::insert(id, &who, record);
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::Contributed { campaign: id, who, amount, raised });
		Ok(())
	}

	/// Settle one contribution (see [`Pallet::settle`]).
	pub(crate) fn do_settle(id: CampaignId, investor: T::AccountId) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		ensure!(c.status != CampaignStatus::Raising, Error::<T>::StillRaising);
		let record = Contributions::<T>::get(id, &investor).ok_or(Error::<T>::NoContribution)?;
		match c.status {
			CampaignStatus::Funded => {
				let tokens = multiply_by_rational_with_rounding(
					record.amount.saturated_into(),
					c.token_supply.saturated_into(),
					c.raised.saturated_into(),
					Rounding::Down,
				)
				.ok_or(Error::<T>::Overflow)?;
				let tokens: BalanceOf<T> = tokens.try_into().map_err(|_| Error::<T>::Overflow)?;
				// Settle before the balance changes (nothing has accrued yet: revenue starts
				// once every contribution is collected).
				Self::settle_position(&c, id, &investor)?;
				T::ProjectTokens::mint_into(id, &investor, tokens)?;
				// `Force`: the contribution is the campaign's now; nothing the investor did since
				// can keep it.
				T::Currency::transfer_on_hold(
					c.asset.clone(),
					&HoldReason::Contribution.into(),
					&investor,
					&Self::campaign_account(id),
					record.amount,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
				c.collected =
					c.collected.checked_add(&record.amount).ok_or(Error::<T>::Overflow)?;
				c.minted = c.minted.checked_add(&tokens).ok_or(Error::<T>::Overflow)?;
				Self::deposit_event(Event::ContributionCollected {
					campaign: id,
					who: investor.clone(),
					amount: record.amount,
					tokens,
				});
			},
			CampaignStatus::Failed => {
				T::Currency::release(
					c.asset.clone(),
					&HoldReason::Contribution.into(),
					&investor,
					record.amount,
					Precision::Exact,
				)?;
				Self::deposit_event(Event::ContributionRefunded {
					campaign: id,
					who: investor.clone(),
					amount: record.amount,
				});
			},
			_ => return Err(Error::<T>::NoContribution.into()),
		}
		Self::release_deposit(&investor, record.deposit)?;
		Contributions::<T>::remove(id, &investor);
		c.settled = c.settled.checked_add(1).ok_or(Error::<T>::Overflow)?;
		if c.settled == c.contributors {
			if c.status == CampaignStatus::Failed {
				return Self::remove_failed(id, c);
			}
			c.status = CampaignStatus::Active;
			c.last_report = frame_system::Pallet::<T>::block_number();
			Self::deposit_event(Event::CampaignActive {
				campaign: id,
				collected: c.collected,
				minted: c.minted,
			});
		}
		Campaigns::<T>::insert(id, c);
		Ok(())
	}

	/// What is left of the collected funds to release.
	pub(crate) fn unreleased(c: &CampaignOf<T>) -> Result<BalanceOf<T>, DispatchError> {
		Ok(c.collected.checked_sub(&c.released).ok_or(Error::<T>::Overflow)?)
	}
}
