//! Genesis presets: `development` (the `dev` chain, Alice alone) and `local_testnet` (Alice, Bob,
//! Charlie and Dave validating, Eve and Ferdie nominating).
//!
//! Every preset starts with exactly the 4,000,000 CEC of the seven allocations
//! (docs/product.md §6), each held by a named keyless account (see [`allocation_accounts`]). The
//! test validators and nominators are funded out of the operations allocation, which runs the
//! first validators, so the genesis total never changes.

use crate::{
	configs::TEST_CNY,
	constants::{supply::*, time::BABE_GENESIS_EPOCH_CONFIG},
	AccountId, BabeConfig, Balance, BalancesConfig, ForestryConfig, RuntimeGenesisConfig,
	SessionConfig, SessionKeys, SettlementAssetsConfig, StakerStatus, StakingConfig, SudoConfig,
	SupplyConfig, CEC,
};
use alloc::{string::String, vec, vec::Vec};
use frame_support::{build_struct_json_patch, PalletId};
use serde_json::Value;
use sp_authority_discovery::AuthorityId as AuthorityDiscoveryId;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// Who holds each genesis allocation. The accounts have no private key: their CEC moves only by
/// governance (Root today, the council later), which is how the foundation's spending is audited
/// on chain (docs/product.md §15).
pub mod allocation_accounts {
	use super::*;

	/// Derive the keyless account of an allocation.
	pub fn account(id: &[u8; 8]) -> AccountId {
		PalletId(*id).into_account_truncating()
	}
	/// Lab output: 2,000,000 CEC.
	pub fn lab_output() -> AccountId {
		account(b"cec/lab_")
	}
	/// Promotion: 500,000 CEC, locked 12 months.
	pub fn promotion() -> AccountId {
		account(b"cec/prom")
	}
	/// Tech team: 100,000 CEC in four tranches.
	pub fn tech_team() -> AccountId {
		account(b"cec/team")
	}
	/// Operations: 1,000,000 CEC (less what dev/test chains give their validators).
	pub fn operations() -> AccountId {
		account(b"cec/oper")
	}
	/// Ecosystem: 200,000 CEC.
	pub fn ecosystem() -> AccountId {
		account(b"cec/ecos")
	}
	/// Foundation: 100,000 CEC in four tranches.
	pub fn foundation() -> AccountId {
		account(b"cec/fund")
	}
	/// Environmental charity: 100,000 CEC.
	pub fn charity() -> AccountId {
		account(b"cec/char")
	}
}

/// What every test validator and nominator is given from the operations allocation.
pub const TEST_ACCOUNT_ENDOWMENT: Balance = 10_000 * CEC;
/// Test yuan (2 decimals) every test account starts with: 100,000.00 CNY.
pub const TEST_ACCOUNT_YUAN: Balance = 10_000_000;
/// What a test validator bonds.
pub const VALIDATOR_BOND: Balance = 5_000 * CEC;
/// What a test nominator bonds.
pub const NOMINATOR_BOND: Balance = 2_000 * CEC;

/// The seven allocations, with `operations_given_away` moved out of operations to test accounts.
pub fn allocations(operations_given_away: Balance) -> Vec<(AccountId, Balance)> {
	use allocation_accounts::*;
	vec![
		(lab_output(), LAB_OUTPUT),
		(promotion(), PROMOTION),
		(tech_team(), TECH_TEAM),
		(operations(), OPERATIONS.saturating_sub(operations_given_away)),
		(ecosystem(), ECOSYSTEM),
		(foundation(), FOUNDATION),
		(charity(), CHARITY),
	]
}

/// Vesting steps at genesis: tech team and foundation in four tranches, promotion all at once.
pub fn tranches() -> Vec<(AccountId, Vec<(crate::BlockNumber, Balance)>)> {
	use allocation_accounts::*;
	vec![
		(tech_team(), four_tranches(TECH_TEAM)),
		(foundation(), four_tranches(FOUNDATION)),
		(promotion(), vec![(PROMOTION_LOCK_MONTHS * crate::MONTHS, PROMOTION)]),
	]
}

