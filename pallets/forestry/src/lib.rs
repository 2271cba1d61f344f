//! # Forestry registry
//!
//! Every forest parcel and every tree on CEC Chain, recorded through witnesses.
//!
//! - Governance appoints **witnesses** (licence, region) and keeps the **species** list.
//! - An owner registers a **parcel** (region, area, GeoJSON boundary CID + hash, land-right
//!   certificate CID); a witness of the region attests it. Transfers and leases are recorded.
//! - A witness registers the parcel's **trees** in batches. Each tree gets a **smart code**
//!   ([`types::smart_code`]) that a buyer scans to see the tree and its whole history.
//! - Nothing is overwritten: re-measurements, damage, felling, custody hand-overs, sales and
//!   documents are appended to the tree's history, each signed by who did it.
//! - Parcels and trees can be locked behind a tree-backed token ([`TreeAssetLock`]); locked trees
//!   cannot be sold, felled, moved or tokenised again.
//!
//! Lookups go through the [`ForestryApi`] runtime API (and the node's `forestry_*` RPC).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::{
	ContractId, LockId, ParcelId, TokenId, TradeItem, TradeItems, TreeAssetLock, TreeIndex,
};
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use sp_runtime::{traits::Zero, ArithmeticError};

/// Most trees one page of [`ForestryApi::parcel_trees`] returns.
pub const MAX_PAGE: u32 = 1_000;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Appoints and removes witnesses, maintains the species list.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most trees one `register_trees` call may carry.
		#[pallet::constant]
		type MaxTreesPerBatch: Get<u32>;
		/// Most records in one tree's history.
		#[pallet::constant]
		type MaxRecordsPerTree: Get<u32>;
		/// Most documents attached to one parcel.
		#[pallet::constant]
		type MaxDocumentsPerParcel: Get<u32>;
		type WeightInfo: WeightInfo;
	}

	/// Witnesses and their licence.
	#[pallet::storage]
	pub type Witnesses<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Witness<BlockNumberFor<T>>>;

	/// The species list: id → scientific name.
	#[pallet::storage]
	pub type Species<T: Config> = StorageMap<_, Twox64Concat, SpeciesId, SpeciesName>;

	/// The ids of [`Species`], sorted: a tree batch checks all its species with this one read.
	#[pallet::storage]
	pub type SpeciesIds<T: Config> = StorageValue<_, BoundedVec<SpeciesId, MaxSpecies>, ValueQuery>;

	/// The id the next parcel gets.
	#[pallet::storage]
	pub type NextParcelId<T: Config> = StorageValue<_, ParcelId, ValueQuery>;

	#[pallet::storage]
	pub type Parcels<T: Config> =
		StorageMap<_, Twox64Concat, ParcelId, Parcel<T::AccountId, BlockNumberFor<T>>>;

	/// Documents of a parcel, in the order they were attached.
	#[pallet::storage]
	pub type ParcelDocuments<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParcelId,
		Twox64Concat,
		u32,
		Document<T::AccountId, BlockNumberFor<T>>,
	>;

	/// Trees by parcel and index.
	#[pallet::storage]
	pub type Trees<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParcelId,
		Twox64Concat,
		TreeIndex,
		Tree<T::AccountId, BlockNumberFor<T>>,
	>;

	/// Each tree's history, in order.
	#[pallet::storage]
	pub type TreeHistory<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TreeId,
		Twox64Concat,
		u32,
		TreeRecord<T::AccountId, BlockNumberFor<T>>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		WitnessAppointed {
			who: T::AccountId,
			licence: Licence,
			region: Region,
		},
		WitnessRemoved {
			who: T::AccountId,
		},
		SpeciesAdded {
			id: SpeciesId,
			name: SpeciesName,
		},
		SpeciesRemoved {
			id: SpeciesId,
		},
		ParcelRegistered {
			parcel: ParcelId,
			owner: T::AccountId,
		},
		ParcelAttested {
			parcel: ParcelId,
			witness: T::AccountId,
		},
		ParcelTransferred {
			parcel: ParcelId,
			from: T::AccountId,
			to: T::AccountId,
		},
		ParcelLeased {
			parcel: ParcelId,
			lessee: T::AccountId,
			until: BlockNumberFor<T>,
		},
		LeaseEnded {
			parcel: ParcelId,
			lessee: T::AccountId,
		},
		DocumentAttached {
			parcel: ParcelId,
			seq: u32,
			kind: DocumentKind,
			cid: Cid,
		},
		/// Trees `first .. first + count` of `parcel` were registered by `witness`.
		TreesRegistered {
			parcel: ParcelId,
			first: TreeIndex,
			count: u32,
			witness: T::AccountId,
		},
		/// A record was appended to a tree's history.
		TreeRecorded {
			tree: TreeId,
			seq: u32,
			record: TreeRecord<T::AccountId, BlockNumberFor<T>>,
		},
		/// A whole parcel (`trees == 0`) or `trees` of its trees are now held by `by`.
		Locked {
			parcel: ParcelId,
			trees: u32,
			by: LockId,
		},
		Unlocked {
			parcel: ParcelId,
			trees: u32,
			by: LockId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a witness.
		AlreadyWitness,
		/// The account is not a witness.
		NotWitness,
		/// The witness's region does not cover the parcel's region.
		WrongRegion,
		/// A species with this id exists.
		SpeciesExists,
		/// The species list is full.
		TooManySpecies,
		/// No such species in the list.
		UnknownSpecies,
		/// No such parcel.
		UnknownParcel,
		/// Only the parcel's owner may do this.
		NotParcelOwner,
		/// A witness must attest the parcel first.
		ParcelNotAttested,
		/// The parcel is attested already.
		AlreadyAttested,
		/// The region code is empty.
		BadRegion,
		/// The area is zero.
		BadArea,
		/// Not a valid IPFS CID (CIDv0 `Qm…` or base32 CIDv1 `b…`).
		BadCid,
		/// Latitude or longitude out of range.
		BadCoordinates,
		/// Height, crown or trunk out of plausible bounds, or the damage severity over 100 %.
		BadMeasurement,
		/// A batch needs at least one tree.
		EmptyBatch,
		/// More trees than `MaxTreesPerBatch` in one call.
		BatchTooLarge,
		/// The parcel cannot hold more trees.
		ParcelFull,
		/// No such tree.
		UnknownTree,
		/// The tree has been felled.
		TreeFelled,
		/// The tree backs a token or is in a trade.
		TreeLocked,
		/// The parcel, or some of its trees, back a token or are in a trade.
		ParcelLocked,
		/// Some of these trees already back a token, or they are listed twice.
		AlreadyLocked,
		/// The lock is not held by this token or trade.
		NotLockedByToken,
		/// Not an item of the forestry registry.
		NotARegistryItem,
		/// The tree's history is full.
		HistoryFull,
		/// The parcel has `MaxDocumentsPerParcel` documents.
		TooManyDocuments,
		/// Only the tree's owner (or its current custodian) may do this.
		NotTreeOwner,
		/// Transfer or hand-over to the current holder.
		SelfTransfer,
		/// The parcel is leased until a later block.
		LeaseActive,
		/// The parcel is not leased.
		NoLease,
		/// A lease must end after the current block.
		BadLeaseTerm,
		/// Only the owner, the lessee or a witness may attach documents.
		NotAllowed,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial species list.
		pub species: Vec<(SpeciesId, Vec<u8>)>,
		/// Initial witnesses: account, licence, region.
		pub witnesses: Vec<(T::AccountId, Vec<u8>, Vec<u8>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (id, name) in &self.species {
				let name = SpeciesName::try_from(name.clone()).expect("species name too long");
				Pallet::<T>::insert_species(*id, name).expect("species list valid");
			}
			for (who, licence, region) in &self.witnesses {
				let witness = Witness {
					licence: Licence::try_from(licence.clone()).expect("licence too long"),
					region: Region::try_from(region.clone()).expect("region too long"),
					appointed_at: Zero::zero(),
				};
				Witnesses::<T>::insert(who, witness);
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint `who` as a witness with a licence reference, attesting in `region` (a region
		/// code prefix; empty for anywhere).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint_witness())]
		pub fn appoint_witness(
			origin: OriginFor<T>,
			who: T::AccountId,
			licence: Licence,
			region: Region,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!Witnesses::<T>::contains_key(&who), Error::<T>::AlreadyWitness);
			let appointed_at = frame_system::Pallet::<T>::block_number();
			Witnesses::<T>::insert(
				&who,
				Witness { licence: licence.clone(), region: region.clone(), appointed_at },
			);
			Self::deposit_event(Event::WitnessAppointed { who, licence, region });
			Ok(())
		}

		/// Remove a witness. What it attested stays attested.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_witness())]
		pub fn remove_witness(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Witnesses::<T>::take(&who).ok_or(Error::<T>::NotWitness)?;
			Self::deposit_event(Event::WitnessRemoved { who });
			Ok(())
		}

		/// Add a species to the list.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_species())]
		pub fn add_species(
			origin: OriginFor<T>,
			id: SpeciesId,
			name: SpeciesName,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::insert_species(id, name.clone())?;
			Self::deposit_event(Event::SpeciesAdded { id, name });
			Ok(())
		}

		/// Remove a species from the list; trees already registered keep it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_species())]
		pub fn remove_species(origin: OriginFor<T>, id: SpeciesId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Species::<T>::take(id).ok_or(Error::<T>::UnknownSpecies)?;
			SpeciesIds::<T>::mutate(|ids| ids.retain(|i| *i != id));
			Self::deposit_event(Event::SpeciesRemoved { id });
			Ok(())
		}

		/// Register a parcel the caller owns. It needs a witness's attestation before trees can
		/// be added.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_parcel())]
		pub fn register_parcel(origin: OriginFor<T>, info: ParcelInfo) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			ensure!(!info.region.is_empty(), Error::<T>::BadRegion);
			ensure!(info.area_m2 > 0, Error::<T>::BadArea);
			ensure!(
				is_valid_cid(&info.boundary_cid) && is_valid_cid(&info.certificate_cid),
				Error::<T>::BadCid
			);
			let parcel = NextParcelId::<T>::get();
			let next = parcel.checked_add(1).ok_or(ArithmeticError::Overflow)?;
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
				},
			);
			Self::deposit_event(Event::ParcelRegistered { parcel, owner });
			Ok(())
		}

		/// A witness of the parcel's region attests that the parcel and its documents are true.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::attest_parcel())]
		pub fn attest_parcel(origin: OriginFor<T>, parcel: ParcelId) -> DispatchResult {
			let witness = ensure_signed(origin)?;
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

		/// Give the parcel to `to`. Trees sold on their own keep their owner; a lease stays.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::transfer_parcel())]
		pub fn transfer_parcel(
			origin: OriginFor<T>,
			parcel: ParcelId,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
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

		/// Lease the parcel to `lessee` until block `until`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::lease_parcel())]
		pub fn lease_parcel(
			origin: OriginFor<T>,
			parcel: ParcelId,
			lessee: T::AccountId,
			until: BlockNumberFor<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			Parcels::<T>::try_mutate(parcel, |p| {
				let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
				ensure!(p.owner == owner, Error::<T>::NotParcelOwner);
				ensure!(lessee != owner, Error::<T>::SelfTransfer);
				ensure!(until > now, Error::<T>::BadLeaseTerm);
				ensure!(p.lease.as_ref().map_or(true, |l| l.until <= now), Error::<T>::LeaseActive);
				p.lease = Some(Lease { lessee: lessee.clone(), until });
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ParcelLeased { parcel, lessee, until });
			Ok(())
		}

		/// End a lease: the lessee may at any time, the owner once its term is over.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::end_lease())]
		pub fn end_lease(origin: OriginFor<T>, parcel: ParcelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let lessee = Parcels::<T>::try_mutate(parcel, |p| {
				let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
				let lease = p.lease.as_ref().ok_or(Error::<T>::NoLease)?;
				if who != lease.lessee {
					ensure!(who == p.owner, Error::<T>::NotParcelOwner);
					ensure!(lease.until <= now, Error::<T>::LeaseActive);
				}
				let lessee = lease.lessee.clone();
				p.lease = None;
				Ok::<_, DispatchError>(lessee)
			})?;
			Self::deposit_event(Event::LeaseEnded { parcel, lessee });
			Ok(())
		}

		/// Attach a document (survey report, certificate, voucher) to a parcel. The owner, the
		/// lessee or a witness may.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::attach_parcel_document())]
		pub fn attach_parcel_document(
			origin: OriginFor<T>,
			parcel: ParcelId,
			kind: DocumentKind,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
			let seq = Parcels::<T>::try_mutate(parcel, |p| {
				let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
				let allowed = p.owner == who
					|| p.lease.as_ref().is_some_and(|l| l.lessee == who)
					|| Witnesses::<T>::contains_key(&who);
				ensure!(allowed, Error::<T>::NotAllowed);
				ensure!(
					p.documents < T::MaxDocumentsPerParcel::get(),
					Error::<T>::TooManyDocuments
				);
				let seq = p.documents;
				p.documents = seq.saturating_add(1);
				Ok::<_, DispatchError>(seq)
			})?;
			let at = frame_system::Pallet::<T>::block_number();
			ParcelDocuments::<T>::insert(
				parcel,
				seq,
				Document { kind, cid: cid.clone(), by: who, at },
			);
			Self::deposit_event(Event::DocumentAttached { parcel, seq, kind, cid });
			Ok(())
		}

		/// A witness registers a batch of surveyed trees of an attested parcel. They get the
		/// next indices of the parcel, in order; each one's smart code follows from its index.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::register_trees(
			(trees.len() as u32).min(T::MaxTreesPerBatch::get())
		))]
		pub fn register_trees(
			origin: OriginFor<T>,
			parcel: ParcelId,
			trees: Vec<TreeSurvey>,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			ensure!(!trees.is_empty(), Error::<T>::EmptyBatch);
			ensure!(trees.len() as u32 <= T::MaxTreesPerBatch::get(), Error::<T>::BatchTooLarge);
			let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
			Self::ensure_witness_for(&witness, &p.info.region)?;
			ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
			let first = p.trees;
			let count = trees.len() as u32;
			p.trees = first.checked_add(count).ok_or(Error::<T>::ParcelFull)?;
			// Validate the whole batch before writing any of it. One read covers every species.
			let species = SpeciesIds::<T>::get();
			for survey in &trees {
				ensure!(survey.position.is_valid(), Error::<T>::BadCoordinates);
				ensure!(
					measurement_ok(survey.height_cm, survey.crown_cm, survey.trunk_mm),
					Error::<T>::BadMeasurement
				);
				ensure!(species.binary_search(&survey.species).is_ok(), Error::<T>::UnknownSpecies);
			}
			let now = frame_system::Pallet::<T>::block_number();
			for (index, survey) in (first..p.trees).zip(trees) {
				Trees::<T>::insert(
					parcel,
					index,
					Tree {
						survey,
						witness: witness.clone(),
						registered_at: now,
						owner: None,
						custodian: None,
						status: TreeStatus::Standing,
						locked_by: None,
						records: 0,
					},
				);
			}
			Parcels::<T>::insert(parcel, p);
			Self::deposit_event(Event::TreesRegistered { parcel, first, count, witness });
			Ok(())
		}

		/// A witness records a new measurement. The registration survey is kept as it was.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::record_measurement())]
		pub fn record_measurement(
			origin: OriginFor<T>,
			tree: TreeId,
			height_cm: u32,
			crown_cm: u32,
			trunk_mm: Option<u32>,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			ensure!(measurement_ok(height_cm, crown_cm, trunk_mm), Error::<T>::BadMeasurement);
			Self::witness_record(
				witness,
				tree,
				TreeEvent::Measured { height_cm, crown_cm, trunk_mm },
			)
		}

		/// A witness records damage (fire, pest, storm…), `severity` in percent.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::record_damage())]
		pub fn record_damage(
			origin: OriginFor<T>,
			tree: TreeId,
			cause: DamageCause,
			severity: u8,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			ensure!(severity <= 100, Error::<T>::BadMeasurement);
			Self::witness_record(witness, tree, TreeEvent::Damaged { cause, severity })
		}

		/// A witness records that the tree was felled. Trees backing a token cannot be felled.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::record_felling())]
		pub fn record_felling(origin: OriginFor<T>, tree: TreeId) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::witness_record(witness, tree, TreeEvent::Felled)
		}

		/// The owner (or the current custodian) hands the tree or its logs to `to`, e.g. a
		/// logistics provider; handing it to the owner ends the custody.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::hand_over())]
		pub fn hand_over(origin: OriginFor<T>, tree: TreeId, to: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::append(tree, |t, parcel| {
				let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
				let holder = t.custodian.as_ref().unwrap_or(owner);
				ensure!(who == *owner || who == *holder, Error::<T>::NotTreeOwner);
				ensure!(to != *holder, Error::<T>::SelfTransfer);
				t.custodian = if to == *owner { None } else { Some(to.clone()) };
				Ok(TreeRecord { event: TreeEvent::HandedOver { to }, by: who, at: Self::now() })
			})
		}

		/// The owner sells or gives the tree to `to`. Trees backing a token cannot change owner.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::transfer_tree())]
		pub fn transfer_tree(
			origin: OriginFor<T>,
			tree: TreeId,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::append(tree, |t, parcel| {
				let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
				ensure!(from == *owner, Error::<T>::NotTreeOwner);
				ensure!(to != from, Error::<T>::SelfTransfer);
				t.owner = Some(to.clone());
				Ok(TreeRecord {
					event: TreeEvent::OwnerChanged { from: from.clone(), to },
					by: from,
					at: Self::now(),
				})
			})
		}

		/// Attach a document to a tree's history. Its owner or a witness may.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::attach_tree_document())]
		pub fn attach_tree_document(
			origin: OriginFor<T>,
			tree: TreeId,
			kind: DocumentKind,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
			let is_witness = Witnesses::<T>::contains_key(&who);
			Self::append_any(tree, |t, parcel| {
				let owner = t.owner.as_ref().unwrap_or(&parcel.owner);
				ensure!(is_witness || who == *owner, Error::<T>::NotAllowed);
				Ok(TreeRecord {
					event: TreeEvent::Document { kind, cid },
					by: who,
					at: Self::now(),
				})
			})
		}
	}
}

