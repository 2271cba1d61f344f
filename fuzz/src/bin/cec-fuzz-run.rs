//! Deterministic fuzz run for CI: for each seed, a fresh copy of the set-up chain and
//! `actions_from_seed(seed, calls)` performed on it, every invariant checked after every block.
//!
//! ```text
//! cargo run --release -p cec-fuzz --bin cec-fuzz-run [-- --seeds 1..=40 --calls 300]
//! ```
//!
//! Seeds and calls come from `--seeds`/`--calls`, else from `CEC_FUZZ_SEEDS` (default `1..=40`)
//! and `CEC_FUZZ_CALLS` (default 300). A seed list is a comma-separated list of seeds and ranges
//! (`a..=b`, `a..b`, `a-b`). `CEC_FUZZ_TIME_LIMIT_MS` turns on the per-extrinsic time limit.
//!
//! Every seed runs even after a failure; each failure is reported with its seed, the breach or
//! panic, the actions up to it and the command that replays it. The exit code is 1 if any seed
//! failed, 2 on bad arguments.

use cec_fuzz::{actions_from_seed, Fixture, Stats};
use std::{
	cell::Cell,
	panic::{self, AssertUnwindSafe},
	process::ExitCode,
	time::Instant,
};

const DEFAULT_SEEDS: &str = "1..=40";
const DEFAULT_CALLS: usize = 300;
/// How many of the most frequent outcomes the summary lists.
const TOP_OUTCOMES: usize = 40;

/// Parse a seed list: `7`, `1..=40`, `1..41`, `1-40`, or several of them separated by commas.
fn parse_seeds(s: &str) -> Result<Vec<u64>, String> {
	let num = |t: &str| t.trim().parse::<u64>().map_err(|_| format!("not a seed: {t:?}"));
	let mut seeds = Vec::new();
	for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
		if let Some((a, b)) = part.split_once("..=") {
			seeds.extend(num(a)?..=num(b)?);
		} else if let Some((a, b)) = part.split_once("..") {
			seeds.extend(num(a)?..num(b)?);
		} else if let Some((a, b)) = part.split_once('-') {
			seeds.extend(num(a)?..=num(b)?);
		} else {
			seeds.push(num(part)?);
		}
	}
	if seeds.is_empty() {
		return Err(format!("no seeds in {s:?}"));
	}
	Ok(seeds)
}

/// `--seeds`/`--calls` (or `--seeds=…`), falling back to the environment, then the defaults.
fn arguments() -> Result<(Vec<u64>, usize), String> {
	let mut seeds = std::env::var("CEC_FUZZ_SEEDS").ok();
	let mut calls = std::env::var("CEC_FUZZ_CALLS").ok();
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		let (name, inline) = match arg.split_once('=') {
			Some((n, v)) => (n.to_string(), Some(v.to_string())),
			None => (arg.clone(), None),
		};
		let mut value =
			|| inline.clone().or_else(|| args.next()).ok_or(format!("{name} needs a value"));
		match name.as_str() {
			"--seeds" => seeds = Some(value()?),
			"--calls" => calls = Some(value()?),
			"-h" | "--help" => {
				return Err("usage: cec-fuzz-run [--seeds 1..=40] [--calls 300] \
					(or CEC_FUZZ_SEEDS, CEC_FUZZ_CALLS; CEC_FUZZ_TIME_LIMIT_MS)"
					.into())
			},
			other => return Err(format!("unknown argument {other:?} (try --help)")),
		}
	}
	let seeds = parse_seeds(seeds.as_deref().unwrap_or(DEFAULT_SEEDS))?;
	let calls = match calls {
		Some(c) => c.trim().parse().map_err(|_| format!("not a number of calls: {c:?}"))?,
		None => DEFAULT_CALLS,
	};
	Ok((seeds, calls))
}

/// The message of a caught panic.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
	if let Some(s) = payload.downcast_ref::<&str>() {
		(*s).to_string()
	} else if let Some(s) = payload.downcast_ref::<String>() {
		s.clone()
	} else {
		"a panic without a message".into()
	}
}

fn main() -> ExitCode {
	let (seeds, calls) = match arguments() {
		Ok(a) => a,
		Err(e) => {
			eprintln!("{e}");
			return ExitCode::from(2);
		},
	};

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
	for seed in seeds {
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
		cec_fuzz::SUGGESTED_TIME_LIMIT_MS,
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

	if failures.is_empty() {
		ExitCode::SUCCESS
	} else {
		println!("FAILED seeds: {failures:?}");
		ExitCode::FAILURE
	}
}

#[cfg(test)]
mod tests {
	use super::parse_seeds;

	#[test]
	fn seed_lists_parse() {
		assert_eq!(parse_seeds("3").unwrap(), vec![3]);
		assert_eq!(parse_seeds("1..=3").unwrap(), vec![1, 2, 3]);
		assert_eq!(parse_seeds("1..3").unwrap(), vec![1, 2]);
		assert_eq!(parse_seeds("1-3, 7").unwrap(), vec![1, 2, 3, 7]);
		assert!(parse_seeds("x").is_err());
		assert!(parse_seeds("").is_err());
	}
}
