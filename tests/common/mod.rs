//! Test support, by concern: response fixtures, the fake site, network
//! namespaces, running the binary; the desktop, the simulated world for
//! the monitor and the VPN world have modules of their own.
#![allow(dead_code)]
// Off Linux the desktop and VPN-world modules, which use these, are left out.
#![cfg_attr(not(target_os = "linux"), allow(unused_imports))]

pub mod assessments;
pub mod browsers;
#[cfg(target_os = "linux")]
pub mod desktop;
pub mod dnsmsg;
#[cfg(target_os = "linux")]
pub mod dnsworld;
#[cfg(target_os = "linux")]
pub mod fakeigd;
#[cfg(target_os = "linux")]
pub mod fakenm;
pub mod fixtures;
pub mod netns;
#[cfg(target_os = "linux")]
pub mod routerworld;
pub mod runner;
pub mod sim;
pub mod site;
#[cfg(target_os = "linux")]
pub mod vpnworld;

/// Network namespaces need root: without it the test says so and passes.
#[macro_export]
macro_rules! require_root {
    () => {
        if !$crate::common::netns::is_root() {
            eprintln!("skipped: network namespaces need root");
            return;
        }
    };
}

pub use fixtures::*;
pub use netns::*;
pub use runner::*;
pub use site::*;
