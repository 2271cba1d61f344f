//! DApps: ink! contracts on `pallet-contracts`, deployed only by developers who bond CEC
//! (`pallet-dapp-bond`), reading the forestry registry and the KYC gate through the chain
//! extension [`CecChainExtension`].

/// The developer bond's minimum, a parameter governance sets (3/4).
pub use super::governance::dynamic_params::dapps::MinDeveloperBond;
use super::governance::{MoneyOrigin, TreasuryAccount};
use crate::{
	constants::{currency::*, time::DAYS},
	AccountId, Balance, Balances, BlockNumber, Forestry, Hash, Kyc, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, Timestamp,
};
use alloc::vec::Vec;
use cec_primitives::{KycCheck, KycUse, TreeLookupError, TreeRegistry};
use codec::{Decode, Encode};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, Nothing, Randomness},
};
use pallet_contracts::chain_extension::{
	ChainExtension, Environment, Ext, InitState, Result as ExtResult, RetVal,
};
use sp_runtime::Perbill;

/// How long an unbonding developer waits before its bond is released, and may still be slashed:
/// 28 days, so that a council motion (open 5 days) has time to be noticed, proposed and closed
/// even if the developer unbonds right after deploying.
pub const DEVELOPER_COOLDOWN: BlockNumber = 28 * DAYS;

parameter_types! {
	/// Storage a contract creates costs what other storage costs on CEC Chain
	/// (`constants::currency::deposit`): 0.1 CEC an item, 0.0001 CEC a byte.
	pub const DepositPerItem: Balance = deposit(1, 0);
	/// See [`DepositPerItem`].
	pub const DepositPerByte: Balance = deposit(0, 1);
	/// The storage deposit limit of a call that names none: 1,024 items of 1 KiB.
	pub const DefaultDepositLimit: Balance = deposit(1024, 1024 * 1024);
	/// A contract that depends on another's code (delegate calls) locks 30 % of that code's
	/// deposit, so the code cannot be removed under it.
	pub const CodeHashLockupDepositPercent: Perbill = Perbill::from_percent(30);
	/// The contracts' cost table. Its host-function and instruction costs come from our measured
	/// `WeightInfo` (`weights::pallet_contracts`); its limits are the SDK's, but for what a
	/// validator must hold in memory.
	///
	/// pallet-contracts' integrity test checks that the contract storage and events one full
	/// block can write (its ref-time over the cost of a 16 KiB `set_storage`) fit in half of
	/// `validator_runtime_memory` less the 128 MiB Wasm heap. The SDK's 512 MiB is sized for a
	/// parachain validator, which also holds the proof of validity in three copies; a CEC
	/// validator holds no proof. Our measured database write (21 µs, against the SDK's 100 µs)
	/// lets more writes into a block: with the SDK's host-function weights, about 270 MiB of
	/// contract storage, over that check's 192 MiB. We therefore state 1 GiB (448 MiB for
	/// storage and events): validators need at least 8 GiB of RAM (README).
	pub Schedule: pallet_contracts::Schedule<Runtime> = {
		let mut schedule = pallet_contracts::Schedule::<Runtime>::default();
		schedule.limits.validator_runtime_memory = 1024 * 1024 * 1024;
		schedule
	};
	/// Where slashed bonds go.
	pub SlashBeneficiary: AccountId = TreasuryAccount::get();
}

/// Contracts get no randomness: pallet-contracts refuses code that imports its deprecated
/// `seal_random` host functions, so this is never called. DApps that need randomness use a
/// commit–reveal scheme or an oracle.
pub struct NoRandomness;
impl Randomness<Hash, BlockNumber> for NoRandomness {
	fn random(_subject: &[u8]) -> (Hash, BlockNumber) {
		(Hash::zero(), 0)
	}
}

