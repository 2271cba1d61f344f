//! The KYC gate on the real runtime.

use super::*;
use crate::{Kyc, RuntimeOrigin};
use cec_primitives::{KycScope, KycUse};
use frame_support::{assert_noop, assert_ok};
use pallet_kyc::KycCheck;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};

#[test]
fn a_root_appointed_provider_opens_the_gate_until_the_claim_expires() {
	dev_ext().execute_with(|| {
		run_block_at_slot(GENESIS_SLOT);
		let (provider, bob) = (Charlie.to_account_id(), Bob.to_account_id());
		let name = b"Fujian KYC".to_vec().try_into().unwrap();
		assert_noop!(
			Kyc::appoint_provider(
				RuntimeOrigin::signed(Alice.to_account_id()),
				provider.clone(),
				name
			),
			sp_runtime::DispatchError::BadOrigin
		);
		let name = b"Fujian KYC".to_vec().try_into().unwrap();
		assert_ok!(Kyc::appoint_provider(RuntimeOrigin::root(), provider.clone(), name));
		assert_noop!(
			Kyc::ensure_verified(&bob, 1, KycUse::Trade),
			pallet_kyc::Error::<Runtime>::NoKyc
		);
		let expires = System::block_number() + 3;
		assert_ok!(Kyc::issue_claim(
			RuntimeOrigin::signed(provider),
			bob.clone(),
			2,
			KycScope::TRADE,
			expires,
			[7; 32]
		));
		assert_ok!(Kyc::ensure_verified(&bob, 2, KycUse::Trade));
		// A trade claim does not open the land market.
		assert_noop!(
			Kyc::ensure_verified(&bob, 1, KycUse::Land),
			pallet_kyc::Error::<Runtime>::KycScopeNotCovered
		);
		// Two years at most.
		assert_eq!(
			<Runtime as pallet_kyc::Config>::MaxClaimDuration::get(),
			730 * crate::constants::time::DAYS
		);
		for slot in 1..=3 {
			run_block_at_slot(GENESIS_SLOT + slot);
		}
		assert_noop!(
			Kyc::ensure_verified(&bob, 1, KycUse::Trade),
			pallet_kyc::Error::<Runtime>::KycExpired
		);
	});
}
