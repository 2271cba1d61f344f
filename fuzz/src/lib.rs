//! # CEC runtime fuzz harness
//!
//! Drives the **real** runtime (`cec-runtime`, native) with random sequences of [`Action`]s —
//! signed calls of every pallet with arguments from small domains, Root calls through `sudo`,
//! council motions, and time passing — grouped into blocks that run through `Executive` exactly
//! as the node runs them (BABE pre-digest, timestamp inherent, signed extrinsics with every
//! transaction extension). After every block every invariant of [`invariants::INVARIANTS`] is
//! checked; every extrinsic is checked for its weight, its nonce and, if asked, its wall-clock
//! time.
//!
//! A failed dispatch and an invalid transaction (cannot pay the fee, block full…) are ordinary
//! outcomes, counted in [`Stats`]; a broken invariant is a [`Breach`] (and [`run`] panics with
//! it, which is what libFuzzer needs).
//!
//! Every run starts from the same state, built once: the `development` genesis plus a set-up
//! made of real calls ([`chain::set_up`]): a witness, two KYC providers, arbiters, an attested
//! parcel with four trees, verified accounts.
//!
//! - Deterministic: [`actions_from_seed`] and the `cec-fuzz-run` binary (CI).
//! - Coverage-guided: the `cec-fuzz-libfuzzer` binary (feature `libfuzzer`, built and run by
//!   `scripts/fuzz-campaign.sh`) decodes up to 200 [`Action`]s from libFuzzer's bytes and calls
//!   [`run`].

#![deny(missing_docs)]

#[macro_use]
mod derive;
pub mod actions;
pub mod chain;
pub mod invariants;
pub mod runner;

pub use actions::{Action, RootAction, UserCall, Who};
pub use chain::{genesis_storage, set_up};

use arbitrary::{Arbitrary, Unstructured};
use cec_runtime::BlockNumber;
use std::{cell::Cell, collections::BTreeMap, fmt, sync::OnceLock, time::Duration};

/// The environment variable that sets [`Config::time_limit`], in milliseconds.
pub const TIME_LIMIT_VAR: &str = "CEC_FUZZ_TIME_LIMIT_MS";
/// The limit a release build is expected to meet (for the README and the runner's hint): no
/// extrinsic of a fuzz run should take 200 ms of wall-clock time natively. Off by default, since
/// wall-clock time depends on the machine and the build profile.
pub const SUGGESTED_TIME_LIMIT_MS: u64 = 200;
/// Most extrinsics the fuzzer puts in one block before starting the next.
pub const EXTRINSICS_PER_BLOCK: u32 = 8;

/// How a run is driven and checked.
#[derive(Clone, Debug)]
pub struct Config {
	/// Extrinsics per block before the next block starts.
	pub extrinsics_per_block: u32,
	/// A breach if one extrinsic's `apply_extrinsic` takes longer than this (`None`: no limit).
	pub time_limit: Option<Duration>,
	/// Check each call's post-dispatch weight against its declared weight (costs a second,
	/// rolled-back dispatch per extrinsic).
	pub check_weights: bool,
}

impl Default for Config {
	fn default() -> Self {
		Self { extrinsics_per_block: EXTRINSICS_PER_BLOCK, time_limit: None, check_weights: true }
	}
}

impl Config {
	/// The defaults, with the time limit from `CEC_FUZZ_TIME_LIMIT_MS` if it is set (an
	/// unparsable value is ignored, with a warning on stderr).
	pub fn from_env() -> Self {
		let time_limit = std::env::var(TIME_LIMIT_VAR).ok().and_then(|v| match v.trim().parse() {
			Ok(ms) => Some(Duration::from_millis(ms)),
			Err(_) => {
				eprintln!("{TIME_LIMIT_VAR}={v:?} is not a number of milliseconds: no time limit");
				None
			},
		});
		Self { time_limit, ..Self::default() }
	}
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct Stats {
	/// Actions performed.
	pub actions: usize,
	/// Extrinsics submitted.
	pub extrinsics: u32,
	/// …that were applied and dispatched successfully (a `sudo` call counts here whatever its
	/// call did; see `outcomes`).
	pub succeeded: u32,
	/// …that were applied but whose dispatch failed.
	pub failed: u32,
	/// …that were invalid (not applied).
	pub invalid: u32,
	/// Blocks executed (skipped block numbers are not blocks).
	pub blocks: u32,
	/// The number of the last block.
	pub last_block: BlockNumber,
	/// The slowest `apply_extrinsic`.
	pub slowest: Duration,
	/// How often each `pallet.call: outcome` happened: a cheap picture of what the run reached.
	pub outcomes: BTreeMap<String, u32>,
}

impl Stats {
	/// Add `other` to these statistics.
	pub fn merge(&mut self, other: &Stats) {
		self.actions += other.actions;
		self.extrinsics += other.extrinsics;
		self.succeeded += other.succeeded;
		self.failed += other.failed;
		self.invalid += other.invalid;
		self.blocks += other.blocks;
		self.last_block = self.last_block.max(other.last_block);
		self.slowest = self.slowest.max(other.slowest);
		for (k, n) in &other.outcomes {
			*self.outcomes.entry(k.clone()).or_default() += n;
		}
	}
}

/// An invariant broken, or the harness unable to go on.
#[derive(Clone, Debug)]
pub struct Breach {
	/// The block under way (or just finished) when it was found.
	pub block: BlockNumber,
	/// The index of the action being performed, if any (`None`: the set-up, or the last block's
	/// close after the last action).
	pub action: Option<usize>,
	/// What broke.
	pub message: String,
}

impl fmt::Display for Breach {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self.action {
			Some(i) => write!(f, "block #{}, action {i}: {}", self.block, self.message),
			None => write!(f, "block #{}: {}", self.block, self.message),
		}
	}
}

