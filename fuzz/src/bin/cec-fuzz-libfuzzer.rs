//! The coverage-guided campaign's target (libFuzzer): the input bytes are decoded into a sequence
//! of [`cec_fuzz::Action`]s with `arbitrary`, performed on a fresh copy of the set-up dev chain; a
//! broken invariant panics, which libFuzzer reports as a crash and saves the input that replays
//! it. Built and run by `scripts/fuzz-campaign.sh` (see `fuzz/README.md`), only with the
//! `libfuzzer` feature.
//!
//! Every `REPORT_EVERY` (10,000) actions it prints the running totals of actions, extrinsics
//! and inputs to stderr (`cec-fuzz: …`), the campaign's count of calls executed.

#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Longest sequence one input may perform: keeps each execution well under libFuzzer's timeout
/// (the state is built once per process and cloned per input).
const MAX_ACTIONS: usize = 200;
/// How often (in actions) the totals are printed.
const REPORT_EVERY: u64 = 10_000;

static INPUTS: AtomicU64 = AtomicU64::new(0);
static ACTIONS: AtomicU64 = AtomicU64::new(0);
static EXTRINSICS: AtomicU64 = AtomicU64::new(0);

fuzz_target!(|data: &[u8]| {
	let mut u = Unstructured::new(data);
	let mut actions = Vec::new();
	while actions.len() < MAX_ACTIONS && !u.is_empty() {
		match cec_fuzz::Action::arbitrary(&mut u) {
			Ok(a) => actions.push(a),
			Err(_) => break,
		}
	}
	let stats = cec_fuzz::run(&actions);
	let inputs = INPUTS.fetch_add(1, Relaxed) + 1;
	let before = ACTIONS.fetch_add(stats.actions as u64, Relaxed);
	let extrinsics =
		EXTRINSICS.fetch_add(u64::from(stats.extrinsics), Relaxed) + u64::from(stats.extrinsics);
	let after = before + stats.actions as u64;
	if after / REPORT_EVERY != before / REPORT_EVERY {
		eprintln!("cec-fuzz: {after} actions, {extrinsics} extrinsics, {inputs} inputs");
	}
});
