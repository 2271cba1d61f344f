//! Records of the foundation's spending: approved spends and published audit reports.

use cec_primitives::Cid;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The id of a published audit report: 0, 1, 2, … in publication order.
pub type ReportId = u32;

/// A treasury spend the foundation approved, and why.
///
/// Keyed in storage by the treasury's own index of the spend, so the treasury's `Paid` event and
/// this record of its justification meet on the same number. Records are kept for good, as the
/// published history; `open` says whether the amount still counts as committed.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct SpendRecord<AccountId, Balance, BlockNumber> {
	/// Who is to be paid.
	pub beneficiary: AccountId,
	/// How much; never zero.
	pub amount: Balance,
	/// CID of the justification document (a valid CID).
	pub justification: Cid,
	/// When the spend was approved.
	pub approved_at: BlockNumber,
	/// Whether the amount still counts in `Committed`: `true` from approval until `settle`, which
	/// the treasury allows once it no longer has the spend pending (paid out and cleared, voided
	/// or expired).
	pub open: bool,
}

/// An audit report the foundation published.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ReportRecord<BlockNumber> {
	/// CID of the report document (a valid CID).
	pub report: Cid,
	/// When the report was published.
	pub published_at: BlockNumber,
}
