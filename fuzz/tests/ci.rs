//! The deterministic fuzz run of CI, as a test of the workspace (`cargo test --release
//! --workspace` runs it with the other tests): seeds 1 to 20, 500 random actions each, on the real
//! runtime with every invariant after every block. A failure prints each failing seed with the
//! actions that replay it (`CEC_FUZZ_SEEDS=<seed> CEC_FUZZ_CALLS=500 cargo run --release -p
//! cec-fuzz --bin cec-fuzz-run`).

/// The seeds CI runs.
const SEEDS: std::ops::RangeInclusive<u64> = 1..=20;
/// Actions per seed.
const CALLS: usize = 500;

#[test]
fn twenty_seeds_of_five_hundred_random_actions_keep_every_invariant() {
	let seeds: Vec<u64> = SEEDS.collect();
	let failed = cec_fuzz::runner::run_seeds(&seeds, CALLS);
	assert!(failed.is_empty(), "fuzz seeds failed: {failed:?} (their actions are printed above)");
}
