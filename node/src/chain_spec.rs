//! Built-in chain specifications: `dev`, `local` and `mainnet`.

use cec_runtime::{DECIMALS, SS58_PREFIX, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::{ChainType, Properties};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// A chain spec of this runtime (genesis given by a runtime preset or a JSON file).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token and address format, read by Polkadot.js Apps and wallets from `system_properties`.
pub fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| "The runtime Wasm blob was not built (SKIP_WASM_BUILD?)".to_string())
}

fn spec(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id("cec")
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// `--dev`: Alice validates alone, blocks are produced and finalised at once.
pub fn development_config() -> Result<ChainSpec, String> {
	spec("CEC Development", "cec_dev", ChainType::Development, DEV_RUNTIME_PRESET)
}

/// `--chain local`: Alice, Bob, Charlie and Dave validate; Eve and Ferdie nominate.
pub fn local_testnet_config() -> Result<ChainSpec, String> {
	spec("CEC Local Testnet", "cec_local", ChainType::Local, LOCAL_TESTNET_RUNTIME_PRESET)
}

/// `--chain mainnet`: the production chain. No sudo key; the founding council governs; the
/// launch validators of the runtime's `mainnet` preset.
pub fn mainnet_config() -> Result<ChainSpec, String> {
	spec(
		"CEC Chain",
		"cec_mainnet",
		ChainType::Live,
		cec_runtime::genesis_config_presets::mainnet::PRESET,
	)
}
