//! Foundation governance (docs/product.md §15): the 8-seat council and the origins every pallet's
//! authority comes from, council membership and community elections, the treasury with its
//! published spending, runtime parameters by threshold class, and the whitelist route through
//! which a unanimous council acts as Root (runtime upgrades).
//!
//! | Decision | Origin | Council votes |
//! |---|---|---|
//! | appoint / remove witnesses, species, KYC providers, arbiters; rule disputes; staking admin; council seats in the founding phase; treasury spends; audit reports | [`AppointmentOrigin`] | more than half: 5 of 8 |
//! | parameters that move money (trade fee, escrow deposits), settlement-asset force calls, switching community elections on or off | [`MoneyOrigin`] | at least 3/4: 6 of 8 |
//! | runtime upgrade and anything else only Root may do | [`EnsureCouncilUnanimous`] whitelists and dispatches the call as Root | 8 of 8 |
//!
//! Root (the `sudo` key on the dev and local chains; absent on `mainnet`) passes every origin.

use crate::{
	constants::{currency::*, time::*},
	AccountId, Balance, Balances, BlockNumber, Council, Preimage, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Treasury, MAXIMUM_BLOCK_WEIGHT,
};
use alloc::boxed::Box;
use cec_primitives::{SpendIndex, TreasurySpend};
use frame_support::{
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	parameter_types,
	traits::{
		fungible::{HoldConsideration, Inspect},
		tokens::{Fortitude, Preservation, UnityAssetBalanceConversion},
		ChangeMembers, ConstU32, EitherOf, EitherOfDiverse, EnsureOrigin, EnsureOriginWithArg, Get,
		MapSuccess,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess};
use sp_runtime::{
	traits::{AccountIdConversion, IdentityLookup, Replace},
	DispatchError, Perbill, Permill,
};

/// The foundation council's instance of `pallet-collective`.
pub type CouncilCollective = pallet_collective::Instance1;
/// The council's seat list (`pallet-membership`), used in the founding phase.
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// Council thresholds are absolute aye counts (`pallet_collective::EnsureMembers<_, _, N>`:
/// `Members(ayes, _) if ayes >= N`), not shares of the seats at close time, so a council that
/// shrank (seats removed, a short election) does not reach a threshold with fewer votes; and
/// absent members never count as ayes ([`AbsentVotesNay`]).
pub type EnsureCouncilVotes<const N: u32> =
	pallet_collective::EnsureMembers<AccountId, CouncilCollective, N>;

/// A council motion passed by a simple majority of the 8 seats: 5 ayes.
pub type EnsureCouncilMajority = EnsureCouncilVotes<5>;
/// A council motion passed by three quarters of the 8 seats: 6 ayes.
pub type EnsureCouncilSupermajority = EnsureCouncilVotes<6>;
/// A council motion passed by all 8 seats.
pub type EnsureCouncilUnanimous = EnsureCouncilVotes<8>;

/// Appointments, removals and rulings: Root or a council majority.
pub type AppointmentOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureCouncilMajority>;
/// Decisions that move money (fees, deposits, slashes, forced asset moves): Root or 3/4 of the
/// council.
pub type MoneyOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureCouncilSupermajority>;
/// Seating a new member and anything only Root may do: Root or the whole council.
pub type UnanimousOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureCouncilUnanimous>;

/// A member who does not vote is counted against the motion when it is closed after its
/// duration: silence never turns a majority into a supermajority or unanimity (the SDK's
/// prime-default rules would).
pub struct AbsentVotesNay;
impl pallet_collective::DefaultVote for AbsentVotesNay {
	fn default_vote(_prime_vote: Option<bool>, _yes_votes: u32, _no_votes: u32, _len: u32) -> bool {
		false
	}
}

parameter_types! {
	/// Council seats: 5 team members and 3 early investors, later elected.
	pub const CouncilMaxMembers: u32 = 8;
	/// A motion not closed within 5 days is closed by whoever calls `close`, the absent
	/// members counting as nays.
	pub const CouncilMotionDuration: BlockNumber = 5 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * MAXIMUM_BLOCK_WEIGHT;
	/// A motion in flight holds 1 CEC of its proposer, returned after it closes.
	pub const ProposalDeposit: Balance = CEC;
	pub const ProposalHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Council(pallet_collective::HoldReason::ProposalSubmission);
}

/// The foundation council.
impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type DefaultVote = AbsentVotesNay;
	/// pallet-collective's `close_approved` benchmark passes its motion by the prime's default
	/// vote; which rule counts the absent costs the same.
	#[cfg(feature = "runtime-benchmarks")]
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Seats change through `CouncilMembership` (founding phase) or `Elections`; Root may reset
	/// them directly only as a last resort.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = AppointmentOrigin;
	type KillOrigin = AppointmentOrigin;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		ProposalHoldReason,
		pallet_collective::deposit::Constant<ProposalDeposit>,
		u32,
	>;
}

