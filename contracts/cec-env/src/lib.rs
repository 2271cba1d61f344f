//! # cec-env: CEC Chain for ink! 5 contracts
//!
//! Import this crate and write `#[ink::contract(env = cec_env::CecEnvironment)]` to get
//! `self.env().extension()`: read-only access to the forestry registry and to KYC through
//! CEC Chain's chain extension (extension id 0 of the runtime's pallet-contracts).
//!
//! | function | ink! method | input (SCALE) | output on success (SCALE) |
//! | --- | --- | --- | --- |
//! | 1 | [`CecExtension::tree_by_code`] | `Vec<u8>`: a smart code, e.g. `b"1-2A8"`, at most [`MAX_CODE_LEN`] bytes | [`TreeFacts`], raw (not wrapped in `Ok`) |
//! | 2 | [`CecExtension::kyc_verified`] | `(AccountId, u8, KycUse)` concatenated | `bool`, raw |
//!
//! The extension returns a `u32` status code (see [`status`]); only on `0` does ink! read the
//! output buffer. The global function id pallet-contracts sees is
//! `(extension id << 16) | function id`, i.e. `0x0000_0001` and `0x0000_0002`.
//!
//! ## What the runtime writes into the output buffer
//!
//! For a method declared `-> Result<T, CecError>` (status handling on, ink!'s default), the
//! runtime must write the **raw SCALE encoding of `T`** — *not* `Ok::<T, _>(t)`. ink_env 5.1.1
//! (`src/chain_extension.rs`, the `call` of the `HandleErrorCode<_>, true` case) decodes the
//! buffer as `<O as IsResultType>::Ok` once `from_status_code` returned `Ok(())`, and never
//! looks at the buffer otherwise. SCALE decoding does not require the whole buffer to be
//! consumed, so a wrongly wrapped `Ok` byte would not fail loudly: it would shift every field.
//!
//! ## Off-chain tests
//!
//! With the `std` feature, [`mock::MockCec`] registers a mock of the extension in ink!'s
//! off-chain test environment (`ink::env::test::register_chain_extension`), backed by an
//! in-memory registry that parses smart codes exactly like the runtime.
#![cfg_attr(not(feature = "std"), no_std, no_main)]

use ink::{
	env::{chain_extension::FromStatusCode, DefaultEnvironment, Environment},
	prelude::vec::Vec,
	primitives::AccountId,
};

/// The runtime's chain extension id for this extension.
pub const EXTENSION_ID: u16 = 0;
/// Function id of [`CecExtension::tree_by_code`].
pub const FN_TREE_BY_CODE: u16 = 1;
/// Function id of [`CecExtension::kyc_verified`].
pub const FN_KYC_VERIFIED: u16 = 2;
/// Longest smart-code input the extension decodes (longer input is `MalformedCode`). The
/// registry's canonical codes are at most 16 symbols, so anything past that names no tree.
pub const MAX_CODE_LEN: usize = 32;

/// The `u32` status codes the chain extension returns.
pub mod status {
	/// Success: the output buffer holds the raw SCALE of the function's value.
	pub const SUCCESS: u32 = 0;
	/// The function id is not one of the extension's.
	pub const UNKNOWN_FUNCTION: u32 = 1;
	/// Function 1: not a valid smart code, or undecodable / longer than 32 bytes input.
	pub const MALFORMED_CODE: u32 = 2;
	/// Function 1: a valid smart code that names no registered tree.
	pub const TREE_NOT_FOUND: u32 = 3;
	/// Function 2: undecodable input.
	pub const INVALID_INPUT: u32 = 4;
}

/// CEC Chain's ink! environment: ink!'s default types (32-byte `AccountId`, `u128` balance,
/// 32-byte hash, `u64` millisecond timestamp, `u32` block number, 4 event topics) plus the
/// CEC chain extension.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(TypeInfo)]
pub enum CecEnvironment {}

impl Environment for CecEnvironment {
	const MAX_EVENT_TOPICS: usize = <DefaultEnvironment as Environment>::MAX_EVENT_TOPICS;

	type AccountId = <DefaultEnvironment as Environment>::AccountId;
	type Balance = <DefaultEnvironment as Environment>::Balance;
	type Hash = <DefaultEnvironment as Environment>::Hash;
	type Timestamp = <DefaultEnvironment as Environment>::Timestamp;
	type BlockNumber = <DefaultEnvironment as Environment>::BlockNumber;

