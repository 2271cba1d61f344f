//! Types and traits shared by CEC Chain pallets.
//!
//! Pallets talk to each other through the traits here rather than through each other's storage:
//! the tree-token pallet locks registry assets through [`TreeAssetLock`] and never reads the
//! forestry registry's maps.

#![deny(missing_docs)]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Weight;
use sp_runtime::{traits::ConstU32, BoundedVec, DispatchError, DispatchResult};

/// Longest accepted textual CID (a CIDv1 of a 64-byte digest in base32 is 109 characters).
pub type MaxCidLen = ConstU32<128>;
/// An IPFS content id in its textual form (`Qm…` CIDv0 or `b…` base32 CIDv1). Every pallet takes
/// this one type and checks it with [`is_valid_cid`] on entry.
pub type Cid = BoundedVec<u8, MaxCidLen>;

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
	/// Backs the tree-backed token with this id.
	Token(TokenId),
	/// Frozen for the trade contract with this id.
	Trade(ContractId),
}

/// Locking registry assets (a whole parcel or some of its trees) behind a token or a trade.
///
/// A lock binds only what its locker owns and what is free. A whole-parcel lock (`trees` empty)
/// covers the trees that belong to the parcel, present and future, but not trees sold on their
/// own; a token's lock covers them only while they stand, so felled logs stay tradeable on their
/// own. While locked, the parcel cannot change owner or be leased, and the covered trees cannot be
/// sold, felled, moved or locked again.
pub trait TreeAssetLock<AccountId> {
	/// Lock `trees` of `parcel` for `by`, or the whole parcel when `trees` is empty. The parcel
	/// must be attested. For the whole parcel, `who` must own it and neither it nor any of its own
	/// trees may be locked; for listed trees, `who` must own each one, no lock may bind any of
	/// them yet, and a token needs them standing.
	fn lock(who: &AccountId, parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult;

	/// Undo [`Self::lock`] with the same arguments.
	fn unlock(parcel: ParcelId, trees: &[TreeIndex], by: LockId) -> DispatchResult;

	/// The parcel's owner, if the parcel exists.
	fn parcel_owner(parcel: ParcelId) -> Option<AccountId>;
}

/// A trade contract's id (escrow).
pub type ContractId = u64;

/// What a KYC check is for: a claim works only for the uses its scope covers.
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
pub enum KycUse {
	/// Buying and selling trees, token lots and services on the trade market.
	Trade,
	/// Land: buying and selling whole parcels.
	Land,
	/// Buying or underwriting insurance.
	Insurance,
	/// Investing in or raising equity crowdfunding.
	Crowdfunding,
}

/// The uses a KYC claim covers: one flag per [`KycUse`]. A struct of named flags, so wallets
/// and Polkadot.js Apps show (and let a provider tick) each one by name.
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
	Default,
)]
pub struct KycScope {
	/// Covers [`KycUse::Trade`].
	pub trade: bool,
	/// Covers [`KycUse::Land`].
	pub land: bool,
	/// Covers [`KycUse::Insurance`].
	pub insurance: bool,
	/// Covers [`KycUse::Crowdfunding`].
	pub crowdfunding: bool,
}

impl KycScope {
	/// Every use.
	pub const ALL: Self = Self { trade: true, land: true, insurance: true, crowdfunding: true };
	/// The trade market only.
	pub const TRADE: Self =
		Self { trade: true, land: false, insurance: false, crowdfunding: false };

	/// The scope covering only `use_`.
	pub const fn only(use_: KycUse) -> Self {
		let mut s = Self { trade: false, land: false, insurance: false, crowdfunding: false };
		match use_ {
			KycUse::Trade => s.trade = true,
			KycUse::Land => s.land = true,
			KycUse::Insurance => s.insurance = true,
			KycUse::Crowdfunding => s.crowdfunding = true,
		}
		s
	}

	/// Does the scope cover `use_`?
	pub const fn covers(&self, use_: KycUse) -> bool {
		match use_ {
			KycUse::Trade => self.trade,
			KycUse::Land => self.land,
			KycUse::Insurance => self.insurance,
			KycUse::Crowdfunding => self.crowdfunding,
		}
	}

	/// No use at all.
	pub const fn is_empty(&self) -> bool {
		!(self.trade || self.land || self.insurance || self.crowdfunding)
	}

