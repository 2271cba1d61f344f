//! An in-memory CEC Chain for ink!'s off-chain test environment (`std` only).
//!
//! ```ignore
//! #[ink::test]
//! fn my_test() {
//!     let chain = cec_env::mock::MockCec::register();
//!     let code = chain.add_tree(cec_env::mock::tree(1, 74, owner));
//!     // ... call the contract: `self.env().extension().tree_by_code(code)` now answers.
//!     chain.fell(1, 74);
//! }
//! ```
//!
//! ink! 5.1.1's off-chain engine hands a registered extension its input wrapped once more:
//! `ink_engine::ext::Engine::call_chain_extension` calls `input.encode()` on the `&[u8]` the
//! contract encoded, which prefixes a compact length. [`MockCec`] strips that wrapper
//! ([`offchain_input`]) and then reads exactly the bytes the runtime reads on chain; it records
//! those bytes in [`MockCec::calls`]. On success it writes the raw SCALE of the value (not
//! `Ok(value)`) into the output buffer, like the runtime must.

use crate::{
	smart_code, status, KycUse, TreeFacts, TreeStatus, EXTENSION_ID, FN_KYC_VERIFIED,
	FN_TREE_BY_CODE, MAX_CODE_LEN,
};
use ink::primitives::AccountId;
use scale::{Decode, Encode};
use std::{cell::RefCell, collections::BTreeMap, rc::Rc};

/// One KYC claim in the mock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KycClaim {
	/// Its level.
	pub level: u8,
	/// The uses it covers.
	pub uses: Vec<KycUse>,
}

/// The mock chain's state.
#[derive(Debug, Default)]
pub struct MockState {
	/// The registry, by `(parcel, index)`.
	pub trees: BTreeMap<(u32, u32), TreeFacts>,
	/// Valid KYC claims.
	pub kyc: BTreeMap<AccountId, KycClaim>,
	/// Every call: function id and the input bytes as the runtime would see them.
	pub calls: Vec<(u16, Vec<u8>)>,
}

/// A handle on the mock chain; clones share the same state.
#[derive(Debug, Clone, Default)]
pub struct MockCec {
	state: Rc<RefCell<MockState>>,
}

/// A standing tree owned by `owner`, with plausible measurements.
pub fn tree(parcel: u32, index: u32, owner: AccountId) -> TreeFacts {
	TreeFacts {
		parcel,
		index,
		species: 1,
		status: TreeStatus::Standing,
		owner,
		height_cm: 1_200,
		crown_cm: 400,
		trunk_mm: Some(300),
		measured_at: 1,
	}
}

/// Strips the extra SCALE `Vec<u8>` wrapper ink!'s off-chain engine puts around the input the
/// contract encoded. `None` if the bytes are not such a wrapper.
pub fn offchain_input(input: &[u8]) -> Option<Vec<u8>> {
	let mut rest = input;
	let inner = Vec::<u8>::decode(&mut rest).ok()?;
	rest.is_empty().then_some(inner)
}

impl MockCec {
	/// A fresh, empty chain (not registered: see [`MockCec::register`]).
	pub fn new() -> Self {
		Self::default()
	}

	/// A fresh, empty chain registered as the chain extension of the current off-chain test
	/// environment. Call it inside the test (after `#[ink::test]` set the environment up).
	pub fn register() -> Self {
		let chain = Self::new();
		ink::env::test::register_chain_extension(chain.clone());
		chain
	}

	/// Adds (or replaces) a tree; returns its canonical smart code.
	pub fn add_tree(&self, facts: TreeFacts) -> Vec<u8> {
		let code = smart_code::encode(facts.parcel, facts.index);
		self.state.borrow_mut().trees.insert((facts.parcel, facts.index), facts);
		code
	}

	/// Marks a tree felled (no-op if unknown).
	pub fn fell(&self, parcel: u32, index: u32) {
		if let Some(t) = self.state.borrow_mut().trees.get_mut(&(parcel, index)) {
			t.status = TreeStatus::Felled;
		}
	}

	/// Gives a tree a new owner (no-op if unknown).
	pub fn set_owner(&self, parcel: u32, index: u32, owner: AccountId) {
		if let Some(t) = self.state.borrow_mut().trees.get_mut(&(parcel, index)) {
			t.owner = owner;
		}
	}

	/// Gives `who` a valid KYC claim.
	pub fn set_kyc(&self, who: AccountId, level: u8, uses: &[KycUse]) {
		self.state.borrow_mut().kyc.insert(who, KycClaim { level, uses: uses.to_vec() });
	}

	/// Revokes `who`'s KYC claim.
	pub fn revoke_kyc(&self, who: &AccountId) {
		self.state.borrow_mut().kyc.remove(who);
	}

	/// Every call so far: function id and the input bytes as the runtime would see them.
	pub fn calls(&self) -> Vec<(u16, Vec<u8>)> {
		self.state.borrow().calls.clone()
	}

