//! Network change events from the OS, as a stream of `()`: netlink on Linux,
//! IP Helper notifications on Windows, the SystemConfiguration dynamic store
//! on macOS. Where the OS refuses (Wine has no IP Helper notifications), the
//! interface list is polled instead. Debouncing is the monitor's job.

use tokio::sync::mpsc::UnboundedSender;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(not(target_os = "linux"))]
mod poll;
#[cfg(windows)]
mod windows;

/// Start watching; events go to `tx` until it is closed.
pub fn spawn(tx: UnboundedSender<()>) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    return linux::spawn(tx);
    #[cfg(any(windows, target_os = "macos"))]
    {
        #[cfg(windows)]
        let events = windows::spawn(tx.clone());
        #[cfg(target_os = "macos")]
        let events = macos::spawn(tx.clone());
        match events {
            Ok(()) => Ok(()),
            Err(e) => {
                tracing::info!("no network change events from the OS ({e}); polling instead");
                poll::spawn(tx)
            }
        }
    }
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    return poll::spawn(tx);
}