impl std::error::Error for Breach {}

/// The dev genesis, without the set-up.
pub fn genesis() -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(genesis_storage())
}

/// The state every run starts from: the dev genesis after the set-up, kept as a raw snapshot of
/// the storage so that a fresh copy costs a clone instead of a genesis build.
pub struct Fixture {
	raw: Vec<(Vec<u8>, (Vec<u8>, i32))>,
	root: sp_core::H256,
	config: Config,
}

impl Fixture {
	/// Build the genesis, run the set-up, and snapshot the result; [`Config::from_env`].
	///
	/// # Panics
	///
	/// If the genesis does not build or the set-up fails: the runtime or the harness is broken.
	pub fn new() -> Self {
		Self::with_config(Config::from_env())
	}

	/// [`Fixture::new`] with `config`.
	///
	/// # Panics
	///
	/// As [`Fixture::new`].
	pub fn with_config(config: Config) -> Self {
		let mut ext = genesis();
		ext.execute_with(|| set_up(&config)).unwrap_or_else(|b| panic!("the set-up failed: {b}"));
		ext.commit_all().unwrap_or_else(|e| panic!("the set-up does not commit: {e}"));
		let (raw, root) = ext.into_raw_snapshot();
		Self { raw, root, config }
	}

	/// The configuration runs use.
	pub fn config(&self) -> &Config {
		&self.config
	}

	/// A fresh copy of the state after the set-up.
	pub fn ext(&self) -> sp_io::TestExternalities {
		sp_io::TestExternalities::from_raw_snapshot(
			self.raw.clone(),
			self.root,
			sp_runtime::StateVersion::default(),
		)
	}

	/// Perform `actions` on a fresh copy of the state, up to [`Config::extrinsics_per_block`]
	/// extrinsics a block, checking every invariant. `cursor` is kept at the index of the action
	/// being performed, so that a caller catching a panic knows where it happened.
	pub fn try_run(&self, actions: &[Action], cursor: &Cell<usize>) -> Result<Stats, Breach> {
		let mut ext = self.ext();
		let mut chain = chain::Chain::new(&self.config);
		ext.execute_with(|| chain.open_block(0))?;
		let mut committed_at = 0;
		for (i, action) in actions.iter().enumerate() {
			cursor.set(i);
			ext.execute_with(|| {
				chain.set_action(Some(i));
				chain.perform(action)
			})?;
			// Move each finished block's changes from the overlay into the backend, as the node
			// does: otherwise every block's storage root is computed over all changes since the
			// set-up, and a run slows down quadratically.
			if chain.stats.blocks != committed_at {
				committed_at = chain.stats.blocks;
				commit(&mut ext).map_err(|m| chain.breach(m))?;
			}
		}
		cursor.set(actions.len());
		ext.execute_with(|| {
			chain.set_action(None);
			chain.close_block()
		})?;
		Ok(chain.stats)
	}
}

/// Commit the overlay of `ext` into its backend (between extrinsics: no transaction is open).
fn commit(ext: &mut sp_io::TestExternalities) -> Result<(), String> {
	ext.commit_all().map_err(|e| format!("harness: the state does not commit: {e}"))
}

impl Default for Fixture {
	fn default() -> Self {
		Self::new()
	}
}

/// The process-wide fixture, built on first use.
pub fn fixture() -> &'static Fixture {
	static FIXTURE: OnceLock<Fixture> = OnceLock::new();
	FIXTURE.get_or_init(Fixture::new)
}

/// Perform `actions` on a fresh copy of the [`fixture`], checking every invariant.
///
/// # Panics
///
/// On the first [`Breach`], with its message (and on any panic of the runtime itself).
pub fn run(actions: &[Action]) -> Stats {
	let cursor = Cell::new(0);
	match fixture().try_run(actions, &cursor) {
		Ok(stats) => stats,
		Err(breach) => panic!("{breach}"),
	}
}

/// A xorshift64* generator: the same seed, the same bytes, on every machine.
struct XorShift(u64);

impl XorShift {
	fn new(seed: u64) -> Self {
		// Mix the seed so that small seeds do not start with mostly-zero output; never zero.
		let s = seed ^ 0x9E37_79B9_7F4A_7C15;
		Self(if s == 0 { 1 } else { s })
	}

	fn next(&mut self) -> u64 {
		let mut x = self.0;
		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		self.0 = x;
		x.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	fn fill(&mut self, buf: &mut [u8]) {
		for chunk in buf.chunks_mut(8) {
			let bytes = self.next().to_le_bytes();
			chunk.copy_from_slice(&bytes[..chunk.len()]);
		}
	}
}

/// Bytes each action of [`actions_from_seed`] is decoded from (nested batches and proxies take
/// more; what they lack reads as zeros, i.e. the first choices).
const BYTES_PER_ACTION: usize = 128;

/// `n` actions decoded with `arbitrary` from a xorshift stream seeded with `seed`: the
/// deterministic runs of CI. Each action is decoded from its own [`BYTES_PER_ACTION`] bytes, so
/// the `k`-th action of a seed does not depend on `n`.
pub fn actions_from_seed(seed: u64, n: usize) -> Vec<Action> {
	let mut rng = XorShift::new(seed);
	let mut buf = [0u8; BYTES_PER_ACTION];
	(0..n)
		.map(|_| {
			rng.fill(&mut buf);
			// Decoding from a finite buffer cannot fail: exhausted data reads as the first
			// choice of every decision. Fall back to a new block all the same.
			Action::arbitrary(&mut Unstructured::new(&buf)).unwrap_or(Action::NextBlock)
		})
		.collect()
}