/// Session keys of a well-known test authority: its sr25519 and ed25519 keys of one dev seed.
fn test_session_keys((sr, ed): (Sr25519Keyring, Ed25519Keyring)) -> SessionKeys {
	SessionKeys {
		babe: BabeId::from(sr.public()),
		grandpa: GrandpaId::from(ed.public()),
		authority_discovery: AuthorityDiscoveryId::from(sr.public()),
	}
}

/// The species list a chain starts with: the main plantation and timber species of southern and
/// north-eastern China. Governance extends it with `forestry.add_species`.
pub const SPECIES: &[(u16, &str)] = &[
	(1, "Pinus massoniana"),
	(2, "Cunninghamia lanceolata"),
	(3, "Eucalyptus urophylla x grandis"),
	(4, "Phyllostachys edulis"),
	(5, "Larix gmelinii"),
	(6, "Populus x euramericana"),
	(7, "Quercus variabilis"),
	(8, "Pinus koraiensis"),
	(9, "Cinnamomum camphora"),
	(10, "Camellia oleifera"),
];

/// A test network: `validators` validate, `nominators` nominate all of them, `sudo` is Root.
pub fn testnet_genesis(
	validators: &[(Sr25519Keyring, Ed25519Keyring)],
	nominators: &[Sr25519Keyring],
	sudo: Sr25519Keyring,
) -> Value {
	let mut test_accounts: Vec<AccountId> =
		validators.iter().map(|(k, _)| k).chain(nominators).map(|k| k.to_account_id()).collect();
	if !test_accounts.contains(&sudo.to_account_id()) {
		test_accounts.push(sudo.to_account_id());
	}
	let given_away = TEST_ACCOUNT_ENDOWMENT.saturating_mul(test_accounts.len() as Balance);

	let mut balances = allocations(given_away);
	balances.extend(test_accounts.iter().map(|a| (a.clone(), TEST_ACCOUNT_ENDOWMENT)));

	let validator_ids: Vec<AccountId> = validators.iter().map(|(k, _)| k.to_account_id()).collect();
	let mut stakers: Vec<(AccountId, AccountId, Balance, StakerStatus<AccountId>)> = validator_ids
		.iter()
		.map(|v| (v.clone(), v.clone(), VALIDATOR_BOND, StakerStatus::Validator))
		.collect();
	stakers.extend(nominators.iter().map(|n| {
		let n = n.to_account_id();
		(n.clone(), n, NOMINATOR_BOND, StakerStatus::Nominator(validator_ids.clone()))
	}));

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|k| (k.0.to_account_id(), k.0.to_account_id(), test_session_keys(*k)))
				.collect::<Vec<_>>(),
		},
		staking: StakingConfig {
			validator_count: validators.len() as u32,
			minimum_validator_count: 1,
			invulnerables: Vec::new(),
			slash_reward_fraction: Perbill::from_percent(10),
			stakers,
		},
		supply: SupplyConfig { tranches: tranches() },
		sudo: SudoConfig { key: Some(sudo.to_account_id()) },
		settlement_assets: SettlementAssetsConfig {
			assets: vec![(TEST_CNY, sudo.to_account_id(), true, 1)],
			metadata: vec![(TEST_CNY, b"Test yuan".to_vec(), b"CNY".to_vec(), 2)],
			accounts: test_accounts
				.iter()
				.map(|a| (TEST_CNY, a.clone(), TEST_ACCOUNT_YUAN))
				.collect::<Vec<_>>(),
		},
		forestry: ForestryConfig {
			species: SPECIES.iter().map(|(id, name)| (*id, name.as_bytes().to_vec())).collect(),
			witnesses: Vec::new(),
		},
	})
}

/// The `development` preset: Alice validates alone and is Root; Bob nominates her.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		&[(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		&[Sr25519Keyring::Bob],
		Sr25519Keyring::Alice,
	)
}

/// The `local_testnet` preset: four validators, two nominators.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		&[
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		&[Sr25519Keyring::Eve, Sr25519Keyring::Ferdie],
		Sr25519Keyring::Alice,
	)
}

/// The JSON patch of a named preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// Names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
