use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const RECORD: [u8; 32] = [0xab; 32];

fn cid(s: &[u8]) -> Cid {
	Cid::try_from(s.to_vec()).unwrap()
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

fn verify(who: AccountId, level: u8, until: u64) {
	assert_ok!(Kyc::issue_claim(
		RuntimeOrigin::signed(PROVIDER),
		who,
		level,
		scope::TRADE,
		until,
		RECORD
	));
}

#[test]
fn governance_appoints_and_removes_providers() {
	new_test_ext().execute_with(|| {
		let name = ProviderName::try_from(b"Shanghai KYC".to_vec()).unwrap();
		assert_noop!(
			Kyc::appoint_provider(RuntimeOrigin::signed(ALICE), 7, name.clone()),
			DispatchError::BadOrigin
		);
		assert_ok!(Kyc::appoint_provider(RuntimeOrigin::root(), 7, name.clone()));
		assert_eq!(last_event(), Event::ProviderAppointed { provider: 7, name: name.clone() });
		assert_noop!(
			Kyc::appoint_provider(RuntimeOrigin::root(), 7, name),
			Error::<Test>::AlreadyProvider
		);
		assert_noop!(Kyc::remove_provider(RuntimeOrigin::signed(7), 7), DispatchError::BadOrigin);
		assert_ok!(Kyc::remove_provider(RuntimeOrigin::root(), 7));
		assert_noop!(Kyc::remove_provider(RuntimeOrigin::root(), 7), Error::<Test>::NotProvider);
		assert_noop!(
			Kyc::issue_claim(RuntimeOrigin::signed(7), ALICE, 1, scope::TRADE, 10, RECORD),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn claims_are_checked_on_issue() {
	new_test_ext().execute_with(|| {
		let issue = |level, scope, until| {
			Kyc::issue_claim(RuntimeOrigin::signed(PROVIDER), ALICE, level, scope, until, RECORD)
		};
		assert_noop!(issue(0, scope::TRADE, 100), Error::<Test>::BadLevel);
		assert_noop!(issue(4, scope::TRADE, 100), Error::<Test>::BadLevel);
		assert_noop!(issue(1, 0, 100), Error::<Test>::BadScope);
		assert_noop!(issue(1, 1 << 9, 100), Error::<Test>::BadScope);
		assert_noop!(issue(1, scope::TRADE, 1), Error::<Test>::BadExpiry);
		assert_noop!(issue(1, scope::TRADE, 2 + YEAR), Error::<Test>::BadExpiry);
		assert_ok!(issue(2, scope::TRADE | scope::LAND, 1 + YEAR));
		assert_eq!(
			last_event(),
			Event::ClaimIssued {
				who: ALICE,
				provider: PROVIDER,
				level: 2,
				scope: 3,
				expires_at: 1 + YEAR
			}
		);
		let claim = Claims::<Test>::get(ALICE).unwrap();
		assert_eq!((claim.commitment, claim.issued_at, claim.revoked), (RECORD, 1, false));
		// Another provider cannot take over a working claim…
		assert_noop!(
			Kyc::issue_claim(
				RuntimeOrigin::signed(OTHER_PROVIDER),
				ALICE,
				3,
				scope::ALL,
				50,
				RECORD
			),
			Error::<Test>::ClaimedByOther
		);
		// …but may once it is revoked.
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::signed(PROVIDER), ALICE));
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(OTHER_PROVIDER),
			ALICE,
			3,
			scope::ALL,
			50,
			RECORD
		));
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().provider, OTHER_PROVIDER);
	});
}

#[test]
fn the_gate_opens_only_for_working_claims() {
	new_test_ext().execute_with(|| {
		assert_noop!(Kyc::ensure_verified(&ALICE, 1), Error::<Test>::NoKyc);
		verify(ALICE, 2, 100);
		assert_ok!(Kyc::ensure_verified(&ALICE, 1));
		assert_ok!(Kyc::ensure_verified(&ALICE, 2));
		assert_noop!(Kyc::ensure_verified(&ALICE, 3), Error::<Test>::KycLevelTooLow);
		// Expiry needs nobody to act.
		System::set_block_number(99);
		assert_ok!(Kyc::ensure_verified(&ALICE, 1));
		System::set_block_number(100);
		assert_noop!(Kyc::ensure_verified(&ALICE, 1), Error::<Test>::KycExpired);
		// Renewal brings it back.
		assert_ok!(Kyc::renew_claim(RuntimeOrigin::signed(PROVIDER), ALICE, 500, Some([1; 32])));
		assert_eq!(last_event(), Event::ClaimRenewed { who: ALICE, expires_at: 500 });
		assert_eq!(Claims::<Test>::get(ALICE).unwrap().commitment, [1; 32]);
		assert_ok!(Kyc::ensure_verified(&ALICE, 1));
		// Revocation shuts it.
		assert_ok!(Kyc::revoke_claim(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::ClaimRevoked { who: ALICE, by: None });
		assert_noop!(Kyc::ensure_verified(&ALICE, 1), Error::<Test>::KycRevoked);
	});
}

#[test]
fn renewal_and_revocation_belong_to_the_issuer() {
	new_test_ext().execute_with(|| {
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
	});
}

#[test]
fn a_flag_is_a_public_warning_that_shuts_the_gate() {
	new_test_ext().execute_with(|| {
		verify(ALICE, 3, 100);
		let evidence = cid(b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq");
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(BOB), ALICE, evidence.clone()),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Kyc::flag(RuntimeOrigin::signed(PROVIDER), ALICE, cid(b"")),
			Error::<Test>::BadCid
		);
		assert_ok!(Kyc::flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE, evidence.clone()));
		assert_eq!(last_event(), Event::Flagged { who: ALICE, provider: OTHER_PROVIDER, evidence });
		assert_noop!(Kyc::ensure_verified(&ALICE, 1), Error::<Test>::AccountFlagged);
		assert_noop!(
			Kyc::clear_flag(RuntimeOrigin::signed(PROVIDER), ALICE),
			Error::<Test>::NotYourClaim
		);
		assert_ok!(Kyc::clear_flag(RuntimeOrigin::signed(OTHER_PROVIDER), ALICE));
		assert_eq!(last_event(), Event::FlagCleared { who: ALICE });
		assert_noop!(Kyc::clear_flag(RuntimeOrigin::root(), ALICE), Error::<Test>::NotFlagged);
		assert_ok!(Kyc::ensure_verified(&ALICE, 3));
	});
}

#[test]
fn identities_are_granted_only_to_the_parties_of_a_signed_contract() {
	new_test_ext().execute_with(|| {
		// Before signing: nothing, and no envelope can be attached.
		assert!(!Kyc::can_see_identity(&ALICE, &BOB));
		let envelope = cid(b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG");
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
		assert_noop!(
			Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, cid(b"")),
			Error::<Test>::BadCid
		);
		assert_ok!(Kyc::attach_envelope(RuntimeOrigin::signed(ALICE), BOB, envelope.clone()));
		assert_eq!(Grants::<Test>::get(ALICE, BOB).unwrap().envelope, Some(envelope));
		assert_eq!(Grants::<Test>::get(BOB, ALICE).unwrap().envelope, None);
	});
}
