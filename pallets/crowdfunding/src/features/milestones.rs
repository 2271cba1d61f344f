//! Milestones in order (submitted by the promoter, decided by the approval origin, released by
//! the promoter), progress reports and the at-risk checks.

use crate::*;
use cec_primitives::is_valid_cid;
use frame_support::traits::{
	fungibles::{Inspect as _, Mutate as _},
	tokens::{DepositConsequence, Preservation, Provenance},
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The milestone `index` of `c`, which must be the next one.
	fn next_milestone(c: &CampaignOf<T>, index: u32) -> Result<usize, DispatchError> {
		ensure!((index as usize) < c.milestones.len(), Error::<T>::UnknownMilestone);
		ensure!(index == c.next_milestone, Error::<T>::OutOfOrder);
		Ok(index as usize)
	}

	/// Submit a milestone (see [`Pallet::submit_milestone`]).
	pub(crate) fn do_submit_milestone(
		who: T::AccountId,
		id: CampaignId,
		index: u32,
		evidence: Cid,
	) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		Self::ensure_promoter_active(&c, &who)?;
		ensure!(is_valid_cid(&evidence), Error::<T>::BadCid);
		let i = Self::next_milestone(&c, index)?;
		let m = c.milestones.get_mut(i).ok_or(Error::<T>::UnknownMilestone)?;
		ensure!(
			matches!(m.state, MilestoneState::Planned | MilestoneState::Rejected { .. }),
			Error::<T>::AlreadySubmitted
		);
		m.state = MilestoneState::Submitted { evidence: evidence.clone() };
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::MilestoneSubmitted { campaign: id, index, evidence });
		Ok(())
	}

	/// Approve or reject a submitted milestone (see [`Pallet::approve_milestone`]).
	pub(crate) fn do_decide_milestone(id: CampaignId, index: u32, approve: bool) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		ensure!(c.status == CampaignStatus::Active, Error::<T>::NotActive);
		let m = c.milestones.get_mut(index as usize).ok_or(Error::<T>::UnknownMilestone)?;
		let MilestoneState::Submitted { evidence } = m.state.clone() else {
			return Err(Error::<T>::NotSubmitted.into());
		};
		if approve {
			m.state = MilestoneState::Approved { evidence };
			Self::deposit_event(Event::MilestoneApproved { campaign: id, index });
		} else {
			m.state = MilestoneState::Rejected { evidence };
			c.at_risk = true;
			Self::deposit_event(Event::MilestoneRejected { campaign: id, index });
			Self::deposit_event(Event::CampaignAtRisk {
				campaign: id,
				reason: RiskReason::RejectedMilestone,
			});
		}
		Campaigns::<T>::insert(id, c);
		Ok(())
	}

	/// Release an approved milestone (see [`Pallet::release_milestone`]).
	pub(crate) fn do_release_milestone(
		who: T::AccountId,
		id: CampaignId,
		index: u32,
	) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		Self::ensure_promoter_active(&c, &who)?;
		let i = Self::next_milestone(&c, index)?;
		let last = i.saturating_add(1) == c.milestones.len();
		let unreleased = Self::unreleased(&c)?;
		let m = c.milestones.get(i).ok_or(Error::<T>::UnknownMilestone)?;
		let MilestoneState::Approved { evidence } = m.state.clone() else {
			return Err(Error::<T>::NotApproved.into());
		};
		// The last milestone takes what is left, so no rounding stays behind.
		let amount = if last { unreleased } else { (m.share * c.collected).min(unreleased) };
		// The fee only if the revenue account can take it (a settlement asset's minimum
		// balance); else the promoter gets all, as escrow does with trade fees.
		let fee_to = T::Revenue::account();
		let fee = Some(T::FeeRate::get() * amount)
			.filter(|fee| {
				fee.is_zero()
					|| T::Payments::can_deposit(c.asset.clone(), &fee_to, *fee, Provenance::Extant)
						== DepositConsequence::Success
			})
			.unwrap_or_default();
		let to_promoter = amount.checked_sub(&fee).ok_or(Error::<T>::Overflow)?;
		let account = Self::campaign_account(id);
		if !to_promoter.is_zero() {
			T::Payments::transfer(
				c.asset.clone(),
				&account,
				&c.promoter,
				to_promoter,
				Preservation::Preserve,
			)?;
		}
		if !fee.is_zero() {
			T::Payments::transfer(c.asset.clone(), &account, &fee_to, fee, Preservation::Preserve)?;
			T::Revenue::note(c.asset.clone(), fee);
		}
		c.released = c.released.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		if let Some(m) = c.milestones.get_mut(i) {
			m.state = MilestoneState::Released { evidence, amount };
		}
		c.next_milestone = index.saturating_add(1);
		Self::deposit_event(Event::MilestoneReleased {
			campaign: id,
			index,
			amount: to_promoter,
			fee,
		});
		if last {
			c.status = CampaignStatus::Completed;
			Self::deposit_event(Event::CampaignCompleted { campaign: id });
		}
		Campaigns::<T>::insert(id, c);
		Ok(())
	}

	/// File a progress report (see [`Pallet::report_progress`]).
	pub(crate) fn do_report_progress(
		who: T::AccountId,
		id: CampaignId,
		report: Cid,
	) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		Self::ensure_promoter_active(&c, &who)?;
		ensure!(is_valid_cid(&report), Error::<T>::BadCid);
		let now = frame_system::Pallet::<T>::block_number();
		let number = c.reports;
		c.reports = number.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Self::hold_deposit(&who, T::ReportDeposit::get())?;
		if Self::missed_reports(&c, now) > 0 {
			c.at_risk = true;
			Self::deposit_event(Event::CampaignAtRisk {
				campaign: id,
				reason: RiskReason::MissedReport,
			});
		}
		c.last_report = now;
		Reports::<T>::insert(id, number, Report { report: report.clone(), at: now });
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::ProgressReported { campaign: id, number, report });
		Ok(())
	}

	/// How many whole reporting intervals have passed since the last report.
	pub(crate) fn missed_reports(c: &CampaignOf<T>, now: BlockNumberFor<T>) -> u32 {
		let since: u128 = now.saturating_sub(c.last_report).saturated_into();
		let interval: u128 = c.report_interval.saturated_into();
		since.checked_div(interval).unwrap_or_default().saturated_into()
	}

	/// Check reports and milestones (see [`Pallet::flag_missed_reports`]).
	pub(crate) fn do_flag_missed_reports(id: CampaignId) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		ensure!(c.status == CampaignStatus::Active, Error::<T>::NotActive);
		let now = frame_system::Pallet::<T>::block_number();
		let missed = Self::missed_reports(&c, now);
		if missed >= T::MaxMissedReports::get() {
			return Self::do_default(id, None);
		}
		let overdue = c
			.milestones
			.get(c.next_milestone as usize)
			.is_some_and(|m| m.due < now && !matches!(m.state, MilestoneState::Approved { .. }));
		let reason = if missed > 0 {
			RiskReason::MissedReport
		} else if overdue {
			RiskReason::OverdueMilestone
		} else {
			return Err(Error::<T>::ReportsUpToDate.into());
		};
		c.at_risk = true;
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::CampaignAtRisk { campaign: id, reason });
		Ok(())
	}
}
