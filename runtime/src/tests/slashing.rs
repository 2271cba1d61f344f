//! Equivocation → offence → slash, on the real runtime (docs/product.md §14).
//!
//! A BABE equivocation (two blocks in one slot) and a GRANDPA equivocation (two prevotes in one
//! round) are built and signed with the validator's real session key, reported with a session
//! membership proof, and followed until the slash lands on the validator and its nominators.

use super::*;
use crate::{
	configs::SlashDeferDuration, AccountId, Babe, Balances, Grandpa, Historical, RuntimeOrigin,
	Staking,
};
use frame_support::{assert_err, assert_ok, traits::KeyOwnerProofSystem};
use sp_core::{crypto::Pair, H256};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	Perbill,
};
use sp_staking::EraIndex;

/// The slash for one offender in a set of four: (3 · 1 / 4)² = 56.25 %.
fn one_in_four() -> Perbill {
	Perbill::from_rational(3u32, 4u32).square()
}

fn alice() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}

fn bonded(who: &AccountId) -> crate::Balance {
	pallet_staking::Ledger::<Runtime>::get(who).map(|l| l.total).unwrap_or_default()
}

/// Alice's index in the current validator set.
fn alice_index() -> u32 {
	pallet_session::Validators::<Runtime>::get()
		.iter()
		.position(|v| *v == alice())
		.expect("Alice validates") as u32
}

/// A sealed header at `slot` claimed by authority `index`, differing from others by `salt`.
fn sealed_header(slot: u64, index: u32, salt: u8, signer: Sr25519Keyring) -> Header {
	use sp_consensus_babe::digests::CompatibleDigestItem;
	let mut header = Header::new(
		System::block_number() + 1,
		H256::repeat_byte(salt),
		H256::repeat_byte(salt),
		System::parent_hash(),
		babe_digest(slot, index),
	);
	let seal = signer.pair().sign(header.hash().as_ref());
	header.digest_mut().push(<DigestItem as CompatibleDigestItem>::babe_seal(seal.into()));
	header
}

fn babe_equivocation(
	offender: Sr25519Keyring,
	second_signer: Sr25519Keyring,
) -> sp_consensus_babe::EquivocationProof<Header> {
	let slot = current_slot();
	sp_consensus_babe::EquivocationProof {
		offender: offender.public().into(),
		slot: slot.into(),
		first_header: sealed_header(slot, alice_index(), 1, offender),
		second_header: sealed_header(slot, alice_index(), 2, second_signer),
	}
}

fn babe_key_owner_proof(who: Sr25519Keyring) -> sp_session::MembershipProof {
	Historical::prove((sp_consensus_babe::KEY_TYPE, who.public().to_vec()))
		.expect("a current validator's key has a membership proof")
}

/// Everything up to the moment of the report: a few sessions into era 1.
fn chain_in_era_one() {
	run_to_active_era(1);
	run_next_session();
}

