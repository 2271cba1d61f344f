//! # Forestry registry
//!
//! Every forest parcel and every tree on CEC Chain, recorded through witnesses.
//!
//! - Governance appoints **witnesses** (licence, region) and keeps the **species** list.
//! - Governance marks species and whole parcels **rare** ([`Pallet::set_rarity`]): escrow sells
//!   rare items first to long holders, asking [`RareItems`].
//! - An owner registers a **parcel** (region, area, GeoJSON boundary CID + hash, land-right
//!   certificate CID); a witness of the region attests it. Transfers and leases are recorded.
//! - A witness registers the parcel's **trees** in batches. Each tree gets a **smart code**
//!   ([`types::smart_code`]) that a buyer scans to see the tree and its whole history.
//! - Nothing is overwritten: re-measurements, damage, felling, custody hand-overs, sales and
//!   documents are appended to the tree's history, each signed by who did it.
//! - Parcels and trees can be locked behind a tree-backed token or a trade ([`TreeAssetLock`],
//!   [`TradeItems`]); a lock binds only what its locker owns (see [`Pallet::effective_lock`]).
//! - Whoever makes the chain store bytes holds a storage deposit ([`HoldReason`]).
//!
//! Calls are thin: each hands over to a `do_*` function in `features/<capability>.rs`. Lookups
//! go through the [`ForestryApi`] runtime API (and the node's `forestry_*` RPC); insurers price
//! cover for a parcel through the [`ForestryPricingApi`] runtime API.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_rare_items;
mod impl_trade_items;
mod impl_tree_asset_lock;
mod impl_tree_registry;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::{
	ContractId, LockId, ParcelId, RareItems, TokenId, TradeItem, TradeItems, TreeAssetLock,
	TreeIndex,
};
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;

/// Most trees one page of [`ForestryApi::parcel_trees`] returns, or
/// [`ForestryPricingApi::parcel_profile`] scans.
pub const MAX_PAGE: u32 = 1_000;

/// An amount of the deposit currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A parcel of this runtime.
pub type ParcelOf<T> =
	Parcel<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
/// A tree of this runtime.
pub type TreeOf<T> = Tree<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
/// A history record of this runtime.
pub type RecordOf<T> =
	TreeRecord<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
/// A parcel document of this runtime.
pub type DocumentOf<T> =
	Document<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
