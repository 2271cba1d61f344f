//! libFuzzer target: the input bytes are decoded into a sequence of `cec_fuzz::Action`s with
//! `arbitrary`, performed on a fresh copy of the set-up dev chain; a broken invariant panics,
//! which libFuzzer reports as a crash (with the input to replay it).

#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Longest sequence one input may perform: keeps each execution well under libFuzzer's timeout
/// (the state is built once per process and cloned per input).
const MAX_ACTIONS: usize = 200;

fuzz_target!(|data: &[u8]| {
	let Ok(mut actions) = Vec::<cec_fuzz::Action>::arbitrary_take_rest(Unstructured::new(data))
	else {
		return;
	};
	actions.truncate(MAX_ACTIONS);
	cec_fuzz::run(&actions);
});