	/// The scope covering what either covers.
	pub const fn union(self, other: Self) -> Self {
		Self {
			trade: self.trade || other.trade,
			land: self.land || other.land,
			insurance: self.insurance || other.insurance,
			crowdfunding: self.crowdfunding || other.crowdfunding,
		}
	}
}

/// The KYC gate: payment calls of trade, market-maker, insurance and crowdfunding pallets ask it
/// before moving an account's money.
pub trait KycCheck<AccountId> {
	/// `Ok` if `who` holds an unexpired, unrevoked claim of at least `min_level` whose scope
	/// covers `use_`, and carries no false-information flag; otherwise the KYC pallet's error
	/// saying which.
	fn ensure_verified(who: &AccountId, min_level: u8, use_: KycUse) -> DispatchResult;
	/// The weight of [`Self::ensure_verified`] where a caller charges it on its own (the
	/// contracts chain extension); callers that benchmark their calls measure it there.
	fn ensure_verified_weight() -> Weight;
}

/// Reveal after signing: identities become disclosable between the two parties of a contract
/// once both have signed it, and never to anyone else.
pub trait IdentityDisclosure<AccountId> {
	/// Record that `a` and `b` may see each other's identity, because of `contract`.
	fn grant_mutual(a: &AccountId, b: &AccountId, contract: ContractId);
	/// Withdraw what [`Self::grant_mutual`] granted for `contract` (a contract that lapsed
	/// unfunded); grants since replaced by a later contract between the two stay.
	fn revoke_mutual(a: &AccountId, b: &AccountId, contract: ContractId);
}

/// Something sold through escrow.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TradeItem {
	/// One registered tree (or its logs).
	Tree {
		/// The tree's parcel.
		parcel: ParcelId,
		/// The tree's index in its parcel.
		index: TreeIndex,
	},
	/// A whole parcel.
	Parcel(ParcelId),
	/// `amount` units of a tree-backed token.
	TokenLot {
		/// The token.
		token: TokenId,
		/// How many units (in the token's smallest unit).
		amount: u128,
	},
	/// A service (survey, transport, processing…) described by the hash of its terms.
	Service {
		/// Hash of the service's terms document.
		terms: [u8; 32],
	},
}