/// Whether community elections fill the council ([`dynamic_params::governance::CommunityElections`]).
pub fn community_elections() -> bool {
	dynamic_params::governance::CommunityElections::get()
}

/// Passes `Inner` only in the founding phase, while community elections are off: the founding
/// council then changes its own seats by majority; once elections are on, only elections do.
pub struct FoundingPhase<Inner>(core::marker::PhantomData<Inner>);
impl<Inner: EnsureOrigin<RuntimeOrigin>> EnsureOrigin<RuntimeOrigin> for FoundingPhase<Inner> {
	type Success = Inner::Success;
	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		if community_elections() {
			return Err(o);
		}
		Inner::try_origin(o)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Inner::try_successful_origin()
	}
}

/// The founding council's seats: genesis members until the switch to community elections. A new
/// member needs the whole council (a majority cannot swap dissenters for friends); removing one
/// takes 3/4.
impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = FoundingPhase<UnanimousOrigin>;
	type RemoveOrigin = FoundingPhase<MoneyOrigin>;
	type SwapOrigin = FoundingPhase<UnanimousOrigin>;
	type ResetOrigin = FoundingPhase<UnanimousOrigin>;
	type PrimeOrigin = FoundingPhase<AppointmentOrigin>;
	type MembershipInitialized = Council;
	type MembershipChanged = FoundingSeats;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = crate::weights::pallet_membership_council_membership::WeightInfo<Runtime>;
}

/// Replace the council's seats by `new` (sorted), diffing against the seats it has now, so the
/// votes of everyone who leaves are removed from open motions.
fn seat_council(new: &[AccountId]) {
	let current = pallet_collective::Members::<Runtime, CouncilCollective>::get();
	<Council as ChangeMembers<AccountId>>::set_members_sorted(new, &current);
}

/// `CouncilMembership`'s changes reach the council only in the founding phase; once elections
/// are on, its list (e.g. a founder's `change_key`) no longer touches the seats.
pub struct FoundingSeats;
impl ChangeMembers<AccountId> for FoundingSeats {
	fn change_members_sorted(_incoming: &[AccountId], _outgoing: &[AccountId], new: &[AccountId]) {
		if !community_elections() {
			seat_council(new)
		}
	}
	fn set_prime(prime: Option<AccountId>) {
		if !community_elections() {
			<Council as ChangeMembers<AccountId>>::set_prime(prime)
		}
	}
	fn get_prime() -> Option<AccountId> {
		<Council as ChangeMembers<AccountId>>::get_prime()
	}
}

/// Elected seats reach the council only while community elections are on, and only as a full
/// council of [`DesiredMembers`]: an election with fewer winners leaves the seats as they are
/// (a council of one would otherwise be "unanimous" by itself).
pub struct ElectedSeats;
impl ChangeMembers<AccountId> for ElectedSeats {
	fn change_members_sorted(_incoming: &[AccountId], _outgoing: &[AccountId], new: &[AccountId]) {
		if community_elections() && new.len() == DesiredMembers::get() as usize {
			seat_council(new)
		}
	}
	fn set_prime(prime: Option<AccountId>) {
		let seated = prime.as_ref().map_or(true, |p| {
			pallet_collective::Members::<Runtime, CouncilCollective>::get().contains(p)
		});
		if community_elections() && seated {
			<Council as ChangeMembers<AccountId>>::set_prime(prime)
		}
	}
	fn get_prime() -> Option<AccountId> {
		<Council as ChangeMembers<AccountId>>::get_prime()
	}
}

