use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const RECORD: [u8; 32] = [0xab; 32];
const EVIDENCE: &[u8] = b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";
const ENVELOPE: &[u8] = b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";

fn cid(s: &[u8]) -> Cid {
	Cid::try_from(s.to_vec()).unwrap()
}

fn name(s: &[u8]) -> ProviderName {
	ProviderName::try_from(s.to_vec()).unwrap()
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Kyc(e) => Some(e),
			_ => None,
		})
		.expect("an event")
}

fn kyc_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Kyc(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn verify(who: AccountId, level: u8, until: u64) {
	assert_ok!(Kyc::issue_claim(
		RuntimeOrigin::signed(PROVIDER),
		who,
		level,
		KycScope::TRADE,
		until,
		RECORD
	));
}

fn check(who: AccountId, level: u8) -> sp_runtime::DispatchResult {
	Kyc::ensure_verified(&who, level, KycUse::Trade)
}

#[test]
fn governance_appoints_and_removes_providers() {
	run_test(|| {
		let n = name(b"Shanghai KYC");
		assert_noop!(
			Kyc::appoint_provider(RuntimeOrigin::signed(ALICE), 7, n.clone()),
			DispatchError::BadOrigin
		);
		assert_ok!(Kyc::appoint_provider(RuntimeOrigin::root(), 7, n.clone()));
		assert_eq!(last_event(), Event::ProviderAppointed { provider: 7, name: n.clone() });
		assert!(Kyc::is_provider(&7));
		assert_noop!(
			Kyc::appoint_provider(RuntimeOrigin::root(), 7, n.clone()),
			Error::<Test>::AlreadyProvider
		);
		assert_noop!(Kyc::remove_provider(RuntimeOrigin::signed(7), 7), DispatchError::BadOrigin);
		assert_ok!(Kyc::remove_provider(RuntimeOrigin::root(), 7));
		assert_eq!(last_event(), Event::ProviderRemoved { provider: 7 });
		assert!(!Kyc::is_provider(&7));
		// The record stays, marked removed.
		assert_eq!(Providers::<Test>::get(7).unwrap().removed_at, Some(1));
		assert_noop!(Kyc::remove_provider(RuntimeOrigin::root(), 7), Error::<Test>::NotProvider);
		assert_noop!(Kyc::remove_provider(RuntimeOrigin::root(), 8), Error::<Test>::NotProvider);
		assert_noop!(
			Kyc::issue_claim(RuntimeOrigin::signed(7), ALICE, 1, KycScope::TRADE, 10, RECORD),
			Error::<Test>::NotProvider
		);
		// A former provider can be appointed again.
		System::set_block_number(5);
		assert_ok!(Kyc::appoint_provider(RuntimeOrigin::root(), 7, name(b"Shanghai KYC 2")));
		let p = Providers::<Test>::get(7).unwrap();
		assert_eq!((p.appointed_at, p.removed_at), (5, None));
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(7),
			ALICE,
			1,
			KycScope::TRADE,
			10,
			RECORD
		));
	});
}

#[test]
fn provider_names_must_be_clean_text() {
	run_test(|| {
		for bad in [
			&b""[..],
			&b" Fujian"[..],
			&b"Fujian "[..],
			&b"Fu\njian"[..],
			&b"Fu\x07jian"[..],
			&[0xffu8, 0xfe][..],
		] {
			assert_noop!(
				Kyc::appoint_provider(RuntimeOrigin::root(), 7, name(bad)),
				Error::<Test>::BadName
			);
		}
		assert_ok!(Kyc::appoint_provider(RuntimeOrigin::root(), 7, name("福建 KYC".as_bytes())));
	});
}

#[test]
#[should_panic(expected = "provider name is not clean text")]
fn genesis_refuses_an_unclean_provider_name() {
	let _ = ext_with_providers(vec![(PROVIDER, b"Fujian KYC\n".to_vec())]);
}