	type ChainExtension = CecExtension;
}

/// Block number type of [`CecEnvironment`].
pub type BlockNumber = <CecEnvironment as Environment>::BlockNumber;

/// CEC Chain's chain extension (id 0): read-only lookups of the forestry registry and KYC.
#[ink::chain_extension(extension = 0)]
pub trait CecExtension {
	type ErrorCode = CecError;

	/// The tree a smart code names (e.g. `b"1-2A8"`; lower case and the look-alikes O, I, L
	/// are accepted, so several spellings name the same tree: key anything you store by
	/// `(parcel, index)`, not by the code).
	///
	/// Errors: [`CecError::MalformedCode`], [`CecError::TreeNotFound`].
	#[ink(function = 1)]
	fn tree_by_code(code: Vec<u8>) -> Result<TreeFacts, CecError>;

	/// Whether `who` holds a valid (not expired, not revoked) KYC claim of at least
	/// `min_level` that covers `use_`.
	///
	/// Errors: [`CecError::InvalidInput`].
	#[ink(function = 2)]
	fn kyc_verified(who: AccountId, min_level: u8, use_: KycUse) -> Result<bool, CecError>;
}

/// Why a chain extension call failed.
///
/// The runtime never encodes this type: it returns a `u32` status code (see [`status`]) that
/// [`FromStatusCode`] maps onto it, so the SCALE indices below (0..=4) need not match the
/// status codes (1..=4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum CecError {
	/// Status 1: the runtime does not know the function. Also what any status code this
	/// crate does not know (5 and up) maps to, since `from_status_code` must not panic and a
	/// newer runtime's unknown code means "this crate does not know that answer".
	UnknownFunction,
	/// Status 2: not a valid smart code, or undecodable / too long input.
	MalformedCode,
	/// Status 3: a valid smart code that names no registered tree.
	TreeNotFound,
	/// Status 4: the runtime could not decode the input of function 2.
	InvalidInput,
	/// Not a status code: the contract could not SCALE-decode the runtime's output
	/// (ink! requires `From<scale::Error>` for the error type of `Result`-returning methods).
	Decode,
}

impl CecError {
	/// The status code the runtime returns for this error (`None` for [`CecError::Decode`],
	/// which the contract side produces itself).
	pub fn status_code(self) -> Option<u32> {
		match self {
			Self::UnknownFunction => Some(status::UNKNOWN_FUNCTION),
			Self::MalformedCode => Some(status::MALFORMED_CODE),
			Self::TreeNotFound => Some(status::TREE_NOT_FOUND),
			Self::InvalidInput => Some(status::INVALID_INPUT),
			Self::Decode => None,
		}
	}
}

impl FromStatusCode for CecError {
	/// `0` is success; `1..=4` are the errors above; any other code maps to
	/// [`CecError::UnknownFunction`] (never a panic).
	fn from_status_code(status_code: u32) -> Result<(), Self> {
		match status_code {
			status::SUCCESS => Ok(()),
			status::MALFORMED_CODE => Err(Self::MalformedCode),
			status::TREE_NOT_FOUND => Err(Self::TreeNotFound),
			status::INVALID_INPUT => Err(Self::InvalidInput),
			// status::UNKNOWN_FUNCTION and every code this crate does not know.
			_ => Err(Self::UnknownFunction),
		}
	}
}

impl From<scale::Error> for CecError {
	fn from(_: scale::Error) -> Self {
		Self::Decode
	}
}

/// What a KYC check is for (SCALE: one byte, the index below).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum KycUse {
	/// Buying and selling trees and tree tokens.
	Trade = 0,
	/// Land deals.
	Land = 1,
	/// Insurance.
	Insurance = 2,
	/// Crowdfunding.
	Crowdfunding = 3,
}

/// Standing or felled (SCALE: one byte).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum TreeStatus {
	/// Still standing.
	Standing = 0,
	/// Cut down.
	Felled = 1,
}

