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

use std::process::ExitCode;

const DEFAULT_SEEDS: &str = "1..=40";
const DEFAULT_CALLS: usize = 300;

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

fn main() -> ExitCode {
	let (seeds, calls) = match arguments() {
		Ok(a) => a,
		Err(e) => {
			eprintln!("{e}");
			return ExitCode::from(2);
		},
	};
	if cec_fuzz::runner::run_seeds(&seeds, calls).is_empty() {
		ExitCode::SUCCESS
	} else {
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
