//! The imperative shell's adapters: each does one kind of I/O and hands the
//! pure core plain values.

pub mod http;
pub mod net;
pub mod procs;
