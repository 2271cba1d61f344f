//! Units, time and the CEC supply figures (docs/product.md §6).

/// Money.
pub mod currency {
	use crate::Balance;

	/// Decimal places of CEC.
	pub const DECIMALS: u8 = 12;
	/// One CEC in planck.
	pub const CEC: Balance = 1_000_000_000_000;
	/// 0.001 CEC.
	pub const MILLI_CEC: Balance = CEC / 1_000;
	/// 0.000001 CEC.
	pub const MICRO_CEC: Balance = CEC / 1_000_000;
	/// Below this an account is reaped: 0.01 CEC.
	pub const EXISTENTIAL_DEPOSIT: Balance = 10 * MILLI_CEC;
	/// Token symbol shown by wallets.
	pub const TOKEN_SYMBOL: &str = "CEC";
	/// Address format (SS58) of CEC Chain accounts.
	pub const SS58_PREFIX: u16 = 3686;

	/// The largest supply any asset of the chain's `pallet-assets` instances (tree tokens,
	/// settlement assets) may have, in its smallest units: 10^36, below half the balance range.
	/// The SDK's `fungibles` transfer, which our pallets use, credits the receiver through a check
	/// that supply plus amount does not overflow and ignores that check's failure after debiting
	/// the sender, so with a supply past half the range payments would vanish (found by the
	/// runtime fuzzer: `fuzz/README.md`, finding 1).
	pub const MAX_ASSET_SUPPLY: Balance = 1_000_000_000_000_000_000_000_000_000_000_000_000;

	/// Deposit for storing `items` entries of `bytes` total bytes (multisig, proxy, preimage).
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * 100 * MILLI_CEC + (bytes as Balance) * 100 * MICRO_CEC
	}
}

/// Time, in blocks and milliseconds.
pub mod time {
	use crate::{BlockNumber, Moment};

	/// Target block time: 6 s.
	pub const MILLISECS_PER_BLOCK: Moment = 6_000;
	/// BABE slot length equals the block time.
	pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day: 14,400.
	pub const DAYS: BlockNumber = HOURS * 24;
	/// A month in the whitepaper's sense: 30 days, 432,000 blocks.
	pub const MONTHS: BlockNumber = 30 * DAYS;
	/// Milliseconds in a day.
	pub const DAY_MILLIS: Moment = 86_400_000;

	/// One BABE epoch = one session = 1 hour.
	pub const EPOCH_DURATION_IN_BLOCKS: BlockNumber = HOURS;
	/// Sessions per staking era: 24, so an era lasts one day.
	pub const SESSIONS_PER_ERA: u32 = 24;
	/// BABE's probability of a primary slot claim per slot: 1/4.
	pub const PRIMARY_PROBABILITY: (u64, u64) = (1, 4);
	/// BABE configuration at genesis: secondary VRF slots keep blocks coming when no primary
	/// claim wins a slot.
	pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
		sp_consensus_babe::BabeEpochConfiguration {
			c: PRIMARY_PROBABILITY,
			allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
		};
}

/// CEC supply (docs/product.md §6): seven genesis allocations, tranches, and the emission cap.
pub mod supply {
	use super::{currency::CEC, time::*};
	use crate::{Balance, BlockNumber, Moment};

	/// Lab output.
	pub const LAB_OUTPUT: Balance = 2_000_000 * CEC;
	/// Promotion: locked for 12 months from genesis.
	pub const PROMOTION: Balance = 500_000 * CEC;
	/// Tech team: four equal tranches at 6/12/18/24 months.
	pub const TECH_TEAM: Balance = 100_000 * CEC;
	/// Operations.
	pub const OPERATIONS: Balance = 1_000_000 * CEC;
	/// Ecosystem.
	pub const ECOSYSTEM: Balance = 200_000 * CEC;
	/// Foundation: four equal tranches at 6/12/18/24 months.
	pub const FOUNDATION: Balance = 100_000 * CEC;
	/// Environmental charity.
	pub const CHARITY: Balance = 100_000 * CEC;
	/// Everything that exists at genesis: 4,000,000 CEC.
	pub const GENESIS_SUPPLY: Balance =
		LAB_OUTPUT + PROMOTION + TECH_TEAM + OPERATIONS + ECOSYSTEM + FOUNDATION + CHARITY;
	/// Paid out as era rewards over the emission period: 32,867,216 CEC.
	pub const EMISSION_TOTAL: Balance = 32_867_216 * CEC;
	/// Total issuance can never exceed this: 36,867,216 CEC.
	pub const ISSUANCE_CAP: Balance = GENESIS_SUPPLY + EMISSION_TOTAL;
	/// The emission period: 730 days of chain time.
	pub const EMISSION_PERIOD_MILLIS: Moment = 730 * DAY_MILLIS;
	/// Tranche months of the tech team and foundation allocations.
	pub const TRANCHE_MONTHS: [BlockNumber; 4] = [6, 12, 18, 24];
	/// Promotion CEC becomes free after this many months.
	pub const PROMOTION_LOCK_MONTHS: BlockNumber = 12;

	/// `(block at which it becomes free, amount)` for the four tranches of `allocation`.
	pub fn four_tranches(allocation: Balance) -> alloc::vec::Vec<(BlockNumber, Balance)> {
		TRANCHE_MONTHS.iter().map(|m| (m * MONTHS, allocation / 4)).collect()
	}
}
