//! Runtime-level tests: the real `Runtime`, built from the real genesis presets, driven block by
//! block through `Executive` with BABE pre-digests, as the node would drive it.

mod crowdfunding;
mod dapps;
mod dividends;
mod escrow;
mod forestry;
mod genesis;
mod governance;
mod insurance;
mod kyc;
mod lockup;
mod market_maker;
mod slashing;
mod staking_rewards;
mod weights;

use crate::{
	constants::time::SLOT_DURATION, genesis_config_presets, Executive, Header, Runtime,
	RuntimeGenesisConfig, System, Timestamp,
};
use codec::Encode;
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest},
	Slot, BABE_ENGINE_ID,
};
use sp_runtime::{traits::Header as _, BuildStorage, Digest, DigestItem};

/// First slot of the test chains (any slot works; real chains start at `now / 6 s`).
pub const GENESIS_SLOT: u64 = 1_000_000;

/// Merge a JSON patch into a JSON value (as the node does with genesis presets).
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(b), serde_json::Value::Object(p)) => {
			for (k, v) in p {
				merge(b.entry(k).or_insert(serde_json::Value::Null), v);
			}
		},
		(b, p) => *b = p,
	}
}

/// Storage of the chain a preset describes.
pub fn ext_from_preset(patch: serde_json::Value) -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serialises");
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("preset is valid");
	let storage = config.build_storage().expect("genesis builds");
	sp_io::TestExternalities::new(storage)
}

/// The `development` chain.
pub fn dev_ext() -> sp_io::TestExternalities {
	ext_from_preset(genesis_config_presets::development_config_genesis())
}

/// The `local_testnet` chain.
pub fn local_ext() -> sp_io::TestExternalities {
	ext_from_preset(genesis_config_presets::local_config_genesis())
}

/// A BABE pre-runtime digest claiming `slot` for authority 0 (a secondary slot claim).
pub fn babe_digest(slot: u64, authority_index: u32) -> Digest {
	let pre = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
		authority_index,
		slot: Slot::from(slot),
	});
	Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre.encode())] }
}

/// Execute one whole block at `slot` (initialise, set the timestamp inherent, finalise).
pub fn run_block_at_slot(slot: u64) -> Header {
	let number = System::block_number() + 1;
	let parent_hash = if number == 1 { Default::default() } else { System::block_hash(number - 1) };
	let header = Header::new(
		number,
		Default::default(),
		Default::default(),
		parent_hash,
		babe_digest(slot, 0),
	);
	Executive::initialize_block(&header);
	Timestamp::set(crate::RuntimeOrigin::none(), slot * SLOT_DURATION).expect("inherent applies");
	let header = Executive::finalize_block();
	assert_invariants();
	// Remember the real hash so the next block can name its parent.
	frame_system::BlockHash::<Runtime>::insert(number, header.hash());
	header
}

/// The `try_state` checks of our pallets, run after every block of every runtime test.
pub fn assert_invariants() {
	crate::Forestry::do_try_state().expect("forestry invariants");
	crate::TreeTokens::do_try_state().expect("tree-token invariants");
	crate::Kyc::do_try_state().expect("kyc invariants");
	crate::Escrow::do_try_state().expect("escrow invariants");
	crate::Foundation::do_try_state().expect("foundation invariants");
	crate::Lockup::do_try_state().expect("lockup invariants");
	crate::Dividends::do_try_state().expect("dividend pool invariants");
	crate::MarketMaker::do_try_state().expect("market-maker invariants");
	crate::DappBond::do_try_state().expect("dapp-bond invariants");
	crate::Insurance::do_try_state().expect("insurance invariants");
	crate::Crowdfunding::do_try_state().expect("crowdfunding invariants");
}

/// `witness` becomes a forestry witness and attests `owner`'s new parcel 0, on which it registers
/// one tree of species 2 (the shared set-up of the trade tests).
pub fn parcel_with_one_tree(owner: &crate::AccountId, witness: &crate::AccountId) {
	use crate::{Forestry, RuntimeOrigin};
	use pallet_forestry::{GeoPoint, ParcelInfo, TreeOrigin, TreeSurvey};
	let cid: pallet_forestry::Cid =
		b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".to_vec().try_into().unwrap();
	frame_support::assert_ok!(Forestry::appoint_witness(
		RuntimeOrigin::root(),
		witness.clone(),
		b"FJ-WIT-0001".to_vec().try_into().unwrap(),
		b"CN-35".to_vec().try_into().unwrap(),
	));
	let info = ParcelInfo {
		region: b"CN-350481".to_vec().try_into().unwrap(),
		area_m2: 200_000,
		boundary_cid: cid.clone(),
		boundary_hash: [9; 32],
		certificate_cid: cid,
	};
	frame_support::assert_ok!(Forestry::register_parcel(
		RuntimeOrigin::signed(owner.clone()),
		info
	));
	frame_support::assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(witness.clone()), 0));
	let survey = TreeSurvey {
		species: 2,
		position: GeoPoint { lat: 261_000_000, lon: 1_193_000_000 },
		height_cm: 1_500,
		crown_cm: 500,
		trunk_mm: Some(280),
		planted: Some(2012),
		origin: TreeOrigin::Planted,
	};
	frame_support::assert_ok!(Forestry::register_trees(
		RuntimeOrigin::signed(witness.clone()),
		0,
		vec![survey].try_into().unwrap()
	));
}

