//! The deterministic fuzz run of CI, as a test of the workspace (`cargo test --release
//! --workspace` runs it with the other tests): seeds 1 to 200, 1,000 random actions each (200,000
//! actions, about 180,000 of them extrinsics), on the real runtime with every invariant after every
//! block, the seeds side by side on every core. A failure prints each failing seed with the
//! actions that replay it (`CEC_FUZZ_SEEDS=<seed> CEC_FUZZ_CALLS=1000 cargo run --release -p
//! cec-fuzz --bin cec-fuzz-run`).

/// The seeds CI runs.
const SEEDS: std::ops::RangeInclusive<u64> = 1..=200;
/// Actions per seed.
const CALLS: usize = 1_000;

#[test]
fn two_hundred_seeds_of_a_thousand_random_actions_keep_every_invariant() {
	let seeds: Vec<u64> = SEEDS.collect();
	let failed = cec_fuzz::runner::run_seeds(&seeds, CALLS);
	assert!(failed.is_empty(), "fuzz seeds failed: {failed:?} (their actions are printed above)");
}
