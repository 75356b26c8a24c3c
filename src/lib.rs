//! blockwatch: tells a real Cloudflare block of ChatGPT apart from its
//! look-alikes, works out the cause from measured facts, and names the fix.
//!
//! Layers, bottom to top (each imports only those below it, checked by
//! `tests/layers.rs`): `core` (pure: no clock, no I/O) and `config`;
//! `adapters` (the I/O); `present` (every sentence a user reads, the
//! reports, the fix page); the app (`check`, `daemon`, `cli`, the tray
//! binary). See ARCHITECTURE.md for the map.

pub mod adapters;
pub mod check;
pub mod cli;
pub mod config;
pub mod core;
pub mod daemon;
pub mod lookups;
pub mod present;
pub mod version;