impl TradeItem {
	/// The KYC use trading this item needs: land for a whole parcel, trade for the rest.
	pub fn kyc_use(&self) -> KycUse {
		match self {
			TradeItem::Parcel(_) => KycUse::Land,
			_ => KycUse::Trade,
		}
	}
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

/// Rare resources sell first to long holders: whether a trade item is rare.
pub trait RareItems {
	/// `true` for a tree of a species governance marked rare, or a parcel governance marked rare.
	fn is_rare(item: &TradeItem) -> bool;
}

/// Locking CEC through the lockup-and-drip pallet: bought CEC arrives locked, and drips free by
/// the day. The lock is a freeze on the holder's own balance.
pub trait Lockup<AccountId, Balance> {
	/// Lock `amount` of `who`'s CEC, which must be in `who`'s free balance and not frozen or held
	/// (CEC just bought and paid out to `who`). Only locked CEC has power.
	fn lock_bought(who: &AccountId, amount: Balance) -> DispatchResult;
}

/// Power: what locked CEC gives its holder (the dividend pool pays by it).
///
/// The daily drip scales every lock by the same factor, so each account's **share** of the total
/// power changes only when it locks or unlocks; shares are what a pro-rata payout should use.
pub trait Power<AccountId, Balance> {
	/// `who`'s power now: its locked CEC, drip applied.
	fn power_of(who: &AccountId) -> Balance;
	/// The sum of every account's power now.
	fn total_power() -> Balance;
	/// `who`'s power shares: unchanged by the drip.
	fn shares_of(who: &AccountId) -> u128;
	/// The sum of every account's power shares.
	fn total_shares() -> u128;
}

/// What the lockup pallet tells the pallet that pays by power (the dividend pool), so that it
/// keeps its own account of who held how many shares through each day without reading the
/// lockup's storage.
pub trait PowerObserver<AccountId> {
	/// `who`'s power shares are `shares` now (in the current share era), after a lock, a purchase
	/// that arrived locked, or its record emptying (0).
	fn shares_changed(who: &AccountId, shares: u128);
	/// Day `day` closed. If that close ended a share era, `era_end` is `Some((end, one))`: every
	/// holder's shares were carried into the new era as `shares × end / one`, rounded down.
	/// Returns the weight it used.
	fn day_closed(day: u32, era_end: Option<(u128, u128)>) -> Weight;
	/// The most [`Self::shares_changed`] may weigh, which the lockup's calls charge on top.
	fn shares_changed_weight() -> Weight;
	/// The most [`Self::day_closed`] may weigh.
	fn day_closed_weight() -> Weight;
}

/// Nobody observes power: for runtimes and mocks without a dividend pool.
impl<AccountId> PowerObserver<AccountId> for () {
	fn shares_changed(_who: &AccountId, _shares: u128) {}
	fn day_closed(_day: u32, _era_end: Option<(u128, u128)>) -> Weight {
		Weight::zero()
	}
	fn shares_changed_weight() -> Weight {
		Weight::zero()
	}
	fn day_closed_weight() -> Weight {
		Weight::zero()
	}
}

/// Where platform revenue goes: one revenue account (the dividend pool's), which every fee is paid
/// into. The payer moves the fee into [`Self::account`] itself (out of an escrow, a hold or its
/// own balance), then says so with [`Self::note`], so the day's revenue is known when the day
/// closes.
pub trait RevenueSink<AccountId, AssetKind, Balance> {
	/// The revenue account.
	fn account() -> AccountId;
	/// `amount` of `asset` was just paid into [`Self::account`] as a platform fee.
	fn note(asset: AssetKind, amount: Balance);
	/// The most [`Self::note`] may weigh, which the paying call charges.
	fn note_weight() -> Weight;
}

/// Turning platform revenue held in a settlement asset into CEC at a market maker's quote: the
/// dividend pool's day close buys CEC with each day's fiat revenue, so holders are paid in CEC.
pub trait RevenueConverter<AccountId, AssetKind, Balance> {
	/// `from` pays all of `amount` of `asset` to the maker whose live quote sells it the most CEC
	/// for it (the lowest ask) and can deliver it from its inventory; the CEC is paid to `from`,
	/// free. Returns the CEC received, or `None` when no maker can take the whole amount now (no
	/// live quote, too little inventory, or `asset` is CEC itself): then nothing moved.
	fn convert(from: &AccountId, asset: &AssetKind, amount: Balance) -> Option<Balance>;
	/// The most one [`Self::convert`] may weigh.
	fn convert_weight() -> Weight;
}

/// No market maker: revenue stays in the asset it was paid in.
impl<AccountId, AssetKind, Balance> RevenueConverter<AccountId, AssetKind, Balance> for () {
	fn convert(_from: &AccountId, _asset: &AssetKind, _amount: Balance) -> Option<Balance> {
		None
	}
	fn convert_weight() -> Weight {
		Weight::zero()
	}
}

/// The reference price of CEC in a settlement asset: units of the asset (its smallest unit) for
/// one whole CEC: the market makers' live quotes set it.
pub trait ReferencePrice<AssetId, Balance> {
	/// The price, or `None` when there is none for `asset`.
	fn price(asset: &AssetId) -> Option<Balance>;
	/// The most [`Self::price`] may weigh, which the calls reading it charge.
	fn price_weight() -> Weight {
		Weight::zero()
	}
}

/// No reference price for any asset.
impl<AssetId, Balance> ReferencePrice<AssetId, Balance> for () {
	fn price(_asset: &AssetId) -> Option<Balance> {
		None
	}
}

/// Holder priority for rare resources: during a pre-sale window that opens when a rare item is
/// listed, only holders whose coin-days reach a threshold falling to zero over the window may buy.
pub trait PreSale<AccountId, BlockNumber> {
	/// `Ok` if `who` may buy, now, a rare item listed at `listed_at`: the window has passed or
	/// `who`'s coin-days reach the threshold; otherwise the lockup pallet's error saying so.
	fn ensure_eligible(who: &AccountId, listed_at: BlockNumber) -> DispatchResult;
}

/// No rare items, no pre-sale: for runtimes and mocks without holder priority.
impl RareItems for () {
	fn is_rare(_item: &TradeItem) -> bool {
		false
	}
}

impl<AccountId, BlockNumber> PreSale<AccountId, BlockNumber> for () {
	fn ensure_eligible(_who: &AccountId, _listed_at: BlockNumber) -> DispatchResult {
		Ok(())
	}
}

/// The index the treasury gives an approved spend (`pallet-treasury`'s `SpendIndex`).
pub type SpendIndex = u32;

/// The foundation's treasury as the spending-record pallet sees it: what it can pay now, how a
/// spend is approved and whether an approved spend is still pending. The runtime implements it on
/// `pallet-treasury`, so the payout itself (and its `Paid` event, its expiry) is the treasury's;
/// the caller only records why.
pub trait TreasurySpend<AccountId, Balance> {
	/// What the treasury could pay out now: its balance less what must stay (the existential
	/// deposit, locked tranches). Approving a spend does not lower it; paying one out does.
	fn spendable() -> Balance;
	/// Approve paying `amount` CEC to `beneficiary`; returns the treasury's index of the spend,
	/// which anyone then pays out with `treasury.payout(index)`.
	fn approve(beneficiary: &AccountId, amount: Balance) -> Result<SpendIndex, DispatchError>;
	/// Whether the treasury still has spend `index` pending (not yet paid out and cleared, voided
	/// or expired). May stay `true` for a while after the payout has already left the treasury's
	/// balance (until the treasury clears the spend): callers counting pending spends against
	/// [`Self::spendable`] then count it twice, which errs on the safe side.
	fn is_open(index: SpendIndex) -> bool;
}

/// Whether a registered tree still stands, as contracts and other pallets see it.
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
pub enum TreeState {
	/// Still standing.
	Standing,
	/// Cut down.
	Felled,
}

/// What the registry tells others about one tree: where it stands, what it is, who owns it, and
/// its latest measurement. Its SCALE encoding is the chain extension's output for contracts
/// (`contracts/cec-env` declares the same layout), so fields are only ever appended.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct TreeFacts<AccountId, BlockNumber> {
	/// The parcel it stands on.
	pub parcel: ParcelId,
	/// Its index inside the parcel.
	pub index: TreeIndex,
	/// Its species (an id of the registry's species list).
	pub species: u16,
	/// Standing or felled.
	pub status: TreeState,
	/// Its effective owner: the tree's own, else the parcel's.
	pub owner: AccountId,
	/// Latest height in centimetres.
	pub height_cm: u32,
	/// Latest crown diameter in centimetres.
	pub crown_cm: u32,
	/// Latest trunk diameter at breast height in millimetres, if measured.
	pub trunk_mm: Option<u32>,
	/// The block of that measurement: the registration survey's or the latest re-measurement's.
	pub measured_at: BlockNumber,
}