/// The council's term once community elections are on: an election every 28 days.
pub struct CouncilTerm;
impl Get<BlockNumber> for CouncilTerm {
	fn get() -> BlockNumber {
		// The benchmarks measure an election as it runs once elections are on.
		if cfg!(feature = "runtime-benchmarks") || community_elections() {
			ELECTED_COUNCIL_TERM
		} else {
			// Zero keeps pallet-elections-phragmen passive: no election runs.
			0
		}
	}
}
/// Length of an elected council's term.
pub const ELECTED_COUNCIL_TERM: BlockNumber = 28 * DAYS;

parameter_types! {
	pub const ElectionsPalletId: frame_support::traits::LockIdentifier = *b"cec/elec";
	/// A candidate locks 100 CEC; a loser (not a runner-up) loses it to the treasury.
	pub const CandidacyBond: Balance = 100 * CEC;
	/// A voter reserves 1 CEC plus 0.0032 CEC per candidate voted for, returned on `remove_voter`.
	pub const VotingBondBase: Balance = deposit(1, 64);
	pub const VotingBondFactor: Balance = deposit(0, 32);
	pub const DesiredMembers: u32 = 8;
	pub const DesiredRunnersUp: u32 = 4;
	pub const MaxElectionCandidates: u32 = 64;
	/// Above this many voters pallet-elections-phragmen skips the election (`ElectionError`).
	/// The largest election (64 candidates, 6,000 voters of 16 votes) measured 162 ms on the
	/// reference machine, about 0.23 s with its 6,000 reads: well within one block.
	pub const MaxElectionVoters: u32 = 6_000;
	pub const MaxVotesPerVoter: u32 = 16;
}

/// Community elections of the council: CEC holders lock CEC to vote for up to 16 candidates;
/// passive (no elections) until the council switches `CommunityElections` on.
impl pallet_elections_phragmen::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type PalletId = ElectionsPalletId;
	type Currency = Balances;
	type ChangeMembers = ElectedSeats;
	type InitializeMembers = ();
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type CandidacyBond = CandidacyBond;
	type VotingBondBase = VotingBondBase;
	type VotingBondFactor = VotingBondFactor;
	type LoserCandidate = Treasury;
	type KickedMember = Treasury;
	type DesiredMembers = DesiredMembers;
	type DesiredRunnersUp = DesiredRunnersUp;
	type TermDuration = CouncilTerm;
	type MaxCandidates = MaxElectionCandidates;
	type MaxVoters = MaxElectionVoters;
	type MaxVotesPerVoter = MaxVotesPerVoter;
	type WeightInfo = crate::weights::pallet_elections_phragmen::WeightInfo<Runtime>;
}

parameter_types! {
	/// The treasury's account is the foundation allocation's (`modlcec/fund`): the foundation's
	/// 100,000 CEC (in four tranches) is its first funding.
	pub const TreasuryPalletId: PalletId = PalletId(*b"cec/fund");
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	pub const SpendPeriod: BlockNumber = DAYS;
	/// Nothing is burnt: unspent funds stay for later spends.
	pub const Burn: Permill = Permill::zero();
	/// An approved spend must be paid out within 30 days or it expires.
	pub const PayoutPeriod: BlockNumber = 30 * DAYS;
	pub const MaxApprovals: u32 = 100;
	/// The most one council-approved spend may pay: 10,000 CEC.
	pub const MaxCouncilSpend: Balance = 10_000 * CEC;
	pub const MaxBalance: Balance = Balance::MAX;
}

/// The foundation treasury. Spends reach it only through `Foundation::spend` (a council motion
/// with a justification CID) or Root; anyone pays an approved spend out with `treasury.payout`.
impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = AppointmentOrigin;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = Burn;
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = crate::weights::pallet_treasury::WeightInfo<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = MaxApprovals;
	type SpendOrigin = EnsureRootWithSuccess<AccountId, MaxBalance>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = frame_support::traits::tokens::pay::PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryArguments;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// Spend arguments for the treasury benchmarks: CEC (the only asset kind) to a seeded account.
