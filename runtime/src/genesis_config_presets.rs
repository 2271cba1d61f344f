//! Genesis presets: `development` (the `dev` chain, Alice alone), `local_testnet` (Alice, Bob,
//! Charlie and Dave validating, Eve and Ferdie nominating) — both with sudo and the
//! [`test_council`] — and `mainnet`, the production chain: no sudo key, the founding council.
//!
//! Every preset starts with exactly the 4,000,000 CEC of the seven allocations
//! (docs/product.md §6), each held by a named keyless account (see [`allocation_accounts`]). The
//! test validators and nominators are funded out of the operations allocation, which runs the
//! first validators, so the genesis total never changes.

use crate::{
	configs::TEST_CNY,
	constants::{supply::*, time::BABE_GENESIS_EPOCH_CONFIG},
	AccountId, BabeConfig, Balance, BalancesConfig, BlockNumber, CouncilMembershipConfig,
	DividendsConfig, ForestryConfig, InsuranceConfig, LockupConfig, MarketMakerConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SettlementAssetsConfig, StakerStatus,
	StakingConfig, SudoConfig, SupplyConfig, CEC,
};
use alloc::{string::String, vec, vec::Vec};
use frame_support::{
	build_struct_json_patch, traits::fungible::NativeOrWithId, BoundedVec, PalletId,
};
use serde_json::Value;
use sp_authority_discovery::AuthorityId as AuthorityDiscoveryId;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// Who holds each genesis allocation. The accounts have no private key: their CEC moves only by
/// governance. The foundation's account is the treasury's (`pallet-treasury` with the same
/// `PalletId`), so its spending goes through council motions and is published on chain
/// (docs/product.md §15).
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
/// The test yuan's market maker (the sudo account) holds this much more CEC as inventory.
pub const TEST_MAKER_INVENTORY: Balance = 100_000 * CEC;
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

/// Seats of the founding council on the dev and local chains (documented in README): the six
/// well-known test accounts and the stash accounts of Alice and Bob.
pub fn test_council() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
		Sr25519Keyring::AliceStash,
		Sr25519Keyring::BobStash,
	]
	.iter()
	.map(|k| k.to_account_id())
	.collect()
}

/// Everything a preset chooses; [`genesis`] turns it into the JSON patch.
pub struct GenesisSpec {
	/// Accounts funded out of the operations allocation, and with how much.
	pub endowed: Vec<(AccountId, Balance)>,
	/// Validators: stash (also controller) account, session keys, bond.
	pub validators: Vec<(AccountId, SessionKeys, Balance)>,
	/// Nominators of every validator, with their bond.
	pub nominators: Vec<(AccountId, Balance)>,
	/// Fewest validators the chain accepts.
	pub minimum_validator_count: u32,
	/// The founding council's seats (at most 8).
	pub council: Vec<AccountId>,
	/// The sudo key: `None` on the production chain.
	pub sudo: Option<AccountId>,
	/// Test yuan: its market maker (which also gets [`TEST_MAKER_INVENTORY`] CEC more, held as
	/// its inventory) and each holder's balance (dev and local chains only).
	pub test_yuan: Option<(AccountId, Vec<(AccountId, Balance)>)>,
	/// CEC locked at genesis (holders whose coin-days count from block 0).
	pub locks: Vec<(AccountId, Balance)>,
	/// The lockup day in blocks, if not the 14,400 of a real day (a dev chain shortens it).
	pub day_length: Option<BlockNumber>,
}

