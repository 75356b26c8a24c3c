//! The imperative shell's adapters: each does one kind of I/O and hands the
//! pure core plain values.

pub mod activate;
pub mod autostart;
pub mod browsers;
pub mod dns;
pub mod files;
pub mod http;
pub mod icons;
pub mod mem;
pub mod net;
pub mod netwatch;
pub mod notify;
pub mod page;
pub mod procs;
pub mod proxy;
#[cfg(windows)]
pub mod registry;
pub mod startup;
pub mod terminal;
pub mod textfile;
pub mod tls;
pub mod trayhost;