/// Why a tree lookup found nothing.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum TreeLookupError {
	/// The text is not a well-formed smart code (bad symbol, bad check symbol, too long).
	MalformedCode,
	/// The code is well formed but names no registered tree.
	NotFound,
}

/// Read-only lookups of the forestry registry for other pallets and the contracts chain
/// extension.
pub trait TreeRegistry<AccountId, BlockNumber> {
	/// The tree a smart code names (at most [`MAX_SMART_CODE_LEN`] bytes).
	fn tree_by_code(code: &[u8]) -> Result<TreeFacts<AccountId, BlockNumber>, TreeLookupError>;
	/// The worst-case weight of [`Self::tree_by_code`].
	fn tree_by_code_weight() -> Weight;
	/// Tree `index` of `parcel`.
	fn tree(parcel: ParcelId, index: TreeIndex) -> Option<TreeFacts<AccountId, BlockNumber>>;
	/// The worst-case weight of [`Self::tree`].
	fn tree_weight() -> Weight;
	/// A parcel.
	fn parcel(parcel: ParcelId) -> Option<ParcelFacts<AccountId>>;
	/// The worst-case weight of [`Self::parcel`].
	fn parcel_weight() -> Weight;
	/// Record `seq` of a tree's history: what it says, who signed it and the block it was written
	/// in.
	fn incident(
		parcel: ParcelId,
		index: TreeIndex,
		seq: u32,
	) -> Option<(TreeIncident, AccountId, BlockNumber)>;
	/// The worst-case weight of [`Self::incident`].
	fn incident_weight() -> Weight;
}

/// A region code (`CN`, `CN-35`, …): `A-Z`, `0-9` and `-`, at most 16 bytes. A region covers
/// every region its code prefixes.
pub type RegionCode = BoundedVec<u8, ConstU32<16>>;

/// What insurance covers: the perils a parametric event or a witness's damage record names.
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
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Peril {
	/// Forest fire.
	Fire,
	/// Insects or other pests.
	Pest,
	/// Wind, snow or ice.
	Storm,
	/// Drought.
	Drought,
	/// Disease.
	Disease,
}