#[cfg(feature = "runtime-benchmarks")]
pub struct TreasuryArguments;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_treasury::ArgumentsFactory<(), AccountId> for TreasuryArguments {
	fn create_asset_kind(_seed: u32) {}
	/// The benchmarks spend 100 planck, less than the existential deposit: the treasury and the
	/// beneficiary already exist, as they do on a running chain (the benchmarks' genesis funds
	/// neither).
	fn create_beneficiary(seed: [u8; 32]) -> AccountId {
		use frame_support::traits::fungible::Mutate;
		let beneficiary = AccountId::from(seed);
		let existential = <Balances as Inspect<AccountId>>::minimum_balance();
		for who in [TreasuryAccount::get(), beneficiary.clone()] {
			if <Balances as Inspect<AccountId>>::balance(&who) < existential {
				let _ = Balances::mint_into(&who, existential);
			}
		}
		beneficiary
	}
}

/// `Foundation` approves treasury spends through `pallet-treasury`'s own `spend`.
pub struct FoundationTreasury;
impl TreasurySpend<AccountId, Balance> for FoundationTreasury {
	fn spendable() -> Balance {
		// Free balance less the existential deposit and the tranches still locked.
		<Balances as Inspect<AccountId>>::reducible_balance(
			&TreasuryAccount::get(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}
	fn approve(beneficiary: &AccountId, amount: Balance) -> Result<SpendIndex, DispatchError> {
		let index = pallet_treasury::SpendCount::<Runtime>::get();
		Treasury::spend(
			RuntimeOrigin::root(),
			Box::new(()),
			amount,
			Box::new(beneficiary.clone()),
			None,
		)?;
		Ok(index)
	}
	/// Whether `pallet-treasury` still holds the spend. It does while the spend is pending or
	/// failed, and also after `treasury.payout` (status `Attempted`) until `treasury.check_status`
	/// clears it, and after its expiry until `check_status` removes it. Between the payout and
	/// `check_status` the treasury's balance has already dropped by the amount, so the spend
	/// counts twice against [`Self::spendable`]: conservative, never an overcommitment.
	/// `treasury.void_spend` removes it at once.
	fn is_open(index: SpendIndex) -> bool {
		pallet_treasury::Spends::<Runtime>::contains_key(index)
	}
}

/// Published spending: every council-approved spend with its justification CID, and audit
/// reports.
impl pallet_foundation::Config for Runtime {
	type Balance = Balance;
	type Treasury = FoundationTreasury;
	type SpendOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, MaxBalance>,
		MapSuccess<EnsureCouncilMajority, Replace<MaxCouncilSpend>>,
	>;
	type ReportOrigin = AppointmentOrigin;
	type WeightInfo = pallet_foundation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FoundationBenchmarkHelper;
}

/// Funds the treasury for the spend benchmark.
#[cfg(feature = "runtime-benchmarks")]
pub struct FoundationBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_foundation::BenchmarkHelper<AccountId, Balance> for FoundationBenchmarkHelper {
	fn fund_treasury(amount: Balance) {
		use frame_support::traits::fungible::Mutate;
		// The treasury keeps its existential deposit, so `spendable()` is what comes on top.
		let ed = <Balances as Inspect<AccountId>>::minimum_balance();
		let _ = Balances::mint_into(&TreasuryAccount::get(), amount.saturating_add(ed));
	}
}

/// A unanimous council whitelists a call's hash and dispatches it as Root: the route for runtime
/// upgrades (`system.set_code`) on a chain without a sudo key.
impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WhitelistOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureCouncilUnanimous>;
	type DispatchWhitelistedOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureCouncilUnanimous>;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = ConstU32<{ 7 * DAYS }>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
	type WeightInfo = crate::weights::pallet_whitelist::WeightInfo<Runtime>;
}

/// Parameters governance changes without a runtime upgrade (`parameters.set_parameter`).
#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// Trade: the escrow's fee and storage deposits. Changing them moves money: 3/4.
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod trade {
		/// The platform's fee on each trade, charged to the buyer on top of the price.
		#[codec(index = 0)]
		pub static TradeFeeRate: Permill = Permill::from_percent(1);
		/// A listing: its record (about 200 bytes).
		#[codec(index = 1)]
		pub static ListingDeposit: Balance = deposit(1, 200);
		/// A contract: its record (about 450 bytes) and the two identity grants it creates.
		#[codec(index = 2)]
		pub static ContractDeposit: Balance = deposit(3, 450 + 2 * 240);
		/// One evidence CID (up to 128 bytes).
		#[codec(index = 3)]
		pub static EvidenceDeposit: Balance = deposit(0, 128);
		/// A review (about 200 bytes).
		#[codec(index = 4)]
		pub static ReviewDeposit: Balance = deposit(1, 200);
	}

