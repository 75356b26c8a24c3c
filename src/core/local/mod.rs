//! The local network as facts: which interface is a tunnel and whose, what
//! the OS tools say of it (Windows adapters, macOS `scutil`), the proxy the
//! environment or the system sets, and the two address families apart (each family's
//! result, which families one probe asks over).

pub mod families;
#[cfg(test)]
mod families_tests;
pub mod family_plan;
pub mod proxy;
pub mod scutil;
pub mod snapshot;
pub mod vpn;
pub mod winadapter;
