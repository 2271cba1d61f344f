//! Default: the token freezes and the unreleased funds become the token holders'.

use crate::*;
use cec_primitives::RevenueAccumulator as _;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Put a campaign in default (see [`Pallet::declare_default`] and
	/// [`Pallet::flag_missed_reports`]).
	pub(crate) fn do_default(id: CampaignId, evidence: Option<Cid>) -> DispatchResult {
		let mut c = Self::campaign(id)?;
		ensure!(
			matches!(c.status, CampaignStatus::Active | CampaignStatus::Completed),
			Error::<T>::NotActive
		);
		if let Some(e) = evidence.as_ref() {
			ensure!(cec_primitives::is_valid_cid(e), Error::<T>::BadCid);
		}
		let unreleased = Self::unreleased(&c)?;
		if !unreleased.is_zero() {
			// The funds stay in the campaign's account; they are the holders' now, claimed pro
			// rata through the revenue accumulator.
			c.add_revenue(unreleased, c.minted).map_err(DispatchError::Arithmetic)?;
			c.released = c.collected;
		}
		T::FreezeToken::freeze(id)?;
		c.status = CampaignStatus::Defaulted;
		c.default_evidence = evidence.clone();
		Campaigns::<T>::insert(id, c);
		Self::deposit_event(Event::Defaulted { campaign: id, evidence, unreleased });
		Ok(())
	}
}
