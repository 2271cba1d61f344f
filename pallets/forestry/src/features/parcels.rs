//! Parcels: registered by their owner against a deposit, attested by a witness of the region,
//! transferred; a mistaken registration can be withdrawn while nothing hangs on it.

use crate::*;
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	/// Register a parcel of `owner` (see [`Pallet::register_parcel`]).
	pub(crate) fn do_register_parcel(owner: T::AccountId, info: ParcelInfo) -> DispatchResult {
		ensure!(is_region_code(&info.region), Error::<T>::BadRegion);
		ensure!(info.area_m2 > 0, Error::<T>::BadArea);
		ensure!(
			is_valid_cid(&info.boundary_cid) && is_valid_cid(&info.certificate_cid),
			Error::<T>::BadCid
		);
		let amount = Self::parcel_deposit(&info)?;
		let parcel = NextParcelId::<T>::get();
		let next = parcel.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(HoldReason::ParcelDeposit, &owner, amount)?;
		NextParcelId::<T>::put(next);
		Parcels::<T>::insert(
			parcel,
			Parcel {
				owner: owner.clone(),
				info,
				registered_at: frame_system::Pallet::<T>::block_number(),
				attested_by: None,
				lease: None,
				trees: 0,
				locked_by: None,
				locked_trees: 0,
				documents: 0,
				deposit: Deposit { who: owner.clone(), amount },
			},
		);
		Self::deposit_event(Event::ParcelRegistered { parcel, owner });
		Ok(())
	}

	/// Remove a mistaken registration (see [`Pallet::deregister_parcel`]).
	pub(crate) fn do_deregister_parcel(owner: T::AccountId, parcel: ParcelId) -> DispatchResult {
		let p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		ensure!(p.owner == owner, Error::<T>::NotParcelOwner);
		ensure!(p.attested_by.is_none(), Error::<T>::AlreadyAttested);
		ensure!(p.trees == 0 && p.documents == 0, Error::<T>::ParcelNotEmpty);
		ensure!(p.lease.is_none(), Error::<T>::LeaseActive);
		Self::release_deposit(HoldReason::ParcelDeposit, &p.deposit.who, p.deposit.amount)?;
		Parcels::<T>::remove(parcel);
		Self::drop_rarity(RarityTarget::Parcel(parcel));
		Self::deposit_event(Event::ParcelDeregistered { parcel, owner });
		Ok(())
	}

	/// A witness attests a parcel (see [`Pallet::attest_parcel`]).
	pub(crate) fn do_attest_parcel(witness: T::AccountId, parcel: ParcelId) -> DispatchResult {
		Parcels::<T>::try_mutate(parcel, |p| {
			let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
			Self::ensure_witness_for(&witness, &p.info.region)?;
			ensure!(p.attested_by.is_none(), Error::<T>::AlreadyAttested);
			p.attested_by = Some(witness.clone());
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ParcelAttested { parcel, witness });
		Ok(())
	}

	/// Give a parcel to `to` (see [`Pallet::transfer_parcel`]).
	pub(crate) fn do_transfer_parcel(
		from: T::AccountId,
		parcel: ParcelId,
		to: T::AccountId,
	) -> DispatchResult {
		Parcels::<T>::try_mutate(parcel, |p| {
			let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
			ensure!(p.owner == from, Error::<T>::NotParcelOwner);
			ensure!(from != to, Error::<T>::SelfTransfer);
			ensure!(p.locked_by.is_none() && p.locked_trees == 0, Error::<T>::ParcelLocked);
			p.owner = to.clone();
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ParcelTransferred { parcel, from, to });
		Ok(())
	}

	/// An attested parcel of `owner` with `trees` standing trees, for other pallets'
	/// benchmarks. No deposit is held (the records say so), so invariants still hold.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bench_parcel(owner: &T::AccountId, trees: u32) -> ParcelId {
		use sp_runtime::traits::Zero;
		let parcel = NextParcelId::<T>::get();
		NextParcelId::<T>::put(parcel.saturating_add(1));
		let cid = Cid::truncate_from(
			b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq".to_vec(),
		);
		let now = frame_system::Pallet::<T>::block_number();
		Parcels::<T>::insert(
			parcel,
			Parcel {
				owner: owner.clone(),
				info: ParcelInfo {
					region: Region::truncate_from(b"CN".to_vec()),
					area_m2: 1_000_000,
					boundary_cid: cid.clone(),
					boundary_hash: [0; 32],
					certificate_cid: cid,
				},
				registered_at: now,
				attested_by: Some(owner.clone()),
				lease: None,
				trees,
				locked_by: None,
				locked_trees: 0,
				documents: 0,
				deposit: Deposit { who: owner.clone(), amount: Zero::zero() },
			},
		);
		for index in 0..trees {
			let survey = TreeSurvey {
				species: 0,
				position: GeoPoint { lat: 0, lon: 0 },
				height_cm: 100,
				crown_cm: 100,
				trunk_mm: None,
				planted: None,
				origin: TreeOrigin::Unknown,
			};
			let tree = Tree {
				survey,
				witness: owner.clone(),
				registered_at: now,
				owner: None,
				custodian: None,
				status: TreeStatus::Standing,
				locked_by: None,
				records: 0,
				deposit: Zero::zero(),
			};
			Trees::<T>::insert(parcel, index, tree);
		}
		parcel
	}

	/// Append to tree `index` of `parcel` a witness's damage record (`cause`, `severity` %)
	/// and then a felling record, for other pallets' benchmarks; returns their numbers in the
	/// tree's history.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bench_damage_and_fell(
		parcel: ParcelId,
		index: TreeIndex,
		cause: DamageCause,
		severity: u8,
	) -> (u32, u32) {
		use sp_runtime::traits::Zero;
		let tree = TreeId { parcel, index };
		let Some(mut t) = Trees::<T>::get(parcel, index) else { return (0, 0) };
		let now = frame_system::Pallet::<T>::block_number();
		let first = t.records;
		for (seq, event) in
			[(first, TreeEvent::Damaged { cause, severity }), (first + 1, TreeEvent::Felled)]
		{
			let by: T::AccountId = frame_benchmarking::account("bench-witness", 0, 0);
			let record = TreeRecord { event, by, at: now, deposit: Zero::zero() };
			TreeHistory::<T>::insert(tree, seq, record);
		}
		t.records = first + 2;
		t.status = TreeStatus::Felled;
		Trees::<T>::insert(parcel, index, t);
		(first, first + 1)
	}
}