impl<T: Config> Pallet<T> {
	fn insert_species(id: SpeciesId, name: SpeciesName) -> DispatchResult {
		SpeciesIds::<T>::try_mutate(|ids| {
			let at = ids.binary_search(&id).err().ok_or(Error::<T>::SpeciesExists)?;
			ids.try_insert(at, id).map_err(|_| Error::<T>::TooManySpecies)?;
			Ok::<_, DispatchError>(())
		})?;
		Species::<T>::insert(id, name);
		Ok(())
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// `who` is a witness whose region prefixes `region`.
	fn ensure_witness_for(who: &T::AccountId, region: &Region) -> DispatchResult {
		let w = Witnesses::<T>::get(who).ok_or(Error::<T>::NotWitness)?;
		ensure!(region.starts_with(&w.region), Error::<T>::WrongRegion);
		Ok(())
	}

	/// A witness of the tree's region appends `event` to a standing, unlocked tree.
	fn witness_record(
		witness: T::AccountId,
		tree: TreeId,
		event: TreeEvent<T::AccountId>,
	) -> DispatchResult {
		let fell = matches!(event, TreeEvent::Felled);
		Self::append(tree, |t, parcel| {
			Self::ensure_witness_for(&witness, &parcel.info.region)?;
			if fell {
				t.status = TreeStatus::Felled;
			}
			Ok(TreeRecord { event, by: witness, at: Self::now() })
		})
	}

	/// Append to the history of a standing tree that backs no token.
	fn append(
		tree: TreeId,
		f: impl FnOnce(
			&mut Tree<T::AccountId, BlockNumberFor<T>>,
			&Parcel<T::AccountId, BlockNumberFor<T>>,
		) -> Result<TreeRecord<T::AccountId, BlockNumberFor<T>>, DispatchError>,
	) -> DispatchResult {
		Self::append_any(tree, |t, parcel| {
			ensure!(t.status == TreeStatus::Standing, Error::<T>::TreeFelled);
			f(t, parcel)
		})
	}

	/// Append a record built by `f` to a tree's history, refusing trees that back a token
	/// unless the record is a document.
	fn append_any(
		tree: TreeId,
		f: impl FnOnce(
			&mut Tree<T::AccountId, BlockNumberFor<T>>,
			&Parcel<T::AccountId, BlockNumberFor<T>>,
		) -> Result<TreeRecord<T::AccountId, BlockNumberFor<T>>, DispatchError>,
	) -> DispatchResult {
		let parcel = Parcels::<T>::get(tree.parcel).ok_or(Error::<T>::UnknownParcel)?;
		let (seq, record) = Trees::<T>::try_mutate(tree.parcel, tree.index, |t| {
			let t = t.as_mut().ok_or(Error::<T>::UnknownTree)?;
			let record = f(t, &parcel)?;
			let locked = t.locked_by.is_some() || parcel.locked_by.is_some();
			ensure!(
				!locked || matches!(record.event, TreeEvent::Document { .. }),
				Error::<T>::TreeLocked
			);
			ensure!(t.records < T::MaxRecordsPerTree::get(), Error::<T>::HistoryFull);
			let seq = t.records;
			t.records = seq.saturating_add(1);
			Ok::<_, DispatchError>((seq, record))
		})?;
		TreeHistory::<T>::insert(tree, seq, &record);
		Self::deposit_event(Event::TreeRecorded { tree, seq, record });
		Ok(())
	}

	/// A tree with its whole history.
	pub fn tree_view(id: TreeId) -> Option<TreeView<T::AccountId, BlockNumberFor<T>>> {
		let parcel = Parcels::<T>::get(id.parcel)?;
		let tree = Trees::<T>::get(id.parcel, id.index)?;
		let history = (0..tree.records).filter_map(|seq| TreeHistory::<T>::get(id, seq)).collect();
		Some(TreeView {
			id,
			code: smart_code::encode(id),
			owner: tree.owner.clone().unwrap_or(parcel.owner),
			locked_by: tree.locked_by.or(parcel.locked_by),
			tree,
			history,
		})
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) trees of a parcel from index `start`, with their
	/// smart codes.
	pub fn parcel_trees(
		parcel: ParcelId,
		start: TreeIndex,
		limit: u32,
	) -> Vec<(TreeId, SmartCode, Tree<T::AccountId, BlockNumberFor<T>>)> {
		let end = Parcels::<T>::get(parcel)
			.map_or(0, |p| p.trees)
			.min(start.saturating_add(limit.min(MAX_PAGE)));
		(start..end)
			.filter_map(|index| {
				let id = TreeId { parcel, index };
				Trees::<T>::get(parcel, index).map(|t| (id, smart_code::encode(id), t))
			})
			.collect()
	}
}

impl<T: Config> TreeAssetLock<T::AccountId> for Pallet<T> {
	fn lock(
		who: &T::AccountId,
		parcel: ParcelId,
		trees: &[TreeIndex],
		by: LockId,
	) -> DispatchResult {
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
		ensure!(p.locked_by.is_none(), Error::<T>::AlreadyLocked);
		if trees.is_empty() {
			ensure!(p.owner == *who, Error::<T>::NotParcelOwner);
			ensure!(p.locked_trees == 0, Error::<T>::AlreadyLocked);
			p.locked_by = Some(by);
		} else {
			// Check every tree before writing any, so a refusal leaves nothing half-locked.
			let mut seen = alloc::collections::BTreeSet::new();
			let mut locked = Vec::with_capacity(trees.len());
			for index in trees {
				ensure!(seen.insert(*index), Error::<T>::AlreadyLocked);
				let mut t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(*t.owner.as_ref().unwrap_or(&p.owner) == *who, Error::<T>::NotTreeOwner);
				// Felled logs can be traded but not tokenised.
				let tokenising = matches!(by, LockId::Token(_));
				ensure!(!tokenising || t.status == TreeStatus::Standing, Error::<T>::TreeFelled);
				ensure!(t.locked_by.is_none(), Error::<T>::AlreadyLocked);
				t.locked_by = Some(by);
				locked.push((*index, t));
			}
			for (index, t) in locked {
				Trees::<T>::insert(parcel, index, t);
			}
			p.locked_trees = p.locked_trees.saturating_add(trees.len() as u32);
		}
		Parcels::<T>::insert(parcel, p);
		Self::deposit_event(Event::Locked { parcel, trees: trees.len() as u32, by });
		Ok(())
	}