/// Follow an offence of Alice's until its deferred slash applies; check every stake it touched.
fn slash_lands_on_alice_and_her_nominators(report: impl FnOnce()) {
	let era: EraIndex = pallet_staking::ActiveEra::<Runtime>::get().expect("era").index;
	let exposure = Staking::eras_stakers(era, &alice());
	assert!(exposure.own > 0 && !exposure.others.is_empty(), "Alice is backed by nominators");
	let before: Vec<(AccountId, crate::Balance)> = core::iter::once(alice())
		.chain(exposure.others.iter().map(|o| o.who.clone()))
		.map(|w| (w.clone(), bonded(&w)))
		.collect();
	let issuance = Balances::total_issuance();
	let (emitted, first_era) = (
		pallet_supply::Emitted::<Runtime>::get(),
		pallet_staking::ActiveEra::<Runtime>::get().map(|e| e.index).unwrap_or(0),
	);
	// An unsigned report is credited to the author of the block that includes it.
	let reporter = crate::Authorship::author().expect("blocks have an author");
	let reporter_free = Balances::free_balance(&reporter);

	report();

	// Reported: Alice is disabled for the rest of the era and the slash is scheduled.
	assert!(pallet_session::DisabledValidators::<Runtime>::get()
		.iter()
		.any(|(i, _)| *i == alice_index()));
	let apply_at = era + SlashDeferDuration::get() + 1;
	let pending = pallet_staking::UnappliedSlashes::<Runtime>::get(apply_at);
	assert_eq!(pending.len(), 1);
	assert_eq!(pending[0].validator, alice());
	assert_eq!(pending[0].own, one_in_four() * exposure.own);
	assert_eq!(pending[0].others.len(), exposure.others.len());

	// Nothing is taken while governance may still cancel it...
	run_to_active_era(apply_at - 1);
	for (who, stake) in &before {
		assert_eq!(bonded(who), *stake, "not slashed before era {apply_at}");
	}
	// ...and it lands when its era begins.
	run_to_active_era(apply_at);
	let mut slashed_total = 0;
	assert_eq!(bonded(&alice()), before[0].1 - one_in_four() * exposure.own);
	slashed_total += one_in_four() * exposure.own;
	for nominator in &exposure.others {
		let was = before.iter().find(|(w, _)| *w == nominator.who).expect("recorded").1;
		let cut = one_in_four() * nominator.value;
		assert!(cut > 0);
		assert_eq!(bonded(&nominator.who), was - cut, "nominator slashed pro rata");
		slashed_total += cut;
	}
	// The reporter gets half of the 10% slash reward fraction; the rest is burnt. Era rewards
	// are only minted when claimed, and nobody claimed; the emission's power share (each era's
	// remainder) was minted into the revenue account at each era's end.
	let reward = Perbill::from_percent(5) * (one_in_four() * exposure.own)
		+ exposure
			.others
			.iter()
			.map(|n| Perbill::from_percent(5) * (one_in_four() * n.value))
			.sum::<crate::Balance>();
	assert!(reward > 0);
	assert_eq!(Balances::free_balance(&reporter), reporter_free + reward);
	let to_stakers: crate::Balance = (first_era..apply_at)
		.map(|e| pallet_staking::ErasValidatorReward::<Runtime>::get(e).unwrap_or_default())
		.sum();
	let power_rewards = pallet_supply::Emitted::<Runtime>::get() - emitted - to_stakers;
	assert!(power_rewards > 0);
	assert_eq!(Balances::total_issuance(), issuance - slashed_total + reward + power_rewards);
}

#[test]
fn babe_equivocation_slashes_validator_and_nominators() {
	local_ext().execute_with(|| {
		chain_in_era_one();
		let proof = babe_equivocation(Sr25519Keyring::Alice, Sr25519Keyring::Alice);
		let key_owner_proof = babe_key_owner_proof(Sr25519Keyring::Alice);
		slash_lands_on_alice_and_her_nominators(|| {
			assert_ok!(Babe::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof),
				key_owner_proof,
			));
		});
	});
}

#[test]
fn babe_report_is_refused_when_invalid_or_duplicate() {
	local_ext().execute_with(|| {
		chain_in_era_one();
		let key_owner_proof = babe_key_owner_proof(Sr25519Keyring::Alice);

		// The second header is signed by Bob, not Alice: no equivocation of Alice's.
		let forged = babe_equivocation(Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		assert_err!(
			Babe::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(forged),
				key_owner_proof.clone(),
			),
			pallet_babe::Error::<Runtime>::InvalidEquivocationProof
		);

		// A valid proof with Bob's membership proof does not identify the offender.
		let proof = babe_equivocation(Sr25519Keyring::Alice, Sr25519Keyring::Alice);
		assert_err!(
			Babe::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof.clone()),
				babe_key_owner_proof(Sr25519Keyring::Bob),
			),
			pallet_babe::Error::<Runtime>::InvalidKeyOwnershipProof
		);

		// Signed origins cannot use the unsigned entry point.
		assert!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::signed(alice()),
			Box::new(proof.clone()),
			key_owner_proof.clone(),
		)
		.is_err());

		// The transaction pool accepts the first report and refuses it once known.
		let call = pallet_babe::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(proof.clone()),
			key_owner_proof: key_owner_proof.clone(),
		};
		assert_ok!(Babe::validate_unsigned(TransactionSource::Local, &call));
		assert_ok!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof.clone()),
			key_owner_proof.clone(),
		));
		assert_eq!(
			Babe::validate_unsigned(TransactionSource::Local, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_err!(
			Babe::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof),
				key_owner_proof
			),
			pallet_babe::Error::<Runtime>::DuplicateOffenceReport
		);
	});
}

