//! Types and traits shared by CEC Chain pallets.
//!
//! Pallets talk to each other through the traits here rather than through each other's storage:
//! the tree-token pallet locks registry assets through [`TreeAssetLock`] and never reads the
//! forestry registry's maps.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchResult;

/// A forest parcel's id in the registry.
pub type ParcelId = u32;
/// A tree's index inside its parcel (0, 1, 2, … in registration order).
pub type TreeIndex = u32;
/// The id of a tree-backed token (its asset id).
pub type TokenId = u32;

/// What holds a registry lock: a tree-backed token, or a trade contract in escrow.
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
pub enum LockId {
	Token(TokenId),
	Trade(ContractId),
}

/// Locking registry assets (a whole parcel or some of its trees) behind a token or a trade.
///
/// While locked, the parcel cannot change owner and the trees cannot be sold, felled, moved or
/// locked again.
pub trait TreeAssetLock<AccountId> {
	/// Lock `trees` of `parcel` for `by`, or the whole parcel (every tree, present and future)
	/// when `trees` is empty. `who` must own the parcel, the parcel must be attested and nothing
	/// in it may already be locked or felled.
	fn lock(who: &AccountId, parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult;

	/// Undo [`Self::lock`] with the same arguments.
	fn unlock(parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult;

	/// The parcel's owner, if the parcel exists.
	fn parcel_owner(parcel: ParcelId) -> Option<AccountId>;
}

/// A trade contract's id (escrow).
pub type ContractId = u64;

/// The KYC gate: payment calls of trade, market-maker, insurance and crowdfunding pallets ask it
/// before moving an account's money.
pub trait KycCheck<AccountId> {
	/// `Ok` if `who` holds an unexpired, unrevoked claim of at least `min_level` and carries no
	/// false-information flag; otherwise the KYC pallet's error saying which.
	fn ensure_verified(who: &AccountId, min_level: u8) -> DispatchResult;
}

/// Reveal after signing: identities become disclosable between the two parties of a contract
/// once both have signed it, and never to anyone else.
pub trait IdentityDisclosure<AccountId> {
	/// Record that `a` and `b` may see each other's identity, because of `contract`.
	fn grant_mutual(a: &AccountId, b: &AccountId, contract: ContractId);
}

/// Something sold through escrow.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TradeItem {
	/// One registered tree (or its logs).
	Tree { parcel: ParcelId, index: TreeIndex },
	/// A whole parcel.
	Parcel(ParcelId),
	/// `amount` units of a tree-backed token.
	TokenLot { token: TokenId, amount: u128 },
	/// A service (survey, transport, processing…) described by the hash of its terms.
	Service { terms: [u8; 32] },
}

/// What escrow needs of the registries behind the items it trades.
pub trait TradeItems<AccountId> {
	/// `seller` may sell `item` now: it owns it and nothing else holds it.
	fn ensure_sellable(seller: &AccountId, item: &TradeItem) -> DispatchResult;
	/// Freeze `item` for `contract`: no other sale, felling or move until released.
	fn freeze(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult;
	/// Give a frozen item back to `seller`, free.
	fn release(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult;
	/// Hand a frozen item from `seller` to `buyer`, free.
	fn deliver(
		seller: &AccountId,
		buyer: &AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult;
}