	fn unlock(parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult {
		let mut p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
		if trees.is_empty() {
			ensure!(p.locked_by == Some(by), Error::<T>::NotLockedByToken);
			p.locked_by = None;
		} else {
			let mut seen = alloc::collections::BTreeSet::new();
			let mut unlocked = Vec::with_capacity(trees.len());
			for index in trees {
				ensure!(seen.insert(*index), Error::<T>::NotLockedByToken);
				let mut t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(t.locked_by == Some(by), Error::<T>::NotLockedByToken);
				t.locked_by = None;
				unlocked.push((*index, t));
			}
			let count = unlocked.len() as u32;
			for (index, t) in unlocked {
				Trees::<T>::insert(parcel, index, t);
			}
			p.locked_trees = p.locked_trees.saturating_sub(count);
		}
		Parcels::<T>::insert(parcel, p);
		Self::deposit_event(Event::Unlocked { parcel, trees: trees.len() as u32, by });
		Ok(())
	}

	fn parcel_owner(parcel: ParcelId) -> Option<T::AccountId> {
		Parcels::<T>::get(parcel).map(|p| p.owner)
	}
}

/// Trees and parcels sold through escrow: frozen with a trade lock while the contract runs,
/// handed over (with a history record for trees) on completion.
impl<T: Config> TradeItems<T::AccountId> for Pallet<T> {
	fn ensure_sellable(seller: &T::AccountId, item: &TradeItem) -> DispatchResult {
		match item {
			TradeItem::Tree { parcel, index } => {
				let p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
				let t = Trees::<T>::get(parcel, index).ok_or(Error::<T>::UnknownTree)?;
				ensure!(*t.owner.as_ref().unwrap_or(&p.owner) == *seller, Error::<T>::NotTreeOwner);
				ensure!(t.locked_by.is_none() && p.locked_by.is_none(), Error::<T>::TreeLocked);
				Ok(())
			},
			TradeItem::Parcel(parcel) => {
				let p = Parcels::<T>::get(parcel).ok_or(Error::<T>::UnknownParcel)?;
				ensure!(p.owner == *seller, Error::<T>::NotParcelOwner);
				ensure!(p.attested_by.is_some(), Error::<T>::ParcelNotAttested);
				ensure!(p.locked_by.is_none() && p.locked_trees == 0, Error::<T>::ParcelLocked);
				Ok(())
			},
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	fn freeze(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::ensure_sellable(seller, item)?;
		let by = LockId::Trade(contract);
		match item {
			TradeItem::Tree { parcel, index } => Self::lock(seller, *parcel, &[*index], by),
			TradeItem::Parcel(parcel) => Self::lock(seller, *parcel, &[], by),
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	fn release(_seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		let by = LockId::Trade(contract);
		match item {
			TradeItem::Tree { parcel, index } => Self::unlock(*parcel, &[*index], by),
			TradeItem::Parcel(parcel) => Self::unlock(*parcel, &[], by),
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}

	fn deliver(
		seller: &T::AccountId,
		buyer: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		Self::release(seller, item, contract)?;
		match item {
			TradeItem::Tree { parcel, index } => {
				let tree = TreeId { parcel: *parcel, index: *index };
				Self::append_any(tree, |t, _| {
					t.owner = Some(buyer.clone());
					t.custodian = None;
					Ok(TreeRecord {
						event: TreeEvent::OwnerChanged { from: seller.clone(), to: buyer.clone() },
						by: seller.clone(),
						at: Self::now(),
					})
				})
			},
			TradeItem::Parcel(parcel) => {
				Parcels::<T>::try_mutate(parcel, |p| {
					let p = p.as_mut().ok_or(Error::<T>::UnknownParcel)?;
					p.owner = buyer.clone();
					Ok::<_, DispatchError>(())
				})?;
				Self::deposit_event(Event::ParcelTransferred {
					parcel: *parcel,
					from: seller.clone(),
					to: buyer.clone(),
				});
				Ok(())
			},
			_ => Err(Error::<T>::NotARegistryItem.into()),
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Lookups of the forestry registry.
	pub trait ForestryApi<AccountId, BlockNumber> where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The tree a smart code names, with its whole history.
		fn tree_by_code(code: Vec<u8>) -> Option<TreeView<AccountId, BlockNumber>>;
		/// A tree with its whole history.
		fn tree(id: TreeId) -> Option<TreeView<AccountId, BlockNumber>>;
		/// A parcel.
		fn parcel(parcel: ParcelId) -> Option<Parcel<AccountId, BlockNumber>>;
		/// A page of a parcel's trees from index `start`, at most `limit` (≤ 1,000) long.
		fn parcel_trees(parcel: ParcelId, start: TreeIndex, limit: u32)
			-> Vec<(TreeId, SmartCode, Tree<AccountId, BlockNumber>)>;
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// An attested parcel of `owner` with `trees` standing trees, for other pallets' benchmarks.
	pub fn bench_parcel(owner: &T::AccountId, trees: u32) -> ParcelId {
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
					area_m2: 1,
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
			};
			Trees::<T>::insert(parcel, index, tree);
		}
		parcel
	}
}