/// ink! 5 contracts (Wasm): ink!'s default environment types (AccountId32, u128 balances, u64
/// milliseconds, u32 block numbers), storage paid by deposits, unstable host functions off,
/// contracts cannot dispatch runtime calls, and only bonded developers deploy.
impl pallet_contracts::Config for Runtime {
	type Time = Timestamp;
	type Randomness = NoRandomness;
	type Currency = Balances;
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Contracts call no runtime call (`seal_call_runtime` always fails).
	type CallFilter = Nothing;
	type WeightPrice = pallet_transaction_payment::Pallet<Runtime>;
	type WeightInfo = crate::weights::pallet_contracts::WeightInfo<Runtime>;
	type ChainExtension = CecChainExtension;
	type Schedule = Schedule;
	/// Five nested contract calls at most.
	type CallStack = [pallet_contracts::Frame<Self>; 5];
	type DepositPerByte = DepositPerByte;
	type DefaultDepositLimit = DefaultDepositLimit;
	type DepositPerItem = DepositPerItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	type AddressGenerator = pallet_contracts::DefaultAddressGenerator;
	/// 123 KiB of Wasm; the pallet's integrity test checks it against the runtime's memory.
	type MaxCodeLen = ConstU32<{ 123 * 1024 }>;
	type MaxStorageKeyLen = ConstU32<128>;
	type MaxTransientStorageSize = ConstU32<{ 1024 * 1024 }>;
	type MaxDelegateDependencies = ConstU32<32>;
	type UnsafeUnstableInterface = ConstBool<false>;
	type MaxDebugBufferLen = ConstU32<{ 2 * 1024 * 1024 }>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type UploadOrigin = pallet_dapp_bond::EnsureBondedDeveloper<Runtime>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type InstantiateOrigin = pallet_dapp_bond::EnsureBondedDeveloper<Runtime>;
	/// pallet-contracts' benchmarks deploy from an unbonded account (see
	/// [`DeployGateForBenchmarks`]).
	#[cfg(feature = "runtime-benchmarks")]
	type UploadOrigin = DeployGateForBenchmarks;
	/// See [`DeployGateForBenchmarks`].
	#[cfg(feature = "runtime-benchmarks")]
	type InstantiateOrigin = DeployGateForBenchmarks;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type Migrations = ();
	/// The migration benchmarks need a migration to run, as in the SDK's kitchensink runtime.
	#[cfg(feature = "runtime-benchmarks")]
	type Migrations = pallet_contracts::migration::codegen::BenchMigrations;
	type Debug = ();
	type Environment = ();
	type ApiVersion = ();
	type Xcm = ();
}

/// Benchmarks only: the deploy gate's storage reads (whether the account is banned, its bond),
/// then any signed account passes. pallet-contracts' benchmarks upload and instantiate from
/// their own unbonded caller, which [`pallet_dapp_bond::EnsureBondedDeveloper`] refuses; this
/// gate makes the same reads, so the measured weights include the check a real deploy pays.
/// Never in a runtime that runs a chain: the `runtime-benchmarks` build is only for measuring.
#[cfg(feature = "runtime-benchmarks")]
pub struct DeployGateForBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl frame_support::traits::EnsureOrigin<crate::RuntimeOrigin> for DeployGateForBenchmarks {
	type Success = AccountId;

	fn try_origin(o: crate::RuntimeOrigin) -> Result<AccountId, crate::RuntimeOrigin> {
		match o.into() {
			Ok(frame_system::RawOrigin::Signed(who)) => {
				// The reads the real gate makes; an unbonded caller is let through.
				let _ = crate::DappBond::ensure_can_deploy(&who);
				Ok(who)
			},
			Ok(other) => Err(other.into()),
			Err(o) => Err(o),
		}
	}

	fn try_successful_origin() -> Result<crate::RuntimeOrigin, ()> {
		Ok(frame_system::RawOrigin::Signed(frame_benchmarking::whitelisted_caller()).into())
	}
}

/// Developers bond CEC to deploy; the council (3/4, it moves money) slashes to the treasury.
impl pallet_dapp_bond::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type MinDeveloperBond = MinDeveloperBond;
	type UnbondingPeriod = ConstU32<DEVELOPER_COOLDOWN>;
	type SlashOrigin = MoneyOrigin;
	type SlashBeneficiary = SlashBeneficiary;
	type WeightInfo = pallet_dapp_bond::weights::SubstrateWeight<Runtime>;
}

