//! Records of the forestry registry and the smart-code format.

pub use cec_primitives::{is_valid_cid, Cid, MaxCidLen};
use cec_primitives::{LockId, ParcelId, TreeIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// A species in the governance-maintained list.
pub type SpeciesId = u16;
/// An administrative region code such as `CN-35` or `CN-350481`: `A-Z`, `0-9` and `-` only.
pub type Region = BoundedVec<u8, ConstU32<16>>;
/// A witness's licence reference.
pub type Licence = BoundedVec<u8, ConstU32<64>>;
/// Most species in the list.
pub type MaxSpecies = ConstU32<1_024>;
/// A species' scientific name.
pub type SpeciesName = BoundedVec<u8, ConstU32<64>>;
/// A tree's smart code, e.g. `1-2A8` (parcel 1, tree 74, check symbol 8).
pub type SmartCode = BoundedVec<u8, ConstU32<16>>;

/// A tree: its parcel and its index inside the parcel.
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
pub struct TreeId {
	/// The parcel the tree stands on.
	pub parcel: ParcelId,
	/// Its index inside the parcel.
	pub index: TreeIndex,
}

/// A GPS position in units of 10⁻⁷ degree (about 1 cm), WGS 84.
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
pub struct GeoPoint {
	/// −90° … 90° as −900,000,000 … 900,000,000.
	pub lat: i32,
	/// −180° … 180° as −1,800,000,000 … 1,800,000,000.
	pub lon: i32,
}

impl GeoPoint {
	/// Latitude and longitude are within range.
	pub fn is_valid(&self) -> bool {
		(-900_000_000..=900_000_000).contains(&self.lat)
			&& (-1_800_000_000..=1_800_000_000).contains(&self.lon)
	}
}

/// How the tree came to grow where it stands.
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
pub enum TreeOrigin {
	/// Grew by itself.
	Natural,
	/// Planted by people.
	Planted,
	/// Not known.
	Unknown,
}

/// A tree as a witness surveys it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct TreeSurvey {
	/// Its species, from the list.
	pub species: SpeciesId,
	/// Where it stands.
	pub position: GeoPoint,
	/// Height in centimetres, 1 … 15,000.
	pub height_cm: u32,
	/// Crown diameter in centimetres, 0 … 10,000.
	pub crown_cm: u32,
	/// Trunk diameter at breast height in millimetres (1 … 20,000), if measured.
	pub trunk_mm: Option<u32>,
	/// Year of planting or germination, if known.
	pub planted: Option<u16>,
	/// How it came to grow there.
	pub origin: TreeOrigin,
}

/// Upper bounds of a plausible measurement (the tallest trees are ~116 m).
pub const MAX_HEIGHT_CM: u32 = 15_000;
/// Widest plausible crown, in centimetres.
pub const MAX_CROWN_CM: u32 = 10_000;
/// Thickest plausible trunk, in millimetres.
pub const MAX_TRUNK_MM: u32 = 20_000;

/// True when height, crown and trunk are within plausible bounds.
pub fn measurement_ok(height_cm: u32, crown_cm: u32, trunk_mm: Option<u32>) -> bool {
	(1..=MAX_HEIGHT_CM).contains(&height_cm)
		&& crown_cm <= MAX_CROWN_CM
		&& trunk_mm.map_or(true, |t| (1..=MAX_TRUNK_MM).contains(&t))
}

/// A tree's latest re-measurement, kept beside its history for lookups.
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
pub struct Measurement<BlockNumber> {
	/// Height in centimetres.
	pub height_cm: u32,
	/// Crown diameter in centimetres.
	pub crown_cm: u32,
	/// Trunk diameter in millimetres, if measured.
	pub trunk_mm: Option<u32>,
	/// The block it was recorded in.
	pub at: BlockNumber,
}

/// Whether a tree stands or has been cut.
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
pub enum TreeStatus {
	/// Still standing.
	Standing,
	/// Cut; its logs can still be moved and sold.
	Felled,
}

