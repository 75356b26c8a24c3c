//! The pure core. Nothing here reads the clock, touches the network or the
//! disk, or keeps global state: observations and `now` come in as values,
//! decisions go out as values. Failures (timeouts, refused connections) are
//! values too. This is what makes hours of network trouble testable in
//! milliseconds.

pub mod assessment;
pub mod browsers;
pub mod diagnose;
pub mod lang;
pub mod local;
pub mod monitor;
pub mod names;
pub mod probe;
pub mod probe_only;
pub mod site;