/// The genesis patch of a [`GenesisSpec`]. The total is always the 4,000,000 CEC of the seven
/// allocations: what is endowed comes out of operations, and so do the existential deposits
/// that keep the escrow's account and the revenue account alive between payouts (every chain).
pub fn genesis(mut spec: GenesisSpec) -> Value {
	// The test yuan's maker is endowed with its inventory on top of what else it has.
	let makers: Vec<(AccountId, Balance)> =
		spec.test_yuan.iter().map(|(maker, _)| (maker.clone(), TEST_MAKER_INVENTORY)).collect();
	for (maker, inventory) in &makers {
		match spec.endowed.iter_mut().find(|(a, _)| a == maker) {
			Some((_, balance)) => *balance = balance.saturating_add(*inventory),
			None => spec.endowed.push((maker.clone(), *inventory)),
		}
	}
	spec.endowed.push((
		crate::configs::EscrowPalletId::get().into_account_truncating(),
		crate::constants::currency::EXISTENTIAL_DEPOSIT,
	));
	spec.endowed.push((
		crate::configs::TradeFeeAccount::get(),
		crate::constants::currency::EXISTENTIAL_DEPOSIT,
	));
	let given_away = spec.endowed.iter().fold(0, |sum: Balance, (_, b)| sum.saturating_add(*b));
	let mut balances = allocations(given_away);
	balances.extend(spec.endowed.iter().cloned());

	let validator_ids: Vec<AccountId> = spec.validators.iter().map(|(v, _, _)| v.clone()).collect();
	let mut stakers: Vec<(AccountId, AccountId, Balance, StakerStatus<AccountId>)> = spec
		.validators
		.iter()
		.map(|(v, _, bond)| (v.clone(), v.clone(), *bond, StakerStatus::Validator))
		.collect();
	stakers.extend(spec.nominators.iter().map(|(n, bond)| {
		(n.clone(), n.clone(), *bond, StakerStatus::Nominator(validator_ids.clone()))
	}));
	// The test yuan's platform revenue is paid to holders in yuan from genesis.
	let revenue_pools: Vec<NativeOrWithId<crate::configs::SettlementAssetId>> =
		spec.test_yuan.as_ref().map(|_| vec![NativeOrWithId::WithId(TEST_CNY)]).unwrap_or_default();
	let yuan_asset_ids: Vec<crate::configs::SettlementAssetId> =
		spec.test_yuan.as_ref().map(|_| vec![TEST_CNY]).unwrap_or_default();
	let (yuan_assets, yuan_metadata, yuan_accounts) = match spec.test_yuan {
		Some((_maker, holders)) => (
			vec![(TEST_CNY, crate::configs::SettlementIssuer::get(), true, 1)],
			vec![(TEST_CNY, b"Test yuan".to_vec(), b"CNY".to_vec(), 2)],
			holders.into_iter().map(|(a, b)| (TEST_CNY, a, b)).collect::<Vec<_>>(),
		),
		None => (Vec::new(), Vec::new(), Vec::new()),
	};

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig {
			keys: spec
				.validators
				.iter()
				.map(|(v, keys, _)| (v.clone(), v.clone(), keys.clone()))
				.collect::<Vec<_>>(),
		},
		staking: StakingConfig {
			validator_count: spec.validators.len() as u32,
			minimum_validator_count: spec.minimum_validator_count,
			invulnerables: Vec::new(),
			slash_reward_fraction: Perbill::from_percent(10),
			stakers,
		},
		supply: SupplyConfig { tranches: tranches() },
		sudo: SudoConfig { key: spec.sudo },
		settlement_assets: SettlementAssetsConfig {
			assets: yuan_assets,
			metadata: yuan_metadata,
			accounts: yuan_accounts,
		},
		forestry: ForestryConfig {
			species: SPECIES.iter().map(|(id, name)| (*id, name.as_bytes().to_vec())).collect(),
			witnesses: Vec::new(),
		},
		council_membership: CouncilMembershipConfig {
			members: BoundedVec::truncate_from(spec.council),
		},
		lockup: LockupConfig { locks: spec.locks, day_length: spec.day_length },
		insurance: InsuranceConfig { day_length: spec.day_length },
		dividends: DividendsConfig { pools: revenue_pools },
		market_maker: MarketMakerConfig { makers, assets: yuan_asset_ids },
	})
}

/// A test network: `validators` validate, `nominators` nominate all of them, `sudo` is Root, the
/// [`test_council`] sits; every test account gets [`TEST_ACCOUNT_ENDOWMENT`] CEC and test yuan.
pub fn testnet_genesis(
	validators: &[(Sr25519Keyring, Ed25519Keyring)],
	nominators: &[Sr25519Keyring],
	sudo: Sr25519Keyring,
) -> Value {
	genesis(testnet_spec(validators, nominators, sudo))
}