/// A registered tree. The survey it was registered with never changes; everything that happens
/// later is a [`TreeRecord`] in its history.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Tree<AccountId, BlockNumber, Balance> {
	/// The survey it was registered with.
	pub survey: TreeSurvey,
	/// The witness who registered it, and when.
	pub witness: AccountId,
	/// The block it was registered in.
	pub registered_at: BlockNumber,
	/// `None` while the tree belongs to whoever owns the parcel; set once it is sold on its own.
	pub owner: Option<AccountId>,
	/// Who holds the tree (or its logs) in transport, if not the owner.
	pub custodian: Option<AccountId>,
	/// Standing or felled.
	pub status: TreeStatus,
	/// The token or trade holding this tree, if it was locked on its own (see also
	/// [`Parcel::locked_by`]).
	pub locked_by: Option<LockId>,
	/// Number of records in its history.
	pub records: u32,
	/// The tree deposit held on `witness` for it (kept: the registry is permanent).
	pub deposit: Balance,
}

/// Causes of damage a witness can attest.
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
pub enum DamageCause {
	/// Fire.
	Fire,
	/// Insects or other pests.
	Pest,
	/// Wind, snow or ice.
	Storm,
	/// Disease.
	Disease,
	/// Anything else.
	Other,
	/// Drought (appended last, so the other causes keep their encoding).
	Drought,
}

impl DamageCause {
	/// The insured peril this cause is, if any (`Other` is none).
	pub fn peril(&self) -> Option<cec_primitives::Peril> {
		use cec_primitives::Peril;
		match self {
			Self::Fire => Some(Peril::Fire),
			Self::Pest => Some(Peril::Pest),
			Self::Storm => Some(Peril::Storm),
			Self::Disease => Some(Peril::Disease),
			Self::Drought => Some(Peril::Drought),
			Self::Other => None,
		}
	}
}

/// Kinds of document kept on IPFS.
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
pub enum DocumentKind {
	/// A survey report.
	SurveyReport,
	/// A certificate (land right, origin, sustainability…).
	Certificate,
	/// A purchase or transport voucher.
	Voucher,
	/// Anything else.
	Other,
}

/// What governance marks rare (or not) with `set_rarity`: rare items sell first to long
/// holders (see [`cec_primitives::RareItems`]).
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
pub enum RarityTarget {
	/// A species of the list: every tree of it, registered or to come, is rare.
	Species(SpeciesId),
	/// A whole parcel, sold as one; its trees listed one by one are rare only by their species.
	Parcel(ParcelId),
}

/// One entry of a tree's append-only history.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TreeEvent<AccountId> {
	/// A witness measured the tree again.
	Measured {
		/// Height in centimetres.
		height_cm: u32,
		/// Crown diameter in centimetres.
		crown_cm: u32,
		/// Trunk diameter in millimetres, if measured.
		trunk_mm: Option<u32>,
	},
	/// A witness attested damage, `severity` in percent of the tree.
	Damaged {
		/// What caused it.
		cause: DamageCause,
		/// How much of the tree, in percent.
		severity: u8,
	},
	/// A witness attested the felling.
	Felled,
	/// Custody passed to `to` (a logistics provider, or back to the owner).
	HandedOver {
		/// The new holder.
		to: AccountId,
	},
	/// The tree was sold or given to `to`.
	OwnerChanged {
		/// The previous owner.
		from: AccountId,
		/// The new owner.
		to: AccountId,
	},
	/// A document about the tree.
	Document {
		/// What kind of document.
		kind: DocumentKind,
		/// Where it is on IPFS.
		cid: Cid,
	},
}

/// A history entry: what happened, who signed it, and when.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct TreeRecord<AccountId, BlockNumber, Balance> {
	/// What happened.
	pub event: TreeEvent<AccountId>,
	/// Who signed it.
	pub by: AccountId,
	/// The block it was recorded in.
	pub at: BlockNumber,
	/// The record deposit held on `by` for it (zero for witnesses and trade hand-overs).
	pub deposit: Balance,
}

/// A lease of a parcel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Lease<AccountId, BlockNumber> {
	/// Who leases the parcel.
	pub lessee: AccountId,
	/// The lease ends at this block.
	pub until: BlockNumber,
}

