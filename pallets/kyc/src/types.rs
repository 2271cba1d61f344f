//! Records of the KYC gate: providers, claims, flags and identity grants.

use cec_primitives::{Cid, ContractId, KycScope};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// A provider's display name: clean text (see [`cec_primitives::is_clean_text`]).
pub type ProviderName = BoundedVec<u8, ConstU32<64>>;

/// Highest claim level.
pub const MAX_LEVEL: u8 = 3;

/// A KYC provider, current or former.
///
/// Removing a provider keeps its record (with `removed_at` set), so the claims and flags it
/// raised keep a resolvable name and the pallet can tell a former provider from an account that
/// never was one.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Provider<BlockNumber> {
	/// The provider's display name.
	pub name: ProviderName,
	/// When governance appointed it (last appointment, if re-appointed).
	pub appointed_at: BlockNumber,
	/// When governance removed it; `None` while it is a provider.
	pub removed_at: Option<BlockNumber>,
}

impl<BlockNumber> Provider<BlockNumber> {
	/// Is it a provider now (appointed and not removed)?
	pub fn is_active(&self) -> bool {
		self.removed_at.is_none()
	}
}

/// Who revoked a claim. A claim revoked by governance stays revoked until governance lifts the
/// revocation: its provider can neither renew nor re-issue it, nor can another provider issue a
/// new claim on the account.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Revoker {
	/// The provider that issued the claim (or governance lifting its own revocation).
	Provider,
	/// Governance.
	Governance,
}

/// A KYC claim on an account.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Claim<AccountId, BlockNumber> {
	/// The provider that issued the claim; never the account itself.
	pub provider: AccountId,
	/// 1 (basic) … [`MAX_LEVEL`] (enhanced due diligence).
	pub level: u8,
	/// The uses the claim covers; never empty.
	pub scope: KycScope,
	/// The block of issue or of the last renewal.
	pub issued_at: BlockNumber,
	/// The claim works before this block; at most `MaxClaimDuration` after `issued_at`.
	pub expires_at: BlockNumber,
	/// Hash of the provider's off-chain identity record.
	pub commitment: [u8; 32],
	/// Who revoked the claim, if anybody did.
	pub revoked: Option<Revoker>,
}

/// A public warning that an account gave false information.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Flag<AccountId, BlockNumber> {
	/// The provider that raised the flag; only it (or governance) may clear it.
	pub provider: AccountId,
	/// CID of the evidence.
	pub evidence: Cid,
	/// When the flag was raised (or last updated by its provider).
	pub at: BlockNumber,
}

/// Access of one party to the other's identity, from a signed contract.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Grant<BlockNumber> {
	/// The contract both parties signed (the latest one between them).
	pub contract: ContractId,
	/// When the grant was made.
	pub at: BlockNumber,
	/// CID of the identity envelope encrypted to the grantee, once the owner attaches it.
	pub envelope: Option<Cid>,
}
