//! Claims: pulled by the holder, paid from the insurer's held collateral. An event of
//! record settles every unpaid tree of a policy at once; a witness's damage record pays one
//! tree. A tree is paid once per policy, and a policy never pays more than its sum.

use crate::*;
use cec_primitives::TreeIncident;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// A policy of `who` still taking claims.
	fn claimable(who: &T::AccountId, id: PolicyId) -> Result<PolicyOf<T>, DispatchError> {
		let policy = Policies::<T>::get(id).ok_or(Error::<T>::UnknownPolicy)?;
		ensure!(policy.holder == *who, Error::<T>::NotHolder);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= Self::claims_until(&policy), Error::<T>::PolicyExpired);
		Ok(policy)
	}

	/// The blocks of event day `day`: its first and its last.
	pub(crate) fn day_blocks(day: u32) -> (BlockNumberFor<T>, BlockNumberFor<T>) {
		let len = Self::day_length();
		let first = len.saturating_mul(day.into());
		(first, first.saturating_add(len).saturating_sub(1u32.into()))
	}

	/// Pay a policy for an event of record (see [`Pallet::claim_event`]).
	pub(crate) fn do_claim_event(who: T::AccountId, id: PolicyId, key: EventKey) -> DispatchResult {
		let mut policy = Self::claimable(&who, id)?;
		let record = EventsOfRecord::<T>::get(&key).ok_or(Error::<T>::UnknownEvent)?;
		ensure!(key.peril == policy.peril, Error::<T>::WrongPeril);
		ensure!(policy.region.starts_with(&key.region), Error::<T>::WrongRegion);
		let (first, last) = Self::day_blocks(key.day);
		ensure!(first <= policy.end && last >= policy.start, Error::<T>::OutsideCover);
		ensure!(!policy.settled && !policy.unpaid.is_zero(), Error::<T>::AlreadyPaid);
		let owner = T::Registry::parcel(policy.parcel).map(|p| p.owner);
		ensure!(owner.as_ref() == Some(&policy.holder), Error::<T>::NoInsurableInterest);
		let amount = Perbill::from_percent(record.severity.into()) * policy.unpaid;
		ensure!(!amount.is_zero(), Error::<T>::NothingToPay);
		Self::pay_from_pool(&policy.insurer, &policy.asset, &policy.holder, amount, policy.unpaid)?;
		policy.paid = policy.paid.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		policy.unpaid = Zero::zero();
		policy.settled = true;
		let holder = policy.holder.clone();
		Policies::<T>::insert(id, policy);
		Self::deposit_event(Event::ClaimPaid {
			policy: id,
			holder,
			amount,
			trigger: Trigger::Event(key),
		});
		Ok(())
	}

	/// Pay a policy for one tree on a witness's records (see [`Pallet::claim_tree`]).
	pub(crate) fn do_claim_tree(
		who: T::AccountId,
		id: PolicyId,
		tree: TreeIndex,
		damage: u32,
		felling: Option<u32>,
	) -> DispatchResult {
		let mut policy = Self::claimable(&who, id)?;
		ensure!(!policy.settled, Error::<T>::AlreadyPaid);
		let sum = match policy.cover {
			Cover::Trees => {
				let cover = PolicyTrees::<T>::get(id, tree).ok_or(Error::<T>::NotCovered)?;
				ensure!(cover.paid.is_none(), Error::<T>::AlreadyPaid);
				cover.sum
			},
			Cover::Parcel { share } => {
				ensure!(tree < policy.trees, Error::<T>::NotCovered);
				ensure!(!PolicyTrees::<T>::contains_key(id, tree), Error::<T>::AlreadyPaid);
				share
			},
		};
		let (incident, by, at) =
			T::Registry::incident(policy.parcel, tree, damage).ok_or(Error::<T>::UnknownRecord)?;
		let TreeIncident::Damaged { peril, severity } = incident else {
			return Err(Error::<T>::NotDamage.into());
		};
		ensure!(peril == Some(policy.peril), Error::<T>::WrongPeril);
		ensure!(at >= policy.start && at <= policy.end, Error::<T>::OutsideCover);
		ensure!(by != policy.holder, Error::<T>::SelfAttested);
		let severity = match felling {
			None => severity,
			Some(seq) => {
				ensure!(seq > damage, Error::<T>::NotDamage);
				let (felled, by, at) = T::Registry::incident(policy.parcel, tree, seq)
					.ok_or(Error::<T>::UnknownRecord)?;
				ensure!(felled == TreeIncident::Felled, Error::<T>::NotDamage);
				ensure!(at <= policy.end, Error::<T>::OutsideCover);
				ensure!(by != policy.holder, Error::<T>::SelfAttested);
				ensure!(severity >= T::TotalLossSeverity::get(), Error::<T>::NotTotalLoss);
				100
			},
		};
		let facts = T::Registry::tree(policy.parcel, tree).ok_or(Error::<T>::NotCovered)?;
		ensure!(facts.owner == policy.holder, Error::<T>::NoInsurableInterest);
		let amount = Perbill::from_percent(severity.min(100).into()) * sum;
		ensure!(!amount.is_zero(), Error::<T>::NothingToPay);
		Self::pay_from_pool(&policy.insurer, &policy.asset, &policy.holder, amount, sum)?;
		policy.unpaid = policy.unpaid.checked_sub(&sum).ok_or(Error::<T>::Overflow)?;
		policy.paid = policy.paid.saturating_add(amount);
		PolicyTrees::<T>::insert(id, tree, TreeCover { sum, paid: Some(amount) });
		let holder = policy.holder.clone();
		Policies::<T>::insert(id, policy);
		Self::deposit_event(Event::ClaimPaid {
			policy: id,
			holder,
			amount,
			trigger: Trigger::Witness { tree, damage, felling },
		});
		Ok(())
	}
}
