//! The invariants can fail: each test breaks one on purpose, in a copy of the set-up chain, and
//! checks that `check_all` names it. (A check that never fails proves nothing.)

use cec_fuzz::{
	fixture,
	invariants::{check_all, INVARIANTS},
};
use frame_support::storage::StoragePrefixedMap;

/// Write `bytes` bytes of value under `prefix`, as if a call had stored them, and return what
/// the invariant whose name starts with `name` says (the pallet's own `try_state` may object
/// first, to the value's contents: this is about the bytes).
fn with_unpaid_entry(prefix: [u8; 32], bytes: usize, name: &str) -> Result<(), String> {
	let (_, check) = INVARIANTS
		.iter()
		.find(|(n, _)| n.starts_with(name))
		.unwrap_or_else(|| panic!("no invariant named {name}"));
	fixture().ext().execute_with(|| {
		let mut key = prefix.to_vec();
		key.extend_from_slice(&[0xEE; 16]);
		sp_io::storage::set(&key, &vec![7u8; bytes]);
		check()
	})
}

#[test]
fn the_set_up_chain_keeps_every_invariant() {
	fixture().ext().execute_with(|| check_all()).expect("the set-up keeps every invariant");
}

#[test]
fn storage_nobody_paid_for_breaks_the_deposit_invariants() {
	use cec_runtime::Runtime;
	let unpaid = [
		("forestry: parcels", pallet_forestry::Parcels::<Runtime>::final_prefix(), 20_000),
		("lockup: listings", pallet_lockup::Listings::<Runtime>::final_prefix(), 100),
		("escrow: listings", pallet_escrow::Reviews::<Runtime>::final_prefix(), 100),
	];
	for (name, prefix, bytes) in unpaid {
		let err = with_unpaid_entry(prefix, bytes, name)
			.expect_err(&format!("{bytes} unpaid bytes pass {name}"));
		assert!(err.contains("bytes stored cost"), "{name}: {err}");
	}
	// A small entry under the parcels is covered by the slack of parcel 0's deposit.
	with_unpaid_entry(pallet_forestry::Parcels::<Runtime>::final_prefix(), 10, "forestry: parcels")
		.expect("parcel 0's deposit covers a few bytes more");
}
