//! Opening and deciding campaigns, and the deposits their records hold.

use crate::*;
use cec_primitives::{is_clean_text, is_valid_cid, KycUse};
use frame_support::traits::{
	fungibles::{Create as _, Inspect as _, Mutate as _},
	tokens::{Fortitude, Precision, Preservation},
};
use sp_runtime::traits::{CheckedAdd, CheckedMul, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Open a campaign (see [`Pallet::create_campaign`]).
	pub(crate) fn do_create_campaign(
		promoter: T::AccountId,
		params: CampaignParamsOf<T>,
	) -> DispatchResult {
		T::Kyc::ensure_verified(&promoter, T::MinKycLevel::get(), KycUse::Crowdfunding)?;
		ensure!(is_valid_cid(&params.description), Error::<T>::BadCid);
		ensure!(is_clean_text(&params.name), Error::<T>::BadName);
		ensure!(is_clean_text(&params.symbol), Error::<T>::BadSymbol);
		ensure!(params.decimals <= 18, Error::<T>::BadDecimals);
		let min_balance = T::Payments::minimum_balance(params.asset.clone());
		ensure!(
			!params.min_raise.is_zero()
				&& params.min_raise >= min_balance
				&& params.min_raise <= params.target
				&& params.target <= params.max_raise,
			Error::<T>::BadAmounts
		);
		ensure!(
			!params.token_supply.is_zero() && params.token_supply <= T::MaxSupply::get(),
			Error::<T>::BadSupply
		);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			params.deadline > now
				&& params.deadline <= now.saturating_add(T::MaxRaisingPeriod::get()),
			Error::<T>::BadDeadline
		);
		ensure!(
			params.report_interval >= T::MinReportInterval::get()
				&& params.report_interval <= T::MaxReportInterval::get(),
			Error::<T>::BadReportInterval
		);
		let last_due = params.deadline.saturating_add(T::MaxProjectLength::get());
		ensure!(!params.milestones.is_empty(), Error::<T>::BadMilestones);
		let mut shares: u32 = 0;
		let mut after = params.deadline;
		for m in params.milestones.iter() {
			ensure!(
				m.due > after && m.due <= last_due && !m.share.is_zero(),
				Error::<T>::BadMilestones
			);
			ensure!(is_valid_cid(&m.proof), Error::<T>::BadCid);
			shares = shares.saturating_add(m.share.deconstruct());
			after = m.due;
		}
		ensure!(shares == sp_runtime::Permill::one().deconstruct(), Error::<T>::BadMilestones);

		let id = NextCampaignId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let milestones_len: BalanceOf<T> = (params.milestones.len() as u32).into();
		let deposit = T::MilestoneDeposit::get()
			.checked_mul(&milestones_len)
			.and_then(|d| d.checked_add(&T::CampaignDeposit::get()))
			.ok_or(Error::<T>::Overflow)?;
		Self::hold_deposit(&promoter, deposit)?;
		// The campaign's account lives as long as the campaign: the promoter pays in the asset's
		// minimum balance and gets it back if the campaign fails.
		T::Payments::transfer(
			params.asset.clone(),
			&promoter,
			&Self::campaign_account(id),
			min_balance,
			Preservation::Preserve,
		)
		.map_err(|_| Error::<T>::InsufficientBalance)?;
		let milestones = params
			.milestones
			.into_iter()
			.map(|m| Milestone {
				share: m.share,
				due: m.due,
				proof: m.proof,
				state: MilestoneState::Planned,
			})
			.collect::<alloc::vec::Vec<_>>();
		let milestones = BoundedVec::try_from(milestones).map_err(|_| Error::<T>::BadMilestones)?;
		let asset = params.asset.clone();
		Campaigns::<T>::insert(
			id,
			Campaign {
				promoter: promoter.clone(),
				description: params.description,
				asset: params.asset,
				target: params.target,
				min_raise: params.min_raise,
				max_raise: params.max_raise,
				deadline: params.deadline,
				token_supply: params.token_supply,
				equity: params.equity,
				name: params.name,
				symbol: params.symbol,
				decimals: params.decimals,
				milestones,
				report_interval: params.report_interval,
				status: CampaignStatus::Raising,
				raised: Zero::zero(),
				contributors: 0,
				settled: 0,
				collected: Zero::zero(),
				minted: Zero::zero(),
				released: Zero::zero(),
				next_milestone: 0,
				last_report: now,
				reports: 0,
				at_risk: false,
				acc: 0,
				carry: Zero::zero(),
				deposited: Zero::zero(),
				claimed: Zero::zero(),
				deposit,
				default_evidence: None,
			},
		);
		NextCampaignId::<T>::put(next);
		Self::deposit_event(Event::CampaignCreated { campaign: id, promoter, asset, deposit });
		Ok(())
	}

	/// Decide a campaign (see [`Pallet::finalize`]).
	pub(crate) fn do_finalize(id: CampaignId) -> DispatchResult {
		let mut c = Campaigns::<T>::get(id).ok_or(Error::<T>::UnknownCampaign)?;
		ensure!(c.status == CampaignStatus::Raising, Error::<T>::DeadlinePassed);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > c.deadline || c.raised >= c.max_raise, Error::<T>::StillRaising);
		if c.raised >= c.min_raise {
			T::ProjectTokens::create(id, Self::account_id(), true, 1u32.into())?;
			<T::ProjectTokens as fungibles::metadata::Mutate<_>>::set(
				id,
				&Self::account_id(),
				c.name.to_vec(),
				c.symbol.to_vec(),
				c.decimals,
			)?;
			c.status = CampaignStatus::Funded;
			Self::deposit_event(Event::CampaignSucceeded { campaign: id, raised: c.raised });
			// `raised ≥ min_raise > 0`: there is somebody to settle.
			Campaigns::<T>::insert(id, c);
		} else {
			c.status = CampaignStatus::Failed;
			Self::deposit_event(Event::CampaignFailed { campaign: id, raised: c.raised });
			if c.contributors == 0 {
				Self::remove_failed(id, c)?;
			} else {
				Campaigns::<T>::insert(id, c);
			}
		}
		Ok(())
	}

	/// Remove a failed campaign whose investors are all refunded: the promoter gets its
	/// deposit and the campaign account's minimum balance back.
	pub(crate) fn remove_failed(id: CampaignId, c: CampaignOf<T>) -> DispatchResult {
		let account = Self::campaign_account(id);
		// What the account can give up: all of it, unless something else keeps it alive (an
		// asset someone sent it adds a consumer). Whatever cannot leave stays there; nothing
		// anyone sends the account may stop the last refund or the removal.
		let left = T::Payments::reducible_balance(
			c.asset.clone(),
			&account,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		if !left.is_zero() {
			let _ = frame_support::storage::with_storage_layer(|| {
				T::Payments::transfer(
					c.asset.clone(),
					&account,
					&c.promoter,
					left,
					Preservation::Expendable,
				)
				.map(|_| ())
			});
		}
		Self::release_deposit(&c.promoter, c.deposit)?;
		Campaigns::<T>::remove(id);
		Self::deposit_event(Event::CampaignRemoved { campaign: id });
		Ok(())
	}

	/// Hold a CEC deposit on `who`.
	pub(crate) fn hold_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		<T::DepositCurrency as fungible::MutateHold<_>>::hold(
			&HoldReason::Deposit.into(),
			who,
			amount,
		)
		.map_err(|_| Error::<T>::InsufficientBalance.into())
	}

	/// Release a CEC deposit held on `who`.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		<T::DepositCurrency as fungible::MutateHold<_>>::release(
			&HoldReason::Deposit.into(),
			who,
			amount,
			Precision::Exact,
		)
		.map(|_| ())
	}

	/// A campaign, or why there is none.
	pub(crate) fn campaign(id: CampaignId) -> Result<CampaignOf<T>, DispatchError> {
		Ok(Campaigns::<T>::get(id).ok_or(Error::<T>::UnknownCampaign)?)
	}

	/// `c` is active and `who` is its promoter.
	pub(crate) fn ensure_promoter_active(c: &CampaignOf<T>, who: &T::AccountId) -> DispatchResult {
		ensure!(c.promoter == *who, Error::<T>::NotPromoter);
		ensure!(c.status == CampaignStatus::Active, Error::<T>::NotActive);
		Ok(())
	}
}
