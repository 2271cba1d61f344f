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

/// The environment variable that sets how many threads [`run_seeds`] runs seeds on (default: the
/// machine's available parallelism).
pub const THREADS_VAR: &str = "CEC_FUZZ_THREADS";

/// Each worker thread's stack.
const STACK_SIZE: usize = 8 << 20;

/// What one seed's run printed and did.
struct SeedReport {
	/// Its lines of the report.
	text: String,
	/// Its statistics, if it passed.
	stats: Option<Stats>,
}

/// Run one seed on a fresh copy of `fixture` and describe it: a line if it passed; if it failed,
/// the breach or panic, the actions up to it and the command that replays it.
fn run_seed(fixture: &Fixture, seed: u64, calls: usize) -> SeedReport {
	use std::fmt::Write as _;
	let actions = match panic::catch_unwind(|| actions_from_seed(seed, calls)) {
		Ok(actions) => actions,
		Err(payload) => {
			let text = format!(
				"seed {seed}: FAILED: its actions do not decode: {}\n",
				panic_message(&*payload)
			);
			return SeedReport { text, stats: None };
		},
	};
	let cursor = Cell::new(0);
	let t = Instant::now();
	let result = panic::catch_unwind(AssertUnwindSafe(|| fixture.try_run(&actions, &cursor)));
	let secs = t.elapsed().as_secs_f64();
	let mut text = String::new();
	let (at, message) = match result {
		Ok(Ok(stats)) => {
			let _ = writeln!(
				text,
				"seed {seed}: {} actions, {} extrinsics ({} ok, {} failed, {} invalid), {} blocks \
				 up to #{}, slowest {} ms, {secs:.2} s",
				stats.actions,
				stats.extrinsics,
				stats.succeeded,
				stats.failed,
				stats.invalid,
				stats.blocks,
				stats.last_block,
				stats.slowest.as_millis(),
			);
			return SeedReport { text, stats: Some(stats) };
		},
		Ok(Err(breach)) => (breach.action.unwrap_or(actions.len()), breach.to_string()),
		Err(payload) => (cursor.get(), format!("panic: {}", panic_message(&*payload))),
	};
	let upto = (at + 1).min(actions.len());
	let _ = writeln!(text, "seed {seed}: FAILED after {secs:.2} s at action {at}: {message}");
	let _ = writeln!(text, "actions 0..={} of seed {seed}:", upto.saturating_sub(1));
	for (i, a) in actions[..upto].iter().enumerate() {
		let _ = writeln!(text, "  [{i}] {a:?}");
	}
	let _ = writeln!(
		text,
		"replay: CEC_FUZZ_SEEDS={seed} CEC_FUZZ_CALLS={calls} CEC_FUZZ_THREADS=1 \
		 cargo run --release -p cec-fuzz --bin cec-fuzz-run"
	);
	SeedReport { text, stats: None }
}

/// Run `calls` actions of each seed on a fresh copy of the set-up chain and print a report: a line
/// per seed, each failure with its actions and the command that replays it, the totals and the
/// most frequent outcomes. Every seed runs even after a failure. Seeds run side by side on
/// [`THREADS_VAR`] threads (each its own externalities; a seed's run does not depend on the
/// others), and their reports print in seed order. Returns the seeds that failed.
pub fn run_seeds(seeds: &[u64], calls: usize) -> Vec<u64> {
	let started = Instant::now();
	let fixture = Fixture::new();
	let limit = fixture.config().time_limit.map_or_else(
		|| "no time limit".to_string(),
		|l| format!("{} ms per extrinsic", l.as_millis()),
	);
	let threads = std::env::var(THREADS_VAR)
		.ok()
		.and_then(|v| v.trim().parse::<usize>().ok())
		.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
		.clamp(1, seeds.len().max(1));
	println!(
		"cec-fuzz: genesis and set-up in {:.1} s; {} seeds × {calls} actions on {threads} \
		 threads; {limit}",
		started.elapsed().as_secs_f64(),
		seeds.len(),
	);

	let next = std::sync::atomic::AtomicUsize::new(0);
	let mut reports: Vec<(usize, SeedReport)> = std::thread::scope(|scope| {
		let workers: Vec<_> = (0..threads)
			.map(|_| {
				// The main thread's 8 MiB, not a spawned thread's default 2 MiB: nested batches and
				// proxies recurse through the runtime, and a stack overflow aborts every seed.
				std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(scope, || {
					let mut done = Vec::new();
					loop {
						let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
						let Some(&seed) = seeds.get(i) else { break };
						done.push((i, run_seed(&fixture, seed, calls)));
					}
					done
				})
			})
			.collect();
		workers
			.into_iter()
			.flat_map(|w| match w {
				Ok(handle) => handle.join().unwrap_or_else(|p| panic::resume_unwind(p)),
				Err(e) => panic!("cec-fuzz: cannot start a worker thread: {e}"),
			})
			.collect()
	});
	reports.sort_by_key(|(i, _)| *i);

	let mut total = Stats::default();
	let mut failures = Vec::new();
	for (i, report) in &reports {
		print!("{}", report.text);
		match &report.stats {
			Some(stats) => total.merge(stats),
			None => failures.push(seeds[*i]),
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
	let mut names: Vec<&str> = successes.iter().map(|k| k.trim_end_matches(": ok")).collect();
	names.sort_unstable();
	println!("calls that succeeded at least once: {}: {}", successes.len(), names.join(", "));

	if !failures.is_empty() {
		println!("FAILED seeds: {failures:?}");
	}
	failures
}
