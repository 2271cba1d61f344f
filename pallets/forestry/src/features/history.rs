//! Tree history: append-only records (measurements, damage, felling, custody, sales,
//! documents), each signed and dated. The last `ReservedTradeRecords` slots of every tree are
//! kept for the ownership records of delivered trades, so nobody can fill a history to block a
//! sale.

use crate::*;
use sp_runtime::traits::Zero;

/// Which history slots a record may use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slots {
	/// `MaxRecordsPerTree − ReservedTradeRecords`: every record but trade hand-overs.
	Ordinary,
	/// All `MaxRecordsPerTree`: the ownership record of a delivered trade.
	Trade,
}

/// What a record's author wants appended, before the pallet dates it and takes its deposit.
pub(crate) struct Entry<AccountId> {
	/// What happened.
	pub event: TreeEvent<AccountId>,
	/// Who signs it.
	pub by: AccountId,
	/// Whether `by` holds `RecordDeposit` for it.
	pub paid: bool,
}

impl<T: Config> Pallet<T> {
	/// How many records a tree may hold in `slots`.
	pub(crate) fn history_limit(slots: Slots) -> u32 {
		let max = T::MaxRecordsPerTree::get();
		match slots {
			Slots::Trade => max,
			Slots::Ordinary => max.saturating_sub(T::ReservedTradeRecords::get()),
		}
	}

	/// Append the record `f` builds (after checking and changing the tree) to a tree's history,
	/// within `slots`, holding the record deposit if the entry is paid. `f` receives the tree,
	/// its parcel and the tree's effective lock.
	pub(crate) fn append(
		tree: TreeId,
		slots: Slots,
		f: impl FnOnce(
			&mut TreeOf<T>,
			&ParcelOf<T>,
			Option<LockId>,
		) -> Result<Entry<T::AccountId>, DispatchError>,
	) -> DispatchResult {
		let parcel = Parcels::<T>::get(tree.parcel).ok_or(Error::<T>::UnknownParcel)?;
		let mut t = Trees::<T>::get(tree.parcel, tree.index).ok_or(Error::<T>::UnknownTree)?;
		let lock = Self::effective_lock(&t, &parcel);
		let entry = f(&mut t, &parcel, lock)?;
		ensure!(t.records < Self::history_limit(slots), Error::<T>::HistoryFull);
		let deposit = if entry.paid { T::RecordDeposit::get() } else { Zero::zero() };
		Self::hold_deposit(HoldReason::RecordDeposit, &entry.by, deposit)?;
		let seq = t.records;
		t.records = seq.saturating_add(1);
		Trees::<T>::insert(tree.parcel, tree.index, t);
		let record = TreeRecord {
			event: entry.event,
			by: entry.by,
			at: frame_system::Pallet::<T>::block_number(),
			deposit,
		};
		TreeHistory::<T>::insert(tree, seq, &record);
		Self::deposit_event(Event::TreeRecorded { tree, seq, record });
		Ok(())
	}

	/// A witness of the tree's region appends `event` to a standing tree no lock covers.
	fn witness_record(
		witness: T::AccountId,
		tree: TreeId,
		event: TreeEvent<T::AccountId>,
	) -> DispatchResult {
		let fell = matches!(event, TreeEvent::Felled);
		Self::append(tree, Slots::Ordinary, |t, parcel, lock| {
			ensure!(t.status == TreeStatus::Standing, Error::<T>::TreeFelled);
			Self::ensure_witness_for(&witness, &parcel.info.region)?;
			ensure!(lock.is_none(), Error::<T>::TreeLocked);
			if fell {
				t.status = TreeStatus::Felled;
			}
			Ok(Entry { event, by: witness, paid: false })
		})
	}

	/// Record a measurement (see [`Pallet::record_measurement`]).
	pub(crate) fn do_record_measurement(
		witness: T::AccountId,
		tree: TreeId,
		height_cm: u32,
		crown_cm: u32,
		trunk_mm: Option<u32>,
	) -> DispatchResult {
		ensure!(measurement_ok(height_cm, crown_cm, trunk_mm), Error::<T>::BadMeasurement);
		Self::witness_record(witness, tree, TreeEvent::Measured { height_cm, crown_cm, trunk_mm })?;
		let at = frame_system::Pallet::<T>::block_number();
		LatestMeasurements::<T>::insert(tree, Measurement { height_cm, crown_cm, trunk_mm, at });
		Ok(())
	}

	/// Record damage (see [`Pallet::record_damage`]).
	pub(crate) fn do_record_damage(
		witness: T::AccountId,
		tree: TreeId,
		cause: DamageCause,
		severity: u8,
	) -> DispatchResult {
		ensure!(severity <= 100, Error::<T>::BadMeasurement);
		Self::witness_record(witness, tree, TreeEvent::Damaged { cause, severity })
	}

	/// Record a felling (see [`Pallet::record_felling`]).
	pub(crate) fn do_record_felling(witness: T::AccountId, tree: TreeId) -> DispatchResult {
		Self::witness_record(witness, tree, TreeEvent::Felled)
	}

	/// Hand a tree or its logs on (see [`Pallet::hand_over`]).
	pub(crate) fn do_hand_over(
		who: T::AccountId,
		tree: TreeId,
		to: T::AccountId,
	) -> DispatchResult {
		Self::append(tree, Slots::Ordinary, |t, parcel, lock| {
			let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
			let holder = t.custodian.as_ref().unwrap_or(owner);
			ensure!(who == *owner || who == *holder, Error::<T>::NotTreeOwner);
			ensure!(to != *holder, Error::<T>::SelfTransfer);
			ensure!(lock.is_none(), Error::<T>::TreeLocked);
			t.custodian = if to == *owner { None } else { Some(to.clone()) };
			Ok(Entry { event: TreeEvent::HandedOver { to }, by: who, paid: true })
		})
	}

	/// Sell or give a tree (see [`Pallet::transfer_tree`]).
	pub(crate) fn do_transfer_tree(
		from: T::AccountId,
		tree: TreeId,
		to: T::AccountId,
	) -> DispatchResult {
		Self::append(tree, Slots::Ordinary, |t, parcel, lock| {
			let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
			ensure!(from == *owner, Error::<T>::NotTreeOwner);
			ensure!(to != from, Error::<T>::SelfTransfer);
			ensure!(lock.is_none(), Error::<T>::TreeLocked);
			t.owner = Some(to.clone());
			Ok(Entry {
				event: TreeEvent::OwnerChanged { from: from.clone(), to },
				by: from,
				paid: true,
			})
		})
	}
}