/// What the registry tells a contract about one tree. The runtime encodes the same bytes
/// (`cec_primitives::TreeFacts<AccountId32, u32>`); fields are only ever appended.
///
/// SCALE layout (all integers little endian, fixed width): `parcel` u32 (4), `index` u32 (4),
/// `species` u16 (2), `status` (1), `owner` (32), `height_cm` u32 (4), `crown_cm` u32 (4),
/// `trunk_mm` `Option<u32>` (1, or 5 when `Some`), `measured_at` u32 (4): 56 or 60 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub struct TreeFacts {
	/// The parcel it stands on.
	pub parcel: u32,
	/// Its index inside the parcel.
	pub index: u32,
	/// Its species (an id of the registry's species list).
	pub species: u16,
	/// Standing or felled.
	pub status: TreeStatus,
	/// Its effective owner: the tree's own, else the parcel's.
	pub owner: AccountId,
	/// Latest height in centimetres.
	pub height_cm: u32,
	/// Latest crown diameter in centimetres.
	pub crown_cm: u32,
	/// Latest trunk diameter at breast height in millimetres, if measured.
	pub trunk_mm: Option<u32>,
	/// Block number of the latest measurement: the registration survey or the latest
	/// re-measurement.
	pub measured_at: BlockNumber,
}

/// Smart codes, as the runtime's forestry registry writes and reads them:
/// `<parcel>-<index><check>`, numbers in Crockford base 32 (`0-9A-Z` without I, L, O, U), the
/// check symbol Luhn mod 32 over both numbers. Lower case and the look-alikes O (0), I and L
/// (1) are read too; only the canonical length (no leading zeros) names a tree.
pub mod smart_code {
	use ink::prelude::vec::Vec;

	const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	fn value(c: u8) -> Option<u32> {
		let c = match c.to_ascii_uppercase() {
			b'O' => b'0',
			b'I' | b'L' => b'1',
			c => c,
		};
		ALPHABET.iter().position(|a| *a == c).and_then(|p| u32::try_from(p).ok())
	}

	fn digits(mut n: u32, out: &mut Vec<u32>) {
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

	fn luhn(values: &[u32], check_included: bool) -> u32 {
		let mut double = !check_included;
		let mut sum = 0u32;
		for v in values.iter().rev() {
			// v < 32, so 2v < 64 and the folded digit sum stays small.
			let a = if double { v.wrapping_mul(2) } else { *v };
			sum = sum.wrapping_add(a / 32).wrapping_add(a % 32);
			double = !double;
		}
		sum % 32
	}

	/// The canonical smart code of tree `index` of `parcel`, e.g. `(1, 74)` → `b"1-2A8"`.
	pub fn encode(parcel: u32, index: u32) -> Vec<u8> {
		let mut p = Vec::with_capacity(14);
		digits(parcel, &mut p);
		let split = p.len();
		digits(index, &mut p);
		let check = 32u32.wrapping_sub(luhn(&p, false)) % 32;
		let symbol = |v: u32| ALPHABET[(v % 32) as usize];
		let mut out = Vec::with_capacity(16);
		out.extend(p[..split].iter().map(|v| symbol(*v)));
		out.push(b'-');
		out.extend(p[split..].iter().map(|v| symbol(*v)));
		out.push(symbol(check));
		out
	}

	/// The `(parcel, index)` a smart code names, if it is well formed and its check symbol
	/// matches.
	pub fn decode(code: &[u8]) -> Option<(u32, u32)> {
		let dash = code.iter().position(|c| *c == b'-')?;
		let (left, rest) = code.split_at(dash);
		let right = rest.get(1..)?;
		if left.is_empty() || right.len() < 2 || left.len() > 7 || right.len() > 8 {
			return None;
		}
		let mut values = Vec::with_capacity(16);
		for c in left.iter().chain(right.iter()) {
			values.push(value(*c)?);
		}
		if luhn(&values, true) != 0 {
			return None;
		}
		let number = |vs: &[u32]| -> Option<u32> {
			vs.iter().try_fold(0u32, |acc, v| acc.checked_mul(32)?.checked_add(*v))
		};
		let parcel = number(values.get(..left.len())?)?;
		let index = number(values.get(left.len()..values.len().checked_sub(1)?)?)?;
		(encode(parcel, index).len() == code.len()).then_some((parcel, index))
	}
}

/// An in-memory CEC Chain for ink!'s off-chain test environment.
#[cfg(feature = "std")]
pub mod mock;

#[cfg(test)]
mod tests {
	use super::*;
	use scale::{Decode, Encode};