#[test]
fn claims_are_checked_on_issue() {
	run_test(|| {
		let issue = |level, scope, until| {
			Kyc::issue_claim(RuntimeOrigin::signed(PROVIDER), ALICE, level, scope, until, RECORD)
		};
		assert_noop!(issue(0, KycScope::TRADE, 100), Error::<Test>::BadLevel);
		assert_noop!(issue(4, KycScope::TRADE, 100), Error::<Test>::BadLevel);
		assert_noop!(issue(1, KycScope::default(), 100), Error::<Test>::BadScope);
		assert_noop!(issue(1, KycScope::TRADE, 1), Error::<Test>::BadExpiry);
		assert_noop!(issue(1, KycScope::TRADE, 2 + YEAR), Error::<Test>::BadExpiry);
		let scope = KycScope::TRADE.union(KycScope::only(KycUse::Land));
		assert_ok!(issue(2, scope, 1 + YEAR));
		assert_eq!(
			last_event(),
			Event::ClaimIssued {
				who: ALICE,
				provider: PROVIDER,
				level: 2,
				scope,
				expires_at: 1 + YEAR
			}
		);
		let claim = Claims::<Test>::get(ALICE).unwrap();
		assert_eq!((claim.commitment, claim.issued_at, claim.revoked), (RECORD, 1, None));
		assert_eq!(claim.scope, scope);
		// Another provider cannot take over a working claim…
		assert_noop!(
			Kyc::issue_claim(
				RuntimeOrigin::signed(OTHER_PROVIDER),
				ALICE,
				3,
				KycScope::ALL,
				50,
				RECORD
			),
			Error::<Test>::ClaimedByOther
		);
		// …but may once its provider revoked it.
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE));
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(OTHER_PROVIDER),
			ALICE,
			3,
			KycScope::ALL,
			50,
			RECORD
		));
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().provider, OTHER_PROVIDER);
	});
}

#[test]
fn a_provider_cannot_verify_itself() {
	run_test(|| {
		assert_noop!(
			Kyc::issue_claim(
				RuntimeOrigin::signed(PROVIDER),
				PROVIDER,
				3,
				KycScope::ALL,
				100,
				RECORD
			),
			Error::<Test>::SelfVerification
		);
		// Another provider may verify it.
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(OTHER_PROVIDER),
			PROVIDER,
			1,
			KycScope::TRADE,
			100,
			RECORD
		));
		// A claim on itself planted before this check cannot be renewed by itself either.
		Claims::<Test>::mutate(PROVIDER, |c| c.as_mut().unwrap().provider = PROVIDER);
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), PROVIDER, 200, None),
			Error::<Test>::SelfVerification
		);
		Claims::<Test>::remove(PROVIDER);
	});
}

#[test]
fn the_gate_opens_only_for_working_claims() {
	run_test(|| {
		assert_noop!(check(ALICE, 1), Error::<Test>::NoKyc);
		verify(ALICE, 2, 100);
		assert_ok!(check(ALICE, 1));
		assert_ok!(check(ALICE, 2));
		assert_noop!(check(ALICE, 3), Error::<Test>::KycLevelTooLow);
		// Expiry needs nobody to act.
		System::set_block_number(99);
		assert_ok!(check(ALICE, 1));
		System::set_block_number(100);
		assert_noop!(check(ALICE, 1), Error::<Test>::KycExpired);
		// Renewal brings it back, and counts the claim's duration from now.
		assert_ok!(Kyc::renew_claim(
			RuntimeOrigin::signed(PROVIDER),
			ALICE,
			100 + YEAR,
			Some([1; 32])
		));
		assert_eq!(last_event(), Event::ClaimRenewed { who: ALICE, expires_at: 100 + YEAR });
		let claim = Claims::<Test>::get(ALICE).unwrap();
		assert_eq!((claim.commitment, claim.issued_at), ([1; 32], 100));
		assert_ok!(check(ALICE, 1));
		// Revocation shuts it.
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::ClaimRevoked { who: ALICE, by: None });
		assert_noop!(check(ALICE, 1), Error::<Test>::KycRevoked);
	});
}

