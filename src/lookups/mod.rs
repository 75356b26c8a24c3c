//! The lookups: every question the program asks of this computer and of
//! the network, each bounded in time, answered as the core's values. Both
//! `check` (all at once, for one report) and the daemon (one by one, as its
//! machine asks) call these; neither writes its own.
//!
//! `local` reads this computer (interfaces, routes, processes, the proxy,
//! the system's lookup of the target) and keeps the daemon's cheap reads;
//! `remote` asks the network (the probe over each family, traces, the echo
//! services, the name servers, the browser profiles beside them).

mod local;
mod remote;

pub use local::{assemble, process_names, proxy, resolve_target, LocalNet, LocalReader};
pub use remote::{browsers, control_https_ok, echo_both, probe_families, traces};
