//! Windows: the `blockwatch` value of the current user's Run key, written
//! and removed through the registry API (tested under Wine by
//! `tests/wine/smoke.sh`). Task Manager's Startup tab (and Settings → Apps →
//! Startup) turns an entry off without removing it, in
//! `Explorer\StartupApproved\Run`; blockwatch reads that, so an entry the
//! user turned off there shows as off here too.

use super::{fill, startup_approved, windows_arg, Method, Status, WINDOWS_TEMPLATE};
use crate::adapters::registry;
use std::io;
use std::path::Path;

const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
const APPROVED: &str = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";
const NAME: &str = "blockwatch";

pub fn status() -> Status {
    if registry::get_string(RUN, NAME).is_none() {
        return Status::default();
    }
    let entry = format!(r"HKCU\{RUN}\{NAME}");
    if !startup_approved(registry::get_binary(APPROVED, NAME).as_deref()) {
        return Status {
            turned_off: Some(entry),
            ..Status::default()
        };
    }
    Status {
        entries: vec![(Method::RunKey, entry)],
        ..Status::default()
    }
}

pub fn enable(exe: &Path, _systemd: bool) -> io::Result<()> {
    // The tray build is a GUI program: started at login it opens no console
    // window, which the console program `blockwatch.exe` would.
    let tray = exe.with_file_name("blockwatch-tray.exe");
    let exe = if tray.is_file() { &tray } else { exe };
    let value = fill(WINDOWS_TEMPLATE, &windows_arg(&exe.to_string_lossy()), "");
    registry::set_string(RUN, NAME, value.trim())?;
    // Asked to start at login: an earlier "off" in Task Manager no longer
    // stands (no approval value means approved, as for a new entry).
    registry::delete_value(APPROVED, NAME)
}

pub fn disable() -> io::Result<()> {
    registry::delete_value(RUN, NAME)?;
    registry::delete_value(APPROVED, NAME)
}