#[test]
fn the_gate_opens_only_for_uses_the_scope_covers() {
	run_test(|| {
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(PROVIDER),
			ALICE,
			2,
			KycScope::only(KycUse::Land),
			100,
			RECORD
		));
		assert_ok!(Kyc::ensure_verified(&ALICE, 2, KycUse::Land));
		for use_ in [KycUse::Trade, KycUse::Insurance, KycUse::Crowdfunding] {
			assert_noop!(Kyc::ensure_verified(&ALICE, 1, use_), Error::<Test>::KycScopeNotCovered);
		}
		// Re-issuing with a wider scope opens the other uses.
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(PROVIDER),
			ALICE,
			2,
			KycScope::ALL,
			100,
			RECORD
		));
		for use_ in [KycUse::Trade, KycUse::Land, KycUse::Insurance, KycUse::Crowdfunding] {
			assert_ok!(Kyc::ensure_verified(&ALICE, 2, use_));
		}
	});
}

#[test]
fn renewal_and_revocation_belong_to_the_issuer() {
	run_test(|| {
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 50, None),
			Error::<Test>::NoKyc
		);
		assert_noop!(
			Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::NoKyc
		);
		verify(ALICE, 1, 100);
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE, 50, None),
			Error::<Test>::NotYourClaim
		);
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 1, None),
			Error::<Test>::BadExpiry
		);
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(ALICE), ALICE, 50, None),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Kyc::revoke_claim(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE),
			Error::<Test>::NotYourClaim
		);
		assert_noop!(
			Kyc::revoke_claim(RuntimeOrigin::signed(ALICE), ALICE),
			Error::<Test>::NotProvider
		);
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE));
		assert_eq!(last_event(), Event::ClaimRevoked { who: ALICE, by: Some(PROVIDER) });
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().revoked, Some(Revoker::Provider));
		// The provider's own revocation its renewal undoes.
		assert_ok!(Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 50, None));
		assert_ok!(check(ALICE, 1));
	});
}

#[test]
fn no_provider_undoes_a_governance_revocation() {
	run_test(|| {
		verify(ALICE, 2, 100);
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::root(), ALICE));
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().revoked, Some(Revoker::Governance));
		// Not by renewal…
		assert_noop!(
			Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 200, None),
			Error::<Test>::RevokedByGovernance
		);
		// …nor by re-issue, by the issuer or another provider…
		for p in [PROVIDER, OTHER_PROVIDER] {
			assert_noop!(
				Kyc::issue_claim(RuntimeOrigin::signed(p), ALICE, 2, KycScope::ALL, 200, RECORD),
				Error::<Test>::RevokedByGovernance
			);
		}
		// …nor by turning it into its own revocation (which its renewal could undo)…
		assert_noop!(
			Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::RevokedByGovernance
		);
		// …not even after the claim expired.
		System::set_block_number(150);
		assert_noop!(
			Kyc::issue_claim(
				RuntimeOrigin::signed(OTHER_PROVIDER),
				ALICE,
				1,
				KycScope::ALL,
				200,
				RECORD
			),
			Error::<Test>::RevokedByGovernance
		);
		assert_noop!(check(ALICE, 1), Error::<Test>::KycRevoked);

		// Only governance lifts it, and lifting does not reopen the gate by itself.
		assert_noop!(
			Kyc::lift_revocation(RuntimeOrigin::signed(PROVIDER), ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(Kyc::lift_revocation(RuntimeOrigin::root(), BOB), Error::<Test>::NoKyc);
		assert_ok!(Kyc::lift_revocation(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::RevocationLifted { who: ALICE });
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().revoked, Some(Revoker::Provider));
		assert_noop!(check(ALICE, 1), Error::<Test>::KycRevoked);
		assert_noop!(
			Kyc::lift_revocation(RuntimeOrigin::root(), ALICE),
			Error::<Test>::NotRevokedByGovernance
		);
		// Now the issuer may renew it.
		assert_ok!(Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 300, None));
		assert_ok!(check(ALICE, 2));
		// A working claim has no governance revocation to lift.
		assert_noop!(
			Kyc::lift_revocation(RuntimeOrigin::root(), ALICE),
			Error::<Test>::NotRevokedByGovernance
		);
	});
}

