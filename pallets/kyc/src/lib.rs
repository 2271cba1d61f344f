//! # KYC gate
//!
//! Know-your-customer claims, issued by providers that governance appoints, and the gate other
//! pallets ask before moving an account's money (REQUIREMENTS §4).
//!
//! - A **claim** says: provider P checked account A at `level` for `scope` (the uses it covers:
//!   trade, land, insurance, crowdfunding), until block `expires_at`; `commitment` is the hash of
//!   P's off-chain identity record. The identity itself never touches the chain. Claims are
//!   renewed and revoked by their provider; an expired claim stops working by itself (checked
//!   lazily, nothing runs per block). No provider can verify itself.
//! - **Governance revocation is final for providers**: a claim governance revoked cannot be
//!   renewed or re-issued by any provider until governance lifts the revocation
//!   ([`Pallet::lift_revocation`]), which leaves it an ordinary revoked claim.
//! - A provider can **flag** an account for false information: a public warning that also closes
//!   the gate until the flag is cleared. Only the provider that raised a flag (or governance) can
//!   clear or replace it; no provider can flag itself.
//! - **Reveal after signing**: when both parties have signed a trade contract, the escrow pallet
//!   grants each access to the other's identity ([`IdentityDisclosure`]), and withdraws the
//!   grants if the contract lapses. A grant is storage and an event the providers' off-chain
//!   services watch; each party may attach the CID of its identity envelope encrypted to the
//!   counterparty. Without both signatures there is no grant, and third parties never get one.
//!
//! The pallet takes no storage deposits: claims and flags are written by governance-appointed
//! providers, at most one of each per account, and grants are created by the escrow pallet for a
//! contract paid for (and deposited for) there.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

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
	is_clean_text, is_valid_cid, Cid, ContractId, IdentityDisclosure, KycCheck, KycScope, KycUse,
};
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{Saturating, Zero};

