//! NPoS staking: who validates, how they are elected, paid and slashed.

use crate::{
	constants::time::SESSIONS_PER_ERA, voter_bags, AccountId, Balance, Balances, Runtime,
	RuntimeEvent, RuntimeHoldReason, Session, Staking, Supply, Timestamp, VoterList,
};
use frame_election_provider_support::{
	bounds::{ElectionBounds, ElectionBoundsBuilder},
	onchain, SequentialPhragmen,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Nothing},
};
use sp_runtime::Perbill;

/// Eras (days) a stash stays bonded after `unbond`, and so stays slashable.
pub const BONDING_DURATION: sp_staking::EraIndex = 28;

parameter_types! {
	pub const SessionsPerEra: sp_staking::SessionIndex = SESSIONS_PER_ERA;
	pub const BondingDuration: sp_staking::EraIndex = BONDING_DURATION;
	/// Slashes wait 27 eras before they apply, so governance (Root) can cancel an unjust one
	/// with `staking.cancelDeferredSlash`; one era less than bonding so the offender is still
	/// bonded when it lands.
	pub const SlashDeferDuration: sp_staking::EraIndex = BONDING_DURATION - 1;
	pub const HistoryDepth: u32 = 84;
	pub const MaxExposurePageSize: u32 = 256;
	pub const MaxValidatorSet: u32 = 100;
	/// The on-chain election reads at most this many voters and targets, so the era-end election
	/// has a fixed upper cost however many accounts stake.
	pub ElectionBoundsOnChain: ElectionBounds = ElectionBoundsBuilder::default()
		.voters_count(MaxElectingVoters::get().into())
		.targets_count(MaxElectableTargets::get().into())
		.build();
	pub const MaxElectingVoters: u32 = 2_000;
	pub const MaxElectableTargets: u32 = 500;
	pub const MaxBackersPerWinner: u32 = 512;
	pub const BagThresholds: &'static [u64] = &voter_bags::THRESHOLDS;
}

/// Most nominators behind one validator that equivocation weights account for.
pub type MaxNominators = ConstU32<512>;

/// Sequential Phragmén, run on chain at the end of an era over the bounded voter snapshot.
pub struct OnChainSeqPhragmen;
impl onchain::Config for OnChainSeqPhragmen {
	type System = Runtime;
	type Solver = SequentialPhragmen<AccountId, Perbill>;
	type DataProvider = Staking;
	type WeightInfo = crate::weights::frame_election_provider_support::WeightInfo<Runtime>;
	type MaxWinnersPerPage = MaxValidatorSet;
	type MaxBackersPerWinner = MaxBackersPerWinner;
	type Bounds = ElectionBoundsOnChain;
	type Sort = frame_support::traits::ConstBool<true>;
}

impl pallet_staking::Config for Runtime {
	type OldCurrency = Balances;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CurrencyBalance = Balance;
	type UnixTime = Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type ElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type GenesisElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type NominationsQuota = pallet_staking::FixedNominationsQuota<16>;
	type HistoryDepth = HistoryDepth;
	// Era rewards follow the 730-day emission curve: the stakers' share is the era reward, the
	// rest (the remainder) goes to power holders through the dividend pool.
	type RewardRemainder = super::monetary::PowerRewards;
	type RuntimeEvent = RuntimeEvent;
	// Slashed CEC (less the reporters' reward) is burnt: issuance goes down, never up.
	type Slash = ();
	type Reward = ();
	type SessionsPerEra = SessionsPerEra;
	type BondingDuration = BondingDuration;
	type SlashDeferDuration = SlashDeferDuration;
	/// Slashes move money: cancelling a deferred slash, `manual_slash` and the other staking
	/// admin calls take 3/4 of the council.
	type AdminOrigin = super::governance::MoneyOrigin;
	type SessionInterface = Self;
	type EraPayout = Supply;
	type NextNewSession = Session;
	type MaxExposurePageSize = MaxExposurePageSize;
	type MaxValidatorSet = MaxValidatorSet;
	type VoterList = VoterList;
	type TargetList = pallet_staking::UseValidatorsMap<Self>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxControllersInDeprecationBatch = ConstU32<5_900>;
	type EventListeners = ();
	type Filter = Nothing;
	type BenchmarkingConfig = StakingBenchmarkingConfig;
	type WeightInfo = crate::weights::pallet_staking::WeightInfo<Runtime>;
}

/// Sizes the staking benchmarks run up to: the validator set limit and the electing voters.
pub struct StakingBenchmarkingConfig;
impl pallet_staking::BenchmarkingConfig for StakingBenchmarkingConfig {
	type MaxValidators = MaxValidatorSet;
	type MaxNominators = MaxElectingVoters;
}

/// Voters kept sorted by stake in bags, so the bounded snapshot takes the largest first.
impl pallet_bags_list::Config<pallet_bags_list::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_bags_list::WeightInfo<Runtime>;
	type ScoreProvider = Staking;
	type BagThresholds = BagThresholds;
	type MaxAutoRebagPerBlock = ConstU32<0>;
	type Score = sp_npos_elections::VoteWeight;
}