	/// Answers one call like the runtime: `(status code, output bytes)`; `input` is what the
	/// runtime reads (no off-chain wrapper).
	pub fn answer(&self, func_id: u16, input: &[u8]) -> (u32, Vec<u8>) {
		let state = self.state.borrow();
		match func_id {
			FN_TREE_BY_CODE => {
				let mut rest = input;
				let code = match Vec::<u8>::decode(&mut rest) {
					Ok(code) if rest.is_empty() && code.len() <= MAX_CODE_LEN => code,
					_ => return (status::MALFORMED_CODE, Vec::new()),
				};
				let Some(id) = smart_code::decode(&code) else {
					return (status::MALFORMED_CODE, Vec::new());
				};
				match state.trees.get(&id) {
					Some(facts) => (status::SUCCESS, facts.encode()),
					None => (status::TREE_NOT_FOUND, Vec::new()),
				}
			},
			FN_KYC_VERIFIED => {
				let mut rest = input;
				let Ok((who, min_level, use_)) = <(AccountId, u8, KycUse)>::decode(&mut rest)
				else {
					return (status::INVALID_INPUT, Vec::new());
				};
				if !rest.is_empty() {
					return (status::INVALID_INPUT, Vec::new());
				}
				let ok = state
					.kyc
					.get(&who)
					.is_some_and(|c| c.level >= min_level && c.uses.contains(&use_));
				(status::SUCCESS, ok.encode())
			},
			_ => (status::UNKNOWN_FUNCTION, Vec::new()),
		}
	}
}

impl ink::env::test::ChainExtension for MockCec {
	fn ext_id(&self) -> u16 {
		EXTENSION_ID
	}

	fn call(&mut self, func_id: u16, input: &[u8], output: &mut Vec<u8>) -> u32 {
		let Some(input) = offchain_input(input) else {
			return status::INVALID_INPUT;
		};
		self.state.borrow_mut().calls.push((func_id, input.clone()));
		let (code, out) = self.answer(func_id, &input);
		output.extend_from_slice(&out);
		code
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{CecError, CecExtension};

	// The chain extension through ink!'s own generated calling code, as a contract uses it.
	type Ext = <CecExtension as ink::ChainExtensionInstance>::Instance;
	fn ext() -> Ext {
		<CecExtension as ink::ChainExtensionInstance>::instantiate()
	}

	#[ink::test]
	fn tree_by_code_through_ink() {
		let chain = MockCec::register();
		let owner = AccountId::from([9; 32]);
		let code = chain.add_tree(tree(1, 74, owner));
		assert_eq!(code, b"1-2A8");

		assert_eq!(ext().tree_by_code(b"1-2A8".to_vec()), Ok(tree(1, 74, owner)));
		// Look-alike spelling, same tree.
		assert_eq!(ext().tree_by_code(b"i-2a8".to_vec()), Ok(tree(1, 74, owner)));
		assert_eq!(ext().tree_by_code(b"1-2A7".to_vec()), Err(CecError::MalformedCode));
		assert_eq!(ext().tree_by_code(vec![b'1'; 33]), Err(CecError::MalformedCode));
		assert_eq!(ext().tree_by_code(smart_code::encode(1, 75)), Err(CecError::TreeNotFound));
		chain.fell(1, 74);
		assert_eq!(ext().tree_by_code(code).map(|t| t.status), Ok(TreeStatus::Felled));

		// What the runtime reads for function 1: SCALE of the `Vec<u8>` code.
		let calls = chain.calls();
		assert_eq!(calls[0], (1, [&[5u8 << 2][..], b"1-2A8"].concat()));
	}

	#[ink::test]
	fn kyc_verified_through_ink() {
		let chain = MockCec::register();
		let who = AccountId::from([3; 32]);
		assert_eq!(ext().kyc_verified(who, 1, KycUse::Trade), Ok(false));
		chain.set_kyc(who, 2, &[KycUse::Trade, KycUse::Land]);
		assert_eq!(ext().kyc_verified(who, 2, KycUse::Trade), Ok(true));
		assert_eq!(ext().kyc_verified(who, 3, KycUse::Trade), Ok(false));
		assert_eq!(ext().kyc_verified(who, 1, KycUse::Insurance), Ok(false));
		chain.revoke_kyc(&who);
		assert_eq!(ext().kyc_verified(who, 1, KycUse::Land), Ok(false));

		// What the runtime reads for function 2: who (32) ++ min_level (1) ++ use_ (1).
		let (f, input) = chain.calls()[1].clone();
		assert_eq!(f, 2);
		assert_eq!(input, [&[3u8; 32][..], &[2, 0]].concat());
	}

	/// The runtime's answer bytes: raw `T` on success. An `Ok`-wrapped answer misdecodes
	/// silently (here: `Ok(true)` = `[0, 1]` reads as `false`), which is why the runtime must
	/// not wrap.
	#[ink::test]
	fn output_buffer_is_the_raw_value() {
		struct Wrapping;
		impl ink::env::test::ChainExtension for Wrapping {
			fn ext_id(&self) -> u16 {
				0
			}
			fn call(&mut self, _: u16, _: &[u8], output: &mut Vec<u8>) -> u32 {
				Ok::<bool, CecError>(true).encode_to(output);
				0
			}
		}
		let chain = MockCec::register();
		chain.set_kyc(AccountId::from([1; 32]), 1, &[KycUse::Trade]);
		let (code, out) = chain.answer(2, &(AccountId::from([1; 32]), 1u8, KycUse::Trade).encode());
		assert_eq!((code, out), (0, vec![1]));

		ink::env::test::register_chain_extension(Wrapping);
		assert_eq!(ext().kyc_verified(AccountId::from([1; 32]), 1, KycUse::Trade), Ok(false));
	}

	#[ink::test]
	fn unknown_and_undecodable() {
		let chain = MockCec::register();
		assert_eq!(chain.answer(3, &[]), (status::UNKNOWN_FUNCTION, vec![]));
		assert_eq!(chain.answer(2, &[1, 2, 3]), (status::INVALID_INPUT, vec![]));
		assert_eq!(chain.answer(1, &[0xff]), (status::MALFORMED_CODE, vec![]));
	}
}
