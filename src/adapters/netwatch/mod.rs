//! Network change events from the OS, as a stream of `()`: on Linux from
//! netlink (event-driven, no polling), elsewhere by polling the interface
//! list every few seconds. Debouncing is the monitor's job.

use tokio::sync::mpsc::UnboundedSender;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(not(target_os = "linux"))]
mod poll;

/// Start watching; events go to `tx` until it is closed.
pub fn spawn(tx: UnboundedSender<()>) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    return linux::spawn(tx);
    #[cfg(not(target_os = "linux"))]
    return poll::spawn(tx);
}
