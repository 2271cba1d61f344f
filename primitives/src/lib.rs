//! Types and traits shared by CEC Chain pallets.
//!
//! Pallets talk to each other through the traits here rather than through each other's storage:
//! the tree-token pallet locks registry assets through [`TreeAssetLock`] and never reads the
//! forestry registry's maps.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

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

/// Checks that a byte string is a textual IPFS CID: a CIDv0 (`Qm` + 44 base58btc symbols, a
/// SHA-256 multihash) or a base32 CIDv1 (`b` + lower-case RFC 4648 base32 of
/// `<version 1><codec><multihash code><digest length><digest>`, with the digest length matching).
pub fn is_valid_cid(cid: &[u8]) -> bool {
	const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	if cid.len() == 46 && cid.starts_with(b"Qm") {
		return cid.iter().all(|c| BASE58.contains(c));
	}
	let Some((b'b', body)) = cid.split_first() else { return false };
	// Decode base32 (no padding).
	let mut bytes = alloc::vec::Vec::with_capacity(body.len() * 5 / 8);
	let (mut acc, mut bits) = (0u32, 0u32);
	for c in body {
		let v = match c {
			b'a'..=b'z' => c - b'a',
			b'2'..=b'7' => c - b'2' + 26,
			_ => return false,
		};
		acc = (acc << 5) | v as u32;
		bits += 5;
		if bits >= 8 {
			bits -= 8;
			bytes.push((acc >> bits) as u8);
			acc &= (1 << bits) - 1;
		}
	}
	// Leftover bits must be padding zeros and fewer than a symbol.
	if bits >= 5 || acc != 0 {
		return false;
	}
	let mut rest = &bytes[..];
	let mut varint = || -> Option<u64> {
		let mut value = 0u64;
		for (i, b) in rest.iter().enumerate().take(9) {
			value |= ((b & 0x7f) as u64) << (7 * i);
			if b & 0x80 == 0 {
				rest = &rest[i + 1..];
				return Some(value);
			}
		}
		None
	};
	let (Some(version), Some(_codec), Some(_hash), Some(len)) =
		(varint(), varint(), varint(), varint())
	else {
		return false;
	};
	version == 1 && len > 0 && rest.len() as u64 == len
}