/// The chain extension's status codes (what a contract's `CecError` decodes from).
pub mod status {
	/// Success: the output buffer holds the answer.
	pub const OK: u32 = 0;
	/// No such extension or function id.
	pub const UNKNOWN_FUNCTION: u32 = 1;
	/// Function 1: the input is not a smart code (undecodable, too long, bad symbol or check).
	pub const MALFORMED_CODE: u32 = 2;
	/// Function 1: a well-formed code that names no registered tree.
	pub const TREE_NOT_FOUND: u32 = 3;
	/// Function 2: the input does not decode as `(AccountId, u8, KycUse)`.
	pub const INVALID_INPUT: u32 = 4;
}

/// The one extension id contracts use (ink!: `#[ink::chain_extension(extension = 0)]`).
pub const EXTENSION_ID: u16 = 0;
/// Function 1: `tree_by_code(code: Vec<u8>) -> TreeFacts`.
pub const FN_TREE_BY_CODE: u16 = 1;
/// Function 2: `kyc_verified(who: AccountId, min_level: u8, use_: KycUse) -> bool`.
pub const FN_KYC_VERIFIED: u16 = 2;
/// Longest input function 1 reads: a SCALE `Vec<u8>` of up to 32 bytes (one length byte; the
/// registry's codes are at most 16 symbols). Longer inputs are answered `MALFORMED_CODE` unread.
const MAX_CODE_INPUT: u32 = 33;
/// The exact input length of function 2: 32-byte account, level, use.
const KYC_INPUT: u32 = 34;

/// Read-only lookups for contracts, all under extension id 0:
///
/// | fn | input (SCALE) | output (SCALE) on status 0 | other statuses |
/// |---:|---|---|---|
/// | 1 | `Vec<u8>` smart code | `TreeFacts` | 2 malformed code, 3 not found |
/// | 2 | `(AccountId, u8, KycUse)` | `bool`: holds a valid claim of that level and use | 4 bad input |
///
/// Any other id returns status 1. Each function charges its benchmarked worst-case weight
/// before it reads the contract's input; bad input is a status code the contract handles. Only
/// what would be a bug in the contract itself traps it: an input or output pointer outside its
/// memory, or an output buffer too small for the answer (pallet-contracts' own checks).
#[derive(Default)]
pub struct CecChainExtension;

impl ChainExtension<Runtime> for CecChainExtension {
	fn call<E: Ext<T = Runtime>>(&mut self, env: Environment<E, InitState>) -> ExtResult<RetVal> {
		let (ext_id, func_id) = (env.ext_id(), env.func_id());
		let mut env = env.buf_in_buf_out();
		let status = match (ext_id, func_id) {
			(EXTENSION_ID, FN_TREE_BY_CODE) => {
				env.charge_weight(<Forestry as TreeRegistry<_, _>>::tree_by_code_weight())?;
				let len = env.in_len();
				let code = if len <= MAX_CODE_INPUT {
					Vec::<u8>::decode(&mut &env.read(len)?[..]).ok()
				} else {
					None
				};
				match code.map(|code| <Forestry as TreeRegistry<_, _>>::tree_by_code(&code)) {
					None | Some(Err(TreeLookupError::MalformedCode)) => status::MALFORMED_CODE,
					Some(Err(TreeLookupError::NotFound)) => status::TREE_NOT_FOUND,
					Some(Ok(facts)) => {
						env.write(&success(facts), false, None)?;
						status::OK
					},
				}
			},
			(EXTENSION_ID, FN_KYC_VERIFIED) => {
				env.charge_weight(<Kyc as KycCheck<AccountId>>::ensure_verified_weight())?;
				let len = env.in_len();
				let input = if len == KYC_INPUT {
					<(AccountId, u8, KycUse)>::decode(&mut &env.read(len)?[..]).ok()
				} else {
					None
				};
				match input {
					None => status::INVALID_INPUT,
					Some((who, level, use_)) => {
						let verified =
							<Kyc as KycCheck<AccountId>>::ensure_verified(&who, level, use_)
								.is_ok();
						env.write(&success(verified), false, None)?;
						status::OK
					},
				}
			},
			_ => status::UNKNOWN_FUNCTION,
		};
		Ok(RetVal::Converging(status))
	}
}

/// What the output buffer holds on success: the SCALE encoding of the value, which is how ink!
/// 5.1 decodes a chain-extension function's `Ok` value.
fn success<T: Encode>(value: T) -> Vec<u8> {
	value.encode()
}