/// A tree with its history, as the runtime API returns it.
pub type TreeViewOf<T> =
	TreeView<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Appoints and removes witnesses, maintains the species list, marks species and
		/// parcels rare.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The currency storage deposits are held in (CEC).
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons, of which this pallet's [`HoldReason`] is one.
		type RuntimeHoldReason: From<HoldReason>;
		/// Base deposit for a parcel, held on its owner until `deregister_parcel`.
		#[pallet::constant]
		type ParcelDeposit: Get<BalanceOf<Self>>;
		/// Deposit per byte of the parcel's encoded [`ParcelInfo`], added to the base.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;
		/// Deposit per tree, held on the registering witness for good.
		#[pallet::constant]
		type TreeDeposit: Get<BalanceOf<Self>>;
		/// Deposit per history record or parcel document written by a non-witness, held on its
		/// author for good.
		#[pallet::constant]
		type RecordDeposit: Get<BalanceOf<Self>>;
		/// Most trees one `register_trees` call may carry.
		#[pallet::constant]
		type MaxTreesPerBatch: Get<u32>;
		/// Most records in one tree's history.
		#[pallet::constant]
		type MaxRecordsPerTree: Get<u32>;
		/// The last history slots of each tree, kept for the ownership records of trades
		/// delivered through [`TradeItems::deliver`]; every other record may use only
		/// `MaxRecordsPerTree − ReservedTradeRecords`.
		#[pallet::constant]
		type ReservedTradeRecords: Get<u32>;
		/// Most documents attached to one parcel.
		#[pallet::constant]
		type MaxDocumentsPerParcel: Get<u32>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a registered parcel.
		ParcelDeposit,
		/// The deposit of registered trees, on their witness.
		TreeDeposit,
		/// The deposit of history records and parcel documents, on their author.
		RecordDeposit,
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

	/// Parcels by id.
	#[pallet::storage]
	pub type Parcels<T: Config> = StorageMap<_, Twox64Concat, ParcelId, ParcelOf<T>>;

	/// Species governance marked rare: every tree of them is rare (a subset of [`Species`]; a
	/// species removed from the list loses its mark).
	#[pallet::storage]
	pub type RareSpecies<T: Config> = StorageMap<_, Twox64Concat, SpeciesId, ()>;

	/// Parcels governance marked rare, as whole parcels (a subset of [`Parcels`]; a
	/// deregistered parcel loses its mark).
	#[pallet::storage]
	pub type RareParcels<T: Config> = StorageMap<_, Twox64Concat, ParcelId, ()>;

	/// Documents of a parcel, in the order they were attached.
	#[pallet::storage]
	pub type ParcelDocuments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParcelId, Twox64Concat, u32, DocumentOf<T>>;

	/// Trees by parcel and index.
	#[pallet::storage]
	pub type Trees<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParcelId, Twox64Concat, TreeIndex, TreeOf<T>>;

	/// Each tree's history, in order.
	#[pallet::storage]
	pub type TreeHistory<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TreeId, Twox64Concat, u32, RecordOf<T>>;

	/// Each re-measured tree's latest measurement (a copy of its newest `Measured` record, so a
	/// lookup reads one item instead of the whole history). Trees never re-measured have none:
	/// their survey is their latest measurement.
	#[pallet::storage]
	pub type LatestMeasurements<T: Config> =
		StorageMap<_, Twox64Concat, TreeId, Measurement<BlockNumberFor<T>>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance appointed a witness.
		WitnessAppointed {
			/// The witness.
			who: T::AccountId,
			/// Its licence reference.
			licence: Licence,
			/// The region prefix it covers.
			region: Region,
		},
		/// Governance removed a witness.
		WitnessRemoved {
			/// The former witness.
			who: T::AccountId,
		},
		/// A species was added to the list.
		SpeciesAdded {
			/// Its id.
			id: SpeciesId,
			/// Its scientific name.
			name: SpeciesName,
		},
		/// A species was removed from the list.
		SpeciesRemoved {
			/// Its id.
			id: SpeciesId,
		},
		/// A parcel was registered.
		ParcelRegistered {
			/// The new parcel.
			parcel: ParcelId,
			/// Its owner.
			owner: T::AccountId,
		},
		/// An unattested, empty parcel was removed and its deposit released.
		ParcelDeregistered {
			/// The removed parcel.
			parcel: ParcelId,
			/// Its owner, who got the deposit back.
			owner: T::AccountId,
		},
		/// A witness attested a parcel.
		ParcelAttested {
			/// The parcel.
			parcel: ParcelId,
			/// The witness.
			witness: T::AccountId,
		},
		/// A parcel changed owner.
		ParcelTransferred {
			/// The parcel.
			parcel: ParcelId,
			/// The previous owner.
			from: T::AccountId,
			/// The new owner.
			to: T::AccountId,
		},
		/// A parcel was leased.
		ParcelLeased {
			/// The parcel.
			parcel: ParcelId,
			/// The lessee.
			lessee: T::AccountId,
			/// The lease ends at this block.
			until: BlockNumberFor<T>,
		},
		/// A lease ended.
		LeaseEnded {
			/// The parcel.
			parcel: ParcelId,
			/// The former lessee.
			lessee: T::AccountId,
		},
		/// A document was attached to a parcel.
		DocumentAttached {
			/// The parcel.
			parcel: ParcelId,
			/// The document's number within the parcel.
			seq: u32,
			/// What kind of document.
			kind: DocumentKind,
			/// Where it is on IPFS.
			cid: Cid,
		},
		/// Trees `first .. first + count` of `parcel` were registered by `witness`.
		TreesRegistered {
			/// The parcel.
			parcel: ParcelId,
			/// Index of the first new tree.
			first: TreeIndex,
			/// How many trees.
			count: u32,
			/// The registering witness.
			witness: T::AccountId,
		},
		/// A record was appended to a tree's history.
		TreeRecorded {
			/// The tree.
			tree: TreeId,
			/// The record's number in the tree's history.
			seq: u32,
			/// The record.
			record: RecordOf<T>,
		},
		/// A whole parcel (`trees == 0`) or `trees` of its trees are now held by `by`.
		Locked {
			/// The parcel.
			parcel: ParcelId,
			/// How many trees were locked on their own (0: the whole parcel).
			trees: u32,
			/// The token or trade holding them.
			by: LockId,
		},
		/// A lock taken with [`Event::Locked`] was released.
		Unlocked {
			/// The parcel.
			parcel: ParcelId,
			/// How many trees were unlocked (0: the whole parcel).
			trees: u32,
			/// The token or trade that held them.
			by: LockId,
		},
		/// Governance marked a species or a parcel rare (`rare`) or no longer rare; also
		/// emitted with `rare: false` when a rare species is removed from the list or a rare
		/// parcel is deregistered.
		RaritySet {
			/// The species or parcel.
			target: RarityTarget,
			/// Whether it is rare now.
			rare: bool,
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
		/// A name or licence is not clean text (UTF-8, not empty, no control characters, no
		/// surrounding white space).
		BadText,
		/// No such parcel.
		UnknownParcel,
		/// Only the parcel's owner may do this.
		NotParcelOwner,
		/// A witness must attest the parcel first.
		ParcelNotAttested,
		/// The parcel is attested already.
		AlreadyAttested,
		/// The parcel has trees or documents, so it stays in the registry.
		ParcelNotEmpty,
		/// The region code is not `A-Z`, `0-9` and `-` (or is empty).
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
		/// The tree's history is full (its last slots are kept for trade hand-overs).
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
		/// Only the owner, the lessee or a witness of the region may attach documents.
		NotAllowed,
		/// The species or parcel is already marked as asked (rare, or not rare).
		RarityUnchanged,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial species list: id and scientific name (clean text).
		pub species: Vec<(SpeciesId, Vec<u8>)>,
		/// Initial witnesses: account, licence (clean text), region code.
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
				let licence = Licence::try_from(licence.clone()).expect("licence too long");
				let region = Region::try_from(region.clone()).expect("region too long");
				Pallet::<T>::insert_witness(who, licence, region).expect("witness valid");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint `who` as a witness with a licence reference (clean text), attesting in the
		/// regions `region` prefixes (a region code such as `CN` or `CN-35`).
		///
		/// Origin must be `GovernanceOrigin`. Emits `WitnessAppointed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint_witness())]
		pub fn appoint_witness(
			origin: OriginFor<T>,
			who: T::AccountId,
			licence: Licence,
			region: Region,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_appoint_witness(who, licence, region)
		}

		/// Remove a witness. What it attested and recorded stays, and so do its deposits.
		///
		/// Origin must be `GovernanceOrigin`. Emits `WitnessRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_witness())]
		pub fn remove_witness(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_remove_witness(who)
		}

		/// Add a species (its scientific name, clean text) to the list.
		///
		/// Origin must be `GovernanceOrigin`. Emits `SpeciesAdded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_species())]
		pub fn add_species(
			origin: OriginFor<T>,
			id: SpeciesId,
			name: SpeciesName,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_add_species(id, name)
		}

		/// Remove a species from the list; trees already registered keep it. A rare species
		/// loses its mark with it, so its trees are no longer rare.
		///
		/// Origin must be `GovernanceOrigin`. Emits `SpeciesRemoved` (after `RaritySet { rare:
		/// false }` if the species was rare).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_species())]
		pub fn remove_species(origin: OriginFor<T>, id: SpeciesId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_remove_species(id)
		}

		/// Register a parcel the caller owns, holding `ParcelDeposit + DepositPerByte × size of
		/// info` on it. It needs a witness's attestation before trees can be added.
		///
		/// Origin must be signed (the owner). Emits `ParcelRegistered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_parcel())]
		pub fn register_parcel(origin: OriginFor<T>, info: ParcelInfo) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register_parcel(owner, info)
		}

		/// A witness of the parcel's region attests that the parcel and its documents are true.
		///
		/// Origin must be signed by a witness whose region prefixes the parcel's. Emits
		/// `ParcelAttested`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::attest_parcel())]
		pub fn attest_parcel(origin: OriginFor<T>, parcel: ParcelId) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::do_attest_parcel(witness, parcel)
		}

		/// Give the parcel to `to`. Trees sold on their own keep their owner; a lease stays.
		/// Refused while the parcel or any of its own trees is locked.
		///
		/// Origin must be signed by the parcel's owner. Emits `ParcelTransferred`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::transfer_parcel())]
		pub fn transfer_parcel(
			origin: OriginFor<T>,
			parcel: ParcelId,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer_parcel(from, parcel, to)
		}

		/// Lease the parcel to `lessee` until block `until`. Refused while the whole parcel is
		/// locked by a token or a trade.
		///
		/// Origin must be signed by the parcel's owner. Emits `ParcelLeased`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::lease_parcel())]
		pub fn lease_parcel(
			origin: OriginFor<T>,
			parcel: ParcelId,
			lessee: T::AccountId,
			until: BlockNumberFor<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_lease_parcel(owner, parcel, lessee, until)
		}

		/// End a lease: the lessee may at any time, the owner once its term is over.
		///
		/// Origin must be signed by the lessee or the owner. Emits `LeaseEnded`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::end_lease())]
		pub fn end_lease(origin: OriginFor<T>, parcel: ParcelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_lease(who, parcel)
		}

		/// Attach a document (survey report, certificate, voucher) to a parcel. The owner or the
		/// lessee holds `RecordDeposit` for it and may not while the parcel is locked; a witness
		/// of the parcel's region may always, deposit-free.
		///
		/// Origin must be signed by the owner, the lessee or a witness of the region. Emits
		/// `DocumentAttached`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::attach_parcel_document())]
		pub fn attach_parcel_document(
			origin: OriginFor<T>,
			parcel: ParcelId,
			kind: DocumentKind,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attach_parcel_document(who, parcel, kind, cid)
		}

		/// A witness registers a batch of surveyed trees of an attested parcel, holding
		/// `TreeDeposit` per tree on itself. They get the next indices of the parcel, in order;
		/// each one's smart code follows from its index.
		///
		/// Origin must be signed by a witness of the parcel's region. Emits `TreesRegistered`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::register_trees(trees.len() as u32))]
		pub fn register_trees(
			origin: OriginFor<T>,
			parcel: ParcelId,
			trees: BoundedVec<TreeSurvey, T::MaxTreesPerBatch>,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::do_register_trees(witness, parcel, trees)
		}

		/// A witness records a new measurement. The registration survey is kept as it was.
		///
		/// Origin must be signed by a witness of the parcel's region. Emits `TreeRecorded`.
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
			Self::do_record_measurement(witness, tree, height_cm, crown_cm, trunk_mm)
		}

		/// A witness records damage (fire, pest, storm…), `severity` in percent.
		///
		/// Origin must be signed by a witness of the parcel's region. Emits `TreeRecorded`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::record_damage())]
		pub fn record_damage(
			origin: OriginFor<T>,
			tree: TreeId,
			cause: DamageCause,
			severity: u8,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::do_record_damage(witness, tree, cause, severity)
		}

		/// A witness records that the tree was felled. Locked trees cannot be felled.
		///
		/// Origin must be signed by a witness of the parcel's region. Emits `TreeRecorded`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::record_felling())]
		pub fn record_felling(origin: OriginFor<T>, tree: TreeId) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::do_record_felling(witness, tree)
		}

		/// The owner (or the current custodian) hands the tree or its logs to `to`, e.g. a
		/// logistics provider; handing it to the owner ends the custody. Holds `RecordDeposit`
		/// on the caller.
		///
		/// Origin must be signed by the tree's owner or custodian. Emits `TreeRecorded`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::hand_over())]
		pub fn hand_over(origin: OriginFor<T>, tree: TreeId, to: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_hand_over(who, tree, to)
		}

		/// The owner sells or gives the tree to `to`; it becomes property of its own, apart from
		/// the parcel. Locked trees cannot change owner. Holds `RecordDeposit` on the caller.
		///
		/// Origin must be signed by the tree's owner. Emits `TreeRecorded`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::transfer_tree())]
		pub fn transfer_tree(
			origin: OriginFor<T>,
			tree: TreeId,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer_tree(from, tree, to)
		}

		/// Attach a document to a tree's history. A witness of the parcel's region may at any
		/// time, deposit-free; the owner holds `RecordDeposit` and may not while the tree is
		/// locked.
		///
		/// Origin must be signed by the tree's owner or a witness of the region. Emits
		/// `TreeRecorded`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::attach_tree_document())]
		pub fn attach_tree_document(
			origin: OriginFor<T>,
			tree: TreeId,
			kind: DocumentKind,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attach_tree_document(who, tree, kind, cid)
		}

		/// Remove a parcel registered by mistake: unattested, without trees, documents or
		/// lease. Its deposit is released to whoever paid it, and a rare mark goes with it.
		///
		/// Origin must be signed by the parcel's owner. Emits `ParcelDeregistered` (after
		/// `RaritySet { rare: false }` if the parcel was rare).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::deregister_parcel())]
		pub fn deregister_parcel(origin: OriginFor<T>, parcel: ParcelId) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_deregister_parcel(owner, parcel)
		}

		/// Mark a species of the list (every tree of it) or a whole parcel rare (`rare`), or no
		/// longer rare. Escrow sells rare items first to long holders ([`RareItems`]).
		///
		/// Origin must be `GovernanceOrigin`. Emits `RaritySet`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_rarity())]
		pub fn set_rarity(
			origin: OriginFor<T>,
			target: RarityTarget,
			rare: bool,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_rarity(target, rare)
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Lookups of the forestry registry.
	pub trait ForestryApi<AccountId, BlockNumber, Balance> where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
		Balance: codec::Codec,
	{
		/// The tree a smart code names, with its whole history.
		fn tree_by_code(code: Vec<u8>) -> Option<TreeView<AccountId, BlockNumber, Balance>>;
		/// A tree with its whole history.
		fn tree(id: TreeId) -> Option<TreeView<AccountId, BlockNumber, Balance>>;
		/// A parcel.
		fn parcel(parcel: ParcelId) -> Option<Parcel<AccountId, BlockNumber, Balance>>;
		/// A page of a parcel's trees from index `start`, at most `limit` (≤ 1,000) long.
		fn parcel_trees(parcel: ParcelId, start: TreeIndex, limit: u32)
			-> Vec<(TreeId, SmartCode, Tree<AccountId, BlockNumber, Balance>)>;
	}

	/// What an insurer prices a parcel's cover by: the parcel, and per page of its trees their
	/// species (standing, felled, latest heights and crowns) and the damage attested on them.
	pub trait ForestryPricingApi<BlockNumber> where
		BlockNumber: codec::Codec,
	{
		/// The profile of trees `start .. start + limit` (`limit` ≤ 1,000) of `parcel`, each
		/// read with its whole history; `None` if there is no such parcel. Paged: call again
		/// from the returned `next` until it is `None`, and add the pages up.
		fn parcel_profile(parcel: ParcelId, start: TreeIndex, limit: u32)
			-> Option<ParcelProfile<BlockNumber>>;
	}
}
