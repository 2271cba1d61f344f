//! Runs of many seeds, reported for people: what the `cec-fuzz-run` binary and the CI test do.

use crate::{actions_from_seed, Fixture, Stats};
use std::{
	cell::Cell,
	panic::{self, AssertUnwindSafe},
	time::Instant,
};

/// How many of the most frequent outcomes the summary lists.
const TOP_OUTCOMES: usize = 40;

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
	if let Some(s) = payload.downcast_ref::<&str>() {
		(*s).to_string()
	} else if let Some(s) = payload.downcast_ref::<String>() {
		s.clone()
	} else {
		"a panic without a message".into()
	}
}

/// Run `calls` actions of each seed on a fresh copy of the set-up chain and print a report: a line
/// per seed, each failure with its actions and the command that replays it, the totals and the
/// most frequent outcomes. Every seed runs even after a failure. Returns the seeds that failed.
pub fn run_seeds(seeds: &[u64], calls: usize) -> Vec<u64> {
	let started = Instant::now();
	let fixture = Fixture::new();
	let limit = fixture.config().time_limit.map_or_else(
		|| "no time limit".to_string(),
		|l| format!("{} ms per extrinsic", l.as_millis()),
	);
	println!(
		"cec-fuzz: genesis and set-up in {:.1} s; {} seeds × {calls} actions; {limit}",
		started.elapsed().as_secs_f64(),
		seeds.len(),
	);

	let mut total = Stats::default();
	let mut failures = Vec::new();
	for &seed in seeds {
		let actions = actions_from_seed(seed, calls);
		let cursor = Cell::new(0);
		let t = Instant::now();
		let result = panic::catch_unwind(AssertUnwindSafe(|| fixture.try_run(&actions, &cursor)));
		let secs = t.elapsed().as_secs_f64();
		let failure = match result {
			Ok(Ok(stats)) => {
				println!(
					"seed {seed}: {} actions, {} extrinsics ({} ok, {} failed, {} invalid), \
					 {} blocks up to #{}, slowest {} ms, {secs:.2} s",
					stats.actions,
					stats.extrinsics,
					stats.succeeded,
					stats.failed,
					stats.invalid,
					stats.blocks,
					stats.last_block,
					stats.slowest.as_millis(),
				);
				total.merge(&stats);
				None
			},
			Ok(Err(breach)) => Some((breach.action.unwrap_or(actions.len()), breach.to_string())),
			Err(payload) => Some((cursor.get(), format!("panic: {}", panic_message(&*payload)))),
		};
		if let Some((at, message)) = failure {
			let upto = (at + 1).min(actions.len());
			println!("seed {seed}: FAILED after {secs:.2} s at action {at}: {message}");
			println!("actions 0..={} of seed {seed}:", upto.saturating_sub(1));
			for (i, a) in actions[..upto].iter().enumerate() {
				println!("  [{i}] {a:?}");
			}
			println!(
				"replay: CEC_FUZZ_SEEDS={seed} CEC_FUZZ_CALLS={calls} \
				 cargo run --release -p cec-fuzz --bin cec-fuzz-run"
			);
			failures.push(seed);
		}
	}

	println!(
		"total: {} actions, {} extrinsics ({} ok, {} failed, {} invalid), {} blocks, slowest \
		 extrinsic {} ms (suggested limit {} ms), {:.1} s",
		total.actions,
		total.extrinsics,
		total.succeeded,
		total.failed,
		total.invalid,
		total.blocks,
		total.slowest.as_millis(),
		crate::SUGGESTED_TIME_LIMIT_MS,
		started.elapsed().as_secs_f64(),
	);
	let mut outcomes: Vec<_> = total.outcomes.iter().collect();
	outcomes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
	println!("most frequent outcomes ({} distinct):", outcomes.len());
	for (what, n) in outcomes.iter().take(TOP_OUTCOMES) {
		println!("  {n:>6}  {what}");
	}
	let successes: Vec<_> =
		total.outcomes.iter().filter(|(k, _)| k.ends_with(": ok")).map(|(k, _)| k).collect();
	println!("calls that succeeded at least once: {}", successes.len());

	if !failures.is_empty() {
		println!("FAILED seeds: {failures:?}");
	}
	failures
}
