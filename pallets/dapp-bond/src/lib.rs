//! # DApp developer bonds
//!
//! Third parties build DApps on CEC Chain as ink! contracts. To keep bad actors out, only a
//! developer who holds and **bonds** CEC may put code on chain:
//!
//! - [`Pallet::bond`] holds at least [`Config::MinDeveloperBond`] CEC on the developer's own
//!   account ([`HoldReason::DeveloperBond`]); more can be added later.
//! - [`EnsureBondedDeveloper`] is the runtime's `pallet_contracts::Config::UploadOrigin` and
//!   `InstantiateOrigin`: a signed account passes only while its bond is at least the minimum
//!   and it is not unbonding. Calling a deployed contract stays open to everyone.
//!   [`Pallet::ensure_can_deploy`] says which named error keeps an account out (the runtime's
//!   contracts dry-run API returns it).
//! - [`Pallet::unbond`] starts a cooldown of [`Config::UnbondingPeriod`] during which the
//!   developer can no longer deploy, but governance can still slash; [`Pallet::withdraw`]
//!   releases the bond after it; [`Pallet::rebond`] cancels the cooldown.
//! - [`Pallet::slash`] (governance) takes up to a given amount of a bond, with the CID of the
//!   evidence, and moves it to [`Config::SlashBeneficiary`] (the treasury on CEC Chain); it may
//!   also **ban** the account, which then can neither bond nor deploy until [`Pallet::unban`].
//!
//! The gate is on code going on chain and on the instantiate calls: pallet-contracts does not ask
//! `InstantiateOrigin` when a contract instantiates another from code already uploaded, so a
//! bonded developer answers for what its code lets others instantiate.
//!
//! The bond is the deposit for the one storage item a developer creates; it comes back in full
//! on withdrawal unless slashed. Calls are thin: each hands over to a `do_*` function in
//! `features/<capability>.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_ensure_origin;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::Cid;
pub use impl_ensure_origin::EnsureBondedDeveloper;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;

/// An amount of CEC.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A developer's bond of this runtime.
pub type BondOf<T> = DeveloperBond<BalanceOf<T>, BlockNumberFor<T>>;

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The DApp-bond pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds CEC.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A DApp developer's bond.
		DeveloperBond,
	}

	/// Configuration of the DApp-bond pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// CEC: bonds are holds on the developer's account.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The least bond that lets a developer deploy.
		#[pallet::constant]
		type MinDeveloperBond: Get<BalanceOf<Self>>;
		/// Blocks between `unbond` and `withdraw`: the developer cannot deploy, and governance
		/// can still slash what it finds out about.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;
		/// Who may slash a bond (the council on CEC Chain).
		type SlashOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Where slashed CEC goes (the treasury on CEC Chain). Must exist.
		type SlashBeneficiary: Get<Self::AccountId>;
		/// Measured weights.
		type WeightInfo: WeightInfo;
	}

	/// Every developer's bond.
	#[pallet::storage]
	pub type Bonds<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BondOf<T>>;

	/// Accounts governance banned from bonding and deploying, with the CID of the evidence.
	#[pallet::storage]
	pub type Banned<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Cid>;

	/// Events of the DApp-bond pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` bonded `amount` more; its bond is now `total`.
		Bonded {
			/// The developer.
			who: T::AccountId,
			/// What was added.
			amount: BalanceOf<T>,
			/// The whole bond.
			total: BalanceOf<T>,
		},
		/// `who` started unbonding: it cannot deploy, and may withdraw from block `until`.
		UnbondingStarted {
			/// The developer.
			who: T::AccountId,
			/// First block `withdraw` works.
			until: BlockNumberFor<T>,
		},
		/// `who` cancelled its cooldown and may deploy again.
		Rebonded {
			/// The developer.
			who: T::AccountId,
		},
		/// `who`'s bond of `amount` was released after the cooldown.
		Withdrawn {
			/// The developer.
			who: T::AccountId,
			/// What was released.
			amount: BalanceOf<T>,
		},
		/// Governance took `amount` of `who`'s bond to the slash beneficiary.
		Slashed {
			/// The developer.
			who: T::AccountId,
			/// What was taken.
			amount: BalanceOf<T>,
			/// What is left of the bond.
			remaining: BalanceOf<T>,
			/// The CID of the evidence.
			evidence: Cid,
			/// Whether the account is now banned from bonding and deploying.
			banned: bool,
		},
		/// Governance lifted `who`'s ban.
		Unbanned {
			/// The developer.
			who: T::AccountId,
		},
	}

	/// Errors of the DApp-bond pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account has no developer bond.
		NotBonded,
		/// A first bond must be at least `MinDeveloperBond`; deploying needs a bond of at least
		/// that much (a slashed bond may have fallen below it).
		BondTooSmall,
		/// The amount is zero.
		ZeroAmount,
		/// The developer is unbonding: it cannot deploy or add to its bond until it rebonds.
		CoolingDown,
		/// The developer is already unbonding.
		AlreadyUnbonding,
		/// The developer has not started unbonding.
		NotUnbonding,
		/// The cooldown has not ended yet.
		CooldownNotOver,
		/// The account cannot hold that much CEC (free balance too low).
		InsufficientBalance,
		/// The evidence is not a valid CID.
		InvalidEvidence,
		/// Governance banned the account from bonding and deploying.
		Banned,
		/// The account is not banned.
		NotBanned,
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
		/// Bond `amount` CEC (a hold on the caller's account). A first bond must be at least
		/// `MinDeveloperBond`; later ones add to it. Not while unbonding.
		///
		/// Emits `Bonded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, amount)
		}

		/// Start unbonding: from now the caller cannot deploy; after `UnbondingPeriod` blocks it
		/// may `withdraw` its bond.
		///
		/// Emits `UnbondingStarted`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who)
		}

		/// Cancel the caller's cooldown; it may deploy again (if its bond is still at least
		/// the minimum).
		///
		/// Emits `Rebonded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::rebond())]
		pub fn rebond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_rebond(who)
		}

		/// Release the caller's whole bond once its cooldown is over, and forget it.
		///
		/// Emits `Withdrawn`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Take up to `amount` of `who`'s bond (all of it if the bond is smaller) to the slash
		/// beneficiary, citing `evidence` (an IPFS CID). Works during the cooldown too. A bond
		/// slashed to nothing is removed. With `ban`, the account can neither bond nor deploy
		/// until `unban`, so a slashed developer cannot simply bond again.
		///
		/// Origin must be `SlashOrigin`. Emits `Slashed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::slash())]
		pub fn slash(
			origin: OriginFor<T>,
			who: T::AccountId,
			#[pallet::compact] amount: BalanceOf<T>,
			evidence: Cid,
			ban: bool,
		) -> DispatchResult {
			T::SlashOrigin::ensure_origin(origin)?;
			Self::do_slash(who, amount, evidence, ban)
		}

		/// Lift `who`'s ban.
		///
		/// Origin must be `SlashOrigin`. Emits `Unbanned`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unban())]
		pub fn unban(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::SlashOrigin::ensure_origin(origin)?;
			Self::do_unban(who)
		}
	}
}