/// What an owner declares when registering a parcel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ParcelInfo {
	/// Its region code.
	pub region: Region,
	/// Area in square metres.
	pub area_m2: u64,
	/// CID of the boundary as GeoJSON, and the SHA-256 of that file.
	pub boundary_cid: Cid,
	/// SHA-256 of the boundary file.
	pub boundary_hash: [u8; 32],
	/// CID of the land-right certificate.
	pub certificate_cid: Cid,
}

/// A deposit held on an account.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Deposit<AccountId, Balance> {
	/// Who paid it, and gets it back.
	pub who: AccountId,
	/// How much is held.
	pub amount: Balance,
}

/// A forest parcel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Parcel<AccountId, BlockNumber, Balance> {
	/// Its owner (also of every tree not sold on its own).
	pub owner: AccountId,
	/// What the owner declared.
	pub info: ParcelInfo,
	/// The block it was registered in.
	pub registered_at: BlockNumber,
	/// The witness who attested the parcel; trees can be added only after this.
	pub attested_by: Option<AccountId>,
	/// The running (or expired, not yet ended) lease.
	pub lease: Option<Lease<AccountId, BlockNumber>>,
	/// Trees registered so far; the next tree gets this index.
	pub trees: TreeIndex,
	/// The token or trade holding the whole parcel, if any.
	pub locked_by: Option<LockId>,
	/// How many of its trees that belong to it (`Tree::owner` `None`) are locked on their own.
	pub locked_trees: u32,
	/// Documents attached so far.
	pub documents: u32,
	/// The parcel deposit: who registered it and how much is held (released by
	/// `deregister_parcel`).
	pub deposit: Deposit<AccountId, Balance>,
}

/// A document attached to a parcel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Document<AccountId, BlockNumber, Balance> {
	/// What kind of document.
	pub kind: DocumentKind,
	/// Where it is on IPFS.
	pub cid: Cid,
	/// Who attached it.
	pub by: AccountId,
	/// The block it was attached in.
	pub at: BlockNumber,
	/// The record deposit held on `by` for it (zero for witnesses).
	pub deposit: Balance,
}

/// A witness: licence and the region prefix it may attest in (e.g. `CN` for all of China).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Witness<BlockNumber> {
	/// Its licence reference.
	pub licence: Licence,
	/// The region prefix it covers.
	pub region: Region,
	/// The block it was appointed in.
	pub appointed_at: BlockNumber,
}

/// A tree with its whole history, as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TreeView<AccountId, BlockNumber, Balance> {
	/// The tree.
	pub id: TreeId,
	/// Its smart code.
	pub code: SmartCode,
	/// The effective owner: the tree's own, else the parcel's.
	pub owner: AccountId,
	/// The token or trade holding the tree (on its own or with its whole parcel).
	pub locked_by: Option<LockId>,
	/// The tree as stored.
	pub tree: Tree<AccountId, BlockNumber, Balance>,
	/// Its whole history, oldest first.
	pub history: alloc::vec::Vec<TreeRecord<AccountId, BlockNumber, Balance>>,
}

/// The trees of one species among a page of a parcel's trees, as an insurer prices them.
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
pub struct SpeciesProfile {
	/// The species.
	pub species: SpeciesId,
	/// How many of its trees stand.
	pub standing: u32,
	/// How many of its trees were felled.
	pub felled: u32,
	/// Mean height of its standing trees in centimetres (rounded down; 0 if none stands), each
	/// by its latest measurement: the newest re-measurement, else its survey.
	pub mean_height_cm: u32,
	/// Height of its tallest standing tree in centimetres (0 if none stands).
	pub max_height_cm: u32,
	/// Mean crown diameter of its standing trees in centimetres (rounded down; 0 if none
	/// stands), each by its latest measurement.
	pub mean_crown_cm: u32,
}

/// The damage of one cause attested on a page of a parcel's trees, standing or felled.
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
pub struct DamageProfile<BlockNumber> {
	/// The cause.
	pub cause: DamageCause,
	/// How many damage records of this cause.
	pub records: u32,
	/// How many distinct trees have at least one such record.
	pub trees: u32,
	/// Mean severity of these records in percent (rounded down).
	pub mean_severity: u8,
	/// The worst severity of these records in percent.
	pub max_severity: u8,
	/// The block of the latest such record.
	pub last_at: BlockNumber,
}