#[test]
fn claims_of_a_removed_provider_keep_working_until_governance_revokes_them() {
	run_test(|| {
		verify(ALICE, 1, 100);
		assert_ok!(Kyc::remove_provider(RuntimeOrigin::root(), PROVIDER));
		assert_ok!(check(ALICE, 1));
		assert_noop!(
			Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::NotProvider
		);
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::root(), ALICE));
		assert_noop!(check(ALICE, 1), Error::<Test>::KycRevoked);
		assert_ok!(Kyc::lift_revocation(RuntimeOrigin::root(), ALICE));
		// The claim is no longer working, so another provider may verify the account afresh.
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(OTHER_PROVIDER),
			ALICE,
			1,
			KycScope::TRADE,
			100,
			RECORD
		));
		assert_ok!(check(ALICE, 1));
	});
}

#[test]
fn a_flag_is_a_public_warning_that_shuts_the_gate() {
	run_test(|| {
		verify(ALICE, 3, 100);
		let evidence = cid(EVIDENCE);
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(BOB), ALICE, evidence.clone()),
			Error::<Test>::NotProvider
		);
		for bad in [&b""[..], &b"not a cid"[..], &EVIDENCE[..EVIDENCE.len() - 1]] {
			assert_noop!(
				Kyc::flag(RuntimeOrigin::signed(PROVIDER), ALICE, cid(bad)),
				Error::<Test>::BadCid
			);
		}
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE, evidence.clone()));
		assert_eq!(
			last_event(),
			Event::Flagged { who: ALICE, provider: OTHER_PROVIDER, evidence: evidence.clone() }
		);
		assert_noop!(check(ALICE, 1), Error::<Test>::AccountFlagged);
		assert_noop!(
			Kyc::clear_flag(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::NotYourClaim
		);
		assert_noop!(
			Kyc::clear_flag(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::NotProvider
		);
		assert_ok!(Kyc::clear_flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE));
		assert_eq!(last_event(), Event::FlagCleared { who: ALICE });
		assert_noop!(Kyc::clear_flag(RuntimeOrigin::root(), ALICE), Error::<Test>::NotFlagged);
		assert_ok!(check(ALICE, 3));
		// Governance clears any flag.
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(PROVIDER), ALICE, evidence));
		assert_ok!(Kyc::clear_flag(RuntimeOrigin::root(), ALICE));
		assert_ok!(check(ALICE, 3));
	});
}

#[test]
fn a_provider_cannot_overwrite_another_providers_flag() {
	run_test(|| {
		let evidence = cid(EVIDENCE);
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE, evidence.clone()));
		// Overwriting it would make it the new flagger's, which it could then clear.
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(PROVIDER), ALICE, cid(ENVELOPE)),
			Error::<Test>::FlaggedByOther
		);
		assert_eq!(Flags::<Test>::get(ALICE).unwrap().provider, OTHER_PROVIDER);
		// Its own flag a provider may update.
		System::set_block_number(5);
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE, cid(ENVELOPE)));
		let flag = Flags::<Test>::get(ALICE).unwrap();
		assert_eq!((flag.evidence, flag.at), (cid(ENVELOPE), 5));
		// A removed provider's flag stays, and still nobody but governance touches it.
		assert_ok!(Kyc::remove_provider(RuntimeOrigin::root(), OTHER_PROVIDER));
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(PROVIDER), ALICE, evidence),
			Error::<Test>::FlaggedByOther
		);
		assert_noop!(
			Kyc::clear_flag(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::NotYourClaim
		);
		assert_noop!(
			Kyc::clear_flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE),
			Error::<Test>::NotProvider
		);
		assert_ok!(Kyc::clear_flag(RuntimeOrigin::root(), ALICE));
	});
}

