//! # KYC gate
//!
//! Know-your-customer claims, issued by providers that governance appoints, and the gate other
//! pallets ask before moving an account's money (REQUIREMENTS §4).
//!
//! - A **claim** says: provider P checked account A at `level` for `scope`, until block
//!   `expires_at`; `commitment` is the hash of P's off-chain identity record. The identity itself
//!   never touches the chain. Claims are renewed and revoked by their provider; an expired claim
//!   stops working by itself (checked lazily, nothing runs per block).
//! - A provider can **flag** an account for false information: a public warning that also closes
//!   the gate until the flag is cleared.
//! - **Reveal after signing**: when both parties have signed a trade contract, the escrow pallet
//!   grants each access to the other's identity ([`IdentityDisclosure`]). A grant is storage and an
//!   event the providers' off-chain services watch; each party may attach the CID of its identity
//!   envelope encrypted to the counterparty. Without both signatures there is no grant, and third
//!   parties never get one.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use cec_primitives::{ContractId, IdentityDisclosure, KycCheck};
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{ensure, pallet_prelude::*, traits::ConstU32};
use frame_system::pallet_prelude::*;
use scale_info::TypeInfo;
use sp_runtime::traits::{Saturating, Zero};

/// A provider's display name.
pub type ProviderName = BoundedVec<u8, ConstU32<64>>;
/// A CID in text form (evidence of false information, identity envelopes).
pub type Cid = BoundedVec<u8, ConstU32<128>>;

/// What a claim covers, as bit flags.
pub mod scope {
	/// Buying and selling on the trade market.
	pub const TRADE: u32 = 1;
	/// Land and parcel transactions.
	pub const LAND: u32 = 1 << 1;
	/// Insurance.
	pub const INSURANCE: u32 = 1 << 2;
	/// Crowdfunding.
	pub const CROWDFUNDING: u32 = 1 << 3;
	/// Every known scope.
	pub const ALL: u32 = TRADE | LAND | INSURANCE | CROWDFUNDING;
}

/// A KYC provider.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Provider<BlockNumber> {
	pub name: ProviderName,
	pub appointed_at: BlockNumber,
}

/// A KYC claim on an account.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Claim<AccountId, BlockNumber> {
	pub provider: AccountId,
	/// 1 (basic) … 3 (enhanced due diligence).
	pub level: u8,
	/// Bit flags of [`scope`].
	pub scope: u32,
	pub issued_at: BlockNumber,
	/// The claim works before this block.
	pub expires_at: BlockNumber,
	/// Hash of the provider's off-chain identity record.
	pub commitment: [u8; 32],
	pub revoked: bool,
}

/// A public warning that an account gave false information.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Flag<AccountId, BlockNumber> {
	pub provider: AccountId,
	pub evidence: Cid,
	pub at: BlockNumber,
}

/// Access of one party to the other's identity, from a signed contract.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Grant<BlockNumber> {
	pub contract: ContractId,
	pub at: BlockNumber,
	/// CID of the identity envelope encrypted to the grantee, once the owner attaches it.
	pub envelope: Option<Cid>,
}