/// The [`GenesisSpec`] of [`testnet_genesis`].
pub fn testnet_spec(
	validators: &[(Sr25519Keyring, Ed25519Keyring)],
	nominators: &[Sr25519Keyring],
	sudo: Sr25519Keyring,
) -> GenesisSpec {
	let mut test_accounts: Vec<AccountId> =
		validators.iter().map(|(k, _)| k).chain(nominators).map(|k| k.to_account_id()).collect();
	for a in core::iter::once(sudo.to_account_id()).chain(test_council()) {
		if !test_accounts.contains(&a) {
			test_accounts.push(a);
		}
	}
	GenesisSpec {
		endowed: test_accounts.iter().map(|a| (a.clone(), TEST_ACCOUNT_ENDOWMENT)).collect(),
		validators: validators
			.iter()
			.map(|k| (k.0.to_account_id(), test_session_keys(*k), VALIDATOR_BOND))
			.collect(),
		nominators: nominators.iter().map(|n| (n.to_account_id(), NOMINATOR_BOND)).collect(),
		minimum_validator_count: 1,
		council: test_council(),
		sudo: Some(sudo.to_account_id()),
		test_yuan: Some((
			sudo.to_account_id(),
			test_accounts.iter().map(|a| (a.clone(), TEST_ACCOUNT_YUAN)).collect(),
		)),
		locks: Vec::new(),
		day_length: None,
	}
}