/// What the registry tells others about a parcel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ParcelFacts<AccountId> {
	/// Its owner (also of every tree not sold on its own).
	pub owner: AccountId,
	/// Its region code.
	pub region: RegionCode,
	/// Its area in square metres.
	pub area_m2: u64,
	/// Whether a witness attested it.
	pub attested: bool,
	/// How many trees were registered on it (indices `0 .. trees`).
	pub trees: TreeIndex,
}

/// One record of a tree's history as an insurer reads it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TreeIncident {
	/// A witness attested damage: its peril (`None` for a cause no peril names) and severity in
	/// percent.
	Damaged {
		/// The peril the cause is, if any.
		peril: Option<Peril>,
		/// How much of the tree, in percent (0–100).
		severity: u8,
	},
	/// A witness attested the felling.
	Felled,
	/// Any other record (measurement, custody, sale, document).
	Other,
}

/// Longest smart code a lookup accepts (the registry's codes are at most 16 symbols; look-alike
/// spellings are the same length).
pub const MAX_SMART_CODE_LEN: u32 = 16;

/// The longest valid CID (128 characters: a base32 CIDv1 with a 75-byte digest), for benchmarks
/// and tests: every check on it runs to the end.
pub fn longest_cid() -> Cid {
	const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
	let mut bytes = alloc::vec![1u8, 0x55, 0x12, 75];
	bytes.extend([0xab; 75]);
	let mut text = alloc::vec![b'b'];
	let (mut acc, mut bits) = (0u32, 0u32);
	for b in bytes {
		acc = (acc << 8) | b as u32;
		bits += 8;
		while bits >= 5 {
			bits -= 5;
			text.push(ALPHABET[((acc >> bits) & 31) as usize]);
		}
		acc &= (1 << bits) - 1;
	}
	if bits > 0 {
		text.push(ALPHABET[((acc << (5 - bits)) & 31) as usize]);
	}
	Cid::truncate_from(text)
}

/// Checks a region code: clean text of upper-case letters `A-Z`, digits and `-` only.
pub fn is_region_code(code: &[u8]) -> bool {
	is_clean_text(code)
		&& code.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-')
}

