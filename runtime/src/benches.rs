//! The pallets `cec-node benchmark pallet` measures (feature `runtime-benchmarks`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_babe, Babe]
	[pallet_grandpa, Grandpa]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_staking, Staking]
	[pallet_bags_list, VoterList]
	[pallet_vesting, Vesting]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_sudo, Sudo]
	[pallet_forestry, Forestry]
	[pallet_tree_tokens, TreeTokens]
	[pallet_kyc, Kyc]
	[pallet_escrow, Escrow]
);