#[test]
fn a_provider_cannot_flag_itself() {
	run_test(|| {
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(PROVIDER), PROVIDER, cid(EVIDENCE)),
			Error::<Test>::SelfFlag
		);
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(OTHER_PROVIDER), PROVIDER, cid(EVIDENCE)));
	});
}

#[test]
fn identities_are_granted_only_to_the_parties_of_a_signed_contract() {
	run_test(|| {
		// Before signing: nothing, and no envelope can be attached.
		assert!(!Kyc::can_see_identity(&ALICE, &BOB));
		let envelope = cid(ENVELOPE);
		assert_noop!(
			Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, envelope.clone()),
			Error::<Test>::NoGrant
		);

		<Kyc as IdentityDisclosure<_>>::grant_mutual(&ALICE, &BOB, 7);
		assert!(Kyc::can_see_identity(&ALICE, &BOB) && Kyc::can_see_identity(&BOB, &ALICE));
		assert!(!Kyc::can_see_identity(&ALICE, &EVE) && !Kyc::can_see_identity(&BOB, &EVE));
		assert_eq!(
			last_event(),
			Event::IdentityGranted { owner: BOB, grantee: ALICE, contract: 7 }
		);

		assert_noop!(
			Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), EVE, envelope.clone()),
			Error::<Test>::NoGrant
		);
		for bad in [&b""[..], &b"Qm-not-a-cid"[..]] {
			assert_noop!(
				Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, cid(bad)),
				Error::<Test>::BadCid
			);
		}
		assert_ok!(Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, envelope.clone()));
		assert_eq!(
			last_event(),
			Event::EnvelopeAttached { owner: ALICE, grantee: BOB, envelope: envelope.clone() }
		);
		assert_eq!(Grants::<Test>::get(ALICE, BOB).unwrap().envelope, Some(envelope));
		assert_eq!(Grants::<Test>::get(BOB, ALICE).unwrap().envelope, None);

		// Nobody gets a grant to its own identity.
		let before = kyc_events().len();
		<Kyc as IdentityDisclosure<_>>::grant_mutual(&EVE, &EVE, 8);
		assert!(!Kyc::can_see_identity(&EVE, &EVE));
		assert_eq!(kyc_events().len(), before);
	});
}

#[test]
fn a_lapsed_contract_withdraws_only_its_own_grants() {
	run_test(|| {
		<Kyc as IdentityDisclosure<_>>::grant_mutual(&ALICE, &BOB, 7);
		assert_ok!(Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, cid(ENVELOPE)));
		// A later contract between the same parties replaces the grants…
		<Kyc as IdentityDisclosure<_>>::grant_mutual(&BOB, &ALICE, 8);
		// …so the lapse of the earlier one leaves them.
		let before = kyc_events().len();
		<Kyc as IdentityDisclosure<_>>::revoke_mutual(&ALICE, &BOB, 7);
		assert_eq!(kyc_events().len(), before);
		assert!(Kyc::can_see_identity(&ALICE, &BOB) && Kyc::can_see_identity(&BOB, &ALICE));
		assert_eq!(Grants::<Test>::get(ALICE, BOB).unwrap().contract, 8);

		// The lapse of the later one withdraws both, in either argument order.
		<Kyc as IdentityDisclosure<_>>::revoke_mutual(&ALICE, &BOB, 8);
		assert!(!Kyc::can_see_identity(&ALICE, &BOB) && !Kyc::can_see_identity(&BOB, &ALICE));
		assert_eq!(
			kyc_events()[before..],
			[
				Event::IdentityRevoked { owner: ALICE, grantee: BOB, contract: 8 },
				Event::IdentityRevoked { owner: BOB, grantee: ALICE, contract: 8 },
			]
		);
		assert_noop!(
			Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, cid(ENVELOPE)),
			Error::<Test>::NoGrant
		);
		// Withdrawing again does nothing.
		<Kyc as IdentityDisclosure<_>>::revoke_mutual(&BOB, &ALICE, 8);
		assert_eq!(kyc_events().len(), before + 2);
	});
}