/// The `development` preset: Alice validates alone and is Root; Bob nominates her. A lockup day
/// lasts [`DEV_DAY_LENGTH`] blocks, and Dave has held [`DEV_GENESIS_LOCK`] locked since genesis
/// (a long holder to try priority and pre-sales with).
pub fn development_config_genesis() -> Value {
	let mut spec = testnet_spec(
		&[(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		&[Sr25519Keyring::Bob],
		Sr25519Keyring::Alice,
	);
	spec.locks = vec![(Sr25519Keyring::Dave.to_account_id(), DEV_GENESIS_LOCK)];
	spec.day_length = Some(DEV_DAY_LENGTH);
	genesis(spec)
}

/// A lockup day on the dev chain: 10 blocks (one minute).
pub const DEV_DAY_LENGTH: BlockNumber = 10;
/// What Dave has locked at the dev chain's genesis: 1,000 CEC.
pub const DEV_GENESIS_LOCK: Balance = 1_000 * CEC;

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

/// The production chain (`mainnet` preset, `--chain mainnet`): no sudo key, the founding council
/// seated, the launch validators from the spec, exactly the 4,000,000 CEC of the allocations.
///
/// The keys below are the public keys of the launch set. Those committed here were generated
/// for this repository and their secrets discarded: the foundation replaces them with its
/// validators' and members' real keys before launch (README, "Production chain").
pub mod mainnet {
	use super::*;

	/// Name of the preset.
	pub const PRESET: &str = "mainnet";
	/// What each launch validator is given out of operations, and what it bonds.
	pub const VALIDATOR_ENDOWMENT: Balance = 10_000 * CEC;
	/// What a launch validator bonds.
	pub const VALIDATOR_BOND: Balance = 5_000 * CEC;
	/// What each council member is given out of operations: fees and motion deposits.
	pub const COUNCIL_ENDOWMENT: Balance = 100 * CEC;

	/// Launch validators: stash account (sr25519), BABE and authority-discovery key (sr25519),
	/// GRANDPA key (ed25519).
	pub const VALIDATORS: [([u8; 32], [u8; 32], [u8; 32]); 3] = [
		(
			hex("14a0a0087cc850bba75894493f43506dcacf58c119840d11ffed5d82e2ae5320"),
			hex("901d51cb8edd4d3d4fc2acbc0c47bb7fef4a047e4954756ec54d4ade893a9029"),
			hex("44e77f3f0b14a4da7fd95936c90dacd67c71a49c4aebb9cfbe91b03f66663d7e"),
		),
		(
			hex("784dce2c7c722dd3e17e5e6a85607148df7ed4c3adb39a993c1fa0afa4f46e01"),
			hex("465a9d4d7def34ece2f24612c2e8fc7a43318a8c1cafcd73dd43a87e2fbce626"),
			hex("5df7a0a70708d58ecffda9d642ff30ac6423283f43377764f64a6d65507d8178"),
		),
		(
			hex("7ebd48d3dc888fbc28834396d89b60b8daf93dbff31d4110fc9611322092377d"),
			hex("b2f42899b55690d5bc46ab44a8e8412533121347448f3ef067b82282753c9b32"),
			hex("917da87dc93664bc4385fa3cfcfb830bfeda08ba51f17c51d1cf88ddacd220e8"),
		),
	];

	/// The founding council: five team members, then three early investors (sr25519).
	pub const COUNCIL: [[u8; 32]; 8] = [
		hex("20d921ce1360f56c2d5d0b1e6ee495d5cc210fde29279f4b64bcb93769b7af02"),
		hex("9e3d561433c68a148d996e31fedf662a38176dd721b4c94ae0051955f228fe2a"),
		hex("ba01714c32dbaa0bc8e8b226d0a9a33807a8e1b5cd5b0b1899dcc8feb249376e"),
		hex("da6a34ef4122069538c22c9707c61989898abd20f4f1c50d44a3f71556ddd03d"),
		hex("20234a6cfe841dcf26412a308a4f55b1e3de421445c9a913cb937cc3bea3be4a"),
		hex("eee558de45123195e003085391e744b56837522885305046eed2f1dc9de77c0a"),
		hex("c840070f4fd1228ba89a3d509ae492d82cdff15dcbc571e32076b99f62195152"),
		hex("584a528258cd8a54ee1fedf21339d73df261ad9e262ab7d649f7f82870786665"),
	];

	/// Decode 64 hex digits at compile time.
	const fn hex(s: &str) -> [u8; 32] {
		const fn digit(c: u8) -> u8 {
			match c {
				b'0'..=b'9' => c - b'0',
				b'a'..=b'f' => c - b'a' + 10,
				_ => panic!("not a lower-case hex digit"),
			}
		}
		let b = s.as_bytes();
		assert!(b.len() == 64, "a key is 64 hex digits");
		let mut out = [0u8; 32];
		let mut i = 0;
		while i < 32 {
			out[i] = digit(b[2 * i]) * 16 + digit(b[2 * i + 1]);
			i += 1;
		}
		out
	}

	/// The council's accounts.
	pub fn council() -> Vec<AccountId> {
		COUNCIL.iter().map(|k| AccountId::from(*k)).collect()
	}

	/// The genesis patch of the production chain.
	pub fn genesis_patch() -> Value {
		let validators: Vec<(AccountId, SessionKeys, Balance)> = VALIDATORS
			.iter()
			.map(|(stash, babe, grandpa)| {
				let keys = SessionKeys {
					babe: BabeId::from(sp_core::sr25519::Public::from_raw(*babe)),
					grandpa: GrandpaId::from(sp_core::ed25519::Public::from_raw(*grandpa)),
					authority_discovery: AuthorityDiscoveryId::from(
						sp_core::sr25519::Public::from_raw(*babe),
					),
				};
				(AccountId::from(*stash), keys, VALIDATOR_BOND)
			})
			.collect();
		let mut endowed: Vec<(AccountId, Balance)> =
			validators.iter().map(|(v, _, _)| (v.clone(), VALIDATOR_ENDOWMENT)).collect();
		endowed.extend(council().into_iter().map(|c| (c, COUNCIL_ENDOWMENT)));
		genesis(GenesisSpec {
			endowed,
			validators,
			nominators: Vec::new(),
			minimum_validator_count: 2,
			council: council(),
			sudo: None,
			test_yuan: None,
			locks: Vec::new(),
			day_length: None,
		})
	}
}

/// The JSON patch of a named preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		mainnet::PRESET => mainnet::genesis_patch(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// Names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(mainnet::PRESET),
	]
}
