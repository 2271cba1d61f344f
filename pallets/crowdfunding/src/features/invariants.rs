//! What must always hold (`try_state`, and checked after every test).

use crate::*;
use alloc::vec::Vec;
use frame_support::traits::fungibles::{Inspect as _, InspectHold as _};
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Check every campaign's books against the ledgers.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		// Contributions held per (asset, investor), to compare with the holds.
		let mut held: Vec<(AssetIdOf<T>, T::AccountId, BalanceOf<T>)> = Vec::new();
		for (id, c) in Campaigns::<T>::iter() {
			ensure!(id < NextCampaignId::<T>::get(), "campaign id beyond the counter");
			ensure!(c.released <= c.collected, "released more than collected");
			ensure!(c.collected <= c.raised, "collected more than raised");
			ensure!(c.raised <= c.max_raise, "raised above the maximum");
			ensure!(c.minted <= c.token_supply, "minted above the supply");
			ensure!(c.settled <= c.contributors, "settled more than contributed");
			let on_books = c.claimed.saturating_add(c.carry);
			ensure!(on_books <= c.deposited, "claimed and carried more than deposited");
			// Contributions still waiting.
			let (mut count, mut sum) = (0u32, BalanceOf::<T>::zero());
			for (who, r) in Contributions::<T>::iter_prefix(id) {
				count.saturating_inc();
				sum = sum.checked_add(&r.amount).ok_or("contributions overflow")?;
				match held.iter_mut().find(|(a, w, _)| *a == c.asset && *w == who) {
					Some((_, _, e)) => *e = e.saturating_add(r.amount),
					None => held.push((c.asset.clone(), who, r.amount)),
				}
			}
			ensure!(count == c.contributors.saturating_sub(c.settled), "contribution count off");
			let waiting = c.raised.checked_sub(&c.collected).ok_or("collected above raised")?;
			match c.status {
				CampaignStatus::Raising | CampaignStatus::Funded => {
					ensure!(sum == waiting, "contributions do not add up to the raise")
				},
				CampaignStatus::Failed => ensure!(sum <= waiting, "refunds exceed the raise"),
				_ => ensure!(count == 0, "contributions left in a settled campaign"),
			}
			// The token's supply is what was minted, and what holders are owed is covered.
			if !matches!(c.status, CampaignStatus::Raising | CampaignStatus::Failed) {
				ensure!(
					T::ProjectTokens::total_issuance(id) == c.minted,
					"token issuance differs from minted"
				);
				let mut owed = BalanceOf::<T>::zero();
				for (who, _) in Holders::<T>::iter_prefix(id) {
					owed = owed.saturating_add(Self::owed(&c, id, &who).map_err(|_| "owed")?);
				}
				let shareable = c.deposited.saturating_sub(on_books);
				ensure!(owed <= shareable, "holders owed more than was deposited");
			}
			// The campaign's account covers what it still owes.
			let due = c
				.collected
				.saturating_sub(c.released)
				.saturating_add(c.deposited.saturating_sub(c.claimed));
			ensure!(
				T::Payments::balance(c.asset.clone(), &Self::campaign_account(id)) >= due,
				"campaign account below what it owes"
			);
			ensure!(Reports::<T>::iter_prefix(id).count() as u32 == c.reports, "report count off");
		}
		for (asset, who, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(asset, &HoldReason::Contribution.into(), &who)
					== amount,
				"contribution holds differ from the records"
			);
		}
		for (id, _, _) in Contributions::<T>::iter() {
			ensure!(Campaigns::<T>::contains_key(id), "contribution to no campaign");
		}
		Ok(())
	}
}