/// Highest claim level.
pub const MAX_LEVEL: u8 = 3;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Appoints and removes providers; may revoke claims and clear flags.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Longest a claim may run, in blocks from issue or renewal.
		#[pallet::constant]
		type MaxClaimDuration: Get<BlockNumberFor<Self>>;
		type WeightInfo: WeightInfo;
	}

	#[pallet::storage]
	pub type Providers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Provider<BlockNumberFor<T>>>;

	/// Each account's claim.
	#[pallet::storage]
	pub type Claims<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Claim<T::AccountId, BlockNumberFor<T>>>;

	/// False-information flags.
	#[pallet::storage]
	pub type Flags<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Flag<T::AccountId, BlockNumberFor<T>>>;

	/// `Grants[owner][grantee]`: `grantee` may learn `owner`'s identity.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Grant<BlockNumberFor<T>>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		ProviderAppointed {
			provider: T::AccountId,
			name: ProviderName,
		},
		ProviderRemoved {
			provider: T::AccountId,
		},
		ClaimIssued {
			who: T::AccountId,
			provider: T::AccountId,
			level: u8,
			scope: u32,
			expires_at: BlockNumberFor<T>,
		},
		ClaimRenewed {
			who: T::AccountId,
			expires_at: BlockNumberFor<T>,
		},
		ClaimRevoked {
			who: T::AccountId,
			by: Option<T::AccountId>,
		},
		/// Public warning: `who` gave false information, says `provider`.
		Flagged {
			who: T::AccountId,
			provider: T::AccountId,
			evidence: Cid,
		},
		FlagCleared {
			who: T::AccountId,
		},
		/// `grantee` may now learn `owner`'s identity (both signed `contract`).
		IdentityGranted {
			owner: T::AccountId,
			grantee: T::AccountId,
			contract: ContractId,
		},
		/// `owner` attached its identity envelope, encrypted to `grantee`.
		EnvelopeAttached {
			owner: T::AccountId,
			grantee: T::AccountId,
			envelope: Cid,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a provider already.
		AlreadyProvider,
		/// Only an appointed KYC provider may do this.
		NotProvider,
		/// Levels run from 1 to 3.
		BadLevel,
		/// The scope is empty or has unknown bits.
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
		/// Not a CID.
		BadCid,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Providers and their names.
		pub providers: alloc::vec::Vec<(T::AccountId, alloc::vec::Vec<u8>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, name) in &self.providers {
				let name = ProviderName::try_from(name.clone()).expect("provider name too long");
				Providers::<T>::insert(who, Provider { name, appointed_at: Zero::zero() });
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint a KYC provider.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint_provider())]
		pub fn appoint_provider(
			origin: OriginFor<T>,
			provider: T::AccountId,
			name: ProviderName,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!Providers::<T>::contains_key(&provider), Error::<T>::AlreadyProvider);
			let appointed_at = Self::now();
			Providers::<T>::insert(&provider, Provider { name: name.clone(), appointed_at });
			Self::deposit_event(Event::ProviderAppointed { provider, name });
			Ok(())
		}

		/// Remove a provider. Its claims keep working until they expire or are revoked by
		/// governance.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_provider())]
		pub fn remove_provider(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Providers::<T>::take(&provider).ok_or(Error::<T>::NotProvider)?;
			Self::deposit_event(Event::ProviderRemoved { provider });
			Ok(())
		}

		/// A provider issues (or replaces its own) claim on `who`. A working claim of another
		/// provider must expire or be revoked first.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::issue_claim())]
		pub fn issue_claim(
			origin: OriginFor<T>,
			who: T::AccountId,
			level: u8,
			scope: u32,
			expires_at: BlockNumberFor<T>,
			commitment: [u8; 32],
		) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			ensure!((1..=MAX_LEVEL).contains(&level), Error::<T>::BadLevel);
			ensure!(scope != 0 && scope & !scope::ALL == 0, Error::<T>::BadScope);
			Self::ensure_expiry(expires_at)?;
			if let Some(old) = Claims::<T>::get(&who) {
				let working = !old.revoked && Self::now() < old.expires_at;
				ensure!(!working || old.provider == provider, Error::<T>::ClaimedByOther);
			}
			let claim = Claim {
				provider: provider.clone(),
				level,
				scope,
				issued_at: Self::now(),
				expires_at,
				commitment,
				revoked: false,
			};
			Claims::<T>::insert(&who, claim);
			Self::deposit_event(Event::ClaimIssued { who, provider, level, scope, expires_at });
			Ok(())
		}

		/// The issuing provider extends a claim, optionally with a new record commitment; a
		/// revoked or expired claim comes back to life.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::renew_claim())]
		pub fn renew_claim(
			origin: OriginFor<T>,
			who: T::AccountId,
			expires_at: BlockNumberFor<T>,
			commitment: Option<[u8; 32]>,
		) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			Self::ensure_expiry(expires_at)?;
			Claims::<T>::try_mutate(&who, |c| {
				let c = c.as_mut().ok_or(Error::<T>::NoKyc)?;
				ensure!(c.provider == provider, Error::<T>::NotYourClaim);
				c.expires_at = expires_at;
				c.revoked = false;
				if let Some(commitment) = commitment {
					c.commitment = commitment;
				}
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ClaimRenewed { who, expires_at });
			Ok(())
		}

		/// Revoke a claim: its provider, or governance.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke_claim())]
		pub fn revoke_claim(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let by = Self::provider_or_governance(origin)?;
			Claims::<T>::try_mutate(&who, |c| {
				let c = c.as_mut().ok_or(Error::<T>::NoKyc)?;
				if let Some(p) = &by {
					ensure!(c.provider == *p, Error::<T>::NotYourClaim);
				}
				c.revoked = true;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ClaimRevoked { who, by });
			Ok(())
		}

		/// A provider flags `who` for false information, with evidence. Until cleared the gate
		/// stays shut for `who`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::flag())]
		pub fn flag(origin: OriginFor<T>, who: T::AccountId, evidence: Cid) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			ensure!(!evidence.is_empty(), Error::<T>::BadCid);
			Flags::<T>::insert(
				&who,
				Flag { provider: provider.clone(), evidence: evidence.clone(), at: Self::now() },
			);
			Self::deposit_event(Event::Flagged { who, provider, evidence });
			Ok(())
		}

		/// Clear a flag: the provider that raised it, or governance.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::clear_flag())]
		pub fn clear_flag(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let by = Self::provider_or_governance(origin)?;
			let flag = Flags::<T>::get(&who).ok_or(Error::<T>::NotFlagged)?;
			if let Some(p) = by {
				ensure!(flag.provider == p, Error::<T>::NotYourClaim);
			}
			Flags::<T>::remove(&who);
			Self::deposit_event(Event::FlagCleared { who });
			Ok(())
		}

		/// Attach the CID of the caller's identity envelope, encrypted to `grantee`, to the grant
		/// a signed contract gave `grantee`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::attach_envelope())]
		pub fn attach_envelope(
			origin: OriginFor<T>,
			grantee: T::AccountId,
			envelope: Cid,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			ensure!(!envelope.is_empty(), Error::<T>::BadCid);
			Grants::<T>::try_mutate(&owner, &grantee, |g| {
				let g = g.as_mut().ok_or(Error::<T>::NoGrant)?;
				g.envelope = Some(envelope.clone());
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::EnvelopeAttached { owner, grantee, envelope });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	fn ensure_provider(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		ensure!(Providers::<T>::contains_key(&who), Error::<T>::NotProvider);
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

	/// May `grantee` learn `owner`'s identity?
	pub fn can_see_identity(owner: &T::AccountId, grantee: &T::AccountId) -> bool {
		Grants::<T>::contains_key(owner, grantee)
	}
}

impl<T: Config> KycCheck<T::AccountId> for Pallet<T> {
	fn ensure_verified(who: &T::AccountId, min_level: u8) -> DispatchResult {
		let claim = Claims::<T>::get(who).ok_or(Error::<T>::NoKyc)?;
		ensure!(!claim.revoked, Error::<T>::KycRevoked);
		ensure!(Self::now() < claim.expires_at, Error::<T>::KycExpired);
		ensure!(claim.level >= min_level, Error::<T>::KycLevelTooLow);
		ensure!(!Flags::<T>::contains_key(who), Error::<T>::AccountFlagged);
		Ok(())
	}
}

impl<T: Config> IdentityDisclosure<T::AccountId> for Pallet<T> {
	fn grant_mutual(a: &T::AccountId, b: &T::AccountId, contract: ContractId) {
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
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Give `who` a working level-3 claim of every scope, for other pallets' benchmarks.
	pub fn bench_verify(who: &T::AccountId) {
		let claim = Claim {
			provider: who.clone(),
			level: MAX_LEVEL,
			scope: scope::ALL,
			issued_at: Self::now(),
			expires_at: Self::now().saturating_add(T::MaxClaimDuration::get()),
			commitment: [0; 32],
			revoked: false,
		};
		Claims::<T>::insert(who, claim);
	}
}
