//! Disputes: evidence per party, an arbiter drawn at random from the panel, escalation of a
//! silent arbiter, and rulings that split money and place the item atomically.

use crate::*;
use codec::Encode;
use sp_runtime::traits::{Hash, Saturating};

impl<T: Config> Pallet<T> {
	/// Open a dispute; see [`Pallet::open_dispute`].
	pub(crate) fn do_open_dispute(
		who: T::AccountId,
		contract: ContractId,
		evidence: Cid,
	) -> DispatchResult {
		let mut c = Self::contract(contract)?;
		ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
		let now = Self::now();
		match c.state {
			// A seller that let its delivery deadline pass cannot stall the buyer's refund.
			ContractState::Funded { deliver_by } => {
				ensure!(who == c.buyer || now <= deliver_by, Error::<T>::DeliveryOverdue)
			},
			// A buyer silent past its receipt deadline cannot stall the seller's settlement —
			// unless that settlement cannot happen (the seller cannot receive), which would
			// otherwise leave the buyer's money held for good.
			ContractState::Delivered { receive_by } => {
				let settleable = Self::can_receive(&c, &c.seller, c.price);
				ensure!(
					who == c.seller || now <= receive_by || !settleable,
					Error::<T>::ReceiptOverdue
				)
			},
			ref state => return Err(Self::state_error(state, Error::<T>::NotFunded)),
		}
		ensure!(is_valid_cid(&evidence), Error::<T>::BadCid);
		Self::push_evidence(contract, &c, &who, evidence)?;
		let arbiter = Self::draw_arbiter(contract, &c);
		let rule_by = now.saturating_add(T::ArbitrationPeriod::get());
		c.state = ContractState::Disputed {
			opened_by: who.clone(),
			arbiter: arbiter.clone(),
			rule_by,
			escalations: 0,
		};
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::DisputeOpened { contract, by: who, arbiter, rule_by });
		Ok(())
	}

	/// Add evidence; see [`Pallet::add_evidence`].
	pub(crate) fn do_add_evidence(
		who: T::AccountId,
		contract: ContractId,
		cid: Cid,
	) -> DispatchResult {
		let c = Self::contract(contract)?;
		ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
		ensure!(matches!(c.state, ContractState::Disputed { .. }), Error::<T>::NotInDispute);
		ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
		Self::push_evidence(contract, &c, &who, cid.clone())?;
		Self::deposit_event(Event::EvidenceAdded { contract, by: who, cid });
		Ok(())
	}

	/// Append to `who`'s own evidence slots, holding its deposit.
	fn push_evidence(
		contract: ContractId,
		c: &ContractOf<T>,
		who: &T::AccountId,
		cid: Cid,
	) -> DispatchResult {
		let rate = Self::party_rate(c, who);
		let deposit = Self::deposit_amount(T::EvidenceDeposit::get(), rate)?;
		Evidence::<T>::try_mutate(contract, who, |log| {
			log.cids.try_push(cid).map_err(|_| Error::<T>::TooMuchEvidence)?;
			log.deposit = log.deposit.saturating_add(deposit);
			Ok::<_, DispatchError>(())
		})?;
		Self::hold_deposit(who, Self::deposit_asset(&c.asset, rate), deposit)
	}

	/// Remove both parties' evidence and give their deposits back.
	fn clear_evidence(contract: ContractId, c: &ContractOf<T>) -> DispatchResult {
		for party in [&c.seller, &c.buyer] {
			let log = Evidence::<T>::take(contract, party);
			let asset = Self::deposit_asset(&c.asset, Self::party_rate(c, party));
			Self::release_deposit(party, asset, log.deposit)?;
		}
		Ok(())
	}

	/// Escalate; see [`Pallet::escalate`].
	pub(crate) fn do_escalate(who: T::AccountId, contract: ContractId) -> DispatchResult {
		let mut c = Self::contract(contract)?;
		ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
		let ContractState::Disputed { opened_by, arbiter, rule_by, escalations } = c.state.clone()
		else {
			return Err(Error::<T>::NotInDispute.into());
		};
		let Some(current) = arbiter else { return Err(Error::<T>::CannotEscalate.into()) };
		ensure!(Self::now() > rule_by, Error::<T>::DeadlineNotReached);
		let escalations = escalations.saturating_add(1);
		let arbiter = if escalations > T::MaxEscalations::get() {
			None
		} else {
			Self::next_arbiter(&c, &current)
		};
		let rule_by = Self::now().saturating_add(T::ArbitrationPeriod::get());
		c.state =
			ContractState::Disputed { opened_by, arbiter: arbiter.clone(), rule_by, escalations };
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::DisputeEscalated { contract, arbiter, rule_by });
		Ok(())
	}

	/// Rule; see [`Pallet::rule`].
	pub(crate) fn do_rule(
		by: Option<T::AccountId>,
		contract: ContractId,
		buyer_share: Percent,
		item_to_buyer: bool,
	) -> DispatchResult {
		let mut c = Self::contract(contract)?;
		let ContractState::Disputed { ref arbiter, rule_by, .. } = c.state else {
			return Err(Error::<T>::NotInDispute.into());
		};
		if let Some(who) = &by {
			ensure!(arbiter.as_ref() == Some(who), Error::<T>::NotArbiter);
			ensure!(Self::now() <= rule_by, Error::<T>::RulingOverdue);
		}
		let to_buyer = buyer_share.mul_floor(c.price);
		let to_seller = c.price.saturating_sub(to_buyer);
		let (paid_seller, paid_fee, refunded) = Self::pay_out(&c, to_seller)?;
		if item_to_buyer {
			T::Items::deliver(&c.seller, &c.buyer, &c.item, contract)?;
		} else {
			T::Items::release(&c.seller, &c.item, contract)?;
		}
		Self::remove_listing(c.listing)?;
		Self::clear_evidence(contract, &c)?;
		c.state = ContractState::Ruled { buyer_share, item_to_buyer, at: Self::now() };
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::Ruled {
			contract,
			by,
			to_buyer: refunded,
			to_seller: paid_seller,
			fee: paid_fee,
			item_to_buyer,
		});
		Ok(())
	}

	/// Set the panel; see [`Pallet::set_arbiters`].
	pub(crate) fn do_set_arbiters(
		arbiters: BoundedVec<T::AccountId, T::MaxArbiters>,
	) -> DispatchResult {
		for (i, a) in arbiters.iter().enumerate() {
			ensure!(!arbiters[..i].contains(a), Error::<T>::DuplicateArbiter);
		}
		let count = arbiters.len() as u32;
		Arbiters::<T>::put(arbiters);
		Self::deposit_event(Event::ArbitersSet { count });
		Ok(())
	}

	/// Draw the dispute's arbiter: a panel position from the runtime's randomness mixed with
	/// the contract id, then the first member from there who is not a party. Nothing another
	/// trade does moves the draw, so dummy disputes cannot steer it.
	pub(crate) fn draw_arbiter(contract: ContractId, c: &ContractOf<T>) -> Option<T::AccountId> {
		let panel = Arbiters::<T>::get();
		let n = panel.len();
		if n == 0 {
			return None;
		}
		let (seed, _) = T::Randomness::random(&(b"cec/arbiter", contract).encode());
		let mixed = T::Hashing::hash_of(&(seed, contract));
		let bytes = mixed.as_ref();
		let mut word = [0u8; 4];
		for (w, b) in word.iter_mut().zip(bytes.iter()) {
			*w = *b;
		}
		let start = (u32::from_le_bytes(word) as usize) % n;
		(0..n).find_map(|i| {
			let a = panel.get((start + i) % n)?;
			(*a != c.seller && *a != c.buyer).then(|| a.clone())
		})
	}

	/// The panel member after `current` (in panel order, wrapping) who is not a party.
	fn next_arbiter(c: &ContractOf<T>, current: &T::AccountId) -> Option<T::AccountId> {
		let panel = Arbiters::<T>::get();
		let n = panel.len();
		let start = panel.iter().position(|a| a == current).map_or(0, |p| p + 1);
		(0..n).find_map(|i| {
			let a = panel.get((start + i) % n)?;
			(*a != c.seller && *a != c.buyer && a != current).then(|| a.clone())
		})
	}
}