#[test]
fn the_benchmarks_cid_is_the_longest_valid_one() {
	let c = longest_cid();
	assert_eq!(c.len(), 128);
	assert!(is_valid_cid(&c));
}

#[test]
fn try_state_catches_broken_invariants() {
	// Each case corrupts storage directly, checks that `do_try_state` notices, and repairs it.
	new_test_ext().execute_with(|| {
		verify(ALICE, 2, 100);
		<Kyc as IdentityDisclosure<_>>::grant_mutual(&ALICE, &BOB, 7);
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(PROVIDER), BOB, cid(EVIDENCE)));
		assert_ok!(Kyc::do_try_state());

		let good = Claims::<Test>::get(ALICE).unwrap();
		let broken_claims = [
			Claim { level: 0, ..good.clone() },
			Claim { level: MAX_LEVEL + 1, ..good.clone() },
			Claim { scope: KycScope::default(), ..good.clone() },
			Claim { provider: ALICE, ..good.clone() },
			Claim { provider: EVE, ..good.clone() },
			Claim { expires_at: good.issued_at, ..good.clone() },
			Claim { expires_at: good.issued_at + YEAR + 1, ..good.clone() },
		];
		for bad in broken_claims {
			Claims::<Test>::insert(ALICE, bad.clone());
			assert!(Kyc::do_try_state().is_err(), "{bad:?}");
		}
		Claims::<Test>::insert(ALICE, good);

		let good = Flags::<Test>::get(BOB).unwrap();
		for bad in [
			Flag { provider: BOB, ..good.clone() },
			Flag { provider: EVE, ..good.clone() },
			Flag { evidence: cid(b"not a cid"), ..good.clone() },
		] {
			Flags::<Test>::insert(BOB, bad.clone());
			assert!(Kyc::do_try_state().is_err(), "{bad:?}");
		}
		Flags::<Test>::insert(BOB, good);

		let good = Grants::<Test>::get(ALICE, BOB).unwrap();
		Grants::<Test>::insert(ALICE, BOB, Grant { envelope: Some(cid(b"x")), ..good.clone() });
		assert!(Kyc::do_try_state().is_err());
		Grants::<Test>::insert(ALICE, BOB, Grant { contract: 8, ..good.clone() });
		assert!(Kyc::do_try_state().is_err());
		Grants::<Test>::insert(ALICE, BOB, good.clone());
		Grants::<Test>::insert(EVE, EVE, good.clone());
		assert!(Kyc::do_try_state().is_err());
		Grants::<Test>::remove(EVE, EVE);
		Grants::<Test>::remove(BOB, ALICE);
		assert!(Kyc::do_try_state().is_err());
		Grants::<Test>::insert(BOB, ALICE, good);

		Providers::<Test>::mutate(PROVIDER, |p| p.as_mut().unwrap().name = name(b" padded"));
		assert!(Kyc::do_try_state().is_err());
		Providers::<Test>::mutate(PROVIDER, |p| p.as_mut().unwrap().name = name(b"Fujian KYC"));
		Providers::<Test>::mutate(PROVIDER, |p| {
			let p = p.as_mut().unwrap();
			(p.appointed_at, p.removed_at) = (5, Some(4));
		});
		assert!(Kyc::do_try_state().is_err());
		Providers::<Test>::mutate(PROVIDER, |p| p.as_mut().unwrap().removed_at = None);

		assert_ok!(Kyc::do_try_state());
	});
}
