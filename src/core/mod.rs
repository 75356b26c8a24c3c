//! The pure core. Nothing here reads the clock, touches the network or the
//! disk, or keeps global state: observations and `now` come in as values,
//! decisions go out as values. Failures (timeouts, refused connections) are
//! values too. This is what makes hours of network trouble testable in
//! milliseconds.

pub mod assessment;
pub mod browsers;
pub mod classify;
pub mod diagnose;
pub mod dns;
pub mod dnswire;
pub mod families;
#[cfg(test)]
mod families_tests;
pub mod family_plan;
pub mod filter;
pub mod lang;
pub mod monitor;
pub mod probe_only;
pub mod proxy;
pub mod scutil;
pub mod status;
pub mod trace;
pub mod verdict;
pub mod vpn;
pub mod winadapter;
