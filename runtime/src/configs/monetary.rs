//! CEC itself: balances, fees, vesting and supply.

use super::governance::dynamic_params::revenue::{AuthorFeeShare, StakerShare};
use crate::{
	constants::{currency::*, supply::*},
	AccountId, Authorship, Balance, Balances, Dividends, Runtime, RuntimeEvent,
	RuntimeFreezeReason, RuntimeHoldReason, Vesting,
};
use cec_primitives::RevenueSink;
use frame_support::traits::{fungible::NativeOrWithId, Get};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		ConstU128, ConstU32, ConstU64, ConstU8, Imbalance, OnUnbalanced, VariantCountOf,
		WithdrawReasons,
	},
	weights::{ConstantMultiplier, IdentityFee},
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::traits::{ConvertInto, One};

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	// Dust of reaped accounts is burnt.
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = frame_system::Pallet<Runtime>;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

/// Transaction fees: the block author keeps every tip and [`AuthorFeeShare`] (20 %) of the fee
/// — the "voucher fuel" that pays validators (docs/product.md §5); the rest of the fee is
/// platform revenue, paid into the dividend pool's revenue account. Nothing is burnt or minted,
/// so fees never change total issuance: what an author cannot receive (below the existential
/// deposit, or no author) is revenue too.
pub struct DealWithFees;
impl OnUnbalanced<Credit<AccountId, Balances>> for DealWithFees {
	fn on_unbalanceds(mut fees_then_tips: impl Iterator<Item = Credit<AccountId, Balances>>) {
		let Some(fees) = fees_then_tips.next() else { return };
		let author_part = AuthorFeeShare::get().mul_floor(fees.peek());
		let (mut to_author, mut to_revenue) = fees.split(author_part);
		if let Some(tips) = fees_then_tips.next() {
			tips.merge_into(&mut to_author);
		}
		if let Some(author) = Authorship::author() {
			if let Err(back) = Balances::resolve(&author, to_author) {
				back.merge_into(&mut to_revenue);
			}
		} else {
			to_author.merge_into(&mut to_revenue);
		}
		pay_revenue(to_revenue);
	}
}

/// Pay `credit` into the revenue account as platform revenue in CEC. The account keeps its
/// existential deposit from genesis, so this cannot fail short of overflow (then it is burnt).
fn pay_revenue(credit: Credit<AccountId, Balances>) {
	let amount = credit.peek();
	if amount == 0 {
		return;
	}
	if Balances::resolve(&Dividends::account_id(), credit).is_ok() {
		<Dividends as RevenueSink<_, _, _>>::note(NativeOrWithId::Native, amount);
	}
}

/// The era's emission remainder — what of the 730-day emission is not the stakers' share
/// ([`StakerShare`]) — is minted by pallet-staking into this: it goes to power holders through
/// the dividend pool, all of it at the next day close.
pub struct PowerRewards;
impl OnUnbalanced<Credit<AccountId, Balances>> for PowerRewards {
	fn on_nonzero_unbalanced(credit: Credit<AccountId, Balances>) {
		let amount = credit.peek();
		if Balances::resolve(&Dividends::account_id(), credit).is_ok() {
			Dividends::note_power_reward(amount);
		}
	}
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, DealWithFees>;
	// One unit of ref-time weight (a picosecond) costs one planck: a plain transfer costs about
	// 0.0005 CEC in weight plus 0.00001 CEC per byte.
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<{ 10 * MICRO_CEC }>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	// Weighs only `ChargeTransactionPayment`, which this runtime does not use: fees go through
	// `ChargeAssetTxPayment`, weighed by `crate::weights::pallet_asset_tx_payment`.
	type WeightInfo = ();
}

parameter_types! {
	/// pallet-balances now treats every lock as a full freeze whatever these reasons say, so
	/// locked CEC cannot pay fees either; kept as the SDK's conventional value.
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU128<CEC>;
	type WeightInfo = crate::weights::pallet_vesting::WeightInfo<Runtime>;
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}

impl pallet_supply::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Vesting = Vesting;
	type EmissionTotal = ConstU128<EMISSION_TOTAL>;
	type EmissionPeriodMillis = ConstU64<EMISSION_PERIOD_MILLIS>;
	type IssuanceCap = ConstU128<ISSUANCE_CAP>;
	type StakerShare = StakerShare;
}
