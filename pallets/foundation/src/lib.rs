//! # Foundation spending
//!
//! The CEC foundation's published spending: what its council approved out of the treasury, and
//! why, and the audit reports it publishes, all as storage and events anyone (Polkadot.js Apps,
//! integrators, auditors) can list.
//!
//! - A **spend** is approved by [`Config::SpendOrigin`] (in the runtime: a council motion) up to
//!   the most that origin may approve at once. It must carry the CID of its justification (an
//!   IPFS document) and fit in what the treasury can pay now less what earlier spends, approved
//!   and not yet settled, have committed ([`Committed`]). The pallet approves it through
//!   [`TreasurySpend`] — the payout itself, its `Paid` event and its expiry are the treasury's
//!   (`pallet-treasury` in the runtime) — and records, under the treasury's own index of the
//!   spend, who is paid, how much, why and when ([`Spends`], [`Event::SpendApproved`]).
//! - Once the treasury no longer has a spend pending (paid out and cleared, voided or expired),
//!   anyone may **settle** it: its amount stops counting as committed; its record stays, as
//!   history ([`Event::SpendSettled`]).
//! - An **audit report** is published by [`Config::ReportOrigin`] as the CID of the report
//!   document, numbered 0, 1, 2, … ([`Reports`], [`Event::ReportPublished`]).
//!
//! The pallet takes no storage deposits: only governance origins add to its storage, one record
//! per approved spend or published report; `settle` only updates a record.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::{is_valid_cid, Cid, SpendIndex, TreasurySpend};
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

/// A spend record of this runtime.
pub type SpendRecordOf<T> =
	SpendRecord<<T as frame_system::Config>::AccountId, <T as Config>::Balance, BlockNumberFor<T>>;
/// A report record of this runtime.
pub type ReportRecordOf<T> = ReportRecord<BlockNumberFor<T>>;

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Fund the treasury so that [`TreasurySpend::spendable`] is at least `amount`.
	fn fund_treasury(amount: Balance);
}

/// Does nothing: for a treasury that is funded already.
#[cfg(feature = "runtime-benchmarks")]
impl<AccountId, Balance> BenchmarkHelper<AccountId, Balance> for () {
	fn fund_treasury(_amount: Balance) {}
}

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The foundation spending pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the foundation spending pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The balance type of the treasury's spends (CEC).
		type Balance: frame_support::traits::tokens::Balance;
		/// The treasury that approves and pays the spends.
		type Treasury: TreasurySpend<Self::AccountId, Self::Balance>;
		/// Approves spends; its success value is the most this origin may approve in one spend.
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::Balance>;
		/// Publishes audit reports.
		type ReportOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Set-up for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Balance>;
	}

	/// Every approved spend, by the treasury's index of it; kept after it is settled.
	#[pallet::storage]
	pub type Spends<T: Config> = StorageMap<_, Twox64Concat, SpendIndex, SpendRecordOf<T>>;

	/// The sum of the amounts of the open (approved, not yet settled) spends: what the treasury
	/// has been committed to pay beyond what it has paid out and cleared.
	#[pallet::storage]
	pub type Committed<T: Config> = StorageValue<_, T::Balance, ValueQuery>;

	/// Every published audit report, by its id.
	#[pallet::storage]
	pub type Reports<T: Config> = StorageMap<_, Twox64Concat, ReportId, ReportRecordOf<T>>;

	/// The id the next published report gets (the number of reports published so far).
	#[pallet::storage]
	pub type NextReportId<T: Config> = StorageValue<_, ReportId, ValueQuery>;

	/// Events of the foundation spending pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A treasury spend was approved; anyone may pay it out through the treasury with
		/// `index`, and settle it here once the treasury has cleared it.
		SpendApproved {
			/// The treasury's index of the spend.
			index: SpendIndex,
			/// Who is to be paid.
			beneficiary: T::AccountId,
			/// How much.
			amount: T::Balance,
			/// CID of the justification.
			justification: Cid,
		},
		/// A spend the treasury no longer has pending (paid out and cleared, voided or expired)
		/// was settled: its amount no longer counts as committed.
		SpendSettled {
			/// The treasury's index of the spend.
			index: SpendIndex,
		},
		/// An audit report was published.
		ReportPublished {
			/// The report's id.
			id: ReportId,
			/// CID of the report.
			report: Cid,
		},
	}

	/// Errors of the foundation spending pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// A spend must be of more than nothing.
		ZeroAmount,
		/// Not a valid IPFS CID.
		BadCid,
		/// The amount is more than the origin may approve in one spend.
		AboveSpendLimit,
		/// The treasury cannot pay that much now on top of what open spends have committed.
		InsufficientTreasuryFunds,
		/// The treasury gave an index that already has a spend record.
		SpendIndexTaken,
		/// No report id is left, or the committed total would leave the balance type's range.
		Overflow,
		/// No spend is recorded under that index.
		UnknownSpend,
		/// The spend was settled already.
		AlreadySettled,
		/// The treasury still has the spend pending: pay it out (and clear it with
		/// `treasury.check_status`), void it, or let it expire first.
		StillOpen,
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
		/// Approve paying `amount` from the treasury to `beneficiary`, for the reasons in the
		/// document `justification` (a CID). The treasury gives the spend its index, under which
		/// the spend is recorded here; it is paid out through the treasury.
		///
		/// Origin must be `SpendOrigin`, allowing at least `amount`. Fails with `ZeroAmount`,
		/// `BadCid`, `AboveSpendLimit`, `InsufficientTreasuryFunds` (more than the treasury's
		/// spendable balance less `Committed`), `Overflow`, the treasury's own error, or
		/// `SpendIndexTaken`.
		///
		/// Adds `amount` to `Committed`. Emits `SpendApproved`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(
			origin: OriginFor<T>,
			beneficiary: T::AccountId,
			amount: T::Balance,
			justification: Cid,
		) -> DispatchResult {
			let max = T::SpendOrigin::ensure_origin(origin)?;
			Self::do_spend(max, beneficiary, amount, justification)
		}

		/// Publish the audit report `report` (a CID) under the next report id.
		///
		/// Origin must be `ReportOrigin`. Fails with `BadCid` or `Overflow`.
		///
		/// Emits `ReportPublished`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::publish_report())]
		pub fn publish_report(origin: OriginFor<T>, report: Cid) -> DispatchResult {
			T::ReportOrigin::ensure_origin(origin)?;
			Self::do_publish_report(report)
		}

		/// Settle spend `index`, which the treasury no longer has pending (paid out and cleared,
		/// voided or expired): its amount no longer counts in `Committed`, so later spends may
		/// use it again. The record stays, marked settled.
		///
		/// Origin must be signed (anyone). Fails with `UnknownSpend`, `AlreadySettled`,
		/// `StillOpen` (the treasury still has it) or `Overflow` (`Committed` below the amount:
		/// a broken invariant).
		///
		/// Emits `SpendSettled`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, index: SpendIndex) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(index)
		}
	}
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}
}

/// The longest valid CID (128 characters: a base32 CIDv1 with a 75-byte digest), for
/// benchmarks and tests.
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub(crate) fn longest_cid() -> Cid {
	cec_primitives::longest_cid()
}