/// The pallet: its configuration, storage, events, errors and calls.
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The KYC gate pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the KYC gate.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Appoints and removes providers; may revoke claims, lift its own revocations and clear
		/// flags.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Longest a claim may run, in blocks from issue or renewal.
		#[pallet::constant]
		type MaxClaimDuration: Get<BlockNumberFor<Self>>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Providers, current and former (a removed provider keeps its record with `removed_at`).
	#[pallet::storage]
	pub type Providers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Provider<BlockNumberFor<T>>>;

	/// Each account's claim (at most one).
	#[pallet::storage]
	pub type Claims<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Claim<T::AccountId, BlockNumberFor<T>>>;

	/// False-information flags (at most one per account).
	#[pallet::storage]
	pub type Flags<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Flag<T::AccountId, BlockNumberFor<T>>>;

	/// `Grants[owner][grantee]`: `grantee` may learn `owner`'s identity. Always made in pairs:
	/// `Grants[grantee][owner]` exists too, for the same contract.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Grant<BlockNumberFor<T>>,
	>;

	/// Events of the KYC gate.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance appointed (or re-appointed) a provider.
		ProviderAppointed {
			/// The provider.
			provider: T::AccountId,
			/// Its display name.
			name: ProviderName,
		},
		/// Governance removed a provider; its claims keep working until they expire or are
		/// revoked.
		ProviderRemoved {
			/// The former provider.
			provider: T::AccountId,
		},
		/// A provider issued (or replaced) the claim on `who`.
		ClaimIssued {
			/// The verified account.
			who: T::AccountId,
			/// The issuing provider.
			provider: T::AccountId,
			/// The claim's level.
			level: u8,
			/// The uses the claim covers.
			scope: KycScope,
			/// The claim works before this block.
			expires_at: BlockNumberFor<T>,
		},
		/// The issuing provider renewed the claim on `who`.
		ClaimRenewed {
			/// The verified account.
			who: T::AccountId,
			/// The claim's new expiry.
			expires_at: BlockNumberFor<T>,
		},
		/// The claim on `who` was revoked.
		ClaimRevoked {
			/// The account whose claim was revoked.
			who: T::AccountId,
			/// The issuing provider, or `None` for governance.
			by: Option<T::AccountId>,
		},
		/// Governance lifted its revocation of the claim on `who`: the claim stays revoked, but
		/// providers may renew or replace it again.
		RevocationLifted {
			/// The account whose claim governance had revoked.
			who: T::AccountId,
		},
		/// Public warning: `who` gave false information, says `provider`.
		Flagged {
			/// The flagged account.
			who: T::AccountId,
			/// The provider that raised the flag.
			provider: T::AccountId,
			/// CID of the evidence.
			evidence: Cid,
		},
		/// The flag on `who` was cleared.
		FlagCleared {
			/// The account that is no longer flagged.
			who: T::AccountId,
		},
		/// `grantee` may now learn `owner`'s identity (both signed `contract`).
		IdentityGranted {
			/// Whose identity may be learnt.
			owner: T::AccountId,
			/// Who may learn it.
			grantee: T::AccountId,
			/// The signed contract.
			contract: ContractId,
		},
		/// The grant `contract` gave `grantee` to `owner`'s identity was withdrawn (the contract
		/// lapsed).
		IdentityRevoked {
			/// Whose identity may no longer be learnt.
			owner: T::AccountId,
			/// Who lost the grant.
			grantee: T::AccountId,
			/// The contract that had made the grant.
			contract: ContractId,
		},
		/// `owner` attached its identity envelope, encrypted to `grantee`.
		EnvelopeAttached {
			/// Whose identity the envelope holds.
			owner: T::AccountId,
			/// Who the envelope is encrypted to.
			grantee: T::AccountId,
			/// CID of the envelope.
			envelope: Cid,
		},
	}

	/// Errors of the KYC gate.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is a provider already.
		AlreadyProvider,
		/// Only an appointed KYC provider may do this.
		NotProvider,
		/// Levels run from 1 to 3.
		BadLevel,
		/// The scope covers no use.
		BadScope,
		/// Expiry must be after now and within `MaxClaimDuration`.
		BadExpiry,
		/// The account has a working claim from another provider.
		ClaimedByOther,
		/// The account has no KYC claim.
		NoKyc,
		/// The account's KYC claim has expired.
		KycExpired,
		/// The account's KYC claim was revoked.
		KycRevoked,
		/// The account's KYC level is too low for this.
		KycLevelTooLow,
		/// A provider flagged the account for false information.
		AccountFlagged,
		/// The account is not flagged.
		NotFlagged,
		/// Only the provider that issued the claim or raised the flag may do this.
		NotYourClaim,
		/// No identity grant to that account.
		NoGrant,
		/// Not a valid IPFS CID.
		BadCid,
		/// The account's KYC claim does not cover this use.
		KycScopeNotCovered,
		/// Governance revoked the account's claim: no provider may renew, replace or revoke it
		/// until governance lifts the revocation.
		RevokedByGovernance,
		/// The claim was not revoked by governance, so there is no revocation to lift.
		NotRevokedByGovernance,
		/// Another provider flagged the account; only it or governance may clear the flag.
		FlaggedByOther,
		/// A provider cannot verify (issue or renew a claim on) itself.
		SelfVerification,
		/// A provider cannot flag itself.
		SelfFlag,
		/// A provider name must be clean text: UTF-8, no control characters, no surrounding
		/// white space, not empty.
		BadName,
	}

	/// Genesis: the first providers.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Providers and their names (each clean text, at most 64 bytes).
		pub providers: alloc::vec::Vec<(T::AccountId, alloc::vec::Vec<u8>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, name) in &self.providers {
				assert!(is_clean_text(name), "provider name is not clean text");
				let name = ProviderName::try_from(name.clone()).expect("provider name too long");
				assert!(!Providers::<T>::contains_key(who), "provider listed twice");
				Providers::<T>::insert(
					who,
					Provider { name, appointed_at: Zero::zero(), removed_at: None },
				);
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
		/// Appoint `provider` as a KYC provider under `name` (clean text), or re-appoint a
		/// former one under a new name.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `BadName` or `AlreadyProvider`.
		///
		/// Emits `ProviderAppointed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint_provider())]
		pub fn appoint_provider(
			origin: OriginFor<T>,
			provider: T::AccountId,
			name: ProviderName,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_appoint_provider(provider, name)
		}

		/// Remove a provider. Its claims keep working until they expire or are revoked by
		/// governance; its flags stay until governance clears them. Its record stays, marked
		/// removed.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `NotProvider`.
		///
		/// Emits `ProviderRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_provider())]
		pub fn remove_provider(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_remove_provider(provider)
		}

		/// Issue (or replace one's own) claim on `who`: `level` 1–3, a non-empty `scope`,
		/// working before block `expires_at` (after now, within `MaxClaimDuration`),
		/// `commitment` the hash of the off-chain identity record. A working claim of another
		/// provider must expire or be revoked first; a claim governance revoked blocks every
		/// provider until governance lifts the revocation.
		///
		/// Origin must be a signed provider other than `who`. Fails with `NotProvider`,
		/// `SelfVerification`, `BadLevel`, `BadScope`, `BadExpiry`, `RevokedByGovernance` or
		/// `ClaimedByOther`.
		///
		/// Emits `ClaimIssued`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::issue_claim())]
		pub fn issue_claim(
			origin: OriginFor<T>,
			who: T::AccountId,
			level: u8,
			scope: KycScope,
			expires_at: BlockNumberFor<T>,
			commitment: [u8; 32],
		) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			Self::do_issue_claim(provider, who, level, scope, expires_at, commitment)
		}

		/// Extend one's claim on `who` to `expires_at` (after now, within `MaxClaimDuration`),
		/// optionally with a new record commitment. An expired claim, or one its provider
		/// revoked, comes back to life; one governance revoked does not.
		///
		/// Origin must be the signed provider that issued the claim, other than `who`. Fails
		/// with `NotProvider`, `SelfVerification`, `BadExpiry`, `NoKyc`, `NotYourClaim` or
		/// `RevokedByGovernance`.
		///
		/// Emits `ClaimRenewed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::renew_claim())]
		pub fn renew_claim(
			origin: OriginFor<T>,
			who: T::AccountId,
			expires_at: BlockNumberFor<T>,
			commitment: Option<[u8; 32]>,
		) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			Self::do_renew_claim(provider, who, expires_at, commitment)
		}

		/// Revoke the claim on `who`. A provider's revocation can be undone by its renewal;
		/// governance's only by [`Pallet::lift_revocation`].
		///
		/// Origin must be the signed provider that issued the claim, or `GovernanceOrigin`.
		/// Fails with `NotProvider`, `NoKyc`, `NotYourClaim` or (a provider, on a claim
		/// governance revoked) `RevokedByGovernance`.
		///
		/// Emits `ClaimRevoked`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke_claim())]
		pub fn revoke_claim(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let by = Self::provider_or_governance(origin)?;
			Self::do_revoke_claim(by, who)
		}

		/// Flag `who` for false information, with the CID of the evidence: a public warning
		/// that shuts the gate for `who` until cleared. The provider that raised a flag may
		/// replace its evidence; no other provider may touch it.
		///
		/// Origin must be a signed provider other than `who`. Fails with `NotProvider`,
		/// `SelfFlag`, `BadCid` or `FlaggedByOther`.
		///
		/// Emits `Flagged`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::flag())]
		pub fn flag(origin: OriginFor<T>, who: T::AccountId, evidence: Cid) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			Self::do_flag(provider, who, evidence)
		}

		/// Clear the flag on `who`.
		///
		/// Origin must be the signed provider that raised the flag, or `GovernanceOrigin`.
		/// Fails with `NotProvider`, `NotFlagged` or `NotYourClaim`.
		///
		/// Emits `FlagCleared`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::clear_flag())]
		pub fn clear_flag(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let by = Self::provider_or_governance(origin)?;
			Self::do_clear_flag(by, who)
		}

		/// Attach the CID of the caller's identity envelope, encrypted to `grantee`, to the grant
		/// a signed contract gave `grantee`.
		///
		/// Origin must be signed by the grant's owner. Fails with `BadCid` or `NoGrant`.
		///
		/// Emits `EnvelopeAttached`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::attach_envelope())]
		pub fn attach_envelope(
			origin: OriginFor<T>,
			grantee: T::AccountId,
			envelope: Cid,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_attach_envelope(owner, grantee, envelope)
		}

		/// Lift governance's revocation of the claim on `who`. The claim stays revoked, as if
		/// its provider had revoked it: the provider may renew it, and once lifted any provider
		/// may issue a new claim on `who`.
		///
		/// Origin must be `GovernanceOrigin`. Fails with `NoKyc` or `NotRevokedByGovernance`.
		///
		/// Emits `RevocationLifted`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::lift_revocation())]
		pub fn lift_revocation(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_lift_revocation(who)
		}
	}
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The signed origin, if it is a current provider.
	fn ensure_provider(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		ensure!(Self::is_provider(&who), Error::<T>::NotProvider);
		Ok(who)
	}

	/// `Some(provider)` for a provider, `None` for governance.
	fn provider_or_governance(origin: OriginFor<T>) -> Result<Option<T::AccountId>, DispatchError> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Self::ensure_provider(origin).map(Some),
		}
	}

	fn ensure_expiry(expires_at: BlockNumberFor<T>) -> DispatchResult {
		let now = Self::now();
		ensure!(
			expires_at > now && expires_at <= now.saturating_add(T::MaxClaimDuration::get()),
			Error::<T>::BadExpiry
		);
		Ok(())
	}

	/// Is `who` a provider now (appointed and not removed)?
	pub fn is_provider(who: &T::AccountId) -> bool {
		Providers::<T>::get(who).is_some_and(|p| p.is_active())
	}

	/// May `grantee` learn `owner`'s identity?
	pub fn can_see_identity(owner: &T::AccountId, grantee: &T::AccountId) -> bool {
		Grants::<T>::contains_key(owner, grantee)
	}

	fn do_appoint_provider(provider: T::AccountId, name: ProviderName) -> DispatchResult {
		ensure!(is_clean_text(&name), Error::<T>::BadName);
		ensure!(!Self::is_provider(&provider), Error::<T>::AlreadyProvider);
		let record = Provider { name: name.clone(), appointed_at: Self::now(), removed_at: None };
		Providers::<T>::insert(&provider, record);
		Self::deposit_event(Event::ProviderAppointed { provider, name });
		Ok(())
	}

	fn do_remove_provider(provider: T::AccountId) -> DispatchResult {
		Providers::<T>::try_mutate(&provider, |p| {
			let p = p.as_mut().filter(|p| p.is_active()).ok_or(Error::<T>::NotProvider)?;
			p.removed_at = Some(Self::now());
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ProviderRemoved { provider });
		Ok(())
	}

	fn do_issue_claim(
		provider: T::AccountId,
		who: T::AccountId,
		level: u8,
		scope: KycScope,
		expires_at: BlockNumberFor<T>,
		commitment: [u8; 32],
	) -> DispatchResult {
		ensure!(who != provider, Error::<T>::SelfVerification);
		ensure!((1..=MAX_LEVEL).contains(&level), Error::<T>::BadLevel);
		ensure!(!scope.is_empty(), Error::<T>::BadScope);
		Self::ensure_expiry(expires_at)?;
		if let Some(old) = Claims::<T>::get(&who) {
			ensure!(old.revoked != Some(Revoker::Governance), Error::<T>::RevokedByGovernance);
			let working = old.revoked.is_none() && Self::now() < old.expires_at;
			ensure!(!working || old.provider == provider, Error::<T>::ClaimedByOther);
		}
		let claim = Claim {
			provider: provider.clone(),
			level,
			scope,
			issued_at: Self::now(),
			expires_at,
			commitment,
			revoked: None,
		};
		Claims::<T>::insert(&who, claim);
		Self::deposit_event(Event::ClaimIssued { who, provider, level, scope, expires_at });
		Ok(())
	}

	fn do_renew_claim(
		provider: T::AccountId,
		who: T::AccountId,
		expires_at: BlockNumberFor<T>,
		commitment: Option<[u8; 32]>,
	) -> DispatchResult {
		ensure!(who != provider, Error::<T>::SelfVerification);
		Self::ensure_expiry(expires_at)?;
		Claims::<T>::try_mutate(&who, |c| {
			let c = c.as_mut().ok_or(Error::<T>::NoKyc)?;
			ensure!(c.provider == provider, Error::<T>::NotYourClaim);
			ensure!(c.revoked != Some(Revoker::Governance), Error::<T>::RevokedByGovernance);
			c.issued_at = Self::now();
			c.expires_at = expires_at;
			c.revoked = None;
			if let Some(commitment) = commitment {
				c.commitment = commitment;
			}
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ClaimRenewed { who, expires_at });
		Ok(())
	}

	fn do_revoke_claim(by: Option<T::AccountId>, who: T::AccountId) -> DispatchResult {
		Claims::<T>::try_mutate(&who, |c| {
			let c = c.as_mut().ok_or(Error::<T>::NoKyc)?;
			c.revoked = Some(match &by {
				Some(p) => {
					ensure!(c.provider == *p, Error::<T>::NotYourClaim);
					// A provider must not downgrade governance's revocation to its own (which
					// its renewal could then undo).
					ensure!(
						c.revoked != Some(Revoker::Governance),
						Error::<T>::RevokedByGovernance
					);
					Revoker::Provider
				},
				None => Revoker::Governance,
			});
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ClaimRevoked { who, by });
		Ok(())
	}

	fn do_lift_revocation(who: T::AccountId) -> DispatchResult {
		Claims::<T>::try_mutate(&who, |c| {
			let c = c.as_mut().ok_or(Error::<T>::NoKyc)?;
			ensure!(c.revoked == Some(Revoker::Governance), Error::<T>::NotRevokedByGovernance);
			c.revoked = Some(Revoker::Provider);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::RevocationLifted { who });
		Ok(())
	}

	fn do_flag(provider: T::AccountId, who: T::AccountId, evidence: Cid) -> DispatchResult {
		ensure!(who != provider, Error::<T>::SelfFlag);
		ensure!(is_valid_cid(&evidence), Error::<T>::BadCid);
		if let Some(old) = Flags::<T>::get(&who) {
			ensure!(old.provider == provider, Error::<T>::FlaggedByOther);
		}
		let flag = Flag { provider: provider.clone(), evidence: evidence.clone(), at: Self::now() };
		Flags::<T>::insert(&who, flag);
		Self::deposit_event(Event::Flagged { who, provider, evidence });
		Ok(())
	}

	fn do_clear_flag(by: Option<T::AccountId>, who: T::AccountId) -> DispatchResult {
		let flag = Flags::<T>::get(&who).ok_or(Error::<T>::NotFlagged)?;
		if let Some(p) = by {
			ensure!(flag.provider == p, Error::<T>::NotYourClaim);
		}
		Flags::<T>::remove(&who);
		Self::deposit_event(Event::FlagCleared { who });
		Ok(())
	}

	fn do_attach_envelope(
		owner: T::AccountId,
		grantee: T::AccountId,
		envelope: Cid,
	) -> DispatchResult {
		ensure!(is_valid_cid(&envelope), Error::<T>::BadCid);
		Grants::<T>::try_mutate(&owner, &grantee, |g| {
			let g = g.as_mut().ok_or(Error::<T>::NoGrant)?;
			g.envelope = Some(envelope.clone());
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::EnvelopeAttached { owner, grantee, envelope });
		Ok(())
	}

	/// Check the pallet's invariants:
	///
	/// - providers' names are clean text, and none was removed before it was appointed;
	/// - every claim has a level in `1..=MAX_LEVEL` and a non-empty scope, was issued by an
	///   appointed or former provider other than the account itself, and runs from `issued_at`
	///   to `expires_at`, later but within `MaxClaimDuration` (lowering `MaxClaimDuration` in an
	///   upgrade makes longer claims fail this check until renewed or expired);
	/// - every flag was raised by an appointed or former provider other than the account itself,
	///   with a valid evidence CID;
	/// - grants come in pairs for the same contract, never to oneself, and attached envelopes
	///   are valid CIDs.
	#[cfg(any(feature = "std", feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, p) in Providers::<T>::iter() {
			ensure!(is_clean_text(&p.name), "a provider's name is not clean text");
			ensure!(
				p.removed_at.is_none_or(|r| r >= p.appointed_at),
				"a provider was removed before it was appointed"
			);
		}
		for (who, c) in Claims::<T>::iter() {
			ensure!((1..=MAX_LEVEL).contains(&c.level), "a claim's level is out of range");
			ensure!(!c.scope.is_empty(), "a claim's scope is empty");
			ensure!(c.provider != who, "an account verified itself");
			ensure!(
				Providers::<T>::contains_key(&c.provider),
				"a claim's issuer never was a provider"
			);
			ensure!(c.issued_at < c.expires_at, "a claim expires before it was issued");
			ensure!(
				c.expires_at <= c.issued_at.saturating_add(T::MaxClaimDuration::get()),
				"a claim runs longer than MaxClaimDuration"
			);
		}
		for (who, f) in Flags::<T>::iter() {
			ensure!(f.provider != who, "an account flagged itself");
			ensure!(
				Providers::<T>::contains_key(&f.provider),
				"a flag's raiser never was a provider"
			);
			ensure!(is_valid_cid(&f.evidence), "a flag's evidence is not a CID");
		}
		for (owner, grantee, g) in Grants::<T>::iter() {
			ensure!(owner != grantee, "an identity grant to oneself");
			ensure!(
				Grants::<T>::get(&grantee, &owner).is_some_and(|back| back.contract == g.contract),
				"an identity grant without its counterpart"
			);
			ensure!(
				g.envelope.as_ref().is_none_or(|e| is_valid_cid(e)),
				"an identity envelope is not a CID"
			);
		}
		Ok(())
	}
}

impl<T: Config> KycCheck<T::AccountId> for Pallet<T> {
	fn ensure_verified(who: &T::AccountId, min_level: u8, use_: KycUse) -> DispatchResult {
		let claim = Claims::<T>::get(who).ok_or(Error::<T>::NoKyc)?;
		ensure!(claim.revoked.is_none(), Error::<T>::KycRevoked);
		ensure!(Self::now() < claim.expires_at, Error::<T>::KycExpired);
		ensure!(claim.scope.covers(use_), Error::<T>::KycScopeNotCovered);
		ensure!(claim.level >= min_level, Error::<T>::KycLevelTooLow);
		ensure!(!Flags::<T>::contains_key(who), Error::<T>::AccountFlagged);
		Ok(())
	}

	/// Reads the claim and the false-information flag.
	fn ensure_verified_weight() -> Weight {
		T::DbWeight::get().reads(2)
	}
}

impl<T: Config> IdentityDisclosure<T::AccountId> for Pallet<T> {
	/// Grant `a` and `b` each other's identity, replacing any earlier grant between them.
	/// Nothing happens if `a == b`: nobody needs a grant to its own identity.
	fn grant_mutual(a: &T::AccountId, b: &T::AccountId, contract: ContractId) {
		if a == b {
			return;
		}
		let at = Self::now();
		for (owner, grantee) in [(a, b), (b, a)] {
			Grants::<T>::insert(owner, grantee, Grant { contract, at, envelope: None });
			Self::deposit_event(Event::IdentityGranted {
				owner: owner.clone(),
				grantee: grantee.clone(),
				contract,
			});
		}
	}

	/// Withdraw the grants `contract` made between `a` and `b`, with any envelopes attached to
	/// them; grants a later contract between the two made stay.
	fn revoke_mutual(a: &T::AccountId, b: &T::AccountId, contract: ContractId) {
		for (owner, grantee) in [(a, b), (b, a)] {
			if Grants::<T>::get(owner, grantee).is_some_and(|g| g.contract == contract) {
				Grants::<T>::remove(owner, grantee);
				Self::deposit_event(Event::IdentityRevoked {
					owner: owner.clone(),
					grantee: grantee.clone(),
					contract,
				});
			}
		}
	}
}

/// Helpers for other pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Give `who` a working level-3 claim of every scope (issued by a benchmark provider, which
	/// is recorded as appointed if it is not a provider yet), for other pallets' benchmarks.
	pub fn bench_verify(who: &T::AccountId) {
		let mut provider: T::AccountId = frame_benchmarking::account("kyc-provider", 0, 0);
		if provider == *who {
			provider = frame_benchmarking::account("kyc-provider", 1, 0);
		}
		if !Providers::<T>::contains_key(&provider) {
			let name = ProviderName::truncate_from(b"Benchmark KYC".to_vec());
			Providers::<T>::insert(
				&provider,
				Provider { name, appointed_at: Self::now(), removed_at: None },
			);
		}
		let claim = Claim {
			provider,
			level: MAX_LEVEL,
			scope: KycScope::ALL,
			issued_at: Self::now(),
			expires_at: Self::now().saturating_add(T::MaxClaimDuration::get()),
			commitment: [0; 32],
			revoked: None,
		};
		Claims::<T>::insert(who, claim);
	}
}

/// The longest valid CID (128 characters: a base32 CIDv1 with a 75-byte digest), for
/// benchmarks and tests.
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub(crate) fn longest_cid() -> Cid {
	cec_primitives::longest_cid()
}