/// Checks a text a person typed (a name, licence, region, symbol): valid UTF-8, not empty, no
/// control characters and no leading or trailing white space, so wallets show it as text.
pub fn is_clean_text(bytes: &[u8]) -> bool {
	match core::str::from_utf8(bytes) {
		Ok(s) => !s.is_empty() && !s.chars().any(char::is_control) && s.trim() == s,
		Err(_) => false,
	}
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

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn clean_text_is_printable_utf8_without_padding() {
		assert!(is_clean_text("Pinus massoniana".as_bytes()));
		assert!(is_clean_text("马尾松".as_bytes()));
		assert!(!is_clean_text(b""));
		assert!(!is_clean_text(b" CN"));
		assert!(!is_clean_text(b"CN\n"));
		assert!(!is_clean_text(b"C\x07N"));
		assert!(!is_clean_text(&[0xff, 0xfe]));
	}

	#[test]
	fn scope_covers_its_flags_only() {
		let s = KycScope::only(KycUse::Land);
		assert!(s.covers(KycUse::Land) && !s.covers(KycUse::Trade));
		assert!(KycScope::default().is_empty());
		assert!(KycScope::ALL.covers(KycUse::Crowdfunding));
		assert_eq!(
			KycScope::TRADE.union(s),
			KycScope { trade: true, land: true, ..Default::default() }
		);
		assert_eq!(TradeItem::Parcel(1).kyc_use(), KycUse::Land);
		assert_eq!(TradeItem::Service { terms: [0; 32] }.kyc_use(), KycUse::Trade);
	}

	#[test]
	fn cids_are_checked() {
		assert!(is_valid_cid(b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq"));
		assert!(is_valid_cid(b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"));
		assert!(!is_valid_cid(b"not a cid"));
		assert!(!is_valid_cid(b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptd"));
	}
}

/// Pro-rata revenue shares, pull-based: the accumulator tree-backed revenue tokens and project
/// tokens of crowdfunding both keep.
///
/// A deposit of `amount` over `supply` units raises `acc` (revenue per unit, in units of
/// 10⁻¹² of the smallest unit) by `amount / supply`; a holder of `balance` units last settled at
/// `snapshot` is owed `balance × (acc − snapshot)`. Deposits and claims cost O(1) whatever the
/// number of holders. Rounding never creates money: the part of the deposits too small to raise
/// `acc` is the `carry`, added to the next deposit, and flooring each holder's share leaves the
/// remainder with the payer of the revenue.
///
/// A record implements the trait by giving access to its three totals; the arithmetic lives here
/// once.
pub trait RevenueAccumulator {
	/// The amount type.
	type Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy;

	/// Revenue per unit so far, in units of [`ACC_SCALE`]⁻¹.
	fn acc(&self) -> u128;
	/// The accumulator, the carry (deposited revenue not yet shared out) and the revenue
	/// deposited so far, to update.
	fn totals_mut(&mut self) -> (&mut u128, &mut Self::Balance, &mut Self::Balance);

	/// Share `amount` among `supply` units: raise the accumulator and recompute the carry over
	/// the totals (so per-deposit flooring never adds up). Returns what each unit earned, in
	/// units of [`ACC_SCALE`]⁻¹, and the carry now.
	fn add_revenue(
		&mut self,
		amount: Self::Balance,
		supply: Self::Balance,
	) -> Result<(u128, Self::Balance), sp_runtime::ArithmeticError> {
		use sp_runtime::{
			helpers_128bit::multiply_by_rational_with_rounding, traits::CheckedAdd as _,
			traits::CheckedSub as _, ArithmeticError, Rounding, SaturatedConversion as _,
		};
		let supply: u128 = supply.saturated_into();
		if supply == 0 {
			return Err(ArithmeticError::DivisionByZero);
		}
		let (acc, carry, deposited) = self.totals_mut();
		let total = amount.checked_add(&*carry).ok_or(ArithmeticError::Overflow)?;
		let per_unit = multiply_by_rational_with_rounding(
			total.saturated_into(),
			ACC_SCALE,
			supply,
			Rounding::Down,
		)
		.ok_or(ArithmeticError::Overflow)?;
		let new_acc = acc.checked_add(per_unit).ok_or(ArithmeticError::Overflow)?;
		let new_deposited = deposited.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		// Holders are entitled to at most ⌊acc × supply⌋ in all; the rest of what was ever
		// deposited is the carry.
		let entitled =
			multiply_by_rational_with_rounding(new_acc, supply, ACC_SCALE, Rounding::Down)
				.ok_or(ArithmeticError::Overflow)?;
		let entitled: Self::Balance = entitled.try_into().map_err(|_| ArithmeticError::Overflow)?;
		let new_carry = new_deposited.checked_sub(&entitled).ok_or(ArithmeticError::Underflow)?;
		*acc = new_acc;
		*deposited = new_deposited;
		*carry = new_carry;
		Ok((per_unit, new_carry))
	}

	/// What a holder of `balance` units at `position` is owed in all: its pending share plus
	/// what the units earned since its snapshot.
	fn owed(
		&self,
		position: &RevenuePosition<Self::Balance>,
		balance: Self::Balance,
	) -> Result<Self::Balance, sp_runtime::ArithmeticError> {
		use sp_runtime::traits::CheckedAdd as _;
		self.accrued(balance, position.snapshot)?
			.checked_add(&position.pending)
			.ok_or(sp_runtime::ArithmeticError::Overflow)
	}

	/// What `balance` units settled at `snapshot` earned since: `balance × (acc − snapshot)`,
	/// rounded down.
	fn accrued(
		&self,
		balance: Self::Balance,
		snapshot: u128,
	) -> Result<Self::Balance, sp_runtime::ArithmeticError> {
		use sp_runtime::{
			helpers_128bit::multiply_by_rational_with_rounding, ArithmeticError, Rounding,
			SaturatedConversion as _,
		};
		let delta = self.acc().checked_sub(snapshot).ok_or(ArithmeticError::Underflow)?;
		let accrued = multiply_by_rational_with_rounding(
			balance.saturated_into(),
			delta,
			ACC_SCALE,
			Rounding::Down,
		)
		.ok_or(ArithmeticError::Overflow)?;
		accrued.try_into().map_err(|_| ArithmeticError::Overflow)
	}
}

/// A holder's position in a [`RevenueAccumulator`]: settled whenever its balance changes.
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
	Default,
)]
pub struct RevenuePosition<Balance> {
	/// The accumulator when the holder was last settled.
	pub snapshot: u128,
	/// Settled and not yet claimed.
	pub pending: Balance,
}

/// The scale of a [`RevenueAccumulator`]: `acc` counts revenue per unit in units of 10⁻¹² of the
/// smallest unit.
pub const ACC_SCALE: u128 = 1_000_000_000_000;