/// What an insurer prices a parcel's cover by: the parcel and, for one page of its trees, their
/// species and the damage attested on them (see [`crate::ForestryPricingApi`]).
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ParcelProfile<BlockNumber> {
	/// The parcel's region code.
	pub region: Region,
	/// The parcel's area in square metres.
	pub area_m2: u64,
	/// Whether a witness attested the parcel.
	pub attested: bool,
	/// How many trees the parcel has in all (the scan ends there).
	pub trees: TreeIndex,
	/// The index the page's scan started at.
	pub scanned_from: TreeIndex,
	/// Where the next page starts; `None` when this page reached the last tree (or was empty).
	pub next: Option<TreeIndex>,
	/// The page's trees by species, sorted by species id.
	pub species: alloc::vec::Vec<SpeciesProfile>,
	/// The damage records of the page's trees by cause, in the causes' encoding order.
	pub damage: alloc::vec::Vec<DamageProfile<BlockNumber>>,
}

/// Smart codes: `<parcel>-<index><check>`, numbers in Crockford base 32 (digits and upper-case
/// letters without I, L, O, U), so they fit QR alphanumeric mode and survive being read aloud.
/// The check symbol is Luhn mod 32 over both numbers: any single wrong symbol and most swaps of
/// neighbours are caught.
pub mod smart_code {
	use super::*;

	const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	fn value(c: u8) -> Option<u32> {
		let c = c.to_ascii_uppercase();
		let c = match c {
			b'O' => b'0',
			b'I' | b'L' => b'1',
			c => c,
		};
		ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)
	}

	fn digits(mut n: u32, out: &mut alloc::vec::Vec<u32>) {
		let start = out.len();
		loop {
			out.push(n % 32);
			n /= 32;
			if n == 0 {
				break;
			}
		}
		out[start..].reverse();
	}

	/// Luhn mod 32 sum of `values`, the rightmost doubled when `check_included` is false.
	fn luhn(values: &[u32], check_included: bool) -> u32 {
		let mut double = !check_included;
		let mut sum = 0u32;
		for v in values.iter().rev() {
			let mut a = if double { v * 2 } else { *v };
			a = a / 32 + a % 32;
			sum += a;
			double = !double;
		}
		sum % 32
	}

	/// The smart code of a tree.
	pub fn encode(id: TreeId) -> SmartCode {
		let mut p = alloc::vec::Vec::with_capacity(7);
		digits(id.parcel, &mut p);
		let split = p.len();
		digits(id.index, &mut p);
		let check = (32 - luhn(&p, false)) % 32;
		let mut out = alloc::vec::Vec::with_capacity(16);
		out.extend(p[..split].iter().map(|v| ALPHABET[*v as usize]));
		out.push(b'-');
		out.extend(p[split..].iter().map(|v| ALPHABET[*v as usize]));
		out.push(ALPHABET[check as usize]);
		// At most 7 + 1 + 7 + 1 symbols.
		SmartCode::truncate_from(out)
	}

	/// The tree a smart code names, if the code is well formed and its check symbol matches.
	/// Lower case and the look-alikes O, I and L are accepted.
	pub fn decode(code: &[u8]) -> Option<TreeId> {
		let dash = code.iter().position(|c| *c == b'-')?;
		let (left, right) = (&code[..dash], &code[dash + 1..]);
		if left.is_empty() || right.len() < 2 || left.len() > 7 || right.len() > 8 {
			return None;
		}
		let mut values = alloc::vec::Vec::with_capacity(16);
		for c in left.iter().chain(right.iter()) {
			values.push(value(*c)?);
		}
		if luhn(&values, true) != 0 {
			return None;
		}
		let number = |vs: &[u32]| -> Option<u32> {
			vs.iter().try_fold(0u32, |acc, v| acc.checked_mul(32)?.checked_add(*v))
		};
		let parcel = number(&values[..left.len()])?;
		let index = number(&values[left.len()..values.len() - 1])?;
		let id = TreeId { parcel, index };
		// Only the canonical spelling (no leading zeros) names a tree.
		(encode(id).len() == code.len()).then_some(id)
	}
}

pub use cec_primitives::is_region_code;
