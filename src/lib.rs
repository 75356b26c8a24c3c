//! blockwatch: tells a real Cloudflare block of ChatGPT apart from its
//! look-alikes, works out the cause from measured facts, and names the fix.
//!
//! `core` is pure (no clock, no I/O); `adapters` do the I/O; `check` runs one
//! complete check; `wording` holds every sentence a user reads. See
//! ARCHITECTURE.md for the map.

pub mod adapters;
pub mod check;
pub mod cli;
pub mod config;
pub mod core;
pub mod daemon;
pub mod report;
pub mod wording;