fn grandpa_equivocation(
	offender: Ed25519Keyring,
	target_a: H256,
	target_b: H256,
) -> sp_consensus_grandpa::EquivocationProof<H256, crate::BlockNumber> {
	let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
	let round = 1;
	let number = System::block_number();
	let signed = |target_hash| {
		let prevote = finality_grandpa::Prevote { target_hash, target_number: number };
		let payload = sp_consensus_grandpa::localized_payload(
			round,
			set_id,
			&finality_grandpa::Message::Prevote(prevote.clone()),
		);
		(prevote, offender.pair().sign(&payload).into())
	};
	sp_consensus_grandpa::EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: offender.public().into(),
			first: signed(target_a),
			second: signed(target_b),
		}),
	)
}

fn grandpa_key_owner_proof(who: Ed25519Keyring) -> sp_session::MembershipProof {
	Historical::prove((sp_consensus_grandpa::KEY_TYPE, who.public().to_vec()))
		.expect("a current validator's key has a membership proof")
}

#[test]
fn grandpa_equivocation_slashes_validator_and_nominators() {
	local_ext().execute_with(|| {
		chain_in_era_one();
		let proof =
			grandpa_equivocation(Ed25519Keyring::Alice, H256::repeat_byte(1), H256::repeat_byte(2));
		let key_owner_proof = grandpa_key_owner_proof(Ed25519Keyring::Alice);
		slash_lands_on_alice_and_her_nominators(|| {
			assert_ok!(Grandpa::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof),
				key_owner_proof,
			));
		});
	});
}

#[test]
fn grandpa_report_is_refused_when_invalid_or_duplicate() {
	local_ext().execute_with(|| {
		chain_in_era_one();
		let key_owner_proof = grandpa_key_owner_proof(Ed25519Keyring::Alice);

		// Two votes for the same block are no equivocation.
		let same =
			grandpa_equivocation(Ed25519Keyring::Alice, H256::repeat_byte(1), H256::repeat_byte(1));
		assert_err!(
			Grandpa::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(same),
				key_owner_proof.clone(),
			),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);

		let proof =
			grandpa_equivocation(Ed25519Keyring::Alice, H256::repeat_byte(1), H256::repeat_byte(2));
		assert_err!(
			Grandpa::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof.clone()),
				grandpa_key_owner_proof(Ed25519Keyring::Bob),
			),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
		assert_ok!(Grandpa::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof.clone()),
			key_owner_proof.clone(),
		));
		assert_err!(
			Grandpa::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof),
				key_owner_proof
			),
			pallet_grandpa::Error::<Runtime>::DuplicateOffenceReport
		);
	});
}

#[test]
fn governance_can_cancel_a_deferred_slash() {
	local_ext().execute_with(|| {
		chain_in_era_one();
		let era = pallet_staking::ActiveEra::<Runtime>::get().expect("era").index;
		let stake = bonded(&alice());
		assert_ok!(Babe::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(babe_equivocation(Sr25519Keyring::Alice, Sr25519Keyring::Alice)),
			babe_key_owner_proof(Sr25519Keyring::Alice),
		));
		let apply_at = era + SlashDeferDuration::get() + 1;
		assert_ok!(Staking::cancel_deferred_slash(RuntimeOrigin::root(), apply_at, vec![0]));
		run_to_active_era(apply_at);
		assert_eq!(bonded(&alice()), stake);
	});
}