	fn facts() -> TreeFacts {
		TreeFacts {
			parcel: 1,
			index: 74,
			species: 3,
			status: TreeStatus::Standing,
			owner: AccountId::from([7; 32]),
			height_cm: 1_250,
			crown_cm: 480,
			trunk_mm: Some(312),
			measured_at: 90_000,
		}
	}

	#[test]
	fn tree_facts_layout_is_fixed() {
		let f = facts();
		let bytes = f.encode();
		assert_eq!(bytes.len(), 60);
		let mut expected = Vec::new();
		expected.extend(1u32.to_le_bytes());
		expected.extend(74u32.to_le_bytes());
		expected.extend(3u16.to_le_bytes());
		expected.push(0); // Standing
		expected.extend([7u8; 32]);
		expected.extend(1_250u32.to_le_bytes());
		expected.extend(480u32.to_le_bytes());
		expected.extend([1u8]); // Some
		expected.extend(312u32.to_le_bytes());
		expected.extend(90_000u32.to_le_bytes());
		assert_eq!(bytes, expected);
		assert_eq!(TreeFacts::decode(&mut &bytes[..]).unwrap(), f);

		let felled_unmeasured = TreeFacts { status: TreeStatus::Felled, trunk_mm: None, ..f };
		let bytes = felled_unmeasured.encode();
		assert_eq!(bytes.len(), 56);
		assert_eq!(bytes[10], 1);
		assert_eq!(bytes[51], 0);
	}

	#[test]
	fn enums_encode_as_their_index() {
		assert_eq!(KycUse::Trade.encode(), [0]);
		assert_eq!(KycUse::Land.encode(), [1]);
		assert_eq!(KycUse::Insurance.encode(), [2]);
		assert_eq!(KycUse::Crowdfunding.encode(), [3]);
		assert_eq!(TreeStatus::Standing.encode(), [0]);
		assert_eq!(TreeStatus::Felled.encode(), [1]);
		assert_eq!(CecError::UnknownFunction.encode(), [0]);
		assert_eq!(CecError::Decode.encode(), [4]);
	}

	#[test]
	fn status_codes_map_onto_errors() {
		assert_eq!(CecError::from_status_code(0), Ok(()));
		assert_eq!(CecError::from_status_code(1), Err(CecError::UnknownFunction));
		assert_eq!(CecError::from_status_code(2), Err(CecError::MalformedCode));
		assert_eq!(CecError::from_status_code(3), Err(CecError::TreeNotFound));
		assert_eq!(CecError::from_status_code(4), Err(CecError::InvalidInput));
		for unknown in [5, 6, 255, u32::MAX] {
			assert_eq!(CecError::from_status_code(unknown), Err(CecError::UnknownFunction));
		}
		for e in [
			CecError::UnknownFunction,
			CecError::MalformedCode,
			CecError::TreeNotFound,
			CecError::InvalidInput,
		] {
			let code = e.status_code().unwrap();
			assert_eq!(CecError::from_status_code(code), Err(e));
		}
		assert_eq!(CecError::Decode.status_code(), None);
	}

	#[test]
	fn smart_codes_match_the_registry() {
		assert_eq!(smart_code::encode(1, 74), b"1-2A8");
		assert_eq!(smart_code::decode(b"1-2A8"), Some((1, 74)));
		assert_eq!(smart_code::decode(b"1-2a8"), Some((1, 74)));
		assert_eq!(smart_code::decode(b"I-2A8"), Some((1, 74)));
		assert_eq!(smart_code::decode(b"01-2A7"), None);
		assert_eq!(smart_code::decode(b"12A7"), None);
		assert_eq!(smart_code::decode(b"1-"), None);
		assert_eq!(smart_code::decode(b"1-2U7"), None);
		assert_eq!(smart_code::decode(b""), None);
		for (p, i) in [(0, 0), (31, 32), (1_000_000, 9_999), (u32::MAX, u32::MAX)] {
			let code = smart_code::encode(p, i);
			assert!(code.len() <= 16);
			assert_eq!(smart_code::decode(&code), Some((p, i)));
		}
	}
}