	/// Governance itself: 3/4.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod governance {
		/// Off (the founding phase): the council's seats are `CouncilMembership`'s. On: every 28
		/// days `Elections` fills them from the community's votes.
		#[codec(index = 0)]
		pub static CommunityElections: bool = false;
	}

	/// Who is paid out of fees and the emission. Moves money: 3/4.
	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod revenue {
		/// The share of each transaction's fee (tips aside: those are all the author's) the
		/// block author keeps; the rest is platform revenue for the dividend pool. 20 %: the
		/// "voucher fuel" that pays validators for including a transaction, while most of what
		/// users pay comes back to the holders whose power backs the chain.
		#[codec(index = 0)]
		pub static AuthorFeeShare: Perbill = Perbill::from_percent(20);
		/// The share of each era's emission paid to validators and nominators; the rest goes to
		/// power holders through the dividend pool. 50 %: REQUIREMENTS §6 has the emission
		/// "produced by staking power", both the stake that secures the chain and the locked
		/// CEC that uses it.
		#[codec(index = 1)]
		pub static StakerShare: Perbill = Perbill::from_percent(50);
	}

	/// DApps: what a developer bonds to deploy contracts. Moves money: 3/4.
	#[dynamic_pallet_params]
	#[codec(index = 4)]
	pub mod dapps {
		/// The least bond that lets a developer upload and instantiate contracts. Raising it
		/// stops smaller bonds from deploying until their developers add to them.
		#[codec(index = 0)]
		pub static MinDeveloperBond: Balance = 1_000 * CEC;
	}

	/// Insurance: the platform fee on premiums (moves money, 3/4) and how many oracle members
	/// make an event of record (3/4: it decides payouts).
	#[dynamic_pallet_params]
	#[codec(index = 5)]
	pub mod insurance {
		/// The platform fee, a share of each premium paid on top of it to the revenue account.
		#[codec(index = 0)]
		pub static InsuranceFeeRate: Perbill = Perbill::from_percent(2);
		/// Oracle members whose reports of the same event make it an event of record (at least
		/// 1; above the committee's size no event is recorded).
		#[codec(index = 1)]
		pub static OracleQuorum: u32 = 2;
	}

	/// Crowdfunding: the platform fee on released milestones (moves money, 3/4).
	#[dynamic_pallet_params]
	#[codec(index = 6)]
	pub mod crowdfunding {
		/// The platform fee, a share of each released milestone paid to the revenue account.
		#[codec(index = 0)]
		pub static CrowdfundingFeeRate: Perbill = Perbill::from_percent(1);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Trade(dynamic_params::trade::Parameters::TradeFeeRate(
			dynamic_params::trade::TradeFeeRate,
			Some(Permill::from_percent(1)),
		))
	}
}

/// Who may set each parameter: by threshold class, never a simple majority.
pub struct ParameterOrigin;
impl EnsureOriginWithArg<RuntimeOrigin, RuntimeParametersKey> for ParameterOrigin {
	type Success = ();
	fn try_origin(
		origin: RuntimeOrigin,
		key: &RuntimeParametersKey,
	) -> Result<Self::Success, RuntimeOrigin> {
		match key {
			RuntimeParametersKey::Trade(_)
			| RuntimeParametersKey::Governance(_)
			| RuntimeParametersKey::Revenue(_)
			| RuntimeParametersKey::Dapps(_)
			| RuntimeParametersKey::Insurance(_)
			| RuntimeParametersKey::Crowdfunding(_) => {
				<MoneyOrigin as EnsureOrigin<RuntimeOrigin>>::try_origin(origin).map(|_| ())
			},
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_key: &RuntimeParametersKey) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = ParameterOrigin;
	type WeightInfo = crate::weights::pallet_parameters::WeightInfo<Runtime>;
}
