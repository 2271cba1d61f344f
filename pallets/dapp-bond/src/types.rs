//! A developer's bond.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// What a developer has bonded, and whether it is leaving.
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
pub struct DeveloperBond<Balance, BlockNumber> {
	/// CEC held on the developer's account for the bond.
	pub amount: Balance,
	/// Set by `unbond`: the first block `withdraw` works. While set, the developer cannot
	/// deploy.
	pub unbonding_until: Option<BlockNumber>,
}