/// Slot of the last executed block.
pub fn current_slot() -> u64 {
	*pallet_babe::CurrentSlot::<Runtime>::get()
}

/// Skip to the first slot of the next epoch, which ends the session (and, every
/// `SessionsPerEra`, the era).
pub fn run_next_session() {
	if System::block_number() == 0 {
		run_block_at_slot(GENESIS_SLOT);
	}
	let epoch: u64 = <Runtime as pallet_babe::Config>::EpochDuration::get();
	let session = pallet_session::CurrentIndex::<Runtime>::get();
	let next_epoch_start = *crate::Babe::current_epoch_start() + epoch;
	// The slot before the new epoch, then its first slot: as on a live chain, the block that
	// rotates the session sees the previous block's timestamp.
	if current_slot() + 1 < next_epoch_start {
		run_block_at_slot(next_epoch_start - 1);
	}
	run_block_at_slot(next_epoch_start);
	assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), session + 1, "session rotated");
}

/// Rotate sessions until `era` is the active era.
pub fn run_to_active_era(era: sp_staking::EraIndex) {
	while pallet_staking::ActiveEra::<Runtime>::get().map(|e| e.index).unwrap_or(0) < era {
		run_next_session();
	}
}

/// A signed extrinsic as a wallet would submit it: immortal, no tip, every extension checked.
pub fn signed_extrinsic(
	signer: sp_keyring::Sr25519Keyring,
	nonce: crate::Nonce,
	call: crate::RuntimeCall,
) -> crate::UncheckedExtrinsic {
	tipped_extrinsic(signer, nonce, call, 0)
}

/// [`signed_extrinsic`] with a tip for the block author.
pub fn tipped_extrinsic(
	signer: sp_keyring::Sr25519Keyring,
	nonce: crate::Nonce,
	call: crate::RuntimeCall,
	tip: crate::Balance,
) -> crate::UncheckedExtrinsic {
	extrinsic_paid_in(signer, nonce, call, tip, None)
}

/// [`tipped_extrinsic`] whose fee is paid in the settlement asset `fee_asset` (by its location,
/// as wallets name it), or in CEC for `None`.
pub fn extrinsic_paid_in(
	signer: sp_keyring::Sr25519Keyring,
	nonce: crate::Nonce,
	call: crate::RuntimeCall,
	tip: crate::Balance,
	fee_asset: Option<crate::configs::SettlementAssetId>,
) -> crate::UncheckedExtrinsic {
	let tx_ext = tx_extension(sp_runtime::generic::Era::Immortal, nonce, tip, fee_asset);
	let payload = crate::SignedPayload::new(call.clone(), tx_ext.clone()).expect("payload builds");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	crate::UncheckedExtrinsic::new_signed(
		call,
		sp_runtime::MultiAddress::Id(signer.to_account_id()),
		sp_runtime::MultiSignature::Sr25519(signature),
		tx_ext,
	)
}

/// The transaction extensions a wallet attaches: `era`, `nonce`, a `tip`, the fee paid in
/// `fee_asset` (by its location) or in CEC for `None`, no metadata hash.
pub fn tx_extension(
	era: sp_runtime::generic::Era,
	nonce: crate::Nonce,
	tip: crate::Balance,
	fee_asset: Option<crate::configs::SettlementAssetId>,
) -> crate::TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(era),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_asset_tx_payment::ChargeAssetTxPayment::from(
			tip,
			fee_asset.map(crate::configs::fee_asset_location),
		),
		pallet_lockup::PrioritiseHolders::new(),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

/// Run one block at the next slot with `f` applied inside it (so the block has its author).
pub fn in_block<R>(f: impl FnOnce() -> R) -> R {
	let number = System::block_number() + 1;
	let slot = current_slot() + 1;
	let header = Header::new(
		number,
		Default::default(),
		Default::default(),
		System::block_hash(number - 1),
		babe_digest(slot, 0),
	);
	Executive::initialize_block(&header);
	Timestamp::set(crate::RuntimeOrigin::none(), slot * crate::SLOT_DURATION)
		.expect("inherent applies");
	let r = f();
	let header = Executive::finalize_block();
	frame_system::BlockHash::<Runtime>::insert(number, header.hash());
	assert_invariants();
	r
}

/// Charlie becomes a KYC provider and verifies `who`.
pub fn verify(who: &[&crate::AccountId]) {
	let charlie = sp_keyring::Sr25519Keyring::Charlie.to_account_id();
	if !pallet_kyc::Providers::<Runtime>::contains_key(&charlie) {
		frame_support::assert_ok!(crate::Kyc::appoint_provider(
			crate::RuntimeOrigin::root(),
			charlie.clone(),
			b"Dev KYC".to_vec().try_into().unwrap()
		));
	}
	let expires = System::block_number() + 100 * crate::DAYS;
	for w in who {
		let scope = cec_primitives::KycScope::ALL;
		frame_support::assert_ok!(crate::Kyc::issue_claim(
			crate::RuntimeOrigin::signed(charlie.clone()),
			(*w).clone(),
			1,
			scope,
			expires,
			[1; 32]
		));
	}
}
